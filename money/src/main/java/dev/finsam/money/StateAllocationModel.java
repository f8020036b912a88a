package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

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
 * {@code 3 × support/Σsupport + population/Σpopulation}. With a floor, associations that would fall
 * below 90 % of last year are raised to it (rounded up to whole kronor) and the others share what
 * remains by the same rule, repeated until no one else falls below.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StateAllocationModel {

  /**
   * One association's data for the model.
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
     * @param previousAllocation last year's allocation, if any
     * @param aboveTrappa true if its equity is above the trappa (then the floor does not protect it)
     * @throws IllegalArgumentException if a value is negative or the name blank
     */
    public Recipient {
      requireNonNull(name, "name");
      requireNonNull(previousAllocation, "previousAllocation");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name (\"" + name + "\") must not be blank");
      }
      if (supportMeasure < 0) {
        throw new IllegalArgumentException("supportMeasure of " + name + " (" + supportMeasure
            + ") must be >= 0");
      }
      if (workingAgePopulation < 0) {
        throw new IllegalArgumentException("workingAgePopulation of " + name + " ("
            + workingAgePopulation + ") must be >= 0");
      }
    }
  }

  private final long baseOre;
  private final Optional<Fraction> maxLoss;

  private StateAllocationModel(long baseOre, Optional<Fraction> maxLoss) {
    this.baseOre = baseOre;
    this.maxLoss = maxLoss;
  }

  /** @return base 400 tkr, floor: at most 10 % less than last year; never null */
  public static StateAllocationModel standard() {
    return new StateAllocationModel(Amounts.toOre(Amounts.tkr(400)),
        Optional.of(Fraction.of(1, 10)));
  }

  /**
   * @param base the base per association, not negative, whole kronor, not null
   * @return the model with that base, never null
   */
  public StateAllocationModel withBase(MonetaryAmount base) {
    long b = Amounts.toUnits(requireNonNull(base, "base"), AmountUnit.KRONA, "base") * 100;
    if (b < 0) {
      throw new IllegalArgumentException("base (" + Amounts.format(base) + ") must be >= 0");
    }
    return new StateAllocationModel(b, maxLoss);
  }

  /** @return the model without a year-on-year floor, never null */
  public StateAllocationModel withoutFloor() {
    return new StateAllocationModel(baseOre, Optional.empty());
  }

  /**
   * @param maxLoss the largest share an association may lose from last year, 0 to 1, not null
   * @return the model with that floor, never null
   */
  public StateAllocationModel withFloor(Fraction maxLoss) {
    requireNonNull(maxLoss, "maxLoss");
    if (maxLoss.signum() < 0 || maxLoss.compareTo(Fraction.ONE) > 0) {
      throw new IllegalArgumentException("maxLoss (" + maxLoss + ") must be between 0 and 1");
    }
    return new StateAllocationModel(baseOre, Optional.of(maxLoss));
  }

  /**
   * Splits the national budget.
   *
   * @param budget the national budget, whole kronor, not null
   * @param recipients the associations, distinct names, not empty, not null
   * @return each association's allocation in kronor, in the order given, adding up to the budget
   * @throws IllegalArgumentException if the budget does not cover the bases (and floors), or the
   *     support measures and populations are all zero
   */
  public Allocation<String> allocate(MonetaryAmount budget, List<Recipient> recipients) {
    requireNonNull(recipients, "recipients");
    long total = Amounts.toUnits(requireNonNull(budget, "budget"), AmountUnit.KRONA, "budget");
    int n = recipients.size();
    if (n == 0) {
      throw new IllegalArgumentException("recipients ([]) must not be empty");
    }
    List<String> names = new ArrayList<>();
    for (Recipient r : recipients) {
      if (names.contains(r.name())) {
        throw new IllegalArgumentException("recipients (" + r.name() + ") must have distinct names");
      }
      names.add(r.name());
    }
    long base = baseOre / 100;
    long[] shares = new long[n];
    boolean[] fixed = new boolean[n];
    long[] floors = new long[n];
    for (int i = 0; i < n; i++) {
      Recipient r = recipients.get(i);
      if (maxLoss.isPresent() && !r.aboveTrappa() && r.previousAllocation().isPresent()) {
        long prev = Amounts.toUnits(r.previousAllocation().get(), AmountUnit.KRONA,
            "previousAllocation of " + r.name());
        Fraction f = Fraction.ONE.minus(maxLoss.get()).times(prev);
        floors[i] = f.negated().floor().negate().longValueExact(); // rounded up to whole kronor
      } else {
        floors[i] = Long.MIN_VALUE;
      }
    }
    while (true) {
      long fixedSum = 0;
      int free = 0;
      for (int i = 0; i < n; i++) {
        if (fixed[i]) {
          fixedSum = Math.addExact(fixedSum, shares[i]);
        } else {
          free++;
        }
      }
      long rest = total - fixedSum - Math.multiplyExact(base, free);
      if (rest < 0) {
        throw new IllegalArgumentException("budget (" + Amounts.format(budget)
            + ") does not cover the bases of " + Amounts.format(Amounts.sek(base)) + (fixedSum > 0
                ? " and the floors of protected associations" : "") + "");
      }
      long[] weights = combinedWeights(recipients, fixed);
      long[] variable = LargestRemainder.split(rest, weights, TieBreak.NONE).shares();
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
      boolean anyFree = false;
      for (boolean fx : fixed) {
        anyFree |= !fx;
      }
      if (!anyFree) {
        long sum = 0;
        for (long s : shares) {
          sum += s;
        }
        if (sum != total) {
          throw new IllegalArgumentException("budget (" + Amounts.format(budget)
              + ") cannot meet every association's floor (they need "
              + Amounts.format(Amounts.sek(sum)) + ")");
        }
        break;
      }
    }
    // each share is its own weight, so every quota is the share itself
    return new Allocation<>(names, shares.clone(), shares, total, AmountUnit.KRONA);
  }

  /** 3·s_i·ΣP + p_i·ΣS over the free recipients (the common denominator 4·ΣS·ΣP cancels). */
  private static long[] combinedWeights(List<Recipient> rs, boolean[] fixed) {
    BigInteger sumS = BigInteger.ZERO;
    BigInteger sumP = BigInteger.ZERO;
    for (int i = 0; i < rs.size(); i++) {
      if (!fixed[i]) {
        sumS = sumS.add(BigInteger.valueOf(rs.get(i).supportMeasure()));
        sumP = sumP.add(BigInteger.valueOf(rs.get(i).workingAgePopulation()));
      }
    }
    if (sumS.signum() == 0 && sumP.signum() == 0) {
      throw new IllegalArgumentException(
          "recipients (support measures and populations) must not all be zero");
    }
    long[] w = new long[rs.size()];
    for (int i = 0; i < rs.size(); i++) {
      if (fixed[i]) {
        continue;
      }
      BigInteger s = BigInteger.valueOf(rs.get(i).supportMeasure());
      BigInteger p = BigInteger.valueOf(rs.get(i).workingAgePopulation());
      BigInteger weight = sumS.signum() == 0 ? p : sumP.signum() == 0 ? s
          : s.multiply(sumP).multiply(BigInteger.valueOf(3)).add(p.multiply(sumS));
      w[i] = weight.longValueExact();
    }
    return w;
  }

  @Override
  public String toString() {
    return "grundtilldelning " + Amounts.format(Amounts.ofOre(baseOre), AmountUnit.TKR)
        + ", 75 % försörjningsmått, 25 % befolkning 16–64"
        + maxLoss.map(f -> ", högst " + f.toPercent(java.math.RoundingMode.HALF_UP, 0)
            + " % minskning").orElse("");
  }
}
