package dev.finsam.outcomes;

import dev.finsam.core.Fraction;
import java.math.RoundingMode;

/**
 * The answer to an {@link OutcomeGoal} (<i>måluppfyllelse</i>): the exact share and the margin in
 * percentage points (<i>procentenheter</i>), positive when the goal is exceeded.
 *
 * <p>For example, 2017: share 1/2, margin 10 points ("överträffats med 10 %").
 *
 * @param goal the goal
 * @param share the exact share of those who ended
 * @param marginPoints the share in percent minus the goal, exact
 */
public record GoalResult(OutcomeGoal goal, Fraction share, Fraction marginPoints) {

  /** @return true if the share is at least the goal */
  public boolean isMet() {
    return marginPoints.signum() >= 0;
  }

  @Override
  public String toString() {
    String pts = marginPoints.toBigDecimal(1, RoundingMode.HALF_UP).toPlainString()
        .replace('.', ',');
    return (isMet() ? "uppfyllt" : "ej uppfyllt") + " (" + goal + "): "
        + share.toPercent(RoundingMode.HALF_UP, 1).toPlainString().replace('.', ',') + " %, "
        + (marginPoints.signum() >= 0 ? "+" : "") + pts + " procentenheter";
  }
}
