package dev.finsam.money;

import static dev.finsam.money.MoneyGenerators.oreAmounts;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.finsam.core.NumberStyle;
import dev.finsam.core.testing.TextFuzz;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link Amounts#parse} under mutated texts that {@link Amounts#format} printed ({@link TextFuzz}). */
class AmountsFuzzTest {

  @Test
  void amountText() {
    AmountUnit[] units = AmountUnit.values();
    NumberStyle[] styles = NumberStyle.values();
    Gen<String> printed = oreAmounts().zip(integers().between(0, units.length - 1),
        integers().between(0, styles.length - 1), (ore, u, s) ->
            Amounts.format(Amounts.ofOre(ore), units[u], styles[s]));
    TextFuzz.<MonetaryAmount>fuzz(printed, Amounts::parse,
        x -> Amounts.parse(Amounts.format(x)), "amount text (\"");
  }
}
