package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Tertial;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The board's table of the 2017 summary (annual report 2017: costs 13 836 against 11 676 tkr,
 * −15,6 %), its records, its lines' texts and periods, and what the builder rejects.
 */
class ResultReportTest {

  private static final ResultReport Y2017 = ReportsTest.budgetAndOutcome2017().build();

  /** The table's row that starts with a label, as its cells (split at runs of spaces). */
  private static List<String> row(String table, String label) {
    return table.lines().map(String::strip).filter(l -> l.startsWith(label + "  ")
        || l.equals(label)).findFirst().map(l -> Arrays.asList(l.split(" {2,}")))
        .orElseThrow(() -> new AssertionError(label + " not in\n" + table));
  }

  private static long tkr(long t) {
    return t * 100_000;
  }

  @Nested
  class BoardsTable {
    /** Percentages worked by hand: 2 185 / 1 318 = 165,78 %; 25 / 12 518 = 0,20 %. */
    @Test
    void annualReport2017_everyTotalWithItsDeviationInTkrAndPercent() {
      String t = plain(Y2017.toString());
      assertEquals(List.of("Belopp tkr 2017", "Budget", "Utfall", "Avvikelse", "Avv. %"),
          row(t, "Belopp tkr 2017"));
      assertEquals(List.of("Insatser"), row(t, "Insatser"));
      assertEquals(List.of("Vännäs", "380", "380", "0", "0,0"), row(t, "Vännäs"));
      assertEquals(List.of("Konferens psykisk ohälsa", "120", "0", "-120", "-100,0"),
          row(t, "Konferens psykisk ohälsa"));
      assertEquals(List.of("EU-medel och andra bidrag", "0", "0", "0"),
          row(t, "EU-medel och andra bidrag"));
      assertEquals(List.of("Summa insatser", "11 170", "9 307", "-1 863", "-16,7"),
          row(t, "Summa insatser"));
      assertEquals(List.of("Totala kostnader", "13 836", "11 676", "-2 160", "-15,6"),
          row(t, "Totala kostnader"));
      assertEquals(List.of("Totala intäkter", "12 518", "12 543", "25", "0,2"),
          row(t, "Totala intäkter"));
      assertEquals(List.of("Resultat", "-1 318", "867", "2 185", "165,8"), row(t, "Resultat"));
      assertTrue(t.contains("\n  Vännäs"), "lines are indented under their section");
      assertTrue(t.contains("\nSumma insatser"), "sums are not");
    }

    @Test
    void annualReport2017_recordsGiveEveryLineSumAndTotalInÖre() {
      List<Map<String, Object>> records = Y2017.toRecords();
      assertEquals(30 + 4 + 3, records.size(), "30 lines, 4 section sums, 3 totals");
      Map<String, Object> first = records.get(0);
      assertEquals("Insatser", first.get("section"));
      assertEquals("Vännäs", first.get("label"));
      assertEquals(tkr(380), first.get("budget"));
      assertEquals(0L, first.get("deviation"));
      assertEquals(new BigDecimal("0.0"), first.get("deviationPercent"));
      assertNull(first.get("forecast"));
      assertNull(first.get("lastYear"));
      Map<String, Object> projekt = records.get(19);
      assertEquals("Summa projektnära kostnader", projekt.get("label"));
      assertEquals(tkr(328 - 480), projekt.get("deviation"));
      Map<String, Object> eu = records.stream().filter(m -> m.get("label")
          .equals("EU-medel och andra bidrag")).findFirst().orElseThrow();
      assertNull(eu.get("deviationPercent"), "no percentage of a zero budget");
      Map<String, Object> costs = records.get(records.size() - 3);
      assertEquals("", costs.get("section"));
      assertEquals("Totala kostnader", costs.get("label"));
      assertEquals(tkr(-2_160), costs.get("deviation"));
      assertEquals(new BigDecimal("-15.6"), costs.get("deviationPercent"));
    }

    @Test
    void aLineDescribesItselfColumnByColumn() {
      assertEquals("Insatser / Vännäs: budget 380 tkr, utfall 380 tkr",
          plain(Y2017.lines().get(0).toString()));
      assertEquals("Insatser / Summa insatser: budget 11 170 tkr, utfall 9 307 tkr",
          plain(Y2017.sum("Insatser").toString()));
      assertEquals("Resultat: budget -1 318 tkr, utfall 867 tkr", plain(Y2017.result()
          .toString()));
      ResultReport r = ResultReport.builder(2021).section("Insatser", ResultReport.Kind.COST)
          .line("A", Amounts.tkr(10), Amounts.tkr(5), Optional.empty(), Optional.empty())
          .line("B", Amounts.tkr(1), Amounts.tkr(1), Amounts.tkr(2), Amounts.tkr(3)).build();
      assertEquals("Insatser / A: budget 10 tkr, utfall 5 tkr, prognos –, föreg. år –",
          plain(r.lines().get(0).toString()));
      assertEquals(Optional.empty(), r.lines().get(0).amount(Statement.ColumnKind.FORECAST));
      assertEquals(Optional.of(Amounts.tkr(2)), r.lines().get(1).amount(
          Statement.ColumnKind.FORECAST));
      assertEquals(Optional.empty(), r.lines().get(1).amount(Statement.ColumnKind.BALANCE));
    }
  }

  @Nested
  class Periods {
    @Test
    void thePeriodIsTheCaptionsTheYearInItOrTheHeadersFirstYear() {
      assertEquals("t.o.m. T2 2021", ResultReport.builder(Tertial.of(2021, 2))
          .section("Insatser", ResultReport.Kind.COST).line("A", Amounts.tkr(1), Amounts.tkr(1))
          .build().period());
      String rows = "\nInsatser\nA\t1\t1\n";
      assertEquals("t.o.m. T1 2021", ResultReport.parse("Resultatrapport t.o.m. T1 2021\n"
          + "Belopp i tkr\tBudget\tUtfall" + rows).period());
      assertEquals("2017", ResultReport.parse("Sammanställning av budget och utfall 2017\n"
          + "Belopp i tkr\tBudget\tUtfall" + rows).period());
      assertEquals("2016", ResultReport.parse("Belopp i tkr\tBudget\tUtfall 2016-12-31" + rows)
          .period());
      assertEquals("1999", ResultReport.parse("Belopp i tkr\tBudget 1999\tUtfall" + rows)
          .period());
      assertEquals("", ResultReport.parse("Belopp i tkr\tBudget 2100\tUtfall 20171" + rows)
          .period());
      assertEquals("", ResultReport.parse("Belopp i tkr\tBudget 18xx\tUtfall 201x" + rows)
          .period());
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void theDeviationInPercentIsOfTheBudgetsSizeToOneDecimalHalfUp() {
      assertEquals(Optional.of(new BigDecimal("12.5")), ResultReportTable.deviationPercent(9, 8));
      assertEquals(Optional.of(new BigDecimal("6.3")), ResultReportTable.deviationPercent(17, 16));
      assertEquals(Optional.of(new BigDecimal("-6.3")), ResultReportTable.deviationPercent(15,
          16));
      // a better result than a budgeted deficit is positive
      assertEquals(Optional.of(new BigDecimal("50.0")), ResultReportTable.deviationPercent(-1,
          -2));
      assertEquals(Optional.empty(), ResultReportTable.deviationPercent(5, 0));
    }

    @Test
    void aReportWithoutABudgetColumnUsesTheAnnualBudget() {
      ResultReport r = ResultReport.parse("Belopp i tkr\tÅrsbudget\tUtfall T1\nInsatser\n"
          + "A\t12\t3\n");
      assertEquals(tkr(12), r.lines().get(0).budget());
      assertEquals(Amounts.tkr(-9), r.lines().get(0).deviation());
      ResultReport none = ResultReport.parse("Belopp i tkr\tUtfall T1\tPrognos\nInsatser\n"
          + "A\t3\t9\n");
      assertEquals(0, none.lines().get(0).budget());
      assertEquals(Optional.of(tkr(9)), none.lines().get(0).forecast());
      assertEquals(0, ResultReport.parse("Belopp i tkr\tBudget\tPrognos\nInsatser\nA\t3\t9\n")
          .lines().get(0).outcome());
    }

    @Test
    void revenueAndCostsTotalEveryColumnThatHasAValue() {
      ResultReport r = ResultReport.builder(2021).section("Intäkter", ResultReport.Kind.REVENUE)
          .line("Avgifter", Amounts.tkr(100), Amounts.tkr(90), Amounts.tkr(100), Amounts.tkr(80))
          .section("Insatser", ResultReport.Kind.COST)
          .line("A", Amounts.tkr(60), Amounts.tkr(50), Optional.of(Amounts.tkr(70)),
              Optional.empty()).build();
      assertEquals(Optional.of(tkr(30)), r.result().forecast());
      assertEquals(Optional.of(tkr(80)), r.result().lastYear(), "no cost has last year's");
      assertEquals(tkr(40), r.result().outcome());
      assertEquals(List.of("Intäkter", "Insatser"), r.lines().stream()
          .map(ResultReport.Line::section).toList());
    }
  }

  @Nested
  class Building {
    @Test
    void theBuilderRejectsLinesAndSumsOutsideASectionAndASectionTwice() {
      IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
          () -> ResultReport.builder(2017).line("A", Amounts.tkr(1), Amounts.tkr(1)));
      assertEquals("line (A) must follow a section(...)", line.getMessage());
      IllegalArgumentException sum = assertThrows(IllegalArgumentException.class,
          () -> ResultReport.builder(2017).printedSum(Amounts.tkr(1), Amounts.tkr(1)));
      assertTrue(sum.getMessage().startsWith("printedSum ("), sum.getMessage());
      IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
          () -> ResultReport.builder(2017).section("Insatser", ResultReport.Kind.COST)
              .section(" Insatser ", ResultReport.Kind.COST));
      assertEquals("section (\" Insatser \") must be new", twice.getMessage());
      IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
          () -> ResultReport.builder(2017).build());
      assertEquals("sections ([]) must not be empty", none.getMessage());
      IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
          () -> Y2017.sum("Kansli"));
      assertEquals("section (Kansli) must be one of the report's headings", unknown.getMessage());
    }

    @Test
    void theSmallestCountOfÖreIsRejectedNamingTheColumnAndTheLine() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ResultReport.builder(2017).section("Insatser", ResultReport.Kind.COST)
              .line("A", Amounts.tkr(1), Amounts.tkr(1), Amounts.ofOre(Long.MIN_VALUE),
                  Amounts.tkr(1)));
      assertTrue(e.getMessage().startsWith("forecast of A ("), e.getMessage());
      assertTrue(e.getMessage().endsWith(") must be above the smallest 64-bit count of öre"),
          e.getMessage());
      ResultReport.builder(2017).section("Insatser", ResultReport.Kind.COST)
          .line("A", Amounts.ofOre(Long.MIN_VALUE + 1), Amounts.tkr(1));
    }

    @Test
    void aReportPrintedInKronorKeepsItsUnitAndTotalsCanBeGivenInAnyOrder() {
      ResultReport r = ResultReport.builder(2017).printedIn(AmountUnit.KRONA)
          .section("Intäkter", ResultReport.Kind.REVENUE)
          .line("Avgifter", Amounts.sek(100), Amounts.sek(100))
          .section("Insatser", ResultReport.Kind.COST).line("A", Amounts.sek(60), Amounts.sek(70))
          .printedResult(Amounts.sek(40), Amounts.sek(30))
          .printedTotalRevenue(Amounts.sek(100), Amounts.sek(100))
          .printedTotalCosts(Amounts.sek(60), Amounts.sek(70)).build();
      assertEquals(AmountUnit.KRONA, r.statement().unit());
      assertEquals(List.of("Summa kostnader", "Summa intäkter", "Resultat"), r.statement().rows()
          .stream().filter(StatementRow::isSum).map(StatementRow::label).toList());
      assertTrue(r.check().all().isEmpty(), r.check().toString());
      assertEquals("Resultatrapport 2017", r.statement().caption());
    }
  }
}
