package dev.finsam.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.finsam.core.Fraction;
import dev.finsam.core.NumberStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The edges of Swedish number text that mutation testing showed no other test held. */
class SwedishTest {

  @Test
  void integer_groupsFromThreeDigitsOnAndSignsNegatives() {
    assertEquals("999", Swedish.integer(999, NumberStyle.ASCII));
    assertEquals("1 000", Swedish.integer(1000, NumberStyle.ASCII));
    assertEquals("-100 000", Swedish.integer(-100_000, NumberStyle.ASCII));
    assertEquals("0", Swedish.integer(0, NumberStyle.ASCII));
    assertEquals("-1", Swedish.integer(-1, NumberStyle.ASCII));
  }

  @Test
  void decimal_keepsItsScaleAndGroupsTheWholePart() {
    assertEquals("-0,25", Swedish.decimal(new BigDecimal("-0.25"), NumberStyle.ASCII));
    assertEquals("999,50", Swedish.decimal(new BigDecimal("999.50"), NumberStyle.ASCII));
    assertEquals("1 000,5", Swedish.decimal(new BigDecimal("1000.5"), NumberStyle.ASCII));
    assertEquals("12", Swedish.decimal(new BigDecimal("12"), NumberStyle.ASCII));
  }

  @Test
  void decimal_zeroHasNoMinus() {
    // "Placeringsräntan ... ligger fortfarande på 0,00 %"
    assertEquals("0,00", Swedish.decimal(new BigDecimal("0.00")));
    assertEquals("0", Swedish.decimal(BigDecimal.ZERO));
    assertEquals("0,0", Swedish.decimal(new BigDecimal("-0.0")), "BigDecimal has no negative zero");
  }

  @Test
  void decimal_ofAFractionIsRoundedAsAsked() {
    assertEquals("82,5", Swedish.decimal(Fraction.of(165, 2), 1, RoundingMode.UNNECESSARY));
    assertEquals("0,33", Swedish.decimal(Fraction.of(1, 3), 2, RoundingMode.HALF_UP));
    assertEquals("0,34", Swedish.decimal(Fraction.of(1, 3), 2, RoundingMode.UP));
    assertEquals("\u22120,7", Swedish.decimal(Fraction.of(-2, 3), 1, RoundingMode.HALF_UP));
    assertEquals("1\u00A0000", Swedish.decimal(Fraction.of(1000), 0, RoundingMode.UNNECESSARY));
  }

  @Test
  void percent_ofADecimalAndOfAShare() {
    assertEquals("64,3\u00A0%", Swedish.percent(new BigDecimal("64.3")));
    assertEquals("\u221215,6\u00A0%", Swedish.percent(new BigDecimal("-15.6")));
    // annual report 2017: 92 of the 298 who finished went to work, "92 (31 %)"
    assertEquals("31\u00A0%", Swedish.percent(Fraction.of(92, 298), 0));
    assertEquals("30,9\u00A0%", Swedish.percent(Fraction.of(92, 298), 1));
    assertEquals("12,5\u00A0%", Swedish.percent(Fraction.of(1, 8), 1));
    assertEquals("13\u00A0%", Swedish.percent(Fraction.of(1, 8), 0), "half up");
  }

  @Test
  void month_namesTheTwelveMonths() {
    assertEquals("januari", Swedish.month(1));
    assertEquals("april", Swedish.month(4));
    assertEquals("december", Swedish.month(12));
    assertEquals("month (0) must be 1 to 12",
        assertThrows(IllegalArgumentException.class, () -> Swedish.month(0)).getMessage());
    assertEquals("month (13) must be 1 to 12",
        assertThrows(IllegalArgumentException.class, () -> Swedish.month(13)).getMessage());
  }

  @Test
  void ordinal_wordsForTheFirstFewAndNumbersAfter() {
    assertEquals("samma", Swedish.ordinal(0));
    assertEquals("första", Swedish.ordinal(1));
    assertEquals("andra", Swedish.ordinal(2));
    assertEquals("tredje", Swedish.ordinal(3));
    assertEquals("4:e", Swedish.ordinal(4));
  }

  @Test
  void tryParseDecimal_trimsAnySpaceAndStopsAtTheLengthLimit() {
    assertEquals(new BigDecimal("1000"), Swedish.tryParseDecimal("\t 1 000\r\n"));
    String longest = "1".repeat(Swedish.MAX_NUMBER_LENGTH);
    assertEquals(new BigDecimal(longest), Swedish.tryParseDecimal(longest));
    assertNull(Swedish.tryParseDecimal(longest + "1"));
    assertNull(Swedish.tryParseDecimal("   "));
    assertNull(Swedish.tryParseDecimal("-"));
  }

  @Test
  void tryParseDecimal_readsOnlyTheRangeGiven() {
    assertEquals(new BigDecimal("75"), Swedish.tryParseDecimal("75 %", 0, 3));
    assertEquals(new BigDecimal("12.5"), Swedish.tryParseDecimal("x12,5y", 1, 5));
    assertNull(Swedish.tryParseDecimal("12 ", 2, 3), "only a space, at the end of the text");
    assertNull(Swedish.tryParseDecimal("x12,5y", 0, 5));
    assertNull(Swedish.tryParseDecimal("12", 1, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> Swedish.tryParseDecimal("12", 1, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> Swedish.tryParseDecimal("12", 2, 1));
  }

  @Test
  void tryParseDecimal_readsACellFarIntoALongLine() {
    // a PDF line wider than MAX_NUMBER_LENGTH: each cell is short, wherever it stands
    PrintedText.Line line = new PrintedText.Line(1, "Kansli och administrativa kostnader för"
        + " samordningsförbundet i Umeåregionen  2 041  2 186  \u2212145");
    int[] b = line.cellBounds();
    assertEquals(8, b.length);
    assertEquals(new BigDecimal("2041"), Swedish.tryParseDecimal(line.text(), b[2], b[3]));
    assertEquals(new BigDecimal("2186"), Swedish.tryParseDecimal(line.text(), b[4], b[5]));
    assertEquals(new BigDecimal("-145"), Swedish.tryParseDecimal(line.text(), b[6], b[7]));
    assertNull(Swedish.tryParseDecimal(line.text(), b[0], b[1]), "the label");
  }

  @Test
  void tryParseDecimal_decimalsAreDigitsOnly() {
    assertEquals(new BigDecimal("30.5"), Swedish.tryParseDecimal("30,5"));
    assertNull(Swedish.tryParseDecimal("30,5 %"), "the percent sign is not part of the number");
    assertNull(Swedish.tryParseDecimal("30,5%"));
    assertNull(Swedish.tryParseDecimal("1,2,3"));
    assertNull(Swedish.tryParseDecimal("1,000 000"), "no groups among the decimals");
  }

  @Test
  void tryParseDecimal_groupsMustBeWhole() {
    assertEquals(new BigDecimal("123456"), Swedish.tryParseDecimal("123 456"));
    assertEquals(new BigDecimal("1234"), Swedish.tryParseDecimal("1234"));
    assertNull(Swedish.tryParseDecimal("1234 567"), "a first group of four digits");
    assertNull(Swedish.tryParseDecimal("12 34"), "a last group of two digits");
    assertNull(Swedish.tryParseDecimal("1 23 456"), "a middle group of two digits");
    assertNull(Swedish.tryParseDecimal("1 2345 678"), "a middle group of four digits");
    assertNull(Swedish.tryParseDecimal("1 2345"), "a last group of four digits");
    assertNull(Swedish.tryParseDecimal("1 "+ "\u00A0" + "000"), "two separators");
    assertNull(Swedish.tryParseDecimal(" 1 000 ,5"), "a separator before the comma");
    assertEquals(new BigDecimal("-1000.50"), Swedish.tryParseDecimal("\u2212 1 000,50"));
  }
}
