package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.text.NumberTokens;
import dev.finsam.core.text.PrintedText;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readings of one row of a PDF's text: label words, note numbers and cells. */
class RowReadingsTest {

  private static List<NumberTokens.Token> tokens(String row) {
    List<PrintedText.Piece> pieces = PrintedText.pieces(row);
    assertEquals(1, pieces.size(), row);
    return pieces.get(0).tokens();
  }

  /** Each reading as "suffix/note/cells in kronor", for comparison. */
  private static List<String> read(String row, int cells, boolean note, boolean sum,
      boolean partial, boolean checked) {
    return RowReadings.of(tokens(row), cells, note, sum, AmountUnit.KRONA, partial, checked)
        .list().stream().map(r -> r.labelSuffix() + "/" + r.note() + "/" + Arrays.stream(
            r.cells()).map(c -> c == null ? "-" : String.valueOf(c / 100)).toList()).toList();
  }

  /** The class comment's example: the label "Fordringar 2" reads as note 2 and is dropped. */
  @Test
  void aNoteNumberAndTheCellsOfFordringarAreReadEveryWayTheDigitGroupsAllow() {
    // and 2 | 88 834 147 330, a note first, then no note
    assertEquals(List.of("/2/[88, 834147330]", "/2/[88834, 147330]", "/2/[88834147, 330]",
        "/0/[2, 88834147330]"), read("Fordringar 2 88 834 147 330", 2, true, false, false, false));
    // without a note column the 2 starts a number, or is the label's
    assertEquals(List.of("/0/[2, 88834147330]", "2/0/[88, 834147330]", "2/0/[88834, 147330]",
        "2/0/[88834147, 330]"), read("Fordringar 2 88 834 147 330", 2, false, false, false,
            false));
    // a sum has no note and no label words
    assertEquals(List.of("/0/[2, 88834147330]"), read("Summa 2 88 834 147 330", 2, true, true,
        false, false));
  }

  @Test
  void aNoteIsOneTo999AndNeverTheRowsOnlyWord() {
    // the label's reading of the same cells is dropped
    assertEquals(List.of("/1/[5]"), read("A 1 5", 1, true, false, false, false));
    assertEquals(List.of("/9/[5]"), read("A 9 5", 1, true, false, false, false));
    assertEquals(List.of("/10/[5]"), read("A 10 5", 1, true, false, false, false));
    assertEquals(List.of("/999/[5]"), read("A 999 5", 1, true, false, false, false));
    assertEquals(List.of("0/0/[5]"), read("A 0 5", 1, true, false, false, false));
    assertEquals(List.of("1000/0/[5]"), read("A 1000 5", 1, true, false, false, false));
    assertEquals(List.of(), read("A 2", 2, true, false, false, false), "a note and no cells");
    assertEquals(List.of(), read("A 1,5 5", 1, true, false, false, false), "1,5 is no note");
  }

  /** "kvartal 4 75 016" may give the label its 4; "staten 6 216 000" may not: 216 continues 6. */
  @Test
  void aLeadingNumberBelongsToTheLabelOnlyWhereTheNextWordCannotContinueIt() {
    assertEquals(List.of("4/0/[75016]"), read("Fordran moms kvartal 4 75 016", 1, false, false,
        false, false));
    assertEquals(List.of("/0/[6216000]"), read("Driftbidrag från staten 6 216 000", 1, false,
        false, false, false));
    assertEquals(List.of("/0/[6100000]"), read("Staten 6 100 000", 1, false, false, false,
        false));
    assertEquals(List.of("/0/[6999000]"), read("Staten 6 999 000", 1, false, false, false,
        false));
    assertEquals(List.of("/0/[216000]"), read("Staten 216 000", 1, false, false, false, false));
    assertEquals(List.of("/0/[216100]"), read("A 216 100", 1, false, false, false, false));
    // a wide gap or a minus ends a number: then the word before may be the label's
    assertEquals(List.of("4/0/[216]"), read("A 4  216", 1, false, false, false, false));
    assertEquals(List.of("4/0/[-21]"), read("A 4 \u221221", 1, false, false, false, false));
    // a difference column will check every reading: then each split is listed ("000" alone is
    // no number)
    assertEquals(List.of("/0/[6216000]", "6/0/[216000]"),
        read("Staten 6 216 000", 1, false, false, false, true));
    // a decimal or a percentage is never part of a label
    assertEquals(List.of(), read("Ränta 2,5 100", 1, false, false, false, false));
    assertEquals(List.of(), read("Andel 50% 100", 1, false, false, false, false));
    assertEquals(List.of(), read("Andel 50%", 1, false, false, false, false), "no amount");
  }

  /** The second level lets a PDF's dropped empty cells be anywhere. */
  @Test
  void partialReadingsPutFewerValuesInEveryPlace() {
    assertEquals(List.of("/0/[5, 7, -]", "/0/[5, -, 7]", "/0/[-, 5, 7]", "5/0/[7, -, -]",
        "5/0/[-, 7, -]", "5/0/[-, -, 7]"), read("A 5 7", 3, false, false, true, false));
    // a full row is the first level's: only readings that give words to the label remain
    assertEquals(List.of("5/0/[7, 9, -]", "5/0/[7, -, 9]", "5/0/[-, 7, 9]", "5 7/0/[9, -, -]",
        "5 7/0/[-, 9, -]", "5 7/0/[-, -, 9]"), read("A 5 7 9", 3, false, false, true, false));
  }

  @Test
  void aRowOfMoreWordsThanCanBeReadIsTruncatedAndAListOfReadingsIsShortened() {
    String many = "A" + " 1".repeat(NumberTokens.MAX_WORDS + 1);
    assertTrue(RowReadings.of(tokens(many), 2, false, false, AmountUnit.KRONA, false, false)
        .truncated());
    assertFalse(RowReadings.of(tokens("A 1 2"), 2, false, false, AmountUnit.KRONA, false, false)
        .truncated());
    assertFalse(RowReadings.of(tokens("A" + " 1".repeat(NumberTokens.MAX_WORDS)), 2, false, false,
        AmountUnit.KRONA, false, false).truncated(), "64 words are read");
    List<RowReadings.Reading> four = RowReadings.of(tokens("Fordringar 2 88 834 147 330"), 2,
        true, false, AmountUnit.KRONA, false, false).list();
    assertEquals("not 2, 88 | 834 147 330; not 2, 88 834 | 147 330; not 2, 88 834 147 | 330; "
        + "2 | 88 834 147 330", AmountsTest.plain(RowReadings.list(four, AmountUnit.KRONA)));
    List<RowReadings.Reading> ten = RowReadings.of(tokens("A 5 7 9"), 5, false, false,
        AmountUnit.KRONA, true, false).list();
    // three values in five places, two after a label word, or one after two
    assertEquals(10 + 10 + 5, ten.size());
    assertEquals("5 | 7 | 9 | – | –; 5 | 7 | – | 9 | –; 5 | 7 | – | – | 9; 5 | – | 7 | 9 | –; …",
        AmountsTest.plain(RowReadings.list(ten, AmountUnit.KRONA)));
    assertEquals("\"4\" i texten, 75 016", AmountsTest.plain(RowReadings.of(
        tokens("kvartal 4 75 016"), 1, false, false, AmountUnit.KRONA, false, false).list().get(0)
        .describe(AmountUnit.KRONA)));
  }
}
