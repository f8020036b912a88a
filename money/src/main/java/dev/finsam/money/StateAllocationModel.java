package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import dev.finsam.core.NumberStyle;
import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The state's model for splitting its Finsam budget between associations (<i>statens
 * fördelningsmodell</i>, from 2016): a base (<i>grundtilldelning</i>, default 400 tkr) to each, the
 * rest by 75 % public-support measure (<i>försörjningsmått</i>) and 25 % population aged 16–64; and
 * an optional floor (default: no association loses more than 10 % from last year) that does not
 * protect associations whose equity is above their trappa.
 *
 * <p>For example, {@code StateAllocationModel.standard().allocate(Amounts.sek(339_000_000),
 * associations)} gives every association whole kronor, adding up to 339 Mkr exactly.
 *
 * <p>The variable part is split by the largest-remainder rule on the exact combined weight
 * {@code 75 % × support/Σsupport + 25 % × population/Σpopulation}; equal remainders go to the larger
 * weight, then by the order given. With a floor, associations that would fall below 90 % of last
 * year are raised to it (rounded up to whole kronor) and the others share what remains by the same
 * rule, repeated until no one else falls below. The allocation's rule is
 * {@link Allocation.Rule#STATE_ALLOCATION_MODEL}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StateAllocationModel {

  /** The base per association, <i>grundtilldelning</i>: FK memo 2015-01-22 (DOMAIN.md §2). */
  static final long BASE_TKR = 400;
  /** The share of the variable part split by försörjningsmått: FK memo 2015-01-22. */
  static final int SUPPORT_PERCENT = 75;
  /** The share of the variable part split by population aged 16–64: FK memo 2015-01-22. */
  static final int POPULATION_PERCENT = 25;
  /** The <i>10-procentspärr</i> of 2016–2017, the most an association may lose: FK memo 2015-01-22. */
  static final Fraction MAX_LOSS = Fraction.of(10, 100);

  /**
   * One association's data for the model (<i>mottagare</i>).
   *
   * @param name the association's name, not blank
   * @param supportMeasure its försörjningsmått (a count), not negative
   * @param workingAgePopulation its population aged 16–64, not negative
   * @param previousAllocation last year's allocation, if any
   * @param aboveTrappa true if its equity is above the trappa (then the floor does not protect it)
   */
  public record Recipient(String name, long supportMeasure, long workingAgePopulation,
      Optional<MonetaryAmount> previousAllocation, boolean aboveTrappa) {
    /**
     * Validates the components.
     *
     * @param name the association's name, not blank
     * @param supportMeasure its försörjningsmått (a count), not negative
     * @param workingAgePopulation its population aged 16–64, not negative
     * @param previousAllocation last year's allocation, if any, in whole kronor
     * @param aboveTrappa true if its equity is above the trappa (then the floor does not protect it)
     * @throws IllegalArgumentException if a value is negative, the name blank or the previous
     *     allocation not whole kronor
     */
    public Recipient {
      requireNonNull(name, "name");
      requireNonNull(previousAllocation, "previousAllocation");
      Checks.checkNotBlank(name, "name");
      Checks.checkNotNegative(supportMeasure, "supportMeasure");
      Checks.checkNotNegative(workingAgePopulation, "workingAgePopulation");
      previousAllocation.ifPresent(
          p -> Amounts.toUnits(p, AmountUnit.KRONA, "previousAllocation"));
    }
  }

  private static final StateAllocationModel STANDARD = ImmutableStateAllocationModel.create(
      Amounts.toOre(Amounts.tkr(BASE_TKR)), Optional.of(MAX_LOSS));

  StateAllocationModel() {}

  /** @return the base per association in öre */
  abstract long baseOre();

  /** @return the largest share an association may lose from last year, if there is a floor */
  public abstract Optional<Fraction> maxLoss();

  @Value.Check
  void validate() {
    Checks.checkArgument(baseOre() >= 0 && baseOre() % AmountUnit.KRONA.ore() == 0,
        "base (%s) must be whole kronor, not negative", Amounts.formatOre(baseOre(),
            AmountUnit.KRONA));
    maxLoss().ifPresent(f -> Checks.checkArgument(f.signum() >= 0 && f.compareTo(Fraction.ONE) <= 0,
        "maxLoss (%s) must be between 0 and 1", f));
  }

  /** @return base 400 tkr, floor: at most 10 % less than last year; never null */
  public static StateAllocationModel standard() {
    return STANDARD;
  }

  /** @return the base per association (<i>grundtilldelning</i>), never null */
  public MonetaryAmount base() {
    return Amounts.ofOre(baseOre());
  }

  /**
   * @param base the base per association, not negative, whole kronor, not null
   * @return the model with that base, never null
   * @throws IllegalArgumentException if the base is negative or not whole kronor
   */
  public StateAllocationModel withBase(MonetaryAmount base) {
    long kronor = Amounts.toUnits(requireNonNull(base, "base"), AmountUnit.KRONA, "base");
    return ImmutableStateAllocationModel.create(Checks.multiply(kronor, AmountUnit.KRONA.ore(),
        "base"), maxLoss());
  }

  /** @return the model without a year-on-year floor, never null */
  public StateAllocationModel withoutFloor() {
    return ImmutableStateAllocationModel.create(baseOre(), Optional.empty());
  }

  /**
   * @param maxLoss the largest share an association may lose from last year, 0 to 1, not null
   * @return the model with that floor, never null
   * @throws IllegalArgumentException if the share is outside 0 to 1
   */
  public StateAllocationModel withFloor(Fraction maxLoss) {
    return ImmutableStateAllocationModel.create(baseOre(),
        Optional.of(requireNonNull(maxLoss, "maxLoss")));
  }

  /**
   * Splits the national budget.
   *
   * @param budget the national budget, whole kronor, not null
   * @param recipients the associations, distinct names, not empty, not null
   * @return each association's allocation in kronor, in the order given, adding up to the budget
   * @throws IllegalArgumentException if the budget does not cover the bases (and floors), or the
   *     support measures and populations are all zero or too large to weigh exactly
   */
  public Allocation<String> allocate(MonetaryAmount budget, List<Recipient> recipients) {
    requireNonNull(recipients, "recipients");
    long total = Amounts.toUnits(requireNonNull(budget, "budget"), AmountUnit.KRONA, "budget");
    int n = recipients.size();
    Checks.checkArgument(n > 0, "recipients ([]) must not be empty");
    List<String> names = new ArrayList<>(n);
    Set<String> seen = new HashSet<>();
    for (Recipient r : recipients) {
      Checks.checkArgument(seen.add(requireNonNull(r, "recipient").name()),
          "recipients (%s) must have distinct names", r.name());
      names.add(r.name());
    }
    long base = baseOre() / AmountUnit.KRONA.ore();
    long[] shares = new long[n];
    boolean[] fixed = new boolean[n];
    long[] floors = floors(recipients);
    LargestRemainder.Decider decider = LargestRemainder.Decider.NONE;
    while (true) {
      long fixedSum = 0;
      int free = 0;
      for (int i = 0; i < n; i++) {
        if (fixed[i]) {
          fixedSum = Checks.add(fixedSum, shares[i], "floors");
        } else {
          free++;
        }
      }
      long rest = Checks.subtract(Checks.subtract(total, fixedSum, "budget"),
          Checks.multiply(base, free, "bases"), "budget");
      Checks.checkArgument(rest >= 0, "budget (%s) does not cover the bases of %s%s",
          Amounts.format(budget), Amounts.format(base()),
          fixedSum > 0 ? " and the floors of protected associations" : "");
      LargestRemainder.Split split =
          LargestRemainder.split(rest, combinedWeights(recipients, fixed), TieBreak.NONE);
      decider = split.decider();
      long[] variable = split.shares();
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        if (!fixed[i]) {
          shares[i] = base + variable[i];
          if (shares[i] < floors[i]) {
            shares[i] = floors[i];
            fixed[i] = true;
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
      if (allFixed(fixed)) {
        long sum = 0;
        for (long s : shares) {
          sum = Checks.add(sum, s, "floors");
        }
        Checks.checkArgument(sum == total,
            "budget (%s) cannot meet every association's floor (they need %s)",
            Amounts.format(budget), Amounts.formatOre(BigInteger.valueOf(sum)
                .multiply(BigInteger.valueOf(AmountUnit.KRONA.ore())), AmountUnit.KRONA,
                NumberStyle.SWEDISH));
        break;
      }
    }
    // each share is its own weight, so every quota is the share itself
    return new Allocation<>(names, shares.clone(), shares, total, AmountUnit.KRONA,
        Allocation.Rule.STATE_ALLOCATION_MODEL, Allocator.decider(decider),
        "statens fördelningsmodell (" + this + ")");
  }

  /** Each protected recipient's floor in kronor (rounded up), or Long.MIN_VALUE if none. */
  private long[] floors(List<Recipient> recipients) {
    long[] floors = new long[recipients.size()];
    for (int i = 0; i < floors.length; i++) {
      Recipient r = recipients.get(i);
      if (maxLoss().isPresent() && !r.aboveTrappa() && r.previousAllocation().isPresent()) {
        long prev = Amounts.toUnits(r.previousAllocation().get(), AmountUnit.KRONA,
            "previousAllocation of " + r.name());
        Fraction f = Fraction.ONE.minus(maxLoss().get()).times(prev);
        floors[i] = f.negated().floor().negate().longValueExact(); // rounded up to whole kronor
      } else {
        floors[i] = Long.MIN_VALUE;
      }
    }
    return floors;
  }

  private static boolean allFixed(boolean[] fixed) {
    for (boolean f : fixed) {
      if (!f) {
        return false;
      }
    }
    return true;
  }

  /**
   * 75·s_i·ΣP + 25·p_i·ΣS over the free recipients, divided by the percentages' common divisor
   * (the common denominator 100·ΣS·ΣP cancels).
   */
  private static long[] combinedWeights(List<Recipient> rs, boolean[] fixed) {
    BigInteger sumS = BigInteger.ZERO;
    BigInteger sumP = BigInteger.ZERO;
    for (int i = 0; i < rs.size(); i++) {
      if (!fixed[i]) {
        sumS = sumS.add(BigInteger.valueOf(rs.get(i).supportMeasure()));
        sumP = sumP.add(BigInteger.valueOf(rs.get(i).workingAgePopulation()));
      }
    }
    Checks.checkArgument(sumS.signum() != 0 || sumP.signum() != 0,
        "recipients (support measures and populations) must not all be zero");
    BigInteger common = BigInteger.valueOf(SUPPORT_PERCENT).gcd(
        BigInteger.valueOf(POPULATION_PERCENT));
    BigInteger a = BigInteger.valueOf(SUPPORT_PERCENT).divide(common).multiply(sumP);
    BigInteger b = BigInteger.valueOf(POPULATION_PERCENT).divide(common).multiply(sumS);
    long[] w = new long[rs.size()];
    for (int i = 0; i < rs.size(); i++) {
      if (fixed[i]) {
        continue;
      }
      BigInteger s = BigInteger.valueOf(rs.get(i).supportMeasure());
      BigInteger p = BigInteger.valueOf(rs.get(i).workingAgePopulation());
      BigInteger weight = sumS.signum() == 0 ? p : sumP.signum() == 0 ? s
          : s.multiply(a).add(p.multiply(b));
      Checks.checkArgument(weight.bitLength() < Long.SIZE,
          "recipients (%s: support measure %s, population %s) are too large to weigh exactly",
          rs.get(i).name(), rs.get(i).supportMeasure(), rs.get(i).workingAgePopulation());
      w[i] = weight.longValue();
    }
    return w;
  }

  /**
   * @return the model in Swedish, e.g. {@code "grundtilldelning 400 tkr, 75 % försörjningsmått,
   *     25 % befolkning 16–64, högst 10 % minskning"}
   */
  @Override
  public String toString() {
    return "grundtilldelning " + Amounts.format(base(), AmountUnit.TKR) + ", "
        + Swedish.percent(SUPPORT_PERCENT) + " försörjningsmått, "
        + Swedish.percent(POPULATION_PERCENT) + " befolkning 16–64"
        + maxLoss().map(f -> ", högst " + Swedish.percent(
            f.toPercent(RoundingMode.HALF_UP, 2).stripTrailingZeros()) + " minskning").orElse("");
  }
}
