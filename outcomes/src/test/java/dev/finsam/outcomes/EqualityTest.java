package dev.finsam.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    new EqualsTester()
        .addEqualityGroup(Count.of(34, 58), Count.of(34, 58, 92), new Count(34, 58, 92, true))
        .addEqualityGroup(Count.of(34, 58, 93))
        .addEqualityGroup(Count.ofTotal(92), new Count(0, 0, 92, false))
        .addEqualityGroup(Count.ZERO, Count.of(0, 0))
        .addEqualityGroup(Count.ofTotal(0))
        .testEquals();
  }

  @Test
  void category() {
    group(OutcomeCategory.STUDIES, OutcomeCategory.WORK,
        OutcomeCategory.of("WORK", "arbete", List.of()));
    new EqualsTester()
        .addEqualityGroup(OutcomeCategory.WORK, OutcomeCategory.of("WORK", "arbete", List.of(1)))
        .addEqualityGroup(OutcomeCategory.LONG_TERM_WORK)
        .addEqualityGroup(OutcomeCategory.OTHER_DROPOUT)
        .testEquals();
  }

  @Test
  void scheme() {
    List<OutcomeCategory> classic = OutcomeScheme.CLASSIC.categories();
    new EqualsTester()
        .addEqualityGroup(OutcomeScheme.CLASSIC, OutcomeScheme.of("CLASSIC", classic,
            Set.copyOf(OutcomeScheme.CLASSIC.positive())))
        .addEqualityGroup(OutcomeScheme.SUS)
        .addEqualityGroup(OutcomeScheme.of("EGEN", classic, Set.of(OutcomeCategory.WORK)),
            OutcomeScheme.of("EGEN", List.copyOf(classic), Set.of(OutcomeCategory.WORK)))
        .addEqualityGroup(OutcomeScheme.of("EGEN", classic, Set.of()))
        .testEquals();
  }

  @Test
  void row() {
    new EqualsTester()
        .addEqualityGroup(OutcomeRow.PARTICIPANTS,
            new OutcomeRow(OutcomeRow.Kind.PARTICIPANTS, Optional.empty()))
        .addEqualityGroup(OutcomeRow.of(OutcomeCategory.WORK),
            new OutcomeRow(OutcomeRow.Kind.CATEGORY, Optional.of(OutcomeCategory.WORK)))
        .addEqualityGroup(OutcomeRow.of(OutcomeCategory.STUDIES))
        .addEqualityGroup(OutcomeRow.LONG_TERM_SUBTOTAL)
        .addEqualityGroup(OutcomeRow.REMAINING)
        .testEquals();
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
    OutcomeTable twoCategories = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(3, 3)
        .ended(OutcomeCategory.STUDIES, 1, 0).ended(OutcomeCategory.WORK, 1, 2).build();
    OutcomeTable otherOrder = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(3, 3)
        .ended(OutcomeCategory.WORK, 1, 2).ended(OutcomeCategory.STUDIES, 1, 0).build();
    OutcomeTable misprinted = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(3, 3)
        .ended(OutcomeCategory.WORK, 1, 2)
        .putPublishedPercents(OutcomeRow.of(OutcomeCategory.WORK), BigDecimal.valueOf(90))
        .build();
    OutcomeTable agreeing = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(3, 3)
        .ended(OutcomeCategory.WORK, 1, 2)
        .putPublishedPercents(OutcomeRow.of(OutcomeCategory.WORK), BigDecimal.valueOf(100))
        .build();
    new EqualsTester()
        .addEqualityGroup(built, parsed, summed, agreeing)
        .addEqualityGroup(twoCategories, otherOrder)
        .addEqualityGroup(misprinted)
        .addEqualityGroup(OutcomeTable.builder(OutcomeScheme.SUS).participants(3, 3).build())
        .addEqualityGroup(OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(3, 3)
            .ended(OutcomeCategory.WORK, 1, 2).remaining(2, 1).build())
        .testEquals();
  }

  @Test
  void goalAndResults() {
    OutcomeTable t = AnnualReport2017.parse(AnnualReport2017.WHOLE_ASSOCIATION);
    OutcomeGoal goal = OutcomeGoal.atLeastPercent(40).of(OutcomeCategory.WORK,
        OutcomeCategory.STUDIES);
    new EqualsTester()
        .addEqualityGroup(goal, OutcomeGoal.atLeastPercent(40).of(OutcomeCategory.WORK,
            OutcomeCategory.STUDIES))
        .addEqualityGroup(OutcomeGoal.atLeastPercent(40))
        .addEqualityGroup(OutcomeGoal.atLeastPercent(41).of(OutcomeCategory.WORK,
            OutcomeCategory.STUDIES))
        .addEqualityGroup(OutcomeGoal.atLeastPercent(40).of(OutcomeCategory.STUDIES,
            OutcomeCategory.WORK))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(goal.evaluate(t), goal.evaluate(AnnualReport2017.parse(
            AnnualReport2017.WHOLE_ASSOCIATION)))
        .addEqualityGroup(goal.evaluate(AnnualReport2017.parse(AnnualReport2017.NORDMALING)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(t.verifyClaim(50, OutcomeCategory.WORK, OutcomeCategory.STUDIES),
            t.verifyClaim(50, OutcomeCategory.WORK, OutcomeCategory.STUDIES,
                OutcomeCategory.WORK))
        .addEqualityGroup(t.verifyClaim(51, OutcomeCategory.WORK, OutcomeCategory.STUDIES))
        .addEqualityGroup(t.verifyClaim(50, OutcomeCategory.STUDIES, OutcomeCategory.WORK))
        .testEquals();
  }
}
