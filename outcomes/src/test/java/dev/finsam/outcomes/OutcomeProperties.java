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

  /** A share of k in n in percent, rounded half up at a number of decimals, in BigInteger. */
  static BigDecimal halfUp(long k, long n, int scale) {
    BigInteger scaled = BigInteger.valueOf(100).multiply(BigInteger.valueOf(k))
        .multiply(BigInteger.TEN.pow(scale));
    BigInteger twice = BigInteger.valueOf(2).multiply(BigInteger.valueOf(n));
    return new BigDecimal(scaled.shiftLeft(1).add(BigInteger.valueOf(n)).divide(twice), scale);
  }

  /**
   * A claimed percentage matches exactly when it is the share rounded half up at the claim's
   * decimals; else it is a rounding artefact exactly when it is the sum of the rows so rounded;
   * else the counts contradict it. Claims are drawn at, one unit beside and as the sum of the
   * rounded rows, and at random; shares are computed here in BigInteger.
   */
  @Test
  void aClaimMatchesExactlyWhenItIsTheShareRoundedHalfUpAtItsDecimals() {
    qt().withExamples(300).forAll(outcomeTables(), integers().between(1, 15),
        integers().between(0, 2), integers().between(0, 3).zip(integers().between(0, 10_000),
            (kind, random) -> new int[] {kind, random}))
        .checkAssert((t, mask, scale, how) -> {
          int kind = how[0];
          int random = how[1];
          List<OutcomeCategory> cats = new java.util.ArrayList<>();
          for (int i = 0; i < 4; i++) {
            if ((mask & 1 << i) != 0) {
              cats.add(OutcomeScheme.CLASSIC.categories().get(i));
            }
          }
          OutcomeCategory[] named = cats.toArray(new OutcomeCategory[0]);
          long n = t.ended().total();
          if (n == 0) {
            org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class,
                () -> t.verifyClaim(BigDecimal.TEN, named));
            return;
          }
          long k = 0;
          BigDecimal parts = BigDecimal.ZERO;
          int wholeParts = 0;
          for (OutcomeCategory c : cats) {
            long ck = t.count(c).total();
            k += ck;
            parts = parts.add(halfUp(ck, n, scale));
            wholeParts += halfUp(ck, n, 0).intValueExact();
          }
          BigDecimal exact = halfUp(k, n, scale);
          BigDecimal claimed = kind == 0 ? exact
              : kind == 1 ? exact.add(BigDecimal.ONE.movePointLeft(scale))
              : kind == 2 ? parts : BigDecimal.valueOf(random, 2).setScale(scale, RoundingMode.DOWN);
          ClaimCheck c = t.verifyClaim(claimed, named);
          ClaimCheck.Verdict expected = claimed.compareTo(exact) == 0 ? ClaimCheck.Verdict.MATCHES
              : claimed.compareTo(parts) == 0 ? ClaimCheck.Verdict.SUM_OF_ROUNDED_PARTS
              : ClaimCheck.Verdict.CONTRADICTED;
          String what = t + "\n" + claimed + " " + cats;
          assertEquals(expected, c.verdict(), what);
          assertEquals(expected != ClaimCheck.Verdict.CONTRADICTED, c.isSupported(), what);
          assertEquals(halfUp(k, n, 0).intValueExact(), c.halfUp(), what);
          assertEquals(wholeParts, c.sumOfRoundedParts(), what);
          assertEquals(0, exact.compareTo(c.rounded()), what);
        });
  }

  /**
   * A printed percentage that disagrees is a rounding WARNING exactly when it is less than one
   * printed unit from the exact share, and an ERROR from one unit on: |p·E − 100·n| < unit·E,
   * in BigInteger.
   */
  @Test
  void aPrintedPercentageWithinOneUnitOfTheShareIsAWarningFromOneUnitOnAnError() {
    qt().withExamples(300).forAll(OutcomeGenerators.tablesWithPrintedPercents()).checkAssert(t -> {
      Findings f = t.check();
      long ended = t.ended().total();
      if (ended == 0) {
        assertTrue(f.isClean(), f.toString());
        return;
      }
      for (Map.Entry<OutcomeRow, BigDecimal> e : t.publishedPercents().entrySet()) {
        BigDecimal p = e.getValue();
        long n = t.rows().get(e.getKey()).total();
        BigInteger off = p.unscaledValue().multiply(BigInteger.valueOf(ended)).subtract(
            BigInteger.valueOf(100).multiply(BigInteger.valueOf(n))
                .multiply(BigInteger.TEN.pow(p.scale()))).abs();
        boolean withinOneUnit = off.compareTo(BigInteger.valueOf(ended)) < 0;
        String label = "\"" + t.scheme().label(e.getKey()) + "\"";
        List<dev.finsam.core.Finding> about = f.all().stream()
            .filter(x -> x.message().contains(label)).collect(java.util.stream.Collectors.toList());
        assertEquals(1, about.size(), t + "\n" + f);
        assertEquals(withinOneUnit ? "outcomes.percent.rounding" : "outcomes.percent.published",
            about.get(0).code(), t + "\n" + f);
        assertEquals(withinOneUnit ? dev.finsam.core.Severity.WARNING
            : dev.finsam.core.Severity.ERROR, about.get(0).severity());
      }
    });
  }
}
