package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeGenerators.anyCounts;
import static dev.finsam.outcomes.OutcomeGenerators.anyTables;
import static dev.finsam.outcomes.OutcomeGenerators.outcomeTables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.finsam.core.Findings;
import dev.finsam.core.Fraction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
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
  void percentHalfUpIsTheExactShareRoundedHalfUp() {
    qt().forAll(anyCounts(), anyCounts().assuming(n -> n > 0), integers().between(0, 6))
        .checkAssert((part, whole, scale) -> assertEquals(
            Fraction.of(part, whole).toPercent(RoundingMode.HALF_UP, scale),
            Shares.percentHalfUp(part, whole, scale), part + " of " + whole));
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

  @Test
  void buildingLeavesTheBuilderAsItWas() {
    qt().forAll(anyTables()).checkAssert(t -> {
      OutcomeTable.Builder b = OutcomeTable.builder(t.scheme()).from(t);
      assertEquals(b.build(), b.build());
      assertEquals(t, b.build());
    });
  }

  @Test
  void aReusedBuilderKeepsAMisprintedPercentage() {
    OutcomeTable.Builder b = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(5, 5)
        .ended(OutcomeCategory.WORK, 2, 2).ended(OutcomeCategory.OTHER_DROPOUT, 3, 3)
        .putPublishedPercents(OutcomeRow.of(OutcomeCategory.WORK), BigDecimal.valueOf(45))
        .putPublishedPercents(OutcomeRow.of(OutcomeCategory.OTHER_DROPOUT), BigDecimal.valueOf(60));
    OutcomeTable first = b.build();
    OutcomeTable second = b.build();
    assertEquals(first, second);
    assertEquals(Map.of(OutcomeRow.of(OutcomeCategory.WORK), BigDecimal.valueOf(45)),
        second.publishedPercents());
  }

  /**
   * The check agrees with sums computed independently (BigInteger over the rows): it reports a
   * sum ERROR exactly when one of the sums it checks fails.
   */
  @Test
  void checkFindsABrokenSumExactlyWhenTheSumsDisagree() {
    qt().forAll(anyTables()).checkAssert(t -> {
      Findings f = t.check();
      boolean broken = !oracleSumsHold(t);
      boolean reported = f.errors().stream().anyMatch(e -> !e.code().startsWith("outcomes.percent")
          && !e.code().endsWith(".exceed"));
      assertEquals(broken, reported, t + "\n" + f);
    });
  }

  private static boolean oracleSumsHold(OutcomeTable t) {
    java.util.List<Count> rows = new java.util.ArrayList<>(t.categories().values());
    rows.add(t.participants());
    t.newcomers().ifPresent(rows::add);
    t.endedRow().ifPresent(rows::add);
    t.longTermSubtotal().ifPresent(rows::add);
    t.remaining().ifPresent(rows::add);
    for (Count c : rows) {
      if (c.bySex() && BigInteger.valueOf(c.women()).add(BigInteger.valueOf(c.men()))
          .compareTo(BigInteger.valueOf(c.total())) != 0) {
        return false;
      }
    }
    BigInteger[] cats = sum(t.categories().values());
    if (t.endedRow().isPresent() && !same(cats, t.endedRow().get(),
        allBySex(t.categories().values()))) {
      return false;
    }
    if (t.longTermSubtotal().isPresent()) {
      java.util.List<Count> positive = new java.util.ArrayList<>();
      t.categories().forEach((c, n) -> {
        if (t.scheme().isPositive(c)) {
          positive.add(n);
        }
      });
      if (!same(sum(positive), t.longTermSubtotal().get(), allBySex(positive))) {
        return false;
      }
    }
    if (t.remaining().isPresent()) {
      java.util.List<Count> ended = t.endedRow().map(java.util.List::of)
          .orElse(java.util.List.copyOf(t.categories().values()));
      BigInteger[] e = sum(ended);
      Count p = t.participants();
      Count r = t.remaining().get();
      BigInteger[] left = {BigInteger.valueOf(p.women()).subtract(e[0]),
          BigInteger.valueOf(p.men()).subtract(e[1]), BigInteger.valueOf(p.total()).subtract(e[2])};
      boolean bySex = allBySex(ended) && p.bySex();
      if (!same(left, r, bySex)) {
        return false;
      }
    }
    return true;
  }

  private static BigInteger[] sum(Iterable<Count> counts) {
    BigInteger[] s = {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO};
    for (Count c : counts) {
      s[0] = s[0].add(BigInteger.valueOf(c.women()));
      s[1] = s[1].add(BigInteger.valueOf(c.men()));
      s[2] = s[2].add(BigInteger.valueOf(c.total()));
    }
    return s;
  }

  private static boolean allBySex(Iterable<Count> counts) {
    for (Count c : counts) {
      if (!c.bySex()) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(BigInteger[] sum, Count row, boolean bySex) {
    boolean total = sum[2].equals(BigInteger.valueOf(row.total()));
    return bySex && row.bySex() ? total && sum[0].equals(BigInteger.valueOf(row.women()))
        && sum[1].equals(BigInteger.valueOf(row.men())) : total;
  }

  /** Each printed percentage that is not the share rounded at its decimals is reported. */
  @Test
  void aPrintedPercentageIsReportedExactlyWhenItIsNotTheRoundedShare() {
    qt().forAll(OutcomeGenerators.tablesWithPrintedPercents()).checkAssert(t -> {
      long ended = t.ended().total();
      long expected = 0;
      for (Map.Entry<OutcomeRow, BigDecimal> e : t.publishedPercents().entrySet()) {
        long n = e.getKey().category().map(c -> (long) t.count(c).total())
            .orElseGet(() -> (long) t.longTermSubtotal().orElseThrow().total());
        if (ended > 0 && new BigDecimal(BigInteger.valueOf(n).multiply(BigInteger.valueOf(100)))
            .divide(BigDecimal.valueOf(ended), e.getValue().scale(), RoundingMode.HALF_UP)
            .compareTo(e.getValue()) != 0) {
          expected++;
        }
      }
      Findings f = t.check();
      long reported = f.all().stream().filter(x -> x.code().startsWith("outcomes.percent"))
          .count();
      assertEquals(expected, reported, t + "\n" + f);
      assertEquals(reported, f.all().size(), f.toString());
    });
  }
}
