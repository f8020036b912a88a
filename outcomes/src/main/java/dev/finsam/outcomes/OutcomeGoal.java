package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.util.List;
import org.immutables.value.Value;

/**
 * A goal for the share of those who ended (<i>mål för avslut</i>), such as Umeåregionen's "at least
 * 40 % of those who ended go to work or studies".
 *
 * <p>For example, {@code OutcomeGoal.atLeastPercent(40).of(WORK, STUDIES).evaluate(t)} is met with
 * a margin of 10 percentage points for the whole association in 2017 (149 of 298 = 50 %).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomeGoal {

  OutcomeGoal() {}

  /**
   * @param percent the least share in percent, 0 to 100
   * @return a goal still to be given its categories with {@link #of}, never null
   * @throws IllegalArgumentException if the percentage is out of range
   */
  public static OutcomeGoal atLeastPercent(int percent) {
    return ImmutableOutcomeGoal.create(percent, List.of());
  }

  /** @return the least share in percent, 0 to 100 */
  public abstract int percent();

  /** @return the categories that count, in the order given; empty until {@link #of}; never null */
  public abstract List<OutcomeCategory> categories();

  /**
   * @param categories the categories that count towards the goal, not null, not empty
   * @return the goal with those categories, never null
   * @throws IllegalArgumentException if no category is given
   */
  public OutcomeGoal of(OutcomeCategory... categories) {
    requireNonNull(categories, "categories");
    Checks.checkArgument(categories.length > 0, "categories (%s) must name at least one category",
        List.of(categories));
    return ImmutableOutcomeGoal.create(percent(), List.of(categories));
  }

  /**
   * @param table the outcomes, not null
   * @return whether the goal is met and by how many percentage points, never null
   * @throws IllegalStateException if the goal has no categories
   * @throws ArithmeticException if nobody ended
   */
  public GoalResult evaluate(OutcomeTable table) {
    requireNonNull(table, "table");
    if (categories().isEmpty()) {
      throw new IllegalStateException("the goal has no categories; call of(...) first");
    }
    Fraction share = table.share(categories().toArray(new OutcomeCategory[0]));
    Fraction margin = share.times(100).minus(Fraction.of(percent()));
    return ImmutableGoalResult.create(this, share, margin);
  }

  @Value.Check
  void check() {
    Checks.checkBetween(percent(), 0, 100, "percent");
  }

  /** @return e.g. {@code "minst 40 % till arbete, till studier"} */
  @Override
  public String toString() {
    return "minst " + Swedish.percent(percent()) + " " + Claims.what(categories());
  }
}
