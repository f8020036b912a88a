package dev.finsam.outcomes;

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
   * @param total the total as given (it may disagree with women + men; {
   * @param bySex true if women and men are given
   * @throws IllegalArgumentException if a count is negative
   */
  public Count {
    if (women < 0) {
      throw new IllegalArgumentException("women (" + women + ") must be >= 0");
    }
    if (men < 0) {
      throw new IllegalArgumentException("men (" + men + ") must be >= 0");
    }
    if (total < 0) {
      throw new IllegalArgumentException("total (" + total + ") must be >= 0");
    }
    if (!bySex && (women != 0 || men != 0)) {
      throw new IllegalArgumentException("women (" + women + ") and men (" + men
          + ") must be 0 when the count is not split by sex");
    }
  }

  /**
   * @param women women, at least 0
   * @param men men, at least 0
   * @return the count with total {@code women + men}, never null
   */
  public static Count of(int women, int men) {
    return new Count(women, men, Math.addExact(women, men), true);
  }

  /**
   * @param women women
   * @param men men
   * @param total the total as printed
   * @return the count, never null
   */
  public static Count of(int women, int men, int total) {
    return new Count(women, men, total, true);
  }

  /**
   * @param total the total, at least 0
   * @return a count with no split by sex, never null
   */
  public static Count ofTotal(int total) {
    return new Count(0, 0, total, false);
  }

  /** @return true if women + men = total, or there is no split */
  public boolean isConsistent() {
    return !bySex || women + men == total;
  }

  /**
   * @param other another count, not null
   * @return the sum; split by sex only if both are
   */
  public Count plus(Count other) {
    int t = Math.addExact(total, other.total);
    return bySex && other.bySex
        ? new Count(Math.addExact(women, other.women), Math.addExact(men, other.men), t, true)
        : ofTotal(t);
  }

  /**
   * @param sex which sex, not null
   * @return that sex's count
   * @throws IllegalStateException if the count is not split by sex
   */
  public int of(Sex sex) {
    if (!bySex) {
      throw new IllegalStateException("this count (" + total + ") is not split by sex");
    }
    return sex == Sex.WOMEN ? women : men;
  }

  @Override
  public String toString() {
    return bySex ? women + " + " + men + " = " + total : String.valueOf(total);
  }
}
