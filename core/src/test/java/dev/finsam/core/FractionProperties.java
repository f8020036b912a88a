package dev.finsam.core;

import static dev.finsam.core.CoreGenerators.denominators;
import static dev.finsam.core.CoreGenerators.fractions;
import static dev.finsam.core.CoreGenerators.wholeNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
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
  void dividingUndoesMultiplyingAndAWholeFactorIsAFraction() {
    qt().forAll(fractions(), fractions().assuming(b -> b.signum() != 0), wholeNumbers())
        .checkAssert((a, b, k) -> {
          assertEquals(a, a.times(b).dividedBy(b));
          assertEquals(a, a.dividedBy(b).multipliedBy(b));
          Fraction byK = a.times(Fraction.of(k));
          assertEquals(byK, a.times(k));
          assertEquals(byK, a.multipliedBy(k));
        });
  }

  @Test
  void theSignIsTheSignOfNumeratorOverDenominatorAsGiven() {
    // oracle: the terms before normalisation, multiplied
    qt().forAll(wholeNumbers(), denominators()).checkAssert((n, d) -> {
      Fraction f = Fraction.of(n, d);
      int sign = Long.signum(n) * Long.signum(d);
      assertEquals(sign, f.signum());
      assertEquals(sign == 0, f.isZero());
      assertEquals(-sign, f.negated().signum());
      assertEquals(Fraction.ZERO, f.plus(f.negated()));
    });
  }

  @Test
  void truncatingRoundsTowardsZeroAndDecimalsBracketTheFraction() {
    qt().forAll(fractions(), integers().between(0, 12)).checkAssert((f, scale) -> {
      assertEquals(f.signum() < 0 ? f.ceiling() : f.floor(), f.truncated());
      // oracle: x * d <= n < (x + 10^-scale) * d for the decimal rounded down
      BigDecimal x = f.toBigDecimal(scale, RoundingMode.FLOOR);
      BigDecimal n = new BigDecimal(f.numerator());
      BigDecimal d = new BigDecimal(f.denominator());
      assertEquals(scale, x.scale());
      assertTrue(x.multiply(d).compareTo(n) <= 0, x + " * " + d + " <= " + n);
      assertTrue(x.add(BigDecimal.ONE.movePointLeft(scale)).multiply(d).compareTo(n) > 0);
      BigDecimal up = f.toBigDecimal(scale, RoundingMode.CEILING);
      assertEquals(up.multiply(d).compareTo(n) == 0 ? x : x.add(BigDecimal.ONE.movePointLeft(scale)),
          up);
    });
  }

  @Test
  void multiplicationDistributesOverAddition() {
    qt().forAll(fractions(), fractions(), fractions()).checkAssert(
        (a, b, c) -> assertEquals(a.times(b.plus(c)), a.times(b).plus(a.times(c))));
  }
}
