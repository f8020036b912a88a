package dev.finsam.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NumberTokensTest {

  private static List<String> read(String text, int cells) {
    return NumberTokens.readings(NumberTokens.tokens(text), cells).stream()
        .map(r -> r.stream().map(c -> c.isBlank() ? "-" : c.value().toPlainString()
            + (c.percent() ? "%" : "")).collect(Collectors.joining("|")))
        .collect(Collectors.toList());
  }

  private static int count(String text, int cells) {
    return NumberTokens.count(NumberTokens.tokens(text), cells);
  }

  private static List<Integer> gaps(String text) {
    return NumberTokens.tokens(text).stream().map(NumberTokens.Token::gapBefore)
        .collect(Collectors.toList());
  }

  @Test
  void annualReport2017_ungdomstorgetRowHasOneReadingThatAddsUp() {
    assertEquals(List.of("2|700|2359341", "2700|2|359341", "2700|2359|341"),
        read("2 700 2 359 341", 3));
    // budget − outcome = difference leaves one
    assertEquals(List.of("2700|2359|341"), NumberTokens.readings(
        NumberTokens.tokens("2 700 2 359 341"), 3).stream()
        .filter(r -> r.get(0).value().subtract(r.get(1).value()).equals(r.get(2).value()))
        .map(r -> r.stream().map(c -> c.value().toPlainString()).collect(Collectors.joining("|")))
        .collect(Collectors.toList()));
  }

  @Test
  void annualReport2017_note1NordmalingHasThreeReadings() {
    assertEquals(List.of("130|650136730", "130650|136730", "130650136|730"),
        read("130 650 136 730", 2));
  }

  @Test
  void oneDigitWordsStartNumbersAndZeroGroupsContinueThem() {
    assertEquals(List.of("6216000|6214932"), read("6 216 000 6 214 932", 2));
    assertEquals(List.of("127119|0"), read("127 119 0", 2));
  }

  @Test
  void minusSignsDashesAndPercents() {
    assertEquals(List.of("-11676|-13836|-2160|-12342"), read("-11 676 -13 836 -2 160 -12 342", 4));
    assertEquals(List.of("-1318|-|867"), read("\u22121 318 - 867", 3));
    assertEquals(List.of("34|58|92|31%"), read("34 58 92 31%", 4));
    assertEquals(List.of("34|58|92|31%"), read("34 58 92 31 %", 4));
    assertEquals(List.of("64.3%"), read("64,3 %", 1));
  }

  @Test
  void aWideGapEndsANumber() {
    // "016" cannot start a number: no number is printed with a leading zero
    assertEquals(List.of("4|75016|123242", "4|75016123|242"), read("4  75 016 123 242", 3));
    assertEquals(List.of(), read("4  75", 1), "4 cannot join 75 across the gap");
  }

  @Test
  void aGapOfExactlyTwoSpacesEndsANumber() {
    assertEquals(List.of("130650"), read("130 650", 1));
    assertEquals(List.of(), read("130  650", 1));
    assertEquals(List.of("130|650"), read("130  650", 2));
  }

  @Test
  void aTabIsAWideGap() {
    assertEquals(List.of(0, PrintedText.WIDE_GAP, 1), gaps("Vännäs\t380 380"));
    assertEquals(List.of(), read("1 200\t300", 1));
    assertEquals(List.of("1200|300"), read("1 200\t300", 2));
  }

  @Test
  void tokens_theFirstWordHasNoGapEvenWhenTheLineIsIndented() {
    assertEquals(List.of(0, 2, 1), gaps("   Summa  480 0"));
    assertEquals(List.of(), NumberTokens.tokens("   "));
  }

  @Test
  void tokens_splitAtEveryKindOfSpace() {
    for (String space : List.of(" ", "\t", "\u00A0", "\u202F", "\u2009")) {
      assertEquals(List.of("Vännäs", "380"), NumberTokens.tokens("Vännäs" + space + "380")
          .stream().map(NumberTokens.Token::text).collect(Collectors.toList()),
          "U+" + Integer.toHexString(space.charAt(0)));
    }
  }

  @Test
  void aNumberWithDecimalsOrAPercentSignOrFourDigitsEndsThere() {
    assertEquals(List.of(), read("30,5 120", 1));
    assertEquals(List.of("30.5|120"), read("30,5 120", 2));
    assertEquals(List.of(), read("31% 500", 1));
    assertEquals(List.of("31%|500"), read("31% 500", 2));
    assertEquals(List.of(), read("1234 567", 1));
    assertEquals(List.of("1234|567"), read("1234 567", 2));
  }

  @Test
  void aLonePercentSignNeedsANumberBeforeIt() {
    assertEquals(List.of(), read("% 34", 2));
    assertEquals(0, count("% 34", 2));
    // a dash is an empty cell, not a number: the sign has nothing to belong to
    assertEquals(List.of(), read("\u2013 %", 1));
    assertEquals(List.of(), read("\u2013 %", 2));
  }

  @Test
  void aWordThatIsNotANumberGivesNoReading() {
    List<NumberTokens.Token> words = NumberTokens.tokens("Summa 480");
    assertEquals(0, NumberTokens.count(words, 2));
    assertEquals(List.of(), NumberTokens.readings(words, 2));
  }

  @Test
  void moreCellsThanWordsGiveNoReading() {
    assertEquals(0, count("480", 2));
    assertEquals(List.of(), read("480", 2));
  }

  @Test
  void countIsTheNumberOfReadings() {
    assertEquals(1, count("130 650", 1));
    assertEquals(3, count("130 650 136 730", 2));
    assertEquals(3, count("2 700 2 359 341", 3));
    assertEquals(1, count("-11 676 -13 836 -2 160 -12 342", 4));
    assertEquals(0, count("000 650", 1));
  }

  @Test
  void aRunOfMaxWordsIsReadAndALongerOneIsNot() {
    String run = "7 ".repeat(NumberTokens.MAX_WORDS - 1) + "7";
    assertEquals(1, count(run, NumberTokens.MAX_WORDS));
    assertEquals(0, count(run + " 7", NumberTokens.MAX_WORDS + 1));
    assertEquals(List.of(), read(run + " 7", NumberTokens.MAX_WORDS + 1));
  }

  @Test
  void token_isNeverEmpty() {
    assertEquals("text () must not be empty", assertThrows(IllegalArgumentException.class,
        () -> new NumberTokens.Token("", 0, NumberTokens.Kind.WORD)).getMessage());
  }

  @Test
  void tooManyWordsGiveNoReading() {
    String many = "1 " + "000 ".repeat(NumberTokens.MAX_WORDS);
    assertEquals(List.of(), read(many, 2));
  }

  @Test
  void readingsAreCapped() {
    String ambiguous = "100 " + "100 ".repeat(40);
    assertTrue(NumberTokens.readings(NumberTokens.tokens(ambiguous), 10).size()
        <= NumberTokens.MAX_READINGS);
    assertEquals(NumberTokens.MAX_READINGS + 1,
        NumberTokens.count(NumberTokens.tokens(ambiguous), 10));
  }

  @Test
  void wordsThatAreNotNumbers() {
    assertEquals(NumberTokens.Kind.WORD, NumberTokens.kind("3.0"));
    assertEquals(NumberTokens.Kind.WORD, NumberTokens.kind("T1"));
    assertEquals(NumberTokens.Kind.WORD, NumberTokens.kind("12,"));
    assertEquals(NumberTokens.Kind.WORD, NumberTokens.kind(",5"), "no whole digits");
    assertEquals(NumberTokens.Kind.WORD, NumberTokens.kind("-%"));
    assertEquals(NumberTokens.Kind.WORD, NumberTokens.kind("12,5,0"));
    assertEquals(NumberTokens.Kind.DIGITS, NumberTokens.kind("12,5%"));
    assertEquals(NumberTokens.Kind.BLANK, NumberTokens.kind("\u2013"));
  }

  @Test
  void printedText_piecesSplitRunTogetherRows() {
    List<PrintedText.Piece> p = PrintedText.pieces("Projektnära kostnader 480 328 152     Summa "
        + "insatser 11 650 9 635 2 015     Kansli och administrativa kostnader    Styrelsen, arvode "
        + "215 185 30");
    assertEquals(List.of("Projektnära kostnader", "Summa insatser",
        "Kansli och administrativa kostnader", "Styrelsen, arvode"),
        p.stream().map(PrintedText.Piece::label).collect(Collectors.toList()));
    assertTrue(p.get(2).isHeading());
    assertEquals(6, p.get(1).tokens().size());
  }

  @Test
  void printedText_linesStripMarkupAndSplitCells() {
    List<PrintedText.Line> lines = PrintedText.lines(
        "**Justeringsdatum:** 2017-04-03\r\n| a | <i>b</i> |\n|---|---|\nx\ty\nBeslutande Peter Vigren"
            + "     Umeå kommun");
    assertEquals("Justeringsdatum: 2017-04-03", lines.get(0).text());
    assertEquals(List.of("a", "b"), lines.get(1).cells());
    assertTrue(lines.get(2).isPipeRule());
    assertEquals(List.of("x", "y"), lines.get(3).cells());
    assertEquals(List.of("Beslutande Peter Vigren", "Umeå kommun"), lines.get(4).cells());
    assertEquals(5, lines.get(4).number());
  }

  @Test
  void printedText_aTabRowTellsWhetherItsFirstCellIsEmpty() {
    List<PrintedText.Line> lines = PrintedText.lines("\t1\t2\n  \tA\t1\nA\t1\n \t \n\t\nA  1\n\t");
    assertEquals(List.of(true, true, false, false, false, false, false),
        lines.stream().map(PrintedText.Line::startsWithEmptyCell).toList());
    // the cells leave the empty one out either way
    assertEquals(List.of("1", "2"), lines.get(0).cells());
    assertEquals(List.of("A", "1"), lines.get(1).cells());
  }

  @Test
  void swedish_parsesEverySpelling() {
    for (String s : List.of("3 108 000", "3\u00A0108\u00A0000", "3\u202F108\u202F000",
        "3\u2009108\u2009000", "3108000")) {
      assertEquals(new BigDecimal("3108000"), Swedish.parseDecimal(s, "x"), s);
    }
    assertEquals(new BigDecimal("-68"), Swedish.parseDecimal("\u221268", "x"));
    assertEquals(new BigDecimal("-68"), Swedish.parseDecimal("\u201368", "x"));
    assertEquals(new BigDecimal("-1967.5"), Swedish.parseDecimal("-1 967,5", "x"));
    for (String bad : List.of("", "1 00", "1  000", "12,", ",5", "1.5", "١٢", "１２", "1 0000",
        "- ", "--1")) {
      assertEquals(null, Swedish.tryParseDecimal(bad), bad);
    }
  }

  @Test
  void swedish_printsAsCldr() {
    assertEquals("\u22123\u00A0108\u00A0000,5", Swedish.decimal(new BigDecimal("-3108000.5")));
    assertEquals("-3 108 000", Swedish.integer(-3_108_000, dev.finsam.core.NumberStyle.ASCII));
    assertEquals("31\u00A0%", Swedish.percent(31));
    assertEquals("1\u00A0procentenhet", Swedish.points(BigDecimal.ONE));
    assertEquals("lördag 19 april", Swedish.weekdayAndDate(java.time.LocalDate.of(2025, 4, 19)));
  }
}
