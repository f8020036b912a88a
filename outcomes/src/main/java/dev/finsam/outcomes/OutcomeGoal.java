package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import java.util.List;

/**
 * A goal for the share of those who ended (<i>mål för avslut</i>), such as Umeåregionen's "at least
 * 40 % of those who ended go to work or studies".
 *
 * <p>For example, {@code OutcomeGoal.atLeastPercent(40).of(WORK, STUDIES).evaluate(t)} is met with
 * a margin of 10 percentage points for the whole association in 2017 (149 of 298 = 50 %).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeGoal {

  private final int percent;
  private final List<OutcomeCategory> categories;

  private OutcomeGoal(int percent, List<OutcomeCategory> categories) {
    this.percent = percent;
    this.categories = categories;
  }

  /**
   * @param percent the least share in percent, 0 to 100
   * @return a goal still to be given its categories with {@link #of}, never null
   * @throws IllegalArgumentException if the percentage is out of range
   */
  public static OutcomeGoal atLeastPercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent (" + percent + ") must be 0 to 100");
    }
    return new OutcomeGoal(percent, List.of());
  }

  /**
   * @param categories the categories that count towards the goal, not empty
   * @return the goal with those categories, never null
   */
  public OutcomeGoal of(OutcomeCategory... categories) {
    if (categories.length == 0) {
      throw new IllegalArgumentException("categories ([]) must name at least one category");
    }
    return new OutcomeGoal(percent, List.of(categories));
  }

  /** @return the least share in percent */
  public int percent() {
    return percent;
  }

  /** @return the categories that count, never null */
  public List<OutcomeCategory> categories() {
    return categories;
  }

  /**
   * @param table the outcomes, not null
   * @return whether the goal is met and by how many percentage points, never null
   * @throws IllegalStateException if the goal has no categories
   * @throws ArithmeticException if nobody ended
   */
  public GoalResult evaluate(OutcomeTable table) {
    requireNonNull(table, "table");
    if (categories.isEmpty()) {
      throw new IllegalStateException("the goal has no categories; call of(...) first");
    }
    Fraction share = table.share(categories.toArray(new OutcomeCategory[0]));
    Fraction margin = share.times(100).minus(Fraction.of(percent));
    return new GoalResult(this, share, margin);
  }

  @Override
  public String toString() {
    return "minst " + percent + " % " + categories;
  }
}
