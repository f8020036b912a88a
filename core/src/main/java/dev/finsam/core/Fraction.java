package dev.finsam.core;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number in lowest terms (<i>bråk</i>, <i>andel</i>), used for shares and
 * percentages that must not be rounded until someone asks for a rounding.
 *
 * <p>For example, {@code Fraction.of(149, 298)} is {@code 1/2}, and
 * {@code Fraction.of(92, 298).toPercent(RoundingMode.HALF_UP, 0)} is {@code 31}.
 *
 * <p>The denominator is always positive and the form is unique, so {@link #equals} is value
 * equality. {@link #toString()} gives {@code "149/298"}-style text (or {@code "3"} for a whole
 * number) that {@link #parse} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

  /** Zero, {@code 0/1}. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  /** One, {@code 1/1}. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  /** The longest text {@link #parse} reads: 1 000 characters, far beyond any share in finsam. */
  public static final int MAX_TEXT_LENGTH = 1_000;

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains the fraction {@code numerator / denominator} in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction, never null
   * @throws IllegalArgumentException if the denominator is zero
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Obtains the whole number {@code value / 1}.
   *
   * @param value the value
   * @return the fraction, never null
   */
  public static Fraction of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * Obtains the fraction {@code numerator / denominator} in lowest terms.
   *
   * @param numerator the numerator, not null
   * @param denominator the denominator, not null, not zero
   * @return the fraction, never null
   * @throws IllegalArgumentException if the denominator is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException(
          "denominator (0) must not be zero, numerator was " + numerator);
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Fraction(numerator, denominator);
  }

  /**
   * Obtains the exact value of a decimal number.
   *
   * @param value the decimal, not null
   * @return the fraction, never null
   */
  public static Fraction of(BigDecimal value) {
    requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Reads text such as {@code "149/298"}, {@code "-3/4"} or {@code "7"}, as {@link #toString()}
   * writes it (any equal fraction is accepted and normalised).
   *
   * @param text the text, not null
   * @return the fraction, never null
   * @throws IllegalArgumentException if the text is not a fraction
   */
  public static Fraction parse(CharSequence text) {
    requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("fraction text (\"" + Checks.abbreviate(text)
          + "\") must be at most " + MAX_TEXT_LENGTH + " characters");
    }
    String s = text.toString().trim();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '/' && c != '-' && c != '+' && c != ' ') {
        throw new IllegalArgumentException("fraction text (\"" + Checks.abbreviate(text)
            + "\") must look like \"149/298\" or \"7\" (ASCII digits only)");
      }
    }
    int slash = s.indexOf('/');
    try {
      if (slash < 0) {
        return of(new BigInteger(s), BigInteger.ONE);
      }
      return of(new BigInteger(s.substring(0, slash).trim()),
          new BigInteger(s.substring(slash + 1).trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "fraction text (\"" + Checks.abbreviate(text) + "\") must look like \"149/298\" or \"7\"",
          e);
    }
  }

  /** @return the numerator in lowest terms, never null; carries the sign */
  public BigInteger numerator() {
    return numerator;
  }

  /** @return the denominator in lowest terms, never null, always positive */
  public BigInteger denominator() {
    return denominator;
  }

  /** @return -1, 0 or 1 as this fraction is negative, zero or positive */
  public int signum() {
    return numerator.signum();
  }

  /** @return true if this fraction is zero */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  /**
   * Adds exactly.
   *
   * @param other the fraction to add, not null
   * @return the sum, never null
   */
  public Fraction plus(Fraction other) {
    requireNonNull(other, "other");
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Subtracts exactly.
   *
   * @param other the fraction to subtract, not null
   * @return the difference, never null
   */
  public Fraction minus(Fraction other) {
    requireNonNull(other, "other");
    return plus(other.negated());
  }

  /**
   * Multiplies exactly.
   *
   * @param factor the factor, not null
   * @return the product, never null
   */
  public Fraction multipliedBy(Fraction factor) {
    requireNonNull(factor, "factor");
    return of(numerator.multiply(factor.numerator), denominator.multiply(factor.denominator));
  }

  /**
   * Multiplies by a whole number exactly.
   *
   * @param factor the factor
   * @return the product, never null
   */
  public Fraction multipliedBy(long factor) {
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  /**
   * Multiplies exactly; the same as {@link #multipliedBy(Fraction)}.
   *
   * @param other the factor, not null
   * @return the product, never null
   */
  public Fraction times(Fraction other) {
    return multipliedBy(other);
  }

  /**
   * Multiplies by a whole number exactly; the same as {@link #multipliedBy(long)}.
   *
   * @param factor the factor
   * @return the product, never null
   */
  public Fraction times(long factor) {
    return multipliedBy(factor);
  }

  /**
   * Divides exactly.
   *
   * @param divisor the divisor, not null, not zero
   * @return the quotient, never null
   * @throws ArithmeticException if the divisor is zero
   */
  public Fraction dividedBy(Fraction divisor) {
    requireNonNull(divisor, "divisor");
    if (divisor.isZero()) {
      throw new ArithmeticException("divisor must not be zero, dividend was " + this);
    }
    return of(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
  }

  /** @return minus this fraction, never null */
  public Fraction negated() {
    return numerator.signum() == 0 ? this : new Fraction(numerator.negate(), denominator);
  }

  /** @return the largest whole number not above this fraction, never null */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** @return the smallest whole number not below this fraction, never null */
  public BigInteger ceiling() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /** @return this fraction rounded towards zero, never null */
  public BigInteger truncated() {
    return numerator.divide(denominator);
  }

  /**
   * Rounds to a decimal with the given scale, with a rounding the caller chooses.
   *
   * @param scale the number of decimals, may be negative
   * @param rounding the rounding, not null ({@code UNNECESSARY} throws if rounding is needed)
   * @return the decimal, never null
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is needed
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  /**
   * This fraction as a percentage, rounded as the caller says.
   *
   * <p>For example, {@code Fraction.of(1, 8).toPercent(RoundingMode.HALF_UP, 0)} is {@code 13}.
   *
   * @param rounding the rounding, not null
   * @param scale the number of decimals of the percentage
   * @return the percentage, never null
   */
  public BigDecimal toPercent(RoundingMode rounding, int scale) {
    requireNonNull(rounding, "rounding");
    return new BigDecimal(numerator.multiply(HUNDRED))
        .divide(new BigDecimal(denominator), scale, rounding);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Fraction
        && ((Fraction) obj).numerator.equals(numerator)
        && ((Fraction) obj).denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /** @return {@code "149/298"}-style text, or the whole number alone, e.g. {@code "3"} */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}
