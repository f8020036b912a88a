package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Fraction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Shares, percentages and sums of outcome tables, at their edges. */
class SharesTest {

  static final int MAX = Integer.MAX_VALUE;

  @Nested
  class Percents {
    @Test
    void percents_ofCategoriesThatAreAllZeroAreZeroEitherWay() {
      // an ended row of 5 whose categories were all printed as 0
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(5, 5)
          .endedTotal(3, 2).ended(WORK, 0, 0).ended(OTHER_DROPOUT, 0, 0).build();
      Map<OutcomeCategory, Integer> zeros = Map.of(WORK, 0, OTHER_DROPOUT, 0);
      assertEquals(zeros, t.percents(PercentRounding.LARGEST_REMAINDER));
      assertEquals(zeros, t.percents(PercentRounding.HALF_UP));
      assertEquals(zeros, t.percents(Sex.WOMEN, PercentRounding.LARGEST_REMAINDER));
    }

    @Test
    void percents_categoriesShortOfTheEndedShareTheirOwnRoundedShare() {
      // 1, 1 and 1 of 7 ended: each 14,29 %, together 42,86 % = 43; the point left over goes to
      // the first, by position
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(7, 0)
          .endedTotal(7, 0).ended(WORK, 1, 0).ended(STUDIES, 1, 0).ended(OTHER_DROPOUT, 1, 0)
          .build();
      assertEquals(List.of(15, 14, 14),
          List.copyOf(t.percents(PercentRounding.LARGEST_REMAINDER).values()));
      assertEquals(List.of(14, 14, 14), List.copyOf(t.percents(PercentRounding.HALF_UP).values()));
    }

    @Test
    void percents_ofWomen_annualReport2017() {
      // women 2017: 34, 28, 45, 32 of 139 = 24,46, 20,14, 32,37, 23,02 %; the floors add up to
      // 99 and the point left over goes to the largest remainder, work's ,46
      OutcomeTable t = AnnualReport2017.parse(AnnualReport2017.WHOLE_ASSOCIATION);
      assertEquals(List.of(25, 20, 32, 23),
          List.copyOf(t.percents(Sex.WOMEN, PercentRounding.LARGEST_REMAINDER).values()));
      assertEquals(List.of(24, 20, 32, 23),
          List.copyOf(t.percents(Sex.WOMEN, PercentRounding.HALF_UP).values()));
      assertEquals(Fraction.of(34, 139), t.share(Sex.WOMEN, WORK));
      assertEquals(Fraction.of(34, 92), t.proportion(Sex.WOMEN, WORK));
    }

    @Test
    void percents_aShareFarAboveTheWholeFitsAnIntUpToTheLargest() {
      // a misprinted table: 2 147 483 647 to work of 100 ended is 2 147 483 647 %, the largest
      // int; of 99 ended it is more, and that is an ArithmeticException, never a wrapped int
      OutcomeTable largest = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(50, 50)
          .endedTotal(50, 50).ended(WORK, MAX, 0).build();
      assertEquals(Map.of(WORK, MAX), largest.percents(PercentRounding.LARGEST_REMAINDER));
      assertEquals(Map.of(WORK, MAX), largest.percents(PercentRounding.HALF_UP));
      OutcomeTable beyond = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(50, 50)
          .endedTotal(50, 49).ended(WORK, MAX, 0).build();
      ArithmeticException e = assertThrows(ArithmeticException.class,
          () -> beyond.percents(PercentRounding.LARGEST_REMAINDER));
      assertEquals("the percentage of WORK (2169175401) does not fit an int: the categories are "
          + "far more than those who ended", e.getMessage());
    }
  }

  @Nested
  class Sums {
    @Test
    void plus_aRowGivenInOneTableOnlyIsCarriedOver() {
      OutcomeTable withNewcomers = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(3, 3)
          .newcomers(1, 2).ended(WORK, 1, 1).build();
      OutcomeTable without = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(2, 2)
          .ended(STUDIES, 1, 0).remaining(1, 2).build();
      OutcomeTable sum = without.plus(withNewcomers);
      assertEquals(Optional.of(Count.of(1, 2)), sum.newcomers());
      assertEquals(Optional.of(Count.of(1, 2)), sum.remaining());
      assertEquals(Count.of(5, 5), sum.participants());
      assertEquals(Map.of(WORK, Count.of(1, 1), STUDIES, Count.of(1, 0)), sum.categories());
      assertEquals(Optional.empty(), sum.endedRow());
      assertEquals(sum, withNewcomers.plus(without));
    }

    @Test
    void sum_ofTheMunicipalities2017IsTheirPooledCounts() {
      // Vindeln, Vännäs, Nordmaling and Robertsfors: 51 ended, 19 to work
      OutcomeTable sum = OutcomeTables.sum(List.of(AnnualReport2017.parse(AnnualReport2017.VINDELN),
          AnnualReport2017.parse(AnnualReport2017.VANNAS),
          AnnualReport2017.parse(AnnualReport2017.NORDMALING),
          AnnualReport2017.parse(AnnualReport2017.ROBERTSFORS)));
      assertEquals(Count.of(64, 75), sum.participants());
      assertEquals(Count.of(24, 27), sum.ended());
      assertEquals(Count.of(8, 11), sum.count(WORK));
      assertEquals(Count.of(7, 6), sum.count(OTHER_ADAPTED_SOLUTION));
      assertEquals(Fraction.of(19, 51), sum.share(WORK));
      assertEquals(Count.of(40, 48), sum.remaining().orElseThrow());
      assertTrue(sum.check().isClean(), sum.check().toString());
    }
  }
}
