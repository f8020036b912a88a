package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.finsam.core.NumberStyle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.RoundedMoney;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

public class AmountsTest {

  /**
   * Replaces the narrow and ordinary no-break spaces by plain spaces and the minus sign U+2212 by
   * a hyphen-minus, to compare with the page.
   */
  public static String plain(String s) {
    return s.replace('\u202F', ' ').replace('\u00A0', ' ').replace('\u2212', '-');
  }

  @Nested
  class Format {
    @Test
    void format_kronorWithNoBreakSpaceGroupingAsCldr() {
      String text = Amounts.format(Amounts.sek(3_108_000));
      assertEquals("3\u00A0108\u00A0000\u00A0kr", text);
      assertEquals("3 108 000 kr", plain(text));
    }

    @Test
    void format_tkrRemembersItsUnit() {
      assertEquals("2 358 tkr", plain(Amounts.format(Amounts.tkr(2_358))));
      assertEquals("2 358 000 kr", plain(Amounts.format(Amounts.tkr(2_358), AmountUnit.KRONA)));
      assertEquals(Amounts.sek(2_358_000), Amounts.tkr(2_358));
    }

    @Test
    void format_exactDecimalsNeverRounded() {
      assertEquals("1 967,5 tkr", plain(Amounts.format(Amounts.tkr(new BigDecimal("1967.5")))));
      assertEquals("12,50 kr", plain(Amounts.format(Amounts.sek(new BigDecimal("12.5")))));
      assertEquals("-68 kr", plain(Amounts.format(Amounts.sek(-68))));
      assertEquals("0,1 tkr", plain(Amounts.format(Amounts.sek(100), AmountUnit.TKR)));
    }

    @Test
    void parse_readsWhatFormatPrints() {
      assertEquals(Amounts.sek(3_108_000), Amounts.parse("3 108 000 kr"));
      assertEquals(Amounts.tkr(2_358), Amounts.parse(Amounts.format(Amounts.tkr(2_358))));
      assertEquals(Amounts.sek(new BigDecimal("-12.50")), Amounts.parse("-12,50 kr"));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Amounts.parse("12 dollars"));
      assertTrue(e.getMessage().contains("\"12 dollars\""), e.getMessage());
    }
  }

  @Nested
  class Exactness {
    @Test
    void toOre_rejectsFractionsOfAnOre() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Amounts.toOre(Money.of(new BigDecimal("1.005"), "SEK")));
      assertTrue(e.getMessage().contains("1.005"), e.getMessage());
    }

    @Test
    void toOre_readsEveryMonetaAmountExactly() {
      assertEquals(1_250, Amounts.toOre(RoundedMoney.of(new BigDecimal("12.50"), "SEK")));
      assertEquals(1_250, Amounts.toOre(FastMoney.of(new BigDecimal("12.5"), "SEK")));
      assertEquals(-1, Amounts.toOre(Money.of(new BigDecimal("-0.0100"), "SEK")));
      assertThrows(IllegalArgumentException.class,
          () -> Amounts.toOre(FastMoney.of(new BigDecimal("0.001"), "SEK")));
    }

    @Test
    void toOre_rejectsOtherCurrencies() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Amounts.toOre(Money.of(5, "EUR")));
      assertTrue(e.getMessage().contains("EUR"), e.getMessage());
    }

    @Test
    void toUnits_rejectsAmountNotWholeInUnit() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Amounts.toUnits(Amounts.sek(1_500), AmountUnit.TKR));
      assertTrue(e.getMessage().contains("tkr"), e.getMessage());
      assertEquals(2_358, Amounts.toUnits(Amounts.tkr(2_358), AmountUnit.TKR));
    }

    @Test
    void sek_rejectsFractionsOfAnOreNamingTheField() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Amounts.sek(new BigDecimal("0.001")));
      assertTrue(e.getMessage().startsWith("kronor (0.001)"), e.getMessage());
    }
  }

  @Nested
  class CldrText {
    @Test
    void format_isTheJdksSvSeTextThenNoBreakSpaceAndUnit() {
      assertEquals("\u221268\u00A0kr", Amounts.format(Amounts.sek(-68)));
      assertEquals("12,50\u00A0kr", Amounts.format(Amounts.sek(new BigDecimal("12.5"))));
      assertEquals("1\u00A0967,5\u00A0tkr", Amounts.format(Amounts.tkr(new BigDecimal("1967.5"))));
      assertEquals("0\u00A0kr", Amounts.format(Amounts.sek(0)));
      assertEquals("\u22120,01\u00A0kr", Amounts.format(Amounts.ofOre(-1)));
      assertEquals("\u221292\u00A0233\u00A0720\u00A0368\u00A0547\u00A0758,08\u00A0kr",
          Amounts.format(Amounts.ofOre(Long.MIN_VALUE)));
      assertEquals("1\u00A0250\u00A0öre", Amounts.format(Amounts.sek(new BigDecimal("12.5")),
          AmountUnit.ORE));
    }

    @Test
    void format_asciiForCsvAndTerminals() {
      assertEquals("-68 kr",
          Amounts.format(Amounts.sek(-68), AmountUnit.KRONA, NumberStyle.ASCII));
      assertEquals("3 108 000 kr", Amounts.format(Amounts.sek(3_108_000), NumberStyle.ASCII));
      assertEquals("-1 967,5 tkr",
          Amounts.format(Amounts.tkr(new BigDecimal("-1967.5")), NumberStyle.ASCII));
    }
  }

  @Nested
  class Reading {
    @Test
    void parse_readsEverySpelling() {
      MonetaryAmountCase[] cases = {
          new MonetaryAmountCase("3 108 000 kr", Amounts.sek(3_108_000)),
          new MonetaryAmountCase("3\u00A0108\u00A0000\u00A0kr", Amounts.sek(3_108_000)),
          new MonetaryAmountCase("3\u202F108\u202F000 kr", Amounts.sek(3_108_000)),
          new MonetaryAmountCase("3\u2009108\u2009000kr", Amounts.sek(3_108_000)),
          new MonetaryAmountCase("3108000 kr", Amounts.sek(3_108_000)),
          new MonetaryAmountCase("  -68 kr  ", Amounts.sek(-68)),
          new MonetaryAmountCase("\u221268\u00A0kr", Amounts.sek(-68)),
          new MonetaryAmountCase("\u2013 68 kr", Amounts.sek(-68)),
          new MonetaryAmountCase("12,50\u00A0kr", Amounts.sek(new BigDecimal("12.50"))),
          new MonetaryAmountCase("1 967,5 tkr", Amounts.tkr(new BigDecimal("1967.5"))),
          new MonetaryAmountCase("1 967,5\u00A0\u00A0tkr", Amounts.tkr(new BigDecimal("1967.5"))),
          new MonetaryAmountCase("1 250 öre", Amounts.sek(new BigDecimal("12.50"))),
      };
      for (MonetaryAmountCase c : cases) {
        assertEquals(c.amount(), Amounts.parse(c.text()), c.text());
      }
    }

    @Test
    void parse_readsFormatOfAmountsWithOre() {
      for (String kronor : List.of("12.5", "-0.01", "1967.50", "-3108000.99")) {
        javax.money.MonetaryAmount x = Amounts.sek(new BigDecimal(kronor));
        assertEquals(x, Amounts.parse(Amounts.format(x)), kronor);
        assertEquals(x, Amounts.parse(Amounts.format(x, NumberStyle.ASCII)), kronor);
      }
    }

    @Test
    void parse_rejectsWhatIsNoAmountNamingTheText() {
      for (String bad : List.of("", "kr", "- kr", "12", "12 34 kr", "1 2345 kr", "12,5 öre",
          "1,234567 tkr", "12,kr", "1E5 kr", "12 dollars", "12 KR", "99 999 999 999 999 999 999 kr",
          "٣ kr")) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> Amounts.parse(bad), bad);
        assertTrue(e.getMessage().startsWith("amount text (\"" + bad + "\")"), e.getMessage());
      }
    }

    @Test
    void parse_longTextFailsFastWithAnAbbreviatedMessage() {
      String text = "1" + " ".repeat(20_000) + "x";
      IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
          () -> assertThrows(IllegalArgumentException.class, () -> Amounts.parse(text)));
      assertTrue(e.getMessage().length() < 300, e.getMessage());
      assertTrue(e.getMessage().contains("20002 characters"), e.getMessage());
      String spaces = "1" + " ".repeat(20_000) + "kr";
      assertThrows(IllegalArgumentException.class, () -> Amounts.parse(spaces));
    }
  }

  @Nested
  class Limits {
    @Test
    void sek_longMaxIsAClearIllegalArgument() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Amounts.sek(Long.MAX_VALUE));
      assertTrue(e.getMessage().startsWith("kronor (9223372036854775807"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Amounts.tkr(Long.MIN_VALUE / 1000));
      assertThrows(IllegalArgumentException.class,
          () -> Amounts.of(Long.MAX_VALUE / 10, AmountUnit.KRONA));
    }

    @Test
    void sek_hugeScaleOrExponentFailsFastNotWithArithmeticException() {
      assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class,
            () -> Amounts.sek(new BigDecimal(BigInteger.ONE, 999_999_999)));
        assertTrue(tiny.getMessage().startsWith("kronor (1E-999999999) must be a whole number"),
            tiny.getMessage());
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
            () -> Amounts.sek(new BigDecimal(BigInteger.ONE, -999_999_999)));
        assertTrue(huge.getMessage().startsWith("kronor (1E+999999999) is too large"),
            huge.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> Amounts.tkr(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)));
        assertThrows(IllegalArgumentException.class,
            () -> Amounts.tkr(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)));
        assertThrows(IllegalArgumentException.class,
            () -> Amounts.sek(new BigDecimal("92233720368547758.08")));
        IllegalArgumentException digits = assertThrows(IllegalArgumentException.class,
            () -> Amounts.sek(new BigDecimal(BigInteger.TEN.pow(100_000), 100_000)));
        assertTrue(digits.getMessage().contains("too many digits"), digits.getMessage());
      });
      // the largest amounts that fit are exact
      assertEquals(Long.MAX_VALUE, Amounts.toOre(Amounts.sek(new BigDecimal("92233720368547758.07"))));
      assertEquals(Amounts.sek(5), Amounts.sek(new BigDecimal("5.000000000000000000000000000")));
      assertEquals(Amounts.sek(500), Amounts.sek(new BigDecimal("5E+2")));
    }
  }

  record MonetaryAmountCase(String text, javax.money.MonetaryAmount amount) {}
}
