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
  void compareAgreesWithCrossMultiplication() {
    qt().forAll(fractions(), fractions()).checkAssert((a, b) -> assertEquals(
        a.numerator().multiply(b.denominator()).compareTo(b.numerator().multiply(a.denominator())),
        Integer.signum(a.compareTo(b))));
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
