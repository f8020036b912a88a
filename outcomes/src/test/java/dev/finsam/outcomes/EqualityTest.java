package dev.finsam.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** For each value type: different factories of the same value are equal, with equal hash codes. */
class EqualityTest {

  static void group(Object different, Object... equal) {
    for (Object a : equal) {
      for (Object b : equal) {
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
      }
      assertNotEquals(a, different);
    }
  }

  @Test
  void count() {
    group(Count.ofTotal(92), Count.of(34, 58), Count.of(34, 58, 92), Count.of(30, 50).plus(
        Count.of(4, 8)));
  }

  @Test
  void category() {
    group(OutcomeCategory.STUDIES, OutcomeCategory.WORK,
        OutcomeCategory.of("WORK", "arbete", List.of()));
  }

  @Test
  void table() {
    OutcomeTable built = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(3, 3)
        .ended(OutcomeCategory.WORK, 1, 2).build();
    OutcomeTable parsed = OutcomeTables.parse("Antal deltagare totalt 3 3 6\n"
        + "varav till arbete 1 2 3 100%\n", OutcomeScheme.CLASSIC);
    OutcomeTable summed = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(1, 1)
        .ended(OutcomeCategory.WORK, 0, 1).build().plus(OutcomeTable.builder(OutcomeScheme.CLASSIC)
            .participants(2, 2).ended(OutcomeCategory.WORK, 1, 1).build());
    group(OutcomeTables.parse("Antal deltagare totalt 3 3 6\n", OutcomeScheme.CLASSIC),
        built, parsed, summed);
  }
}
