package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Documents;
import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every statement of Umeåregionen's annual report 2017 and the grant call of 2017, read from the
 * documents' own text (copied unchanged into the test resources) and checked.
 */
class AnnualReport2017Examples {

  static final String REPORT = "umearegionen-2017-annual-report-and-protocols.txt";
  static final String BOARD = "umearegionen-2017-board-meeting-and-grant-call.txt";

  /** A reference document, kept once in the examples module (see the POM's finsam.reference). */
  static String document(String name) {
    return dev.finsam.core.testing.TestSupport.referenceDocument(name);
  }

  /**
   * The document's lines from the last line before {@code start} that has text, up to (not
   * including) the first line after it that contains {@code end}, preceded by blank lines so that
   * line numbers are the document's.
   */
  static String excerpt(String start, String end) {
    List<String> lines = document(REPORT).lines().toList();
    int from = 0;
    while (!lines.get(from).contains(start)) {
      from++;
    }
    int to = from + 1;
    while (to < lines.size() && !lines.get(to).contains(end)) {
      to++;
    }
    int caption = from - 1;
    while (caption > 0 && lines.get(caption).isBlank()) {
      caption--;
    }
    return "\n".repeat(caption) + String.join("\n", lines.subList(caption, to));
  }

  private static List<String> codes(Findings f) {
    return f.all().stream().filter(x -> x.severity() != Severity.INFO).map(Finding::code)
        .collect(Collectors.toList());
  }

  private static long kr(long kronor) {
    return kronor * 100;
  }

  private static long tkr(long tkr) {
    return tkr * 100_000;
  }

  @Test
  void annualReport2017_summaryTablePrintsNettokostnadsDeviationWithTheWrongSign() {
    ResultReport r = ResultReport.parse(excerpt("Belopp tkr. Utfall jan-dec", "6.2"));
    Statement s = r.statement();
    assertEquals(AmountUnit.TKR, s.unit());
    assertEquals(Statement.Signs.SIGNED, s.signs());
    assertEquals(List.of(Statement.ColumnKind.OUTCOME, Statement.ColumnKind.BUDGET,
        Statement.ColumnKind.LAST_YEAR), s.columns().stream().map(Statement.Column::kind)
            .toList());
    assertEquals("Avvikelse utfall - budget", s.differences().get(0).name());
    assertEquals("2017", r.period());
    assertEquals(tkr(11_676), r.totalCosts().outcome());
    assertEquals(tkr(13_836), r.totalCosts().budget());
    assertEquals(tkr(867), r.result().outcome());
    assertEquals(tkr(-1_318), r.result().budget());
    assertEquals(tkr(654), r.result().lastYear().orElseThrow());
    Findings f = r.check();
    assertEquals(List.of("statement.difference.sign"), codes(f), f.toString());
    assertTrue(plain(f.warnings().get(0).message()).contains("\"Nettokostnad\" (rad 557)"),
        f.toString());
    assertTrue(plain(f.warnings().get(0).message()).contains("2 160"), f.toString());
  }

  @Test
  void annualReport2017_resultatrakningAddsUpToTheYearsResult() {
    ResultReport r = ResultReport.parse(excerpt("Belopp i kr. Not  2017-01-01", "Belopp i kr"));
    assertEquals("Resultaträkning", r.statement().caption());
    assertEquals(AmountUnit.KRONA, r.statement().unit());
    assertEquals(Statement.Signs.SIGNED, r.statement().signs());
    assertTrue(r.check().all().isEmpty(), r.check().toString());
    assertEquals(kr(867_365), r.result().outcome());
    assertEquals(kr(654_293), r.result().lastYear().orElseThrow());
    StatementRow fees = r.statement().rows().stream()
        .filter(x -> x.label().equals("Verksamhetens medlemsavgifter")).findFirst().orElseThrow();
    assertEquals(1, fees.note().orElseThrow(), "the Not column");
  }

  @Test
  void annualReport2017_balansrakningBalancesAndEquityGrew73408MoreThanTheResult() {
    BalanceSheet b = BalanceSheet.parse(excerpt("Belopp i kr. Not  2017-12-31", "6.4"));
    assertEquals(2, b.dates());
    assertTrue(b.check().all().isEmpty(), b.check().toString());
    assertEquals(Amounts.sek(10_194_601), b.assets());
    assertEquals(Amounts.sek(4_142_334), b.equity());
    assertEquals(Amounts.sek(6_052_267), b.liabilities());
    assertEquals(Amounts.sek(9_517_431), b.assets(1));
    assertEquals(Amounts.sek(3_201_561), b.equity(1));
    assertEquals(Amounts.sek(940_773), b.equityChange().orElseThrow());
    Findings f = b.reconcileEquity(Amounts.sek(867_365));
    assertEquals(List.of("balance.equity.unreconciled"), codes(f));
    assertTrue(plain(f.errors().get(0).message()).contains("73 408 kr är oförklarat"),
        f.toString());
  }

  @Test
  void annualReport2017_sammanstallningHasNestedSumsAndTheResultsDeviationReversed() {
    ResultReport r = ResultReport.parse(excerpt("Belopp tkr. Budget 2017", "Sida 19"));
    assertEquals("Sammanställning av budget och utfall 2017", r.statement().caption());
    assertEquals(List.of("Insatser", "Kansli och administrativa kostnader", "Intäkter"),
        r.statement().rows().stream().filter(StatementRow::isHeading).map(StatementRow::label)
            .toList());
    assertEquals(List.of("Summa", "Summa insatser", "Summa kansli och adm-kostnader",
        "Tot. kostnader", "Tot. intäkter", "Resultat"), r.statement().rows().stream()
            .filter(StatementRow::isSum).map(StatementRow::label).toList());
    assertEquals(tkr(11_650), r.sum("Insatser").budget(), "17 lines and Projektnära kostnader");
    assertEquals(tkr(2_041), r.sum("Kansli och administrativa kostnader").outcome());
    assertEquals(tkr(13_836), r.totalCosts().budget());
    assertEquals(tkr(12_543), r.totalRevenue().outcome());
    assertEquals(tkr(867), r.result().outcome());
    // the builder's copy of the same table has the same lines
    assertEquals(ReportsTest.budgetAndOutcome2017().build().lines().stream()
        .map(l -> l.budget() + "/" + l.outcome()).toList(), r.lines().stream()
            .map(l -> l.budget() + "/" + l.outcome()).toList());
    Findings f = r.check();
    assertEquals(List.of("statement.difference.sign"), codes(f), f.toString());
    assertTrue(plain(f.warnings().get(0).message()).contains("\"Resultat\" (rad 633)"),
        f.toString());
  }

  @Test
  void annualReport2017_note1Gives2016sShortfallOf68Kronor() {
    Statement s = Statement.parse(excerpt("Not 1. Verksamhetens", "Not 2."));
    assertTrue(ContributionsNote.is(s));
    assertTrue(s.check().all().isEmpty(), s.check().toString());
    ReportedContributions y2017 = ContributionsNote.column(s, 0);
    ReportedContributions y2016 = ContributionsNote.column(s, 1);
    assertEquals(Amounts.sek(6_216_000), y2017.state());
    assertEquals(Amounts.sek(130_650), y2017.municipalities().get("Nordmalings kommun"));
    assertEquals(Amounts.sek(96_688), y2017.municipalities().get("Vindelns kommun"));
    assertEquals(Amounts.sek(174_020), y2016.municipalities().get("Vännäs kommun"));
    assertEquals(Amounts.sek(0), y2016.municipalities().get("Robertsfors kommun"));
    Findings f = ContributionsNote.check(s);
    assertEquals(List.of("contribution.state.not-twice-region"), codes(f));
    assertTrue(plain(f.errors().get(0).message()).startsWith("2016-12-31: "), f.toString());
    assertTrue(plain(f.errors().get(0).message()).contains("68 kr mindre"), f.toString());
  }

  @Test
  void annualReport2017_notes2And3AddUpWithCellsThePdfDropped() {
    Statement not2 = Statement.parse(excerpt("Not 2. Fordringar", "Not 3."));
    assertTrue(not2.check().all().isEmpty(), not2.check().toString());
    assertEquals(List.of("Friskvårdskostnad avseende år 2017", "Skandia, pensionsförsäkring",
        "Fordran moms kvartal 4", "Löneskuld", "AF, lönebidrag för december", ""),
        not2.rows().stream().map(StatementRow::label).toList());
    assertEquals(List.of(java.util.Optional.empty(), java.util.Optional.of(Amounts.sek(3_100))),
        List.of(not2.rows().get(0).value(0), not2.rows().get(0).value(1)));
    assertEquals(java.util.Optional.of(Amounts.sek(88_834)), not2.rows().get(5).value(0));
    Statement not3 = Statement.parse(excerpt("Not 3. Upplupna", "7 Styrelsens beslut"));
    assertTrue(not3.check().all().isEmpty(), not3.check().toString());
    assertEquals(java.util.Optional.of(Amounts.sek(100_866)), not3.rows().get(0).value(0));
  }

  @Test
  void annualReport2017_documentsCheckFindsTheKnownErrorsAndListsTheCashFlowStatement() {
    Findings f = moneyParts(document(REPORT));
    assertEquals(List.of("statement.difference.sign", "balance.equity.unreconciled",
        "document.part.unreadable", "statement.difference.sign",
        "contribution.state.not-twice-region"), codes(f), f.toString());
    Finding equity = f.withCode("balance.equity.unreconciled").get(0);
    assertTrue(plain(equity.message()).contains("73 408 kr är oförklarat"), equity.toString());
    assertEquals(576, equity.location().orElseThrow().line());
    assertTrue(f.withCode("document.part.unreadable").get(0).message()
        .contains("kassaflödesanalys"));
    Finding note1 = f.withCode("contribution.state.not-twice-region").get(0);
    assertEquals("Not 1. Verksamhetens medlemsavgifter", note1.location().orElseThrow()
        .caption());
  }

  @Test
  void annualReport2017_aNoteThatDisagreesWithItsLineIsFound() {
    String text = document(REPORT).replace("Leverantörsskulder  100 866 91 837",
        "Leverantörsskulder  100 875 91 837").replace("Summa  6 052 267 6 315 870",
        "Summa  6 052 276 6 315 870");
    Findings f = moneyParts(text);
    assertEquals(1, f.withCode("statement.note.mismatch").size(), f.toString());
    assertTrue(plain(f.withCode("statement.note.mismatch").get(0).message()).contains(
        "\"Kortfristiga skulder\" (rad 579), kolumnen \"2017-12-31\": 6 052 267 kr, men Not 3. "
        + "Upplupna kostnader och förutbetalda intäkter summerar till 6 052 276 kr"), f.toString());
  }

  @Test
  void grantCall2017_printedDecisionsAgreeWithTheProposalAndTheSumApplied() {
    Findings f = moneyParts(document(BOARD));
    assertEquals(List.of(), codes(f), f.toString());
    assertEquals(List.of("grantcall.decisions.agree"), f.all().stream().map(Finding::code)
        .toList());
    assertTrue(plain(f.all().get(0).message()).contains("kvar 132 tkr"), f.toString());
    assertEquals(246, f.all().get(0).location().orElseThrow().line());
  }

  @Test
  void grantCall2017_aDecisionAgainstThePriorityOrderIsFound() {
    String text = document(BOARD).replace("| Vårdskap ASF (Arbetsintegrerande sociala företag) "
        + "| 160 tkr | 4 | Avslag |", "| Vårdskap ASF (Arbetsintegrerande sociala företag) "
        + "| 160 tkr | 4 | Bifall |").replace("sökta medel är 1 846 tkr", "sökta medel är 1 864 tkr");
    Findings f = moneyParts(text);
    assertEquals(List.of("grantcall.applied.mismatch", "grantcall.decision.differs"), codes(f),
        f.toString());
  }

  /**
   * The findings of the parts money's reader finds; core's protocol reader finds the documents'
   * protocols too, and their findings are core's tests' concern.
   */
  private static Findings moneyParts(String text) {
    return Findings.of(Documents.checkParts(text).stream()
        .filter(p -> !p.kind().equals("protokoll"))
        .flatMap(p -> p.findings().all().stream())
        .collect(java.util.stream.Collectors.toList()));
  }
}
