package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeGenerators.outcomeTables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.finsam.core.Fraction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeProperties {

  @Test
  void largestRemainderAlwaysSumsTo100WhenAnythingEnded() {
    qt().forAll(outcomeTables()).assuming(OutcomeTable::hasEnded).checkAssert(t -> {
      Map<OutcomeCategory, Integer> p = t.percents(PercentRounding.LARGEST_REMAINDER);
      assertEquals(100, p.values().stream().mapToInt(Integer::intValue).sum());
    });
  }

  @Test
  void eachLargestRemainderPercentIsWithinOneOfTheExactValue() {
    qt().forAll(outcomeTables()).assuming(OutcomeTable::hasEnded).checkAssert(t -> {
      t.percents(PercentRounding.LARGEST_REMAINDER).forEach((c, p) -> {
        Fraction exact = t.share(c).times(100);
        Fraction diff = Fraction.of(p).minus(exact);
        assertTrue(diff.compareTo(Fraction.ONE) < 0 && diff.compareTo(Fraction.ONE.negated()) > 0,
            c + ": " + p + " vs " + exact);
      });
    });
  }

  @Test
  void halfUpPercentIsTheNearestWholePercent() {
    qt().forAll(outcomeTables()).assuming(OutcomeTable::hasEnded).checkAssert(t ->
        t.percents(PercentRounding.HALF_UP).forEach((c, p) -> {
          Fraction diff = Fraction.of(p).minus(t.share(c).times(100));
          assertTrue(diff.compareTo(Fraction.of(1, 2)) <= 0
              && diff.compareTo(Fraction.of(-1, 2)) > 0, c + ": " + p);
        }));
  }

  @Test
  void sumOfTablesIsTheTableOfSums() {
    qt().forAll(outcomeTables(), outcomeTables()).checkAssert((a, b) -> {
      OutcomeTable sum = OutcomeTables.sum(List.of(a, b));
      assertEquals(a.participants().total() + b.participants().total(),
          sum.participants().total());
      for (OutcomeCategory c : OutcomeScheme.CLASSIC.categories()) {
        assertEquals(a.count(c).women() + b.count(c).women(), sum.count(c).women());
        assertEquals(a.count(c).men() + b.count(c).men(), sum.count(c).men());
      }
      assertEquals(a.ended().total() + b.ended().total(), sum.ended().total());
      assertTrue(sum.check().all().isEmpty(), sum.check().toString());
    });
  }

  @Test
  void consistentTablesCheckClean() {
    qt().forAll(outcomeTables()).checkAssert(t ->
        assertTrue(t.check().all().isEmpty(), t + "\n" + t.check()));
  }

  @Test
  void parseOfPrintGivesTheTableBack() {
    qt().forAll(outcomeTables()).checkAssert(t ->
        assertEquals(t, OutcomeTables.parse(t.toString(), OutcomeScheme.CLASSIC), t.toString()));
  }
}
