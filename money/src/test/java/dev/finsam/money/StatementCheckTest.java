package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.Severity;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The arithmetic checks of a printed statement: their codes, severities and sentences. */
class StatementCheckTest {

  private static List<Optional<MonetaryAmount>> tkr(long... values) {
    return java.util.Arrays.stream(values).mapToObj(v -> Optional.of(Amounts.tkr(v))).toList();
  }

  private static List<String> codes(Findings f) {
    return f.all().stream().map(Finding::code).toList();
  }

  private static String only(Findings f, String code) {
    List<Finding> x = f.withCode(code);
    assertEquals(1, x.size(), f.toString());
    return plain(x.get(0).message());
  }

  @Nested
  class Sums {
    @Test
    void aMismatchNamesRowLineColumnPrintedComputedAndTheRoundingOfItsRows() {
      Findings f = Statement.parse("Belopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\t1\nB\t1\t1\n"
          + "C\t1\t1\nD\t1\t1\nSumma insatser\t7\t4\n").check();
      assertEquals(List.of("statement.sum.mismatch"), codes(f));
      assertEquals(Severity.ERROR, f.all().get(0).severity());
      assertEquals("Raden \"Summa insatser\" (rad 7): kolumnen \"Budget\" tryckt 7 tkr, raderna "
          + "summerar till 4 tkr (skillnad 3 tkr). Avrundning av 4 rader förklarar högst 2 tkr.",
          only(f, "statement.sum.mismatch"));
    }

    @Test
    void roundingWithinHalfAUnitPerRowIsInfoNamingTheLimit() {
      Findings f = Statement.parse("Belopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\t1\nB\t1\t1\n"
          + "C\t1\t1\nSumma insatser\t3\t2\n").check();
      assertTrue(f.isClean(), f.toString());
      assertEquals("Raden \"Summa insatser\" (rad 6): kolumnen \"Utfall\" tryckt 2 tkr, raderna "
          + "summerar till 3 tkr: skillnaden ryms i avrundningen av 3 rader (högst 1,5 tkr).",
          only(f, "statement.sum.rounding"));
    }

    @Test
    void aBuiltSumWithoutTextIsNamedAsSuchAndHasNoLine() {
      Statement s = Statement.builder(AmountUnit.TKR).column("Budget", Statement.ColumnKind.BUDGET)
          .row(StatementRow.heading("Insatser", Statement.Kind.COST))
          .row(StatementRow.line("A", Statement.Kind.COST, tkr(10)))
          .row(StatementRow.sum("", Statement.Kind.COST, tkr(12))).build();
      assertEquals("Raden \"(summa utan text)\": kolumnen \"Budget\" tryckt 12 tkr, raderna "
          + "summerar till 10 tkr (skillnad 2 tkr). Avrundning av 1 rader förklarar högst "
          + "0,5 tkr.", only(s.check(), "statement.sum.mismatch"));
    }

    @Test
    void aSignedTablePrintsCostsNegativeInItsSentences() {
      Statement s = Statement.builder(AmountUnit.TKR).signs(Statement.Signs.SIGNED)
          .column("Budget", Statement.ColumnKind.BUDGET)
          .row(StatementRow.heading("Insatser", Statement.Kind.COST))
          .row(StatementRow.line("A", Statement.Kind.COST, tkr(10)))
          .row(StatementRow.sum("Summa", Statement.Kind.COST, tkr(12))).build();
      assertTrue(only(s.check(), "statement.sum.mismatch").startsWith("Raden \"Summa\": kolumnen "
          + "\"Budget\" tryckt -12 tkr, raderna summerar till -10 tkr (skillnad 2 tkr)."),
          s.check().toString());
    }
  }

  @Nested
  class Differences {
    /** A sum's difference is checked when any of its rows has a value, not only when all do. */
    @Test
    void aSumsDifferenceIsCheckedWhenSomeOfItsRowsLackAValue() {
      Findings f = Statement.parse("Belopp i tkr\tBudget\tUtfall\tAvvikelse\nInsatser\n"
          + "A\t10\t8\t-2\nB\t-\t5\t\nSumma insatser\t10\t13\t9\n").check();
      assertEquals(List.of("statement.difference.mismatch"), codes(f), f.toString());
      assertEquals("Raden \"Summa insatser\" (rad 5), kolumnen \"Avvikelse\": avvikelsen är "
          + "tryckt 9 tkr, men utfall - budget ger 3 tkr (skillnad 6 tkr).",
          only(f, "statement.difference.mismatch"));
    }

    @Test
    void aDifferenceOneUnitOffIsRoundingNamingTheUnit() {
      Findings f = Statement.parse("Belopp i tkr\tBudget\tUtfall\tAvvikelse\nInsatser\n"
          + "A\t10\t8\t-2\nB\t10\t7\t-4\n").check();
      assertEquals("Raden \"B\" (rad 4), kolumnen \"Avvikelse\": avvikelsen är tryckt -4 tkr, "
          + "utfall - budget ger -3 tkr: skillnaden ryms i avrundningen (högst 1 tkr).",
          only(f, "statement.difference.rounding"));
      assertTrue(f.isClean());
    }

    /**
     * A cost row explained only by outcome − budget and a revenue row explained only by budget −
     * outcome tie; the column's name decides which convention the table uses, and the other row's
     * sign is the one reported.
     */
    @Test
    void aTieBetweenConventionsGoesToTheOneTheColumnsNameDeclares() {
      assertEquals("B", signWarningOn("Avvikelse"), "no declaration: outcome − budget");
      assertEquals("B", signWarningOn("Avvikelse utfall - budget"));
      assertEquals("A", signWarningOn("Avvikelse budget - utfall"));
      assertEquals("A", signWarningOn("Budget \u2212 utfall"));
      assertEquals("B", signWarningOn("Utfall \u2013 budget"));
      // a name that lacks the budget, the outcome or the dash declares nothing
      assertEquals("B", signWarningOn("Avvikelse budget utfall"));
      assertEquals("B", signWarningOn("Avvikelse utfall - plan"));
      assertEquals("B", signWarningOn("Avvikelse prognos"));
      assertEquals("A", signWarningOn("Avvikelse budget - prognos"));
    }

    private String signWarningOn(String name) {
      Statement s = Statement.builder(AmountUnit.TKR)
          .column("Budget", Statement.ColumnKind.BUDGET)
          .column("Utfall", Statement.ColumnKind.OUTCOME).difference(name, 1, 0)
          .row(StatementRow.heading("Insatser", Statement.Kind.COST))
          .row(StatementRow.line("A", Statement.Kind.COST, tkr(10, 8)).withDifferences(tkr(-2)))
          .row(StatementRow.heading("Intäkter", Statement.Kind.REVENUE))
          .row(StatementRow.line("B", Statement.Kind.REVENUE, tkr(10, 7))
              .withDifferences(tkr(3))).build();
      Findings f = s.check();
      assertEquals(List.of("statement.difference.sign"), codes(f), name + ": " + f);
      String m = plain(f.all().get(0).message());
      assertTrue(m.endsWith("beloppet stämmer, tecknet är omvänt."), m);
      return m.substring("Raden \"".length(), m.indexOf('"', "Raden \"".length()));
    }
  }

  @Nested
  class Forecasts {
    private Findings check(String header, String... rows) {
      return Statement.parse(header + "\nInsatser\n" + String.join("\n", rows) + "\n").check();
    }

    @Test
    void aForecastBelowWhatIsBookedIsNamedWithBothAmounts() {
      Findings f = check("Belopp i tkr\tBudget T2\tUtfall T2\tHelårsprognos",
          "Vuxentorget\t800\t700\t650");
      assertEquals(Severity.WARNING, f.all().get(0).severity());
      assertEquals("Raden \"Vuxentorget\" (rad 3): helårsprognosen 650 tkr är lägre än det som "
          + "redan är bokfört (700 tkr).", only(f, "statement.forecast.below-booked"));
    }

    @Test
    void theForecastAndTheOutcomeMayBeTheFirstColumn() {
      assertEquals(List.of("statement.forecast.below-booked"),
          codes(check("Belopp i tkr\tHelårsprognos\tUtfall T2", "A\t650\t700")));
      assertEquals(List.of("statement.forecast.below-booked"),
          codes(check("Belopp i tkr\tUtfall T2\tHelårsprognos", "A\t700\t650")));
    }

    @Test
    void aForecastEqualToTheOutcomeOrOnNothingBookedIsNoWarning() {
      assertEquals(List.of(), codes(check("Belopp i tkr\tUtfall T2\tHelårsprognos",
          "A\t700\t700", "C\t-\t5", "D\t5\t-")));
      Statement refund = Statement.builder(AmountUnit.TKR)
          .column("Utfall", Statement.ColumnKind.OUTCOME)
          .column("Prognos", Statement.ColumnKind.FORECAST)
          .row(StatementRow.line("Återbetalning", Statement.Kind.COST, tkr(0, -5))).build();
      assertEquals(List.of(), codes(refund.check()));
    }

    @Test
    void aTableWithoutAForecastOrWithoutAnOutcomeHasNothingToCompare() {
      assertEquals(List.of(), codes(check("Belopp i tkr\tBudget\tHelårsprognos", "A\t700\t650")));
      assertEquals(List.of(), codes(check("Belopp i tkr\tBudget\tUtfall", "A\t700\t650")));
    }

    /** Only cost and revenue lines are forecasts of bookings; a sum follows from its lines. */
    @Test
    void sumsAndOtherKindsOfLinesAreNotCompared() {
      Findings sum = check("Belopp i tkr\tUtfall T2\tHelårsprognos", "A\t5\t-", "B\t5\t6",
          "Summa insatser\t10\t6");
      assertEquals(List.of(), codes(sum), sum.toString());
      Statement other = Statement.builder(AmountUnit.TKR)
          .column("Utfall", Statement.ColumnKind.OUTCOME)
          .column("Prognos", Statement.ColumnKind.FORECAST)
          .row(StatementRow.line("Resultatandel", Statement.Kind.OTHER, tkr(700, 650)))
          .row(StatementRow.line("Bidrag", Statement.Kind.REVENUE, tkr(700, 650))).build();
      assertEquals(List.of("statement.forecast.below-booked"), codes(other.check()));
      assertTrue(other.check().all().get(0).message().contains("\"Bidrag\""));
      assertFalse(other.check().all().get(0).message().contains("(rad"));
    }
  }
}
