package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.text.PrintedText;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Header rows of printed statements: which lines are headers, and the unit, caption, note column,
 * value columns and difference columns read from them.
 */
class StatementHeaderTest {

  /** A header and a row that a two-column header reads. */
  private static final String TABLE = "Belopp i tkr\tBudget\tUtfall\nInsatser\nVännäs\t380\t364\n";

  private static StatementHeader header(String line, boolean balance) {
    return StatementHeader.read(PrintedText.lines(line).get(0), balance);
  }

  private static List<String> names(List<Statement.Column> columns) {
    return columns.stream().map(Statement.Column::name).toList();
  }

  private static List<Statement.ColumnKind> kinds(List<Statement.Column> columns) {
    return columns.stream().map(Statement.Column::kind).toList();
  }

  @Nested
  class NotAHeader {
    /**
     * A line that merely starts like a header is the caption above the table, not its header:
     * the table's columns are the real header's.
     */
    @Test
    void linesThatStartLikeAHeaderButAreNotOneBecomeTheCaption() {
      for (String line : List.of("Belopp", "Belopp i", "Not", "Belopp i tkr anges nedan",
          "Utfall per kvartal", "Budget avvikelse utfall", "Belopp i kr Not",
          "Budget och utfall redovisas i not 2.")) {
        Statement s = Statement.parse(line + "\n" + TABLE);
        assertEquals(List.of("Budget", "Utfall"), names(s.columns()), line);
        assertEquals(line, s.caption(), line);
        assertNull(header(line, false), line);
      }
    }

    @Test
    void aDifferenceWithoutBothOfItsColumnsBeforeItIsProse() {
      for (String line : List.of("Budget avvikelse utfall", "Utfall avvikelse budget")) {
        assertNull(header(line, false), line);
        assertEquals(List.of("Budget", "Utfall"), names(Statement.parse(line + "\n" + TABLE)
            .columns()), line);
      }
    }

    @Test
    void aNoteNumberWithoutAnyColumnIsProse() {
      assertNull(header("Not 5 se not 6", true), "\"not\" does not start a column");
      assertEquals(List.of("Budget", "Utfall"), names(Statement.parse("Not 5 se not 6\n" + TABLE)
          .columns()));
      assertNull(header("Not 5 gäller pensionerna", true));
      Statement s = Statement.parse("Not 5 gäller pensionerna\n" + TABLE);
      assertEquals(List.of("Budget", "Utfall"), names(s.columns()));
    }

    @Test
    void aFirstCellWithMoreThanTheUnitIsNotAHeader() {
      assertNull(header("Belopp i tkr 2017\tBudget\tUtfall", false));
      assertNotNull(header("Belopp i tkr\tBudget\tUtfall", false));
    }

    @Test
    void aHeaderOf300CharactersIsReadAndOneOf301IsNot() {
      String head = "Belopp i tkr\tUtfall\tBudget ";
      String at300 = head + "x".repeat(300 - head.length());
      assertEquals(300, at300.length());
      StatementHeader h = header(at300, false);
      assertEquals(List.of(Statement.ColumnKind.OUTCOME, Statement.ColumnKind.BUDGET),
          kinds(h.columns));
      assertNull(header(at300 + "x", false));
    }

    @Test
    void aColumnNameOfEightWordsIsReadAndOneOfNineIsProse() {
      StatementHeader eight = header("Belopp i tkr Budget a b c d e f g Utfall", false);
      assertEquals(List.of("Budget a b c d e f g", "Utfall"), names(eight.columns));
      assertNull(header("Belopp i tkr Budget a b c d e f g h Utfall", false));
    }

    @Test
    void aLoneColumnWithoutTheUnitIsProseButTwoAreAHeader() {
      assertNull(header("Bokslut 2016", false));
      StatementHeader two = header("Budget 2017 Utfall 2017", false);
      assertEquals(List.of("Budget 2017", "Utfall 2017"), names(two.columns));
      assertEquals(AmountUnit.KRONA, two.unit);
      assertFalse(two.unitDeclared);
    }
  }

  @Nested
  class Columns {
    @Test
    void tabSeparatedCellsAreColumnsEvenWhenTheirWordsWouldNotStartOne() {
      StatementHeader h = header("Belopp i tkr\tBudget\tUtfall\tKommentar", false);
      assertEquals(List.of("Budget", "Utfall", "Kommentar"), names(h.columns));
      assertEquals(Statement.ColumnKind.OTHER, h.columns.get(2).kind());
      assertEquals(AmountUnit.TKR, h.unit);
      assertTrue(h.unitDeclared);
    }

    @Test
    void aTabSeparatedHeaderMayStartWithItsFirstColumn() {
      Statement s = Statement.parse("Budget 2017\tUtfall 2017\tAvvikelse\nInsatser\n"
          + "Vännäs\t380\t364\t-16\n");
      assertEquals(List.of("Budget 2017", "Utfall 2017"), names(s.columns()));
      assertEquals(List.of(new Statement.Difference("Avvikelse", 1, 0)), s.differences());
    }

    @Test
    void lastYearIsBokslutFöregåendeOrFg() {
      for (String name : List.of("Bokslut 2016", "Föregående år", "Föreg. år", "Fg år")) {
        StatementHeader h = header("Belopp i tkr\tUtfall 2017\t" + name, false);
        assertEquals(List.of(Statement.ColumnKind.OUTCOME, Statement.ColumnKind.LAST_YEAR),
            kinds(h.columns), name);
      }
    }

    @Test
    void datesAreBalanceDatesInABalanceReportAndPeriodsElsewhere() {
      StatementHeader balance = header("Belopp i kr 2017-12-31 2016-12-31", true);
      assertEquals(List.of(Statement.ColumnKind.BALANCE, Statement.ColumnKind.BALANCE),
          kinds(balance.columns));
      assertEquals(AmountUnit.KRONA, balance.unit);
      assertTrue(balance.unitDeclared);
      StatementHeader periods = header("2017-12-31 2016-12-31", false);
      assertEquals(List.of(Statement.ColumnKind.OUTCOME, Statement.ColumnKind.LAST_YEAR),
          kinds(periods.columns));
    }

    @Test
    void aNoteHeaderKeepsItsCaptionUpToTheFirstColumn() {
      StatementHeader words = header("Not 4. Övriga kostnader Utfall 2017 Utfall 2016", false);
      assertEquals("Not 4. Övriga kostnader", words.caption);
      assertEquals(List.of("Utfall 2017", "Utfall 2016"), names(words.columns));
      // "not" inside the caption does not start a column
      StatementHeader not = header("Not 6. Tillägg till not 2 2017-12-31 2016-12-31", true);
      assertEquals("Not 6. Tillägg till not 2", not.caption);
      assertEquals(List.of("2017-12-31", "2016-12-31"), names(not.columns));
      StatementHeader tabs = header("Not 2. Fordringar\t2017-12-31\t2016-12-31", true);
      assertEquals("Not 2. Fordringar", tabs.caption);
      assertEquals(List.of("2017-12-31", "2016-12-31"), names(tabs.columns));
    }

    @Test
    void aNoteColumnIsNotAValueColumn() {
      StatementHeader h = header("Belopp i kr. Not 2017-12-31 2016-12-31", true);
      assertTrue(h.note);
      assertEquals(2, h.columns.size());
      assertEquals(2, h.cells());
      assertFalse(header("Belopp i kr 2017-12-31 2016-12-31", true).note);
    }
  }

  @Nested
  class Differences {
    @Test
    void aDifferenceKeepsItsOwnWordsWithAnyDash() {
      for (String dash : List.of("-", "\u2212", "\u2013")) {
        StatementHeader h = header("Belopp i tkr Budget Utfall Avvikelse utfall " + dash
            + " budget", false);
        assertEquals(List.of("Budget", "Utfall"), names(h.columns), dash);
        assertEquals(List.of(new Statement.Difference("Avvikelse utfall " + dash + " budget", 1,
            0)), h.differences, dash);
      }
      StatementHeader diff = header("Belopp i tkr Utfall Budget Differens budget - utfall",
          false);
      assertEquals(List.of(new Statement.Difference("Differens budget - utfall", 0, 1)),
          diff.differences);
    }

    @Test
    void aDifferenceFollowedByOneLastColumnEndsWhereThatColumnStarts() {
      StatementHeader h = header("Belopp i tkr Budget 2017 Utfall 2017 Avvikelse Bokslut",
          false);
      assertEquals(List.of("Budget 2017", "Utfall 2017", "Bokslut"), names(h.columns));
      assertEquals(List.of(new Statement.Difference("Avvikelse", 1, 0)), h.differences);
      assertEquals(List.of(0, 1, -1, 2), java.util.Arrays.stream(h.order).boxed().toList());
    }

    /** "Avvikelse prognos" compares the forecast, wherever an outcome column stands. */
    @Test
    void aForecastsDifferenceComparesTheForecastAndAPlainOneTheNearestActualColumn() {
      StatementHeader prognos = header("Belopp i tkr Årsbudget Helårsprognos Budget T1 Utfall T1 "
          + "Avvikelse prognos - budget", false);
      assertEquals(List.of(new Statement.Difference("Avvikelse prognos - budget", 1, 2)),
          prognos.differences);
      StatementHeader plain = header("Belopp i tkr Årsbudget Helårsprognos Budget T1 Utfall T1 "
          + "Avvikelse", false);
      assertEquals(List.of(new Statement.Difference("Avvikelse", 3, 2)), plain.differences);
      StatementHeader first = header("Belopp i tkr Helårsprognos Utfall T2 Budget T2 Avvikelse "
          + "prognos - budget", false);
      assertEquals(List.of(new Statement.Difference("Avvikelse prognos - budget", 0, 2)),
          first.differences);
    }
  }

  @Nested
  class Words {
    @Test
    void aNoteNumberIsOneToThreeAsciiDigitsWithAnOptionalPoint() {
      for (String yes : List.of("1", "9", "10", "90", "999", "12.")) {
        assertTrue(StatementHeader.isNoteNumber(yes), yes);
      }
      for (String no : List.of("", ".", "1000", "1a", "1/", "1:", "abc")) {
        assertFalse(StatementHeader.isNoteNumber(no), no);
      }
    }

    @Test
    void aDateIsYyyyMmDdInAsciiDigits() {
      assertTrue(StatementHeader.isDate("2017-12-31"));
      assertTrue(StatementHeader.isDate("0000-00-00"));
      assertTrue(StatementHeader.isDate("9999-99-99"));
      for (String no : List.of("2017-12-311", "2017-12-3", "2017x12-31", "2017-12x31",
          "2017-1/-31", "2017-1:-31", "/017-12-31", ":017-12-31")) {
        assertFalse(StatementHeader.isDate(no), no);
      }
    }

    @Test
    void aMarkdownHeaderWithAnEmptyFirstCellIsNotReadAsOne() {
      // the first cell holds the unit or the first column; an empty one is neither
      assertNull(header("|  | Budget | Utfall |", false));
      assertThrows(IllegalArgumentException.class,
          () -> Statement.parse("|  | Budget | Utfall |\n| Vännäs | 380 | 364 |\n"));
    }
  }
}
