package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.math.BigInteger;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

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
@Value.Immutable
public abstract class CoFinancing {

  CoFinancing() {}

  /** @return the whole cost in öre */
  abstract long costOre();

  /** @return the association's part in öre */
  abstract long associationOre();

  /** @return the association's share of the cost, above 0 and at most 1, never null */
  public abstract Fraction rate();

  @Value.Check
  void validate() {
    checkRate(rate());
    long part = associationOre();
    long cost = costOre();
    Checks.checkArgument(cost >= 0 ? 0 <= part && part <= cost : cost <= part && part <= 0,
        "associationPart (%s) must be part of the cost (%s)",
        Amounts.formatOre(associationOre(), AmountUnit.KRONA),
        Amounts.formatOre(costOre(), AmountUnit.KRONA));
  }

  /**
   * The whole cost behind the association's part at a rate.
   *
   * @param associationPart what the association pays, not null
   * @param rate the association's share of the cost, above 0 and at most 1, not null
   * @return the co-financing, never null
   * @throws IllegalArgumentException if the rate is out of range or the cost too large
   * @throws ArithmeticException if the whole cost would not be a whole number of öre
   */
  public static CoFinancing fromAssociationPart(MonetaryAmount associationPart, Fraction rate) {
    requireNonNull(associationPart, "associationPart");
    checkRate(requireNonNull(rate, "rate"));
    long part = Amounts.toOre(associationPart, "associationPart");
    Fraction cost = Fraction.of(part).dividedBy(rate);
    if (!cost.denominator().equals(BigInteger.ONE)) {
      throw new ArithmeticException("associationPart (" + Amounts.format(associationPart)
          + ") at rate " + rate + " gives a cost of " + cost + " öre, not a whole öre");
    }
    Checks.checkArgument(cost.numerator().bitLength() < Long.SIZE,
        "associationPart (%s) at rate %s gives a cost too large for a 64-bit count of öre",
        Amounts.format(associationPart), rate);
    return ImmutableCoFinancing.create(cost.numerator().longValue(), part, rate);
  }

  /**
   * Splits a cost at a rate, in whole units, by the largest-remainder rule (the parts add up to
   * the cost exactly; on a tie the larger part gets the unit).
   *
   * @param cost the whole cost, not null
   * @param rate the association's share, above 0 and at most 1, not null
   * @param unit the unit of both parts, not null
   * @return the co-financing, never null
   * @throws IllegalArgumentException if the rate is out of range or its terms do not fit in a
   *     {@code long}, or the cost is not a whole number of the unit
   */
  public static CoFinancing ofCost(MonetaryAmount cost, Fraction rate, AmountUnit unit) {
    requireNonNull(cost, "cost");
    requireNonNull(rate, "rate");
    requireNonNull(unit, "unit");
    checkRate(rate);
    long units = Amounts.toUnits(cost, unit, "cost");
    Checks.checkArgument(rate.denominator().bitLength() < Long.SIZE,
        "rate (%s) must have a denominator that fits in a long", rate);
    long num = rate.numerator().longValue();
    long den = rate.denominator().longValue();
    long[] parts = LargestRemainder.split(units, new long[] {num, den - num},
        TieBreak.NONE).shares();
    return ImmutableCoFinancing.create(units * unit.ore(), parts[0] * unit.ore(), rate);
  }

  private static void checkRate(Fraction rate) {
    Checks.checkArgument(rate.signum() > 0 && rate.compareTo(Fraction.ONE) <= 0,
        "rate (%s) must be above 0 and at most 1", rate);
  }

  /** @return the whole cost, never null */
  public MonetaryAmount cost() {
    return Amounts.ofOre(costOre());
  }

  /** @return what the association pays, never null */
  public MonetaryAmount associationPart() {
    return Amounts.ofOre(associationOre());
  }

  /** @return what the member pays, never null */
  public MonetaryAmount memberPart() {
    return Amounts.ofOre(costOre() - associationOre());
  }

  /** @return e.g. {@code "kostnad 520 000 kr: förbundet 390 000 kr (75 %), medlemmen 130 000 kr"} */
  @Override
  public String toString() {
    return "kostnad " + Amounts.format(cost()) + ": förbundet " + Amounts.format(associationPart())
        + " (" + Swedish.percent(rate().toPercent(RoundingMode.HALF_UP, 2).stripTrailingZeros())
        + "), medlemmen " + Amounts.format(memberPart());
  }
}
