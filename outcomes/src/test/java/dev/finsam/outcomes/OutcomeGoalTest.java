package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.finsam.core.Fraction;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A goal for the share of those who ended, and whether a table meets it. */
class OutcomeGoalTest {

  /** A table of n ended, k of them to work (women first), the rest other drop-outs. */
  static OutcomeTable ended(int k, int n) {
    return OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(n, n)
        .ended(WORK, k / 2, k - k / 2).ended(OTHER_DROPOUT, (n - k) / 2, n - k - (n - k) / 2)
        .build();
  }

  @Nested
  class Boundary {
    @Test
    void isMet_exactlyAtTheGoal() {
      // 2 of 5 is exactly 40 %: the goal "at least 40 %" is met, with no margin
      GoalResult r = OutcomeGoal.atLeastPercent(40).of(WORK).evaluate(ended(2, 5));
      assertTrue(r.isMet());
      assertEquals(Fraction.ZERO, r.marginPoints());
      assertEquals(Fraction.of(2, 5), r.share());
    }

    @Test
    void isMet_notOnePersonShort() {
      // 39 of 100 is one point short; 399 of 1 000 a tenth of a point
      GoalResult r = OutcomeGoal.atLeastPercent(40).of(WORK).evaluate(ended(39, 100));
      assertFalse(r.isMet());
      assertEquals(Fraction.of(-1), r.marginPoints());
      GoalResult tenth = OutcomeGoal.atLeastPercent(40).of(WORK).evaluate(ended(399, 1000));
      assertFalse(tenth.isMet());
      assertEquals(Fraction.of(-1, 10), tenth.marginPoints());
    }

    @Test
    void atLeastPercent_zeroAndHundredAreGoals() {
      OutcomeTable nobodyToWork = ended(0, 7);
      assertTrue(OutcomeGoal.atLeastPercent(0).of(WORK).evaluate(nobodyToWork).isMet());
      assertFalse(OutcomeGoal.atLeastPercent(100).of(WORK).evaluate(ended(6, 7)).isMet());
      assertTrue(OutcomeGoal.atLeastPercent(100).of(WORK).evaluate(ended(7, 7)).isMet());
    }

    @Test
    void evaluate_ofATableWhereNobodyEndedThrows() {
      OutcomeTable vuxentorget = AnnualReport2017.parse(AnnualReport2017.VUXENTORGET);
      assertThrows(ArithmeticException.class,
          () -> OutcomeGoal.atLeastPercent(40).of(WORK, STUDIES).evaluate(vuxentorget));
    }
  }

  @Nested
  class Text {
    @Test
    void toString_annualReport2017_theGoalIsExceededBy10Points() {
      OutcomeTable t = AnnualReport2017.parse(AnnualReport2017.WHOLE_ASSOCIATION);
      OutcomeGoal goal = OutcomeGoal.atLeastPercent(40).of(WORK, STUDIES);
      assertEquals("minst 40\u00A0% till arbete, till studier", goal.toString());
      assertEquals("uppfyllt (minst 40\u00A0% till arbete, till studier): 50,0\u00A0%, "
          + "+10,0\u00A0procentenheter", goal.evaluate(t).toString());
    }

    @Test
    void toString_aGoalMissedHasAMinusAndOnePointIsSingular() {
      // Nordmaling 2017: 5 of 12 to work or studies, 41,7 %: 1,7 points above 40
      OutcomeTable nordmaling = AnnualReport2017.parse(AnnualReport2017.NORDMALING);
      assertEquals("ej uppfyllt (minst 50\u00A0% till arbete, till studier): 41,7\u00A0%, "
          + "\u22128,3\u00A0procentenheter", OutcomeGoal.atLeastPercent(50).of(WORK, STUDIES)
          .evaluate(nordmaling).toString());
      assertEquals("ej uppfyllt (minst 40\u00A0% till arbete): 39,0\u00A0%, "
          + "\u22121,0\u00A0procentenhet", OutcomeGoal.atLeastPercent(40).of(WORK)
          .evaluate(ended(39, 100)).toString());
    }

    @Test
    void toString_exactlyMetHasNoSign() {
      assertEquals("uppfyllt (minst 40\u00A0% till arbete): 40,0\u00A0%, 0,0\u00A0procentenheter",
          OutcomeGoal.atLeastPercent(40).of(WORK).evaluate(ended(2, 5)).toString());
    }
  }

  /** n ended and k to work, with exact ties on the goal, nobody and everybody mixed in. */
  static Gen<int[]> goalCases() {
    Gen<int[]> any = integers().between(1, 2000).zip(integers().between(0, 100),
        integers().between(0, 2000), (n, p, k) -> new int[] {k % (n + 1), n, p});
    // n a multiple of 100/gcd: the goal falls on a whole person; k there, one below, one above
    Gen<int[]> ties = integers().between(1, 40).zip(integers().between(0, 100),
        integers().between(-1, 1), (m, p, d) -> {
          int n = 100 * m;
          int k = Math.max(0, Math.min(n, p * m + d));
          return new int[] {k, n, p};
        });
    Gen<int[]> edges = Generate.pick(List.of(new int[] {0, 1, 0}, new int[] {1, 1, 100},
        new int[] {0, 1, 1}, new int[] {2, 5, 40}, new int[] {1, 3, 33}, new int[] {1, 3, 34},
        new int[] {1_000_000, 1_000_000, 100}, new int[] {999_999, 1_000_000, 100}));
    return any.mix(ties, 40).mix(edges, 15);
  }

  /** The goal is met exactly when 100·k ≥ p·n, and the margin is (100·k − p·n)/n points. */
  @Test
  void aGoalIsMetExactlyWhenHundredTimesTheCountReachesThePercentOfTheEnded() {
    qt().withExamples(300).forAll(goalCases()).checkAssert(c -> {
      int k = c[0];
      int n = c[1];
      int p = c[2];
      GoalResult r = OutcomeGoal.atLeastPercent(p).of(WORK, STUDIES).evaluate(ended(k, n));
      BigInteger lhs = BigInteger.valueOf(100).multiply(BigInteger.valueOf(k));
      BigInteger rhs = BigInteger.valueOf(p).multiply(BigInteger.valueOf(n));
      assertEquals(lhs.compareTo(rhs) >= 0, r.isMet(), k + " of " + n + " vs " + p + " %");
      assertEquals(Fraction.of(lhs.subtract(rhs), BigInteger.valueOf(n)), r.marginPoints());
      assertEquals(r.isMet() ? "uppfyllt" : "ej uppfyllt", r.toString().substring(0,
          r.toString().indexOf(" (")));
    });
  }

  @Test
  void of_categoriesInTheOrderGivenAndTheGoalsPositiveCategoriesCount() {
    OutcomeGoal g = OutcomeGoal.atLeastPercent(79).of(STUDIES, WORK, OTHER_ADAPTED_SOLUTION);
    assertEquals(List.of(STUDIES, WORK, OTHER_ADAPTED_SOLUTION), g.categories());
    assertEquals(79, g.percent());
    // 2017: 92 + 57 + 87 of 298 is 79,2 %
    assertTrue(g.evaluate(AnnualReport2017.parse(AnnualReport2017.WHOLE_ASSOCIATION)).isMet());
  }
}
