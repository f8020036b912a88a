package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;

/**
 * One row's count of people (<i>antal</i>): women (<i>kvinnor</i>), men (<i>män</i>) and the total,
 * or the total alone where a report leaves the split blank.
 *
 * <p>For example, {@code Count.of(34, 58)} is 92 in total; {@code Count.ofTotal(0)} is the
 * "Övriga avbrott 0" row of Steget vidare 2017 with blank women and men.
 *
 * @param women women, 0 if not split
 * @param men men, 0 if not split
 * @param total the total as given (it may disagree with women + men; {@code check()} says so)
 * @param bySex true if women and men are given
 */
public record Count(int women, int men, int total, boolean bySex) {

  /** Zero, split by sex. */
  public static final Count ZERO = new Count(0, 0, 0, true);

  /**
   * Validates the components.
   *
   * @param women women, 0 if not split
   * @param men men, 0 if not split
   * @param total the total as given
   * @param bySex true if women and men are given
   * @throws IllegalArgumentException if a count is negative, or women or men are given for a
   *     count that is not split by sex
   */
  public Count {
    Checks.checkNotNegative(women, "women");
    Checks.checkNotNegative(men, "men");
    Checks.checkNotNegative(total, "total");
    Checks.checkArgument(bySex || (women == 0 && men == 0),
        "women (%s) and men (%s) must be 0 when the count is not split by sex", women, men);
  }

  /**
   * @param women women, at least 0
   * @param men men, at least 0
   * @return the count with total {@code women + men}, never null
   * @throws IllegalArgumentException if a count is negative or the total does not fit an int
   */
  public static Count of(int women, int men) {
    long total = (long) women + men;
    Checks.checkArgument(total <= Integer.MAX_VALUE, "women + men (%s) must fit an int", total);
    return new Count(women, men, (int) total, true);
  }

  /**
   * @param women women, at least 0
   * @param men men, at least 0
   * @param total the total as printed, at least 0
   * @return the count, never null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Count of(int women, int men, int total) {
    return new Count(women, men, total, true);
  }

  /**
   * @param total the total, at least 0
   * @return a count with no split by sex, never null
   * @throws IllegalArgumentException if the total is negative
   */
  public static Count ofTotal(int total) {
    return new Count(0, 0, total, false);
  }

  /** @return true if women + men = total, or there is no split */
  public boolean isConsistent() {
    return !bySex || (long) women + men == total;
  }

  /**
   * @param other another count, not null
   * @return the sum; split by sex only if both are; never null
   * @throws IllegalArgumentException if a sum does not fit an int; the message names it
   */
  public Count plus(Count other) {
    requireNonNull(other, "other");
    int t = add(total, other.total, "total");
    return bySex && other.bySex
        ? new Count(add(women, other.women, "women"), add(men, other.men, "men"), t, true)
        : ofTotal(t);
  }

  /** An exact sum of two counts, or an IAE naming what overflowed (never ArithmeticException). */
  static int add(int a, int b, String what) {
    long sum = (long) a + b;
    Checks.checkArgument(sum <= Integer.MAX_VALUE, "%s (%s + %s) must fit an int", what, a, b);
    return (int) sum;
  }

  /**
   * @param sex which sex, not null
   * @return that sex's count
   * @throws IllegalStateException if the count is not split by sex
   */
  public int get(Sex sex) {
    requireNonNull(sex, "sex");
    if (!bySex) {
      throw new IllegalStateException("this count (" + total + ") is not split by sex");
    }
    return sex == Sex.WOMEN ? women : men;
  }

  /** @return e.g. {@code "34 + 58 = 92"}, or {@code "92"} when not split by sex */
  @Override
  public String toString() {
    return bySex ? Swedish.integer(women) + " + " + Swedish.integer(men) + " = "
        + Swedish.integer(total) : Swedish.integer(total);
  }
}
