package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Findings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportsTest {

  /** Annual report 2017, "Sammanställning av budget och utfall 2017" (tkr). */
  static ResultReport.Builder budgetAndOutcome2017() {
    return ResultReport.builder(2017)
        .section("Insatser", ResultReport.Kind.COST)
        .line("Vännäs", Amounts.tkr(380), Amounts.tkr(380))
        .line("Ungdomstorget 3.0", Amounts.tkr(2_700), Amounts.tkr(2_359))
        .line("De sammanhållna insatserna för unga", Amounts.tkr(950), Amounts.tkr(950))
        .line("Nordmaling", Amounts.tkr(380), Amounts.tkr(364))
        .line("Vindeln", Amounts.tkr(380), Amounts.tkr(380))
        .line("Robertsfors", Amounts.tkr(320), Amounts.tkr(320))
        .line("Uppsökande verksamhet ungdomar", Amounts.tkr(80), Amounts.tkr(80))
        .line("Förebyggande ohälsa", Amounts.tkr(1_060), Amounts.tkr(685))
        .line("Steget vidare", Amounts.tkr(1_800), Amounts.tkr(1_509))
        .line("Insats NAFS", Amounts.tkr(390), Amounts.tkr(394))
        .line("Vuxentorget", Amounts.tkr(1_180), Amounts.tkr(585))
        .line("Utredning Vuxentorget", Amounts.tkr(170), Amounts.tkr(170))
        .line("Social lots på Ungdomstorget", Amounts.tkr(370), Amounts.tkr(241))
        .line("Stöd för att återgå/klara studier", Amounts.tkr(370), Amounts.tkr(370))
        .line("Förstärkt kunskap om rehab Robertsfors", Amounts.tkr(150), Amounts.tkr(150))
        .line("Konferens psykisk ohälsa", Amounts.tkr(120), Amounts.tkr(0))
        .line("Fokus långa sjukfall", Amounts.tkr(370), Amounts.tkr(370))
        .printedSum(Amounts.tkr(11_170), Amounts.tkr(9_307))
        .section("Projektnära kostnader", ResultReport.Kind.COST)
        .line("Projektnära kostnader", Amounts.tkr(480), Amounts.tkr(328))
        .section("Kansli och administrativa kostnader", ResultReport.Kind.COST)
        .line("Styrelsen, arvode", Amounts.tkr(215), Amounts.tkr(185))
        .line("Kansli, löner", Amounts.tkr(1_318), Amounts.tkr(1_316))
        .line("Lokal, dator, telefon, mm för tjm", Amounts.tkr(180), Amounts.tkr(137))
        .line("Fortbildning för tjm", Amounts.tkr(50), Amounts.tkr(0))
        .line("Resor, konferenser", Amounts.tkr(80), Amounts.tkr(100))
        .line("Arvoden till revisorer", Amounts.tkr(38), Amounts.tkr(28))
        .line("Ekonomisk administration", Amounts.tkr(180), Amounts.tkr(180))
        .line("Övrigt adm", Amounts.tkr(125), Amounts.tkr(95))
        .printedSum(Amounts.tkr(2_186), Amounts.tkr(2_041))
        .section("Intäkter", ResultReport.Kind.REVENUE)
        .line("Intäkter, medlemsavgifter", Amounts.tkr(12_432), Amounts.tkr(12_432))
        .line("EU-medel och andra bidrag", Amounts.tkr(0), Amounts.tkr(0))
        .line("Intäkter/övriga intäkter", Amounts.tkr(86), Amounts.tkr(111))
        .line("Finansiella intäkter/kostnader", Amounts.tkr(0), Amounts.tkr(0))
        .printedTotalCosts(Amounts.tkr(13_836), Amounts.tkr(11_676))
        .printedTotalRevenue(Amounts.tkr(12_518), Amounts.tkr(12_543))
        .printedResult(Amounts.tkr(-1_318), Amounts.tkr(867));
  }

  @Nested
  class Result {
    @Test
    void annualReport2017_costsDeviateMinus2160TkrMinus15point6Percent() {
      ResultReport r = budgetAndOutcome2017().build();
      ResultReport.Line costs = r.totalCosts();
      assertEquals(Amounts.tkr(-2_160), costs.deviation());
      assertEquals(new BigDecimal("-15.6"), costs.deviationPercent().orElseThrow());
      assertEquals(Amounts.toOre(Amounts.tkr(867)), r.result().outcome());
      assertEquals(Amounts.toOre(Amounts.tkr(-1_318)), r.result().budget());
      assertEquals(new BigDecimal("-16.7"), r.sum("Insatser").deviationPercent().orElseThrow());
      assertTrue(r.check().all().isEmpty(), r.check().toString());
    }

    @Test
    void annualReport2017_printsTheBoardsTable() {
      String table = plain(budgetAndOutcome2017().build().toString());
      assertTrue(table.lines().anyMatch(l -> l.startsWith("Totala kostnader")
          && l.contains("13 836") && l.contains("11 676") && l.endsWith("-15,6")), table);
      assertTrue(table.lines().anyMatch(l -> l.startsWith("Resultat") && l.contains("867")),
          table);
    }

    @Test
    void check_findsAPrintedTotalThatDoesNotAddUp() {
      ResultReport r = budgetAndOutcome2017()
          .section("Extra", ResultReport.Kind.COST)
          .line("A", Amounts.tkr(10), Amounts.tkr(10))
          .printedSum(Amounts.tkr(11), Amounts.tkr(10)).build();
      Findings f = r.check();
      assertTrue(f.contains("statement.sum.mismatch"), f.toString());
      // the extra 10 tkr also break the printed total costs and the result
      assertEquals(3, f.errors().size(), f.toString());
    }

    @Test
    void line_forecastWithoutLastYear_isAnOptionalNotANull() {
      ResultReport r = ResultReport.builder(2021).section("Insatser", ResultReport.Kind.COST)
          .line("A", Amounts.tkr(10), Amounts.tkr(5), Optional.of(Amounts.tkr(9)), Optional.empty())
          .line("B", Amounts.tkr(10), Amounts.tkr(5), Amounts.tkr(8), Amounts.tkr(7)).build();
      assertEquals(Optional.of(Amounts.toOre(Amounts.tkr(9))), r.lines().get(0).forecast());
      assertEquals(Optional.empty(), r.lines().get(0).lastYear());
      assertEquals(Optional.of(Amounts.toOre(Amounts.tkr(17))), r.sum("Insatser").forecast());
      // a sum adds the lines that have a value; a column where none has one has none
      assertEquals(Optional.of(Amounts.toOre(Amounts.tkr(7))), r.sum("Insatser").lastYear());
      assertTrue(plain(r.toString()).contains("Prognos"), r.toString());
      assertTrue(plain(r.toString()).contains("-50"), r.toString());
    }

    @Test
    void build_rejectsSumsBeyondALongNamingTheLine() {
      MonetaryAmount half = Amounts.ofOre(Long.MAX_VALUE / 2 + 1);
      ResultReport.Builder b = ResultReport.builder(2021).section("Insatser", ResultReport.Kind.COST)
          .line("A", half, half).line("B", half, half);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
      assertTrue(e.getMessage().startsWith("sum of Summa insatser ("), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> ResultReport.builder(2021)
          .section("X", ResultReport.Kind.COST).line("A", Amounts.ofOre(Long.MIN_VALUE),
              Amounts.ofOre(1)));
    }

    @Test
    void toRecords_givesMachineReadableRows() {
      List<Map<String, Object>> rows = budgetAndOutcome2017().build().toRecords();
      Map<String, Object> last = rows.get(rows.size() - 1);
      assertEquals("Resultat", last.get("label"));
      assertEquals(Amounts.toOre(Amounts.tkr(867)), last.get("outcome"));
    }
  }

  @Nested
  class Balance {
    @Test
    void annualReport2017_balanceSheetBalances() {
      BalanceSheet b = BalanceSheet.of(Amounts.sek(10_194_601), Amounts.sek(4_142_334),
          Amounts.sek(6_052_267));
      assertTrue(b.check().all().isEmpty());
      assertTrue(plain(b.toString()).contains("10 194 601"));
    }

    @Test
    void annualReport2017_equityMovedBy73408KronorMoreThanTheResult() {
      BalanceSheet b = BalanceSheet.of(Amounts.sek(10_194_601), Amounts.sek(4_142_334),
          Amounts.sek(6_052_267));
      Findings f = b.reconcileEquity(Amounts.sek(3_201_561), Amounts.sek(867_365), Amounts.sek(0));
      assertTrue(f.contains("balance.equity.unreconciled"));
      assertTrue(plain(f.errors().get(0).message()).contains("73 408 kr är oförklarat"),
          f.toString());
      // the report explains it: surplus social fees transferred directly to equity
      assertTrue(b.reconcileEquity(Amounts.sek(3_201_561), Amounts.sek(867_365),
          Amounts.sek(73_408)).all().isEmpty());
    }

    @Test
    void reconcileEquity_withAmountsWhoseSumIsBeyondALong_stillAnswers() {
      BalanceSheet b = BalanceSheet.of(Amounts.sek(0), Amounts.sek(0), Amounts.sek(0));
      MonetaryAmount max = Amounts.ofOre(Long.MAX_VALUE);
      Findings f = b.reconcileEquity(max, max, max);
      assertTrue(f.contains("balance.equity.unreconciled"), f.toString());
      assertTrue(plain(f.errors().get(0).message()).contains("-276 701 161 105 643 274,21 kr är "
          + "oförklarat"), f.toString());
      assertThrows(IllegalArgumentException.class,
          () -> BalanceSheet.of(Amounts.sek(0), max, max));
    }

    @Test
    void unbalancedSheetIsFound() {
      assertTrue(BalanceSheet.of(Amounts.sek(100), Amounts.sek(40), Amounts.sek(50)).check()
          .contains("balance.not-balanced"));
    }
  }

  @Nested
  class Grants {
    static List<GrantCall.Application> applications2017() {
      return List.of(
          new GrantCall.Application("Social lots på Ungdomstorget", "", Amounts.tkr(408), 1),
          new GrantCall.Application("Stöd för att återgå/klara sina studier", "",
              Amounts.tkr(410), 2),
          new GrantCall.Application("Förstärkt kunskap om rehab Robertsfors", "Robertsfors",
              Amounts.tkr(250), 3),
          new GrantCall.Application("Vårdskap ASF", "", Amounts.tkr(160), 4),
          new GrantCall.Application("Fokus långa sjukfall", "Försäkringskassan",
              Amounts.tkr(398), 5),
          new GrantCall.Application("Arbetsgivarekonferens", "", Amounts.tkr(220), 6));
    }

    @Test
    void grantCall2017_prioritiesOneToThreeGranted132TkrLeft() {
      GrantCall call = GrantCall.of(Amounts.tkr(1_200), applications2017());
      assertEquals(Amounts.tkr(1_846), call.applied());
      GrantCall.Proposal p = call.propose();
      assertEquals(List.of(1, 2, 3), p.granted().stream().map(GrantCall.Application::priority)
          .toList());
      assertEquals(Amounts.tkr(132), p.left());
      assertTrue(plain(p.decisions().get(3).reason()).contains("överskrida ramen med 28 tkr"),
          p.decisions().get(3).reason());
    }

    @Test
    void skipMisfits_grantsASmallerLowerPriority() {
      List<GrantCall.Application> apps = List.of(
          new GrantCall.Application("A", "", Amounts.tkr(900), 1),
          new GrantCall.Application("B", "", Amounts.tkr(400), 2),
          new GrantCall.Application("C", "", Amounts.tkr(100), 3));
      assertEquals(1, GrantCall.of(Amounts.tkr(1_000), apps).propose().granted().size());
      assertEquals(2, GrantCall.of(Amounts.tkr(1_000), apps)
          .withPolicy(GrantCall.Policy.SKIP_MISFITS).propose().granted().size());
    }

    @Test
    void sumAppliedForBeyondALong_isRejectedWhenTheCallIsMade() {
      MonetaryAmount half = Amounts.ofOre(Long.MAX_VALUE / 2 + 1);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> GrantCall.of(Amounts.tkr(1), List.of(new GrantCall.Application("A", "", half, 1),
              new GrantCall.Application("B", "", half, 2))));
      assertTrue(e.getMessage().startsWith("applied ("), e.getMessage());
    }

    @Test
    void equalPriorities_areExplained() {
      List<GrantCall.Application> apps = List.of(
          new GrantCall.Application("A", "", Amounts.tkr(600), 1),
          new GrantCall.Application("B", "", Amounts.tkr(600), 1));
      GrantCall.Proposal p = GrantCall.of(Amounts.tkr(1_000), apps).propose();
      assertEquals("A", p.granted().get(0).name());
      assertTrue(p.decisions().get(1).reason().contains("Samma prioritet"));
    }
  }
}
