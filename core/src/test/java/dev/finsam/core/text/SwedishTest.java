package dev.finsam.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.finsam.core.NumberStyle;
import java.math.BigDecimal;
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
    assertNull(Swedish.tryParseDecimal("x12,5y", 0, 5));
    assertNull(Swedish.tryParseDecimal("12", 1, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> Swedish.tryParseDecimal("12", 1, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> Swedish.tryParseDecimal("12", 2, 1));
  }

  @Test
  void tryParseDecimal_groupsMustBeWhole() {
    assertEquals(new BigDecimal("123456"), Swedish.tryParseDecimal("123 456"));
    assertEquals(new BigDecimal("1234"), Swedish.tryParseDecimal("1234"));
    assertNull(Swedish.tryParseDecimal("1234 567"), "a first group of four digits");
    assertNull(Swedish.tryParseDecimal("12 34"), "a last group of two digits");
    assertNull(Swedish.tryParseDecimal("1 2345"), "a last group of four digits");
    assertNull(Swedish.tryParseDecimal("1 "+ "\u00A0" + "000"), "two separators");
    assertNull(Swedish.tryParseDecimal(" 1 000 ,5"), "a separator before the comma");
    assertEquals(new BigDecimal("-1000.50"), Swedish.tryParseDecimal("\u2212 1 000,50"));
  }
}
