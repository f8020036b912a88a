package dev.finsam.examples;

import dev.finsam.core.Findings;
import dev.finsam.money.AmountUnit;
import dev.finsam.money.Amounts;
import dev.finsam.money.BalanceSheet;
import dev.finsam.money.ResultReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;

/** The economic summary, budget against outcome, and the balance sheet of 2017. */
final class EconomyExample {

  private EconomyExample() {}

  /** "Sammanställning av budget och utfall 2017", in tkr, with the printed totals. */
  static ResultReport budgetAndOutcome2017() {
    return ResultReport.builder(2017)
        .section("Insatser", ResultReport.Kind.COST)
        .line("Vännäs", tkr(380), tkr(380))
        .line("Ungdomstorget 3.0", tkr(2_700), tkr(2_359))
        .line("De sammanhållna insatserna för unga", tkr(950), tkr(950))
        .line("Nordmaling", tkr(380), tkr(364))
        .line("Vindeln", tkr(380), tkr(380))
        .line("Robertsfors", tkr(320), tkr(320))
        .line("Uppsökande verksamhet ungdomar", tkr(80), tkr(80))
        .line("Förebyggande ohälsa", tkr(1_060), tkr(685))
        .line("Steget vidare", tkr(1_800), tkr(1_509))
        .line("Insats NAFS", tkr(390), tkr(394))
        .line("Vuxentorget", tkr(1_180), tkr(585))
        .line("Utredning Vuxentorget", tkr(170), tkr(170))
        .line("Social lots på Ungdomstorget", tkr(370), tkr(241))
        .line("Stöd för att återgå/klara studier", tkr(370), tkr(370))
        .line("Förstärkt kunskap om rehab Robertsfors", tkr(150), tkr(150))
        .line("Konferens psykisk ohälsa", tkr(120), tkr(0))
        .line("Fokus långa sjukfall", tkr(370), tkr(370))
        .printedSum(tkr(11_170), tkr(9_307))
        .section("Projektnära kostnader", ResultReport.Kind.COST)
        .line("Projektnära kostnader", tkr(480), tkr(328))
        .section("Kansli och administration", ResultReport.Kind.COST)
        .line("Styrelsen, arvode", tkr(215), tkr(185))
        .line("Kansli, löner", tkr(1_318), tkr(1_316))
        .line("Lokal, dator, telefon m.m.", tkr(180), tkr(137))
        .line("Fortbildning", tkr(50), tkr(0))
        .line("Resor, konferenser", tkr(80), tkr(100))
        .line("Arvoden till revisorer", tkr(38), tkr(28))
        .line("Ekonomisk administration", tkr(180), tkr(180))
        .line("Övrigt adm", tkr(125), tkr(95))
        .printedSum(tkr(2_186), tkr(2_041))
        .section("Intäkter", ResultReport.Kind.REVENUE)
        .line("Medlemsavgifter", tkr(12_432), tkr(12_432))
        .line("EU-medel och andra bidrag", tkr(0), tkr(0))
        .line("Övriga intäkter", tkr(86), tkr(111))
        .printedTotalCosts(tkr(13_836), tkr(11_676))
        .printedTotalRevenue(tkr(12_518), tkr(12_543))
        .printedResult(tkr(-1_318), tkr(867))
        .build();
  }

  static BalanceSheet balance2017() {
    return BalanceSheet.of(Amounts.sek(10_194_601), Amounts.sek(4_142_334),
        Amounts.sek(6_052_267));
  }

  static Section section() {
    ResultReport r = budgetAndOutcome2017();
    ResultReport.Line costs = r.totalCosts();
    BalanceSheet b = balance2017();
    List<Comparison> c = List.of(
        new Comparison("Kostnader, utfall", "11 676 tkr", inTkr(costs.outcome())),
        new Comparison("Kostnader, budget", "13 836 tkr", inTkr(costs.budget())),
        new Comparison("Avvikelse utfall - budget", "-2 160 tkr",
            Amounts.format(costs.deviation(), AmountUnit.TKR)),
        new Comparison("Avvikelse i procent", "-15,6 %", percent(costs)),
        new Comparison("Insatser, avvikelse i procent", "-16,7 %", percent(r.sum("Insatser"))),
        new Comparison("Årets resultat", "867 tkr", inTkr(r.result().outcome())),
        new Comparison("Summa tillgångar", "10 194 601 kr", Amounts.format(b.assets())),
        new Comparison("Eget kapital + skulder", "10 194 601 kr",
            Amounts.format(Amounts.sek(4_142_334 + 6_052_267))),
        // the report's prose (section 1) gives year-end equity as 4 069 tkr; the balance sheet
        // says 4 142 334 kr, which is 4 142 tkr rounded half up to whole tkr
        new Comparison("Eget kapital enligt texten", "4 069 tkr", wholeTkr(b.equity())));
    Findings f = r.check().plus(b.check()).plus(b.reconcileEquity(Amounts.sek(3_201_561),
        Amounts.sek(867_365), Amounts.sek(0)));
    return new Section("Ekonomi: budget, utfall och balans", r.toString() + "\n\n" + b, c, f);
  }

  private static MonetaryAmount tkr(long tkr) {
    return Amounts.tkr(tkr);
  }

  private static String inTkr(long ore) {
    return Amounts.format(Amounts.ofOre(ore), AmountUnit.TKR);
  }

  private static String percent(ResultReport.Line line) {
    return line.deviationPercent().orElseThrow().toPlainString().replace('.', ',') + " %";
  }

  /** Rounded half up to whole tkr, as the report's prose rounds. */
  private static String wholeTkr(MonetaryAmount amount) {
    long tkr = BigDecimal.valueOf(Amounts.toOre(amount)).movePointLeft(5)
        .setScale(0, RoundingMode.HALF_UP).longValueExact();
    return Amounts.format(Amounts.tkr(tkr));
  }
}
