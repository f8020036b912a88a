package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_WORK;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reading one printed row: its cells (tabs, pipes) or its number words (a PDF's text). */
class RowReaderTest {

  static final int MAX = Integer.MAX_VALUE;
  static final String PARTICIPANTS = "Antal deltagare totalt\t10\t10\t20\n";

  static OutcomeTable classic(String text) {
    return OutcomeTables.parse(text, OutcomeScheme.CLASSIC);
  }

  static String rejected(String text) {
    return assertThrows(IllegalArgumentException.class, () -> classic(text)).getMessage();
  }

  @Nested
  class Cells {
    @Test
    void read_aTotalAloneInOneCellOrAfterABlankOne() {
      assertEquals(Count.ofTotal(5), classic(PARTICIPANTS + "Övriga avbrott\t5\n")
          .count(OTHER_DROPOUT));
      assertEquals(Count.ofTotal(5), classic(PARTICIPANTS + "Övriga avbrott\t\t5\n")
          .count(OTHER_DROPOUT));
      OutcomeTable t = classic(PARTICIPANTS + "Övriga avbrott\t0\t0 %\n");
      assertEquals(Count.ofTotal(0), t.count(OTHER_DROPOUT));
    }

    @Test
    void read_womenAndMenWithoutATotal() {
      assertEquals(Count.of(3, 2), classic(PARTICIPANTS + "Övriga avbrott\t3\t2\n")
          .count(OTHER_DROPOUT));
      assertEquals(Count.of(3, 2), classic(PARTICIPANTS + "Övriga avbrott\t3\t2\t\t50 %\n")
          .count(OTHER_DROPOUT));
    }

    @Test
    void read_aFourthCellIsThePercentageWithOrWithoutItsSign() {
      OutcomeTable t = classic(PARTICIPANTS + "varav till arbete\t1\t1\t2\t50\n"
          + "Övriga avbrott\t1\t1\t2\t45\n");
      assertEquals(Map.of(OutcomeRow.of(OTHER_DROPOUT), new BigDecimal("45")),
          t.publishedPercents());
    }

    @Test
    void read_aPercentageAtSixDecimalsTheMost() {
      OutcomeTable t = classic(PARTICIPANTS + "varav till arbete\t1\t1\t2\t30,872483 %\n");
      assertEquals(new BigDecimal("30.872483"), t.publishedPercents().get(OutcomeRow.of(WORK)));
      assertTrue(rejected(PARTICIPANTS + "varav till arbete\t1\t1\t2\t30,8724832 %\n")
          .startsWith("line 2 (\"varav till arbete\t1\t1\t2\t30,8724832 %\") has \"30,8724832 %\" "
              + "where a percentage from 0 to 100 was expected"));
    }

    @Test
    void read_theLargestCountAndNotOneMore() {
      assertEquals(Count.of(MAX, 0), classic("Antal deltagare totalt\t2147483647\t0\t2147483647\n")
          .participants());
      assertTrue(rejected("Antal deltagare totalt\t2147483648\t0\t1\n")
          .contains("has a number too large for a count: \"2147483648\""));
    }

    @Test
    void read_womenOrMenAloneOrTooManyCellsAreNamedErrors() {
      assertTrue(rejected(PARTICIPANTS + "Övriga avbrott\t3\t\t5\n").endsWith(
          "gives women or men but not both"));
      assertTrue(rejected(PARTICIPANTS + "Övriga avbrott\t1\t2\t3\t4\t5\n").endsWith(
          "has 6 cells; expected a label, women, men, total and a percentage"));
    }

    @Test
    void read_aTabLineOfALabelAloneIsAHeading() {
      OutcomeTable t = classic(PARTICIPANTS + "Insatser för unga\t\t\t\t\n"
          + "varav till arbete\t1\t1\t2\t\n");
      assertEquals(Count.of(1, 1), t.count(WORK));
    }

    @Test
    void read_cellsAsTheyStandWhereWordsCouldBeReadTwoWays() {
      // as a PDF's words, "124 124 999 125 123" is 124 | 124 999 or 124 124 | 999
      assertEquals(Count.of(124, 124_999), classic("Antal deltagare totalt\t124\t124 999\t125 123\n")
          .participants());
    }

    @Test
    void read_aRowIndentedByATabIsReadByItsCellsToo() {
      assertEquals(Count.of(124, 124_999), classic(
          "\tAntal deltagare totalt\t124\t124 999\t125 123\n").participants());
    }

    @Test
    void read_anIndentedTabRowKeepsItsBlankCell() {
      // as words, "3" and "5" would be women and men; in cells, the men's cell is blank
      assertTrue(rejected(PARTICIPANTS + "\tÖvriga avbrott\t3\t\t5\n").endsWith(
          "gives women or men but not both"));
    }

    @Test
    void read_aTabRowWithAnEmptyLabelCellHasNoLabel() {
      // the numbers start in the second cell: the first is not the label "1"
      assertEquals("line 2 (\"1\t1\t2\") has no label", rejected(PARTICIPANTS + "\t1\t1\t2\n"));
      assertEquals("line 2 (\"1\t1\t2\t50 %\") has no label",
          rejected(PARTICIPANTS + "  \t1\t1\t2\t50 %\n"));
    }

    @Test
    void read_aPipeRowWithAnEmptyLabelCellHasNoLabel() {
      assertEquals("line 2 (\"| | 1 | 1 | 2 |\") has no label",
          rejected(PARTICIPANTS + "| | 1 | 1 | 2 |\n"));
    }
  }

  @Nested
  class Words {
    @Test
    void read_numbersWithoutALabel() {
      assertTrue(rejected("Antal deltagare totalt 10 10 20\n1 1 2\n").equals(
          "line 2 (\"1 1 2\") has no label"));
    }

    @Test
    void read_aNumberInsideTheLabelNamesTheWordAfterIt() {
      assertTrue(rejected("Antal deltagare totalt 10 10 20\nvarav till arbete 3 x 3\n")
          .endsWith("has \"x\" where a number was expected"));
      // after the SUS codes' parenthesis closes, a number is a number again
      String m = assertThrows(IllegalArgumentException.class, () -> OutcomeTables.parse(
          "Antal deltagare 10 10 20\n- till arbete (SUS 1) 3 x 3\n", OutcomeScheme.SUS))
          .getMessage();
      assertTrue(m.startsWith("line 2 ") && m.endsWith("has \"x\" where a number was expected"), m);
    }

    @Test
    void read_anUnknownLabelIsQuotedWithoutItsNumbers() {
      assertEquals("line 2 (\"till månen 1 1 2\") has the label \"till månen\", which is not a row "
          + "of the CLASSIC scheme", rejected("Antal deltagare totalt 10 10 20\ntill månen 1 1 2\n"));
    }

    @Test
    void read_sixtyFourNumberWordsTheMost() {
      String ones = " 1".repeat(64);
      assertTrue(rejected("Antal deltagare totalt" + ones + "\n").endsWith(
          "has numbers that cannot be read as women, men, total and a percentage"));
      assertTrue(rejected("Antal deltagare totalt" + ones + " 1\n").endsWith(
          "has 65 number words; a row has women, men, total and a percentage"));
    }

    @Test
    void read_aYearOfTheNineteenHundredsEndsTheLabelToo() {
      assertEquals(Count.of(620, 620), classic("Antal deltagare 1998 620 620 1 240\n")
          .participants());
    }

    @Test
    void read_aFourDigitCountThatIsNoYearStartsTheNumbers() {
      assertEquals(Count.of(1234, 1000), classic("Antal deltagare totalt 1234 1000 2234\n")
          .participants());
    }

    @Test
    void read_aYearAloneIsTheCount() {
      assertEquals(Count.ofTotal(2021), classic("Antal deltagare totalt 2021\n").participants());
    }

    @Test
    void read_dashesAreBlankCells() {
      OutcomeTable t = classic("Antal deltagare totalt 10 10 20\nÖvriga avbrott \u2013 - 0 0 %\n");
      assertEquals(Count.ofTotal(0), t.count(OTHER_DROPOUT));
    }

    @Test
    void read_blanksWhereACountIsNeededCannotBeRead() {
      for (String row : new String[] {"Övriga avbrott - 5 5", "Övriga avbrott 5 5 -",
          "Övriga avbrott -", "Övriga avbrott 5 - %", "varav till arbete 50 % 2 4"}) {
        String m = rejected("Antal deltagare totalt 10 10 20\n" + row + "\n");
        assertEquals("line 2 (\"" + row + "\") has numbers that cannot be read as women, men, "
            + "total and a percentage", m);
      }
    }

    @Test
    void read_aPercentageWordAtSixDecimalsTheMost() {
      assertEquals(new BigDecimal("30.872483"), classic("Antal deltagare totalt 10 10 20\n"
          + "varav till arbete 1 1 2 30,872483 %\n").publishedPercents().get(OutcomeRow.of(WORK)));
      assertTrue(rejected("Antal deltagare totalt 10 10 20\nvarav till arbete 1 1 2 30,8724832 %\n")
          .endsWith("has numbers that cannot be read as women, men, total and a percentage"));
    }

    @Test
    void read_theLargestCountAsWords() {
      assertEquals(Count.of(MAX, 0), classic("Antal deltagare totalt 2 147 483 647 0 "
          + "2 147 483 647\n").participants());
    }

    @Test
    void read_womenAndMenAloneUpToTheLargestInt() {
      assertEquals(Count.of(MAX - 1, 1), classic("Antal deltagare 2147483646 1\n").participants());
      assertTrue(rejected("Antal deltagare 2147483647 1\n").endsWith(
          "has numbers that cannot be read as women, men, total and a percentage"));
    }

    @Test
    void read_aMisprintedRowIsReadTheWayItsPrintedPercentageAllows() {
      // "12 345 6 789" adds up no way: 12 345 | 6 | 789 or 12 | 345 | 6 789; of the 7 890 ended,
      // only 789 is the printed 10 %
      OutcomeTable t = classic("Antal deltagare totalt 5 000 5 000 10 000\n"
          + "Totalt antal avslutade under året 4 000 3 890 7 890\n"
          + "varav till arbete 12 345 6 789 10 %\n");
      assertEquals(Count.of(12_345, 6, 789), t.count(WORK));
    }

    @Test
    void read_sixAmbiguousRowsAreTheMostTheSumsChooseAmong() {
      // each row "x x y t" reads x | x y | t or x x | y | t, both adding up: 2⁶ = 64 ways, and
      // only one has categories that add up to the ended and participants − ended = remaining
      int[][] categories = {{110, 101}, {120, 102}, {130, 103}, {140, 104}};
      StringBuilder text = new StringBuilder("Antal deltagare totalt " + ambiguous(540, 450) + "\n"
          + "varav nya för året 10 10 20\n"
          + "Totalt antal avslutade under året " + ambiguous(500, 410) + "\n");
      String[] labels = {"varav till arbete", "varav till studier",
          "varav annan behovsanpassad lösning", "Övriga avbrott"};
      for (int i = 0; i < 4; i++) {
        text.append(labels[i]).append(' ').append(ambiguous(categories[i][0], categories[i][1]))
            .append('\n');
      }
      text.append("Antal kvar i verksamheten 40 40 040 40 080\n");
      OutcomeTable t = classic(text.toString());
      for (int i = 0; i < 4; i++) {
        int x = categories[i][0];
        assertEquals(Count.of(x, 1000 * x + categories[i][1]),
            t.count(OutcomeScheme.CLASSIC.categories().get(i)));
      }
      assertEquals(Count.of(540, 540_450), t.participants());
      assertTrue(t.check().isClean(), t.check().toString());
    }

    /** "x x y t": women x and men x·1000 + y, or women x·1001 and men y; total 1001·x + y. */
    static String ambiguous(int x, int y) {
      return x + " " + x + " " + y + " " + Layouts.number(1001L * x + y, ' ');
    }

    @Test
    void read_aParticipantsRowsPrintedPercentageIsIgnored() {
      OutcomeTable t = classic("Antal deltagare totalt 10 10 20 100 %\nvarav till arbete 1 1 2\n");
      assertEquals(Count.of(10, 10), t.participants());
      assertEquals(Map.of(), t.publishedPercents());
    }

    @Test
    void read_anAmbiguousRowWhereNobodyEndedStaysAmbiguous() {
      String m = rejected("Antal deltagare totalt 0 0 0\n"
          + "Totalt antal avslutade under året 0 0 0\n"
          + "varav till arbete 124 124 999 125 123 100 %\n");
      assertTrue(m.startsWith("line 3 "), m);
    }

    @Test
    void read_anAmbiguousRowIsNamedWithItsReadings() {
      assertEquals("line 2 (\"varav till arbete 124 124 999 125 123\") can be read in 2 ways "
          + "(124 | 124 999 | 125 123; or 124 124 | 999 | 125 123), and the table's sums do not "
          + "tell which", rejected("Antal deltagare totalt 1 1 2\n"
          + "varav till arbete 124 124 999 125 123\n"));
    }
  }

  @Test
  void read_susCodesInTheLabelOfACategoryWithoutCodes() {
    assertEquals(Count.of(1, 1), classic("Antal deltagare totalt 10 10 20\n"
        + "varav till arbete (SUS 1) 1 1 2\n").count(WORK));
    assertEquals(Count.of(1, 1), OutcomeTables.parse("Antal deltagare totalt 10 10 20\n"
        + "- till arbete (SUS 1) 1 1 2\n", OutcomeScheme.SUS).count(LONG_TERM_WORK));
  }
}
