package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FractionTest {

  @Nested
  class Construction {
    @Test
    void of_normalisesToLowestTerms() {
      assertEquals("1/2", Fraction.of(149, 298).toString());
      assertEquals(BigInteger.ONE, Fraction.of(149, 298).numerator());
    }

    @Test
    void of_movesSignToNumerator() {
      assertEquals("-3/4", Fraction.of(3, -4).toString());
      assertEquals("3/4", Fraction.of(-3, -4).toString());
    }

    @Test
    void of_rejectsZeroDenominator() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Fraction.of(5, 0));
      assertTrue(e.getMessage().contains("denominator"), e.getMessage());
    }

    @Test
    void of_zeroIsUnique() {
      assertEquals(Fraction.ZERO, Fraction.of(0, -17));
      assertEquals("0", Fraction.of(0, 5).toString());
    }

    @Test
    void of_decimal() {
      assertEquals(Fraction.of(3, 4), Fraction.of(new BigDecimal("0.75")));
      assertEquals(Fraction.of(1200), Fraction.of(new BigDecimal("1.2E+3")));
    }

    @Test
    void parse_readsEveryDigitAndNothingJustOutsideThem() {
      assertEquals(Fraction.of(1_234_567_890, 9), Fraction.parse("1234567890/9"));
      for (String bad : new String[] {"1:2", "9:", "1.5"}) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> Fraction.parse(bad), bad);
        assertTrue(e.getMessage().contains("ASCII digits only"), e.getMessage());
      }
    }

    @Test
    void parse_takesTextUpToItsLimitAndNoLonger() {
      String longest = "0".repeat(Fraction.MAX_TEXT_LENGTH - 3) + "3/4";
      assertEquals(Fraction.of(3, 4), Fraction.parse(longest));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Fraction.parse("0" + longest));
      assertTrue(e.getMessage().endsWith("must be at most 1000 characters"), e.getMessage());
    }

    @Test
    void parse_rejectsGarbageNamingTheText() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Fraction.parse("1/x"));
      assertTrue(e.getMessage().contains("\"1/x\""), e.getMessage());
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void annualReport2017_workOrStudiesShareIsHalf() {
      // 92 to work + 57 to studies of 298 ended (annual report 2017, table 1)
      Fraction share = Fraction.of(92, 298).plus(Fraction.of(57, 298));
      assertEquals(Fraction.of(1, 2), share);
      assertEquals(new BigDecimal("50"), share.toPercent(RoundingMode.HALF_UP, 0));
    }

    @Test
    void toPercent_roundsAsAsked() {
      Fraction f = Fraction.of(92, 298); // 30.87 %
      assertEquals(new BigDecimal("31"), f.toPercent(RoundingMode.HALF_UP, 0));
      assertEquals(new BigDecimal("30"), f.toPercent(RoundingMode.FLOOR, 0));
      assertEquals(new BigDecimal("30.9"), f.toPercent(RoundingMode.HALF_UP, 1));
      assertThrows(ArithmeticException.class, () -> f.toPercent(RoundingMode.UNNECESSARY, 0));
    }

    @Test
    void floor_ofNegativeGoesDown() {
      assertEquals(BigInteger.valueOf(-2), Fraction.of(-3, 2).floor());
      assertEquals(BigInteger.ONE, Fraction.of(3, 2).floor());
    }

    @Test
    void dividedBy_zeroThrows() {
      assertThrows(ArithmeticException.class, () -> Fraction.ONE.dividedBy(Fraction.ZERO));
    }
  }
}
