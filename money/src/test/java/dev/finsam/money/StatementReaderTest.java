package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Where a printed statement starts and ends, and how its rows are read: Word's tabs, a PDF's
 * spaces, labels on the line above their amounts, sums printed beside the last line, notes.
 */
class StatementReaderTest {

  private static List<String> labels(Statement s) {
    return s.rows().stream().map(StatementRow::label).toList();
  }

  private static List<Statement.RowRole> roles(Statement s) {
    return s.rows().stream().map(StatementRow::role).toList();
  }

  private static long tkr(long t) {
    return t * 100_000;
  }

  @Nested
  class Extent {
    @Test
    void annualReport2017_theHeadersSecondLineIsNotARow() {
      ResultReport r = ResultReport.parse(AnnualReport2017Examples.excerpt(
          "Belopp i kr. Not  2017-01-01", "Belopp i kr"));
      List<String> labels = labels(r.statement());
      assertEquals("Verksamhetens medlemsavgifter", labels.get(0), labels.toString());
      assertTrue(labels.stream().noneMatch(l -> l.contains("2017-12-31")), labels.toString());
    }

    @Test
    void headingsAfterTheLastRowAreDroppedAndAHeaderWithoutRowsIsRejected() {
      Statement s = Statement.parse("Belopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\t2\n"
          + "Kansli\nÖvrigt\n");
      assertEquals(List.of("Insatser", "A"), labels(s));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Statement.parse("Resultat\nBelopp i tkr\tBudget\tUtfall\nInsatser\nKansli\n"));
      assertEquals("statement at line 2 must have at least one row of amounts under its header",
          e.getMessage());
    }

    @Test
    void theNextHeaderEndsTheStatement() {
      Statement s = Statement.parse("Belopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\t2\n"
          + "Belopp i kr\t2017-12-31\nKassa\t5\n");
      assertEquals(List.of("Insatser", "A"), labels(s));
    }

    @Test
    void proseOfFifteenWordsEndsTheStatementAndFourteenIsAHeading() {
      String fourteen = "Kostnader för en insats som styrelsen beslutade om vid sitt möte i "
          + "november förra";
      String fifteen = fourteen + " året";
      assertEquals(14, fourteen.split(" ").length);
      String head = "Belopp i tkr Budget Utfall\nInsatser\nA 1 2\n";
      Statement kept = Statement.parse(head + fourteen + "\nB 3 4\n");
      assertEquals(List.of("Insatser", "A", fourteen, "B"), labels(kept));
      Statement ended = Statement.parse(head + fifteen + "\nB 3 4\n");
      assertEquals(List.of("Insatser", "A"), labels(ended));
    }

    @Test
    void aNumberedHeadingEndsTheStatement() {
      String head = "Belopp i tkr Budget Utfall\nInsatser\nA 1 2\n";
      for (String end : List.of("6.7 Noter", "7 Styrelsens beslut", "12. Bilagor")) {
        assertEquals(List.of("Insatser", "A"), labels(Statement.parse(head + end + "\nB 3 4\n")),
            end);
      }
      // a row of two digits and a heading, or a number with three digits, is no section
      assertEquals(List.of("Insatser", "A", "Övrigt", "B"), labels(Statement.parse(head
          + "Övrigt\nB 3 4\n")));
      assertEquals(List.of("Insatser", "A", ".5 Noter", "B"), labels(Statement.parse(head
          + ".5 Noter\nB 3 4\n")));
    }

    @Test
    void theCaptionIsTheNearestTextLineUpToThreeLinesAboveAndAtMostTenWords() {
      String table = "Belopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\t2\n";
      assertEquals("Resultatrapport 2017", Statement.parse("Resultatrapport 2017\n\n\n" + table)
          .caption());
      assertEquals("", Statement.parse("Resultatrapport 2017\n\n\n\n" + table).caption());
      String ten = "Sammanställning av budget och utfall för hela förbundet under året";
      assertEquals(10, ten.split(" ").length);
      assertEquals(ten, Statement.parse(ten + "\n" + table).caption());
      assertEquals("", Statement.parse(ten + " totalt\n" + table).caption());
      assertEquals("", Statement.parse("Kommentar\tx\n" + table).caption(),
          "a table's row above is no caption");
    }
  }

  @Nested
  class Rows {
    @Test
    void aLabelOnOneLineAndItsAmountsOnTheNextAreOneRow() {
      Statement s = Statement.parse("Belopp i tkr Budget Utfall\nInsatser\n"
          + "Ungdomstorget 3.0\n2 700 2 359\nVuxentorget 1 180 585\n");
      assertEquals(List.of("Insatser", "Ungdomstorget 3.0", "Vuxentorget"), labels(s));
      assertEquals(Optional.of(Amounts.tkr(2_359)), s.rows().get(1).value(1));
      // a blank line between them keeps them apart: a heading, then a sum of numbers only
      Statement apart = Statement.parse("Belopp i tkr Budget Utfall\nInsatser\n"
          + "Ungdomstorget 3.0\n\n2 700 2 359\n");
      assertEquals(List.of(Statement.RowRole.HEADING, Statement.RowRole.HEADING,
          Statement.RowRole.SUM), roles(apart));
    }

    @Test
    void tabRowsReadHeadingsEmptyCellsDashesAndShortRows() {
      Statement s = Statement.parse("Belopp i tkr\tBudget\tUtfall\nInsatser\t\t\n\t\t\n"
          + "A\t-\t2\nB\t\u2212\t3\nC\t4\nD\t5\t6,5\n");
      assertEquals(List.of("Insatser", "A", "B", "C", "D"), labels(s));
      assertEquals(Statement.RowRole.HEADING, s.rows().get(0).role());
      assertEquals(List.of(Optional.empty(), Optional.of(Amounts.tkr(2))),
          List.of(s.rows().get(1).value(0), s.rows().get(1).value(1)));
      assertEquals(Optional.empty(), s.rows().get(2).value(0));
      assertEquals(List.of(Optional.of(Amounts.tkr(4)), Optional.empty()),
          List.of(s.rows().get(3).value(0), s.rows().get(3).value(1)));
      assertEquals(tkr(65) / 10, s.rows().get(4).ore().get(1).getAsLong());
    }

    @Test
    void aRowWhoseLabelCellIsEmptyIsRejectedNotReadWithItsFirstAmountAsTheLabel() {
      IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
          () -> Statement.parse("Belopp i tkr\tBudget\tUtfall\nInsatser\n\t1\t2\n"));
      assertEquals("line 3 (\"1\t2\") must have a label in its first cell; it is empty",
          bad.getMessage());
      // a row indented by an empty cell has its label in the next one
      Statement s = Statement.parse("Belopp i tkr\tBudget\tUtfall\nInsatser\n\tA\t1\t2\n");
      assertEquals("A", s.rows().get(1).label());
      assertEquals(List.of(Optional.of(Amounts.tkr(1)), Optional.of(Amounts.tkr(2))),
          List.of(s.rows().get(1).value(0), s.rows().get(1).value(1)));
    }

    @Test
    void aCellThatIsNoAmountOrOneTooManyIsRejectedNamingTheLine() {
      IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
          () -> Statement.parse("Belopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\tabc\n"));
      assertEquals("cell 2 of line 3 (\"abc\") must be an amount such as \"3 108 000\" or "
          + "\"\u221268\"", bad.getMessage());
      IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
          () -> Statement.parse("Belopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\t2\t3\n"));
      assertEquals("line 3 (\"A\t1\t2\t3\") must have at most 2 cells after its label, as its "
          + "header has", many.getMessage());
    }

    @Test
    void aTabTableWithANoteColumnReadsTheNoteOfEachRow() {
      Statement s = Statement.parse("Belopp i kr\tNot\t2017-12-31\t2016-12-31\nTillgångar\n"
          + "Fordringar\t2\t88 834\t147 330\nKassa och bank\t\t10 105 767\t9 370 101\n");
      assertEquals(OptionalInt.of(2), s.rows().get(1).note());
      assertEquals(OptionalInt.empty(), s.rows().get(2).note());
      assertEquals(Optional.of(Amounts.sek(9_370_101)), s.rows().get(2).value(1));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Statement.parse("Belopp i kr\tNot\t2017-12-31\nTillgångar\nFordringar\tx\t5\n"));
      assertEquals("note of line 3 (\"x\") must be a number from 1 to 999", e.getMessage());
    }
  }
}
