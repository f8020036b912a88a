package dev.finsam.money.equity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.finsam.core.Fraction;
import dev.finsam.money.Amounts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EquityProperties {

  /** Contributions in öre, with the bracket bounds and zero mixed in. */
  static Gen<Long> contributions() {
    return longs().between(0, 3_000_000_000L)
        .mix(org.quicktheories.generators.Generate.pick(List.of(0L, 1L, 500_000_000L,
            500_000_001L, 499_999_999L, 1_500_000_000L)), 20);
  }

  /** Staircases of 1–4 brackets with rates in whole percent. */
  static Gen<List<EquityStaircase.Bracket>> brackets(boolean increasingRates) {
    return lists().of(integers().between(1, 10_000)).ofSizeBetween(0, 3)
        .zip(lists().of(integers().between(0, 40)).ofSize(4), (gaps, rates) -> {
          List<Integer> sorted = new ArrayList<>(rates);
          sorted.sort(increasingRates ? Integer::compare : (a, b) -> Integer.compare(b, a));
          List<EquityStaircase.Bracket> out = new ArrayList<>();
          long from = 0;
          out.add(EquityStaircase.Bracket.ofTkr(0, sorted.get(0)));
          for (int i = 0; i < gaps.size(); i++) {
            from += gaps.get(i);
            out.add(EquityStaircase.Bracket.ofTkr(from, sorted.get(i + 1)));
          }
          return out;
        });
  }

  private static Fraction ceiling(EquityStaircase s, long ore) {
    return s.ceilingOre(Amounts.ofOre(ore));
  }

  @Test
  void marginalCeilingIsNonDecreasingAndContinuous() {
    qt().forAll(brackets(false).mix(brackets(true), 50), contributions(),
        longs().between(1, 1_000_000)).checkAssert((b, c, step) -> {
          EquityStaircase s = EquityStaircase.marginal(b);
          Fraction here = ceiling(s, c);
          Fraction next = ceiling(s, c + step);
          assertTrue(next.compareTo(here) >= 0, "non-decreasing at " + c);
          // continuous: one öre more never raises the ceiling by more than the highest rate
          Fraction oneMore = ceiling(s, c + 1).minus(here);
          assertTrue(oneMore.compareTo(Fraction.of(40, 100)) <= 0, "jump at " + c);
        });
  }

  /**
   * FLAT is never below MARGINAL when rates rise with the brackets (like tax brackets). With
   * falling rates — as in the provisional trappa — it is the other way round: FLAT never above.
   */
  @Test
  void flatAgainstMarginalDependsOnTheDirectionOfTheRates() {
    qt().forAll(brackets(true), contributions()).checkAssert((b, c) -> assertTrue(
        ceiling(EquityStaircase.flat(b), c).compareTo(ceiling(EquityStaircase.marginal(b), c))
            >= 0));
    qt().forAll(brackets(false), contributions()).checkAssert((b, c) -> assertTrue(
        ceiling(EquityStaircase.flat(b), c).compareTo(ceiling(EquityStaircase.marginal(b), c))
            <= 0));
  }

  @Test
  void statusAgreesWithHeadroomAndExcess() {
    qt().forAll(contributions(), longs().between(-100_000_000L, 2_000_000_000L))
        .checkAssert((c, e) -> {
          EquityAssessment a = EquityStaircase.provisionalDefault().assess(Amounts.ofOre(e),
              Amounts.ofOre(c));
          long headroom = Amounts.toOre(a.headroom());
          long excess = Amounts.toOre(a.excess());
          assertTrue(headroom == 0 || excess == 0);
          if (a.status() == EquityStatus.ABOVE) {
            assertTrue(excess > 0);
          }
          if (a.status() == EquityStatus.BELOW) {
            assertTrue(headroom > 0);
          }
        });
  }
}
