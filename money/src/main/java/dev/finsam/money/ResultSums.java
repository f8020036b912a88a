package dev.finsam.money;

import dev.finsam.core.text.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The sums of a {@link ResultReport} (<i>summor</i>): the lines of a section or kind added up, and
 * revenue − costs, each column exact; a sum that would not fit in a 64-bit count of öre is an
 * {@code IllegalArgumentException} naming the line, found when the report is built.
 */
final class ResultSums {

  private ResultSums() {}

  static ResultReport.Line line(String section, String label, long budget, long outcome,
      Optional<Long> forecast, Optional<Long> lastYear) {
    return ImmutableResultReport.Line.create(section, label, budget, outcome, forecast, lastYear);
  }

  /** The lines added up; forecast and last year only if every line has them. */
  static ResultReport.Line of(String section, String label, List<ResultReport.Line> ls) {
    long b = 0;
    long o = 0;
    boolean allForecast = !ls.isEmpty();
    boolean allLast = !ls.isEmpty();
    long f = 0;
    long y = 0;
    String what = "sum of " + label;
    for (ResultReport.Line l : ls) {
      b = Checks.add(b, l.budget(), what);
      o = Checks.add(o, l.outcome(), what);
      allForecast &= l.forecast().isPresent();
      allLast &= l.lastYear().isPresent();
      f = Checks.add(f, l.forecast().orElse(0L), what);
      y = Checks.add(y, l.lastYear().orElse(0L), what);
    }
    return line(section, label, b, o, allForecast ? Optional.of(f) : Optional.empty(),
        allLast ? Optional.of(y) : Optional.empty());
  }

  /** Revenue − costs in every column both have. */
  static ResultReport.Line difference(String label, ResultReport.Line revenue,
      ResultReport.Line costs) {
    return line("", label, minus(revenue.budget(), costs.budget()),
        minus(revenue.outcome(), costs.outcome()), both(revenue.forecast(), costs.forecast()),
        both(revenue.lastYear(), costs.lastYear()));
  }

  private static long minus(long revenue, long costs) {
    return Checks.subtract(revenue, costs, "result");
  }

  private static Optional<Long> both(Optional<Long> revenue, Optional<Long> costs) {
    return revenue.isPresent() && costs.isPresent()
        ? Optional.of(minus(revenue.get(), costs.get())) : Optional.empty();
  }
}
