package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Findings;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatementTest {

  private static List<Optional<MonetaryAmount>> tkr(long... values) {
    return java.util.Arrays.stream(values).mapToObj(v -> Optional.of(Amounts.tkr(v))).toList();
  }

  @Nested
  class Header {
    @Test
    void read_tertialHeaderHasFiveColumnsAndTwoDifferences() {
      Statement s = Statement.parse("Belopp i tkr Budget T1 Utfall T1 Avvikelse Utfall T1 2020 "
          + "Årsbudget Helårsprognos Avvikelse prognos - budget\nInsatser\n"
          + "Vännäs 100 90 -10 80 300 290 -10\n");
      assertEquals(List.of("Budget T1", "Utfall T1", "Utfall T1 2020", "Årsbudget",
          "Helårsprognos"), s.columns().stream().map(Statement.Column::name).toList());
      assertEquals(List.of(new Statement.Difference("Avvikelse", 1, 0),
          new Statement.Difference("Avvikelse prognos - budget", 4, 3)), s.differences());
      assertEquals(Statement.ColumnKind.LAST_YEAR, s.columns().get(2).kind());
      assertTrue(s.check().isClean(), s.check().toString());
    }

    @Test
    void parse_rejectsTextWithoutAHeader() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Statement.parse("Insatser\nVännäs 380 380 0\n"));
      assertTrue(e.getMessage().contains("lines 1 to 3"), e.getMessage());
    }

    @Test
    void parse_namesTheLineWithTooManyAmounts() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ResultReport.parse("Belopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\t2\t3\t4\n"));
      assertTrue(e.getMessage().startsWith("line 3"), e.getMessage());
    }
  }

  @Nested
  class Scope {
    @Test
    void aTotalOfCostsPrintedAfterTheRevenueStillAddsTheCosts() {
      Statement s = Statement.builder(AmountUnit.TKR).column("Budget", Statement.ColumnKind.BUDGET)
          .row(StatementRow.heading("Insatser", Statement.Kind.COST))
          .row(StatementRow.line("A", Statement.Kind.COST, tkr(10)))
          .row(StatementRow.heading("Intäkter från medlemmar", Statement.Kind.REVENUE))
          .row(StatementRow.line("B", Statement.Kind.REVENUE, tkr(25)))
          .row(StatementRow.sum("Summa kostnader", Statement.Kind.COST, tkr(10)))
          .row(StatementRow.sum("Summa intäkter", Statement.Kind.REVENUE, tkr(25)))
          .row(StatementRow.sum("Resultat", Statement.Kind.RESULT, tkr(15))).build();
      assertTrue(s.check().all().isEmpty(), s.check().toString());
      assertEquals(List.of(1), List.of(StatementScope.of(s.rows())[4][0]));
    }

    @Test
    void aPlainSummaAddsTheLinesUnderTheInnermostHeadingWithoutClosingIt() {
      int[][] scope = StatementScope.of(Statement.parse("Belopp tkr. Budget 2017 Utfall 2017\n"
          + "Insatser\nA 1 1\nB 2 2\nSumma 3 3\nC 4 4\nSumma insatser 7 7\n").rows());
      assertEquals(List.of(1, 2), java.util.Arrays.stream(scope[3]).boxed().toList());
      assertEquals(List.of(3, 4), java.util.Arrays.stream(scope[5]).boxed().toList());
    }
  }

  @Nested
  class Checks {
    @Test
    void aSumOffByHalfAUnitPerLineIsRoundingAndOneMoreIsAnError() {
      String head = "Belopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\t1\nB\t1\t1\nC\t1\t1\nD\t1\t1\n";
      Findings rounding = Statement.parse(head + "Summa insatser\t6\t4\n").check();
      assertTrue(rounding.isClean(), rounding.toString());
      assertEquals("statement.sum.rounding", rounding.all().get(0).code());
      assertTrue(rounding.all().get(0).message().contains("avrundning"));
      Findings error = Statement.parse(head + "Summa insatser\t7\t4\n").check();
      assertEquals(List.of("statement.sum.mismatch"), error.errors().stream()
          .map(dev.finsam.core.Finding::code).toList());
      assertTrue(plain(error.errors().get(0).message()).contains("kolumnen \"Budget\" tryckt "
          + "7 tkr, raderna summerar till 4 tkr (skillnad 3 tkr)"), error.toString());
    }

    @Test
    void aDifferenceOfTheOppositeSignIsAWarningAndAWrongOneAnError() {
      String head = "Belopp i tkr\tBudget\tUtfall\tAvvikelse\nInsatser\nA\t10\t8\t2\n"
          + "B\t10\t7\t3\n";
      assertTrue(Statement.parse(head + "C\t10\t6\t-4\n").check()
          .contains("statement.difference.sign"));
      assertTrue(Statement.parse(head + "C\t10\t6\t9\n").check()
          .contains("statement.difference.mismatch"));
      assertTrue(Statement.parse(head + "C\t10\t6\t3\n").check()
          .contains("statement.difference.rounding"));
    }

    @Test
    void theFavourableConventionIsDetectedFromRevenueRows() {
      Findings f = Statement.parse("Belopp i tkr\tBudget\tUtfall\tAvvikelse\nInsatser\n"
          + "A\t10\t8\t2\nIntäkter från medlemmar\nB\t10\t12\t2\nC\t5\t6\t1\n").check();
      assertTrue(f.all().isEmpty(), f.toString());
    }

    @Test
    void aForecastBelowWhatIsBookedIsAWarning() {
      Findings f = Statement.parse("Belopp i tkr\tBudget T2\tUtfall T2\tHelårsprognos\n"
          + "Insatser\nVuxentorget\t800\t700\t650\n").check();
      assertEquals(List.of("statement.forecast.below-booked"), f.warnings().stream()
          .map(dev.finsam.core.Finding::code).toList());
    }
  }

  @Nested
  class Layouts {
    /** A tertial report with a net-budgeted project after the association's result. */
    @Test
    void aNetBudgetedProjectHasItsOwnResultAndItsFootnoteIsNotAHeading() {
      ResultReport r = ResultReport.parse("Tertialrapport T1 2021\n"
          + "Belopp i tkr Budget T1 Utfall T1 Avvikelse Årsbudget Helårsprognos\n"
          + "Intäkter\nMedlemsavgifter 3 817 3 817 0 11 450 11 450\n"
          + "Kostnader\nInsatser 3 000 2 500 500 9 000 8 800\n"
          + "Kansli 900 850 50 2 700 2 650\n"
          + "Summa kostnader 3 900 3 350 550 11 700 11 450\n"
          + "Resultat förbundet -83 467 550 -250 0\n"
          + "Projekt Vägen intäkter* 400 380 -20 1 200 1 150\n"
          + "Projekt Vägen kostnader* 400 390 10 1 200 1 160\n"
          + "Resultat projektet 0 -10 -10 0 -10\n"
          + "* Projektet är nettobudgeterat\n");
      Findings f = r.check();
      assertTrue(f.all().isEmpty(), f + "\n" + r.statement().rows());
      assertEquals(List.of("Intäkter", "Kostnader"), r.statement().rows().stream()
          .filter(StatementRow::isHeading).map(StatementRow::label).toList());
      assertEquals(Statement.Kind.REVENUE, r.statement().rows().get(7).kind());
    }

    @Test
    void headingsWithoutAmountsAndPageFootersAreKeptOrSkippedNeverRows() {
      Statement s = Statement.parse("Belopp i kr. 2017-12-31\nTillgångar\nOmsättningstillgångar\n"
          + "Kassa och bank 10 105 767\nSida 19\nSumma omsättningstillgångar 10 105 767\n");
      assertEquals(List.of("Tillgångar", "Omsättningstillgångar", "Kassa och bank",
          "Summa omsättningstillgångar"), s.rows().stream().map(StatementRow::label).toList());
      assertTrue(s.check().all().isEmpty(), s.check().toString());
    }
  }

  @Nested
  class Counterexamples {
    /** Shrunk from resultReportsReadBackEqualFromTabsAndPipes: a line of empty cells. */
    @Test
    void aLineOfEmptyCellsBetweenTabsIsPrintedWithDashesAndReadsBack() {
      Statement s = Statement.builder(AmountUnit.KRONA).caption("Resultatrapport 2017")
          .column("Budget 2017", Statement.ColumnKind.BUDGET)
          .column("Utfall 2017", Statement.ColumnKind.OUTCOME)
          .row(StatementRow.heading("Insatser", Statement.Kind.COST))
          .row(StatementRow.line("Fordran moms kvartal 4", Statement.Kind.COST,
              List.of(Optional.empty(), Optional.empty()))).build();
      String text = s.toText(Statement.Layout.TABS, Statement.Signs.BY_KIND);
      assertTrue(text.contains("Fordran moms kvartal 4\t-\t-"), text);
      assertEquals(ResultReport.of(s), ResultReport.parse(text));
    }

    /**
     * Shrunk from aPdfsSpacesAreNeverGuessed: a sum of six cells in fifteen words has more than
     * 64 readings; the listed ones held a wrong reading that added up, so the row was guessed.
     */
    @Test
    void aRowWithMoreReadingsThanCanBeListedIsReportedNotGuessed() {
      String text = "Resultatrapport t.o.m. T1 2021\nBelopp i kr Budget T1 Utfall T1 Avvikelse "
          + "Utfall T1 2020 Årsbudget Helårsprognos\nProjektnära kostnader\nVuxna\n"
          + "Vännäs 1 781 196 781 195 - - 781 196\n"
          + "Vännäs 7 097 100 052 902 100 045 805 - 1 002 432 100 052 903\n"
          + "Summa projektnära kostnader 7 098 100 834 098 100 827 000 0 1 002 432 100 834 100\n";
      Statement s = ResultReport.parse(text).statement();
      StatementRow sum = s.rows().get(s.rows().size() - 1);
      assertTrue(sum.isUnresolved(), sum.toString());
      assertTrue(sum.ore().stream().allMatch(OptionalLong::isEmpty));
      assertTrue(s.check().withCode("statement.row.ambiguous").stream()
          .anyMatch(f -> f.message().contains("Summa projektnära kostnader")), s.check()
              .toString());
      assertTrue(s.check().errors().isEmpty(), s.check().toString());
    }
  }
}
