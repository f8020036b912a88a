package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.Fraction;
import java.math.BigInteger;
import javax.money.MonetaryAmount;

/**
 * A cost shared between the association and a member at a rate (<i>medfinansiering</i>): the
 * association pays the rate, the member the rest, exactly.
 *
 * <p>For example, 390 tkr is 75 % of a salary: {@code CoFinancing.fromAssociationPart(
 * Amounts.tkr(390), Fraction.of(3, 4))} has cost 520 tkr and member part 130 tkr (§ 78 of
 * 2017-11-30).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoFinancing {

  private final long costOre;
  private final long associationOre;
  private final Fraction rate;

  private CoFinancing(long costOre, long associationOre, Fraction rate) {
    this.costOre = costOre;
    this.associationOre = associationOre;
    this.rate = rate;
  }

  /**
   * The whole cost behind the association's part at a rate.
   *
   * @param associationPart what the association pays, not null
   * @param rate the association's share of the cost, above 0 and at most 1, not null
   * @return the co-financing, never null
   * @throws IllegalArgumentException if the rate is out of range
   * @throws ArithmeticException if the whole cost would not be a whole number of öre
   */
  public static CoFinancing fromAssociationPart(MonetaryAmount associationPart, Fraction rate) {
    long part = Amounts.toOre(associationPart, "associationPart");
    checkRate(rate);
    Fraction cost = Fraction.of(part).dividedBy(rate);
    if (!cost.denominator().equals(BigInteger.ONE)) {
      throw new ArithmeticException("associationPart (" + Amounts.format(associationPart)
          + ") at rate " + rate + " gives a cost of " + cost + " öre, not a whole öre");
    }
    return new CoFinancing(cost.numerator().longValueExact(), part, rate);
  }

  /**
   * Splits a cost at a rate, in whole units, by the largest-remainder rule (the parts add up to
   * the cost exactly; on a tie the larger part gets the unit).
   *
   * @param cost the whole cost, not null
   * @param rate the association's share, above 0 and at most 1, not null
   * @param unit the unit of both parts, not null
   * @return the co-financing, never null
   */
  public static CoFinancing ofCost(MonetaryAmount cost, Fraction rate, AmountUnit unit) {
    long units = Amounts.toUnits(cost, requireNonNull(unit, "unit"), "cost");
    checkRate(rate);
    long num = rate.numerator().longValueExact();
    long den = rate.denominator().longValueExact();
    long[] parts = LargestRemainder.split(units, new long[] {num, den - num},
        TieBreak.NONE).shares();
    return new CoFinancing(Math.multiplyExact(units, unit.ore()),
        Math.multiplyExact(parts[0], unit.ore()), rate);
  }

  private static void checkRate(Fraction rate) {
    requireNonNull(rate, "rate");
    if (rate.signum() <= 0 || rate.compareTo(Fraction.ONE) > 0) {
      throw new IllegalArgumentException("rate (" + rate + ") must be above 0 and at most 1");
    }
  }

  /** @return the whole cost, never null */
  public MonetaryAmount cost() {
    return Amounts.ofOre(costOre);
  }

  /** @return what the association pays, never null */
  public MonetaryAmount associationPart() {
    return Amounts.ofOre(associationOre);
  }

  /** @return what the member pays, never null */
  public MonetaryAmount memberPart() {
    return Amounts.ofOre(costOre - associationOre);
  }

  /** @return the association's share of the cost, never null */
  public Fraction rate() {
    return rate;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CoFinancing && ((CoFinancing) obj).costOre == costOre
        && ((CoFinancing) obj).associationOre == associationOre
        && ((CoFinancing) obj).rate.equals(rate);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(costOre) * 31 + Long.hashCode(associationOre);
  }

  @Override
  public String toString() {
    return "kostnad " + Amounts.format(cost()) + ": förbundet " + Amounts.format(associationPart())
        + " (" + rate + "), medlemmen " + Amounts.format(memberPart());
  }
}
