package dev.finsam.money;

import static dev.finsam.money.MoneyGenerators.oreAmounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.finsam.core.NumberStyle;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** Amounts print as the JDK prints {@code sv-SE} and read back what they print. */
class AmountsProperties {

  private static final Locale SV_SE = Locale.forLanguageTag("sv-SE");

  /** The oracle: the JDK's CLDR number format with as many decimals as the unit needs. */
  private static String jdk(long ore, AmountUnit unit) {
    NumberFormat f = NumberFormat.getNumberInstance(SV_SE);
    BigDecimal value = BigDecimal.valueOf(ore, 0).divide(BigDecimal.valueOf(unit.ore()));
    if (unit == AmountUnit.KRONA) {
      int decimals = ore % 100 == 0 ? 0 : 2;
      f.setMinimumFractionDigits(decimals);
      f.setMaximumFractionDigits(decimals);
    } else {
      f.setMinimumFractionDigits(0);
      f.setMaximumFractionDigits(5);
    }
    return f.format(value) + "\u00A0" + unit.symbol();
  }

  @Test
  void formatIsTheJdksSvSeTextInKronor() {
    qt().withExamples(2000).forAll(oreAmounts()).checkAssert(ore ->
        assertEquals(jdk(ore, AmountUnit.KRONA), Amounts.format(Amounts.ofOre(ore))));
  }

  @Test
  void formatIsTheJdksSvSeTextInTkr() {
    qt().withExamples(2000).forAll(oreAmounts()).checkAssert(ore -> {
      assertEquals(jdk(ore, AmountUnit.TKR), Amounts.format(Amounts.inTkr(ore)));
      assertEquals(jdk(ore, AmountUnit.TKR), Amounts.format(Amounts.ofOre(ore), AmountUnit.TKR));
    });
  }

  @Test
  void parseReadsBackWhatFormatPrintsInEveryUnitAndStyle() {
    qt().withExamples(2000).forAll(oreAmounts()).checkAssert(ore -> {
      MonetaryAmount x = Amounts.ofOre(ore);
      for (NumberStyle style : NumberStyle.values()) {
        assertEquals(x, Amounts.parse(Amounts.format(x, style)), style.name());
        for (AmountUnit unit : AmountUnit.values()) {
          String text = Amounts.format(x, unit, style);
          MonetaryAmount back = Amounts.parse(text);
          assertEquals(x, back, text);
          assertEquals(text, Amounts.format(back, unit, style));
        }
      }
    });
  }
}
