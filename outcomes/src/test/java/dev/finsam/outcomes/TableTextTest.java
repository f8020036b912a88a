package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.text.PrintedText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An outcome table as text: printed as a report prints it, and read back from what reports print. */
class TableTextTest {

  static PrintedText.Line line(String text) {
    return new PrintedText.Line(1, text);
  }

  @Nested
  class Printing {
    @Test
    void toString_annualReport2017_vindelnInAlignedColumns() {
      // labels left, numbers right, columns two spaces apart, the percent of those who ended
      String expected = """
                                              Kvinnor  Män  Totalt     %
          Antal deltagare totalt                   13   16      29
          varav nya för året                       11   14      25
          Totalt antal avslutade under året         4    6      10
          varav till arbete                         2    2       4  40\u00A0%
          varav till studier                        0    1       1  10\u00A0%
          varav annan behovsanpassad lösning        1    1       2  20\u00A0%
          Övriga avbrott                            1    2       3  30\u00A0%
          Antal kvar i verksamheten                 9   10      19""";
      assertEquals(expected, AnnualReport2017.parse(AnnualReport2017.VINDELN).toString());
    }

    @Test
    void toString_theLongTermSubtotalHasItsPercentage() {
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.SUS).participants(10, 10)
          .longTermSubtotal(Count.of(3, 3)).ended(OutcomeCategory.LONG_TERM_WORK, 3, 3)
          .ended(OTHER_DROPOUT, 2, 2).build();
      assertTrue(t.toString().lines().anyMatch(l -> l.startsWith("Avslutade till långsiktig lösning")
          && l.endsWith("  60\u00A0%")), t.toString());
      assertTrue(t.toString().lines().anyMatch(l -> l.startsWith("Antal deltagare totalt")
          && l.endsWith("20")), t.toString());
    }

    @Test
    void toString_aCategoryThatIsAllOfTheEndedIs100Percent() {
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(3, 4)
          .ended(WORK, 3, 4).build();
      assertTrue(t.toString().endsWith("\nvarav till arbete             3    4       7  100\u00A0%"),
          t.toString());
      assertEquals("rad;kvinnor;män;totalt;procent\nAntal deltagare totalt;3;4;7;\n"
          + "varav till arbete;3;4;7;100 %\n", t.toCsv());
    }
  }

  @Nested
  class Lines {
    @Test
    void isHeader_aShortLineWithKvinnorAndMan() {
      assertTrue(TableText.isHeader(line("Kvinnor Män " + "x".repeat(188))), "200 characters");
      assertFalse(TableText.isHeader(line("Kvinnor Män " + "x".repeat(189))), "201 characters");
      String twelve = "Kvinnor Män a b c d e f g h i j";
      assertTrue(TableText.isHeader(line(twelve)));
      assertFalse(TableText.isHeader(line(twelve + " k")), "thirteen words");
      assertFalse(TableText.isHeader(line("Kvinnor Totalt")));
    }

    @Test
    void isCaption_tabellAndANumber() {
      assertTrue(TableText.isCaption(line("  Tabell 7. Resultat")));
      assertTrue(TableText.isCaption(line("TABELL 7")));
      assertFalse(TableText.isCaption(line("Tabell")));
      assertFalse(TableText.isCaption(line("Tabellen 7")));
      assertFalse(TableText.isCaption(line("Tabell x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"* ", "\u2020 "})
    void parse_aFootnoteIsSkippedEvenWhenItEndsInANumber(String mark) {
      // without the mark, "varav nya i december 3" would be a row of newcomers
      OutcomeTable t = OutcomeTables.parse("Antal deltagare totalt 10 10 20\n" + mark
          + "varav nya i december 3\n", OutcomeScheme.CLASSIC);
      assertEquals(Optional.empty(), t.newcomers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00B9 Uppgift saknas för Vindeln.", "\u00B2 Uppgift saknas.",
        "\u00B3 Se not.", "| Insatser för unga | | | |", "Insatser för unga"})
    void parse_aLineWithoutNumbersThatStartsWithALetterOrAMarkIsSkipped(String text) {
      OutcomeTable t = OutcomeTables.parse("Antal deltagare totalt 10 10 20\n" + text + "\n"
          + "Övriga avbrott 1 1 2\n", OutcomeScheme.CLASSIC);
      assertEquals(Count.of(1, 1), t.count(OTHER_DROPOUT));
    }

    @Test
    void parse_aLineWithoutNumbersThatStartsOtherwiseIsAnError() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OutcomeTables.parse("Antal deltagare totalt 10 10 20\n(se nedan)\n",
              OutcomeScheme.CLASSIC));
      assertEquals("line 2 (\"(se nedan)\") is not a row of the table: it has no numbers",
          e.getMessage());
    }
  }

  @Nested
  class Reading {
    @Test
    void read_withoutParticipantsNamesTheLinesItRead() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OutcomeTables.parse("\n\nvarav till arbete 1 1 2\nÖvriga avbrott 1 1 2",
              OutcomeScheme.CLASSIC));
      assertEquals("lines 1 to 4: the table has no row of participants (\"Antal deltagare "
          + "totalt\")", e.getMessage());
      IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
          () -> TableText.read(List.of(), OutcomeScheme.SUS));
      assertEquals("line 1: the table has no row of participants (\"Antal deltagare totalt\")",
          none.getMessage());
    }
  }
}
