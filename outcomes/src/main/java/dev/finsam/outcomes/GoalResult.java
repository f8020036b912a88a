package dev.finsam.outcomes;

import dev.finsam.core.Fraction;
import dev.finsam.core.text.Swedish;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * The answer to an {@link OutcomeGoal} (<i>måluppfyllelse</i>): the exact share and the margin in
 * percentage points (<i>procentenheter</i>), positive when the goal is exceeded. Only
 * {@link OutcomeGoal#evaluate} makes one.
 *
 * <p>For example, 2017: share 1/2, margin 10 points ("överträffats med 10 %").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GoalResult {

  GoalResult() {}

  /** @return the goal, never null */
  public abstract OutcomeGoal goal();

  /** @return the exact share of those who ended, never null */
  public abstract Fraction share();

  /** @return the share in percent minus the goal, exact, never null */
  public abstract Fraction marginPoints();

  /** @return true if the share is at least the goal */
  public boolean isMet() {
    return marginPoints().signum() >= 0;
  }

  /** @return e.g. {@code "uppfyllt (minst 40 % till arbete, till studier): 50,0 %, +10,0 procentenheter"} */
  @Override
  public String toString() {
    return (isMet() ? "uppfyllt" : "ej uppfyllt") + " (" + goal() + "): "
        + Swedish.percent(share(), 1) + ", " + (marginPoints().signum() > 0 ? "+" : "")
        + Swedish.points(marginPoints().toBigDecimal(1, RoundingMode.HALF_UP));
  }
}
