package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

public class AmountsTest {

  /** Replaces the narrow and ordinary no-break spaces by plain spaces, to compare with the page. */
  public static String plain(String s) {
    return s.replace('\u202F', ' ').replace('\u00A0', ' ');
  }

  @Nested
  class Format {
    @Test
    void format_kronorWithThinSpaceGrouping() {
      String text = Amounts.format(Amounts.sek(3_108_000));
      assertEquals("3\u202F108\u202F000\u00A0kr", text);
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
}
