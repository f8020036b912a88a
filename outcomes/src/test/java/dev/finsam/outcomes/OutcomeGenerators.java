package dev.finsam.outcomes;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of outcome tables in domain terms, with edges (zeros, ties, one person) mixed in. */
final class OutcomeGenerators {

  private OutcomeGenerators() {}

  /** A count of people: mostly small, often zero, sometimes large. */
  static Gen<Integer> people() {
    return integers().between(0, 60).mix(Generate.pick(List.of(0, 1)), 30)
        .mix(integers().between(0, 5000), 10);
  }

  /** Consistent classic tables: categories add up, remaining = participants - ended. */
  static Gen<OutcomeTable> outcomeTables() {
    Gen<List<Integer>> eight = lists().of(people()).ofSize(8);
    Gen<List<Integer>> ties = people().zip(people(), (a, b) -> List.of(a, b, a, b, a, b, a, b));
    return eight.mix(ties, 20).zip(people(), people(), (c, remainingW, remainingM) -> {
      OutcomeTable.Builder b = OutcomeTable.builder(OutcomeScheme.CLASSIC);
      int women = 0;
      int men = 0;
      List<OutcomeCategory> cats = OutcomeScheme.CLASSIC.categories();
      for (int i = 0; i < 4; i++) {
        b.ended(cats.get(i), c.get(2 * i), c.get(2 * i + 1));
        women += c.get(2 * i);
        men += c.get(2 * i + 1);
      }
      return b.participants(women + remainingW, men + remainingM)
          .newcomers(Math.min(women + remainingW, remainingW), remainingM / 2)
          .endedTotal(women, men).remaining(remainingW, remainingM).build();
    });
  }
}
