package dev.finsam.core;

import static dev.finsam.core.CoreGenerators.fractions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FractionProperties {

  @Test
  void addingThenSubtractingGivesTheSameFraction() {
    qt().forAll(fractions(), fractions())
        .checkAssert((a, b) -> assertEquals(a, a.plus(b).minus(b)));
  }

  @Test
  void normalisedFormIsUnique() {
    qt().forAll(fractions(), longs().between(-1000, 1000).assuming(k -> k != 0))
        .checkAssert((f, k) -> {
          Fraction scaled = Fraction.of(f.numerator().multiply(BigInteger.valueOf(k)),
              f.denominator().multiply(BigInteger.valueOf(k)));
          assertEquals(f, scaled);
          assertEquals(f.toString(), scaled.toString());
          assertTrue(f.denominator().signum() > 0);
          assertEquals(BigInteger.ONE, f.numerator().gcd(f.denominator()).max(BigInteger.ONE));
        });
  }

  @Test
  void compareAgreesWithDecimalExpansion() {
    // oracle: decimals precise enough to separate any two different fractions with these
    // denominators (|a - b| >= 1 / (da * db)), compared by BigDecimal
    qt().forAll(fractions(), fractions()).checkAssert((a, b) -> {
      int scale = a.denominator().multiply(b.denominator()).toString().length() + 2;
      java.math.BigDecimal x = new java.math.BigDecimal(a.numerator())
          .divide(new java.math.BigDecimal(a.denominator()), scale, java.math.RoundingMode.FLOOR);
      java.math.BigDecimal y = new java.math.BigDecimal(b.numerator())
          .divide(new java.math.BigDecimal(b.denominator()), scale, java.math.RoundingMode.FLOOR);
      assertEquals(Integer.signum(x.compareTo(y)), Integer.signum(a.compareTo(b)));
    });
  }

  @Test
  void floorAndCeilingBracketTheFraction() {
    qt().forAll(fractions()).checkAssert(f -> {
      Fraction floor = Fraction.of(f.floor(), BigInteger.ONE);
      Fraction ceiling = Fraction.of(f.ceiling(), BigInteger.ONE);
      assertTrue(floor.compareTo(f) <= 0 && f.compareTo(ceiling) <= 0);
      assertTrue(ceiling.minus(floor).compareTo(Fraction.ONE) <= 0);
      assertEquals(f.denominator().equals(BigInteger.ONE), f.floor().equals(f.ceiling()));
    });
  }

  @Test
  void parseOfToStringGivesTheFractionBack() {
    qt().forAll(fractions()).checkAssert(f -> assertEquals(f, Fraction.parse(f.toString())));
  }

  @Test
  void multiplicationDistributesOverAddition() {
    qt().forAll(fractions(), fractions(), fractions()).checkAssert(
        (a, b, c) -> assertEquals(a.times(b.plus(c)), a.times(b).plus(a.times(c))));
  }
}
