package dev.finsam.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.finsam.core.internal.LargestRemainder.Decider;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

  private static long[] split(long total, long... weights) {
    return LargestRemainder.split(total, weights, TieBreak.NONE).shares();
  }

  @Test
  void split_threeEqualWeightsFirstGetsTheLeftover() {
    LargestRemainder.Split s = LargestRemainder.split(100, new long[] {1, 1, 1}, TieBreak.NONE);
    assertArrayEquals(new long[] {34, 33, 33}, s.shares());
    assertEquals(1, s.leftovers());
    assertEquals(Decider.POSITION, s.decider());
  }

  @Test
  void split_tieBreakDecidesBeforePosition() {
    LargestRemainder.Split s = LargestRemainder.split(100, new long[] {1, 1, 1},
        (i, j) -> Integer.compare(j, i));
    assertArrayEquals(new long[] {33, 33, 34}, s.shares());
    assertEquals(Decider.TIE_BREAK, s.decider());
  }

  @Test
  void split_largerWeightWinsAnEqualRemainder() {
    // 5 × 1/2 = 2.5 and 5 × ... : weights 2 and 2 of 4 give 2.5 each; weight 3 of 6 too
    LargestRemainder.Split s = LargestRemainder.split(1, new long[] {1, 2}, TieBreak.NONE);
    assertArrayEquals(new long[] {0, 1}, s.shares());
    assertEquals(Decider.NONE, s.decider(), "1/3 and 2/3: no tie at all");
    LargestRemainder.Split tie = LargestRemainder.split(3, new long[] {1, 1, 2, 2},
        TieBreak.NONE);
    // quotas 0.5, 0.5, 1, 1: floors 0, 0, 1, 1, one unit left for two equal remainders 1/2
    assertArrayEquals(new long[] {1, 0, 1, 1}, tie.shares());
    assertEquals(Decider.POSITION, tie.decider());
  }

  @Test
  void split_ofAFewParts_equalRemaindersGoToTheLargerWeightThenTheTieBreakThenPosition() {
    // Σw = 6 and a total of 3: quotas 0.5, 1.5 and 1, one unit for the two remainders 1/2
    LargestRemainder.Split weight = LargestRemainder.split(3, new long[] {1, 3, 2},
        TieBreak.NONE);
    assertArrayEquals(new long[] {0, 2, 1}, weight.shares());
    assertEquals(Decider.LARGER_WEIGHT, weight.decider());
    // weights 1, 1, 2, 3, 1 (Σ 8), total 4: quotas 0.5, 0.5, 1, 1.5, 0.5; two units for the
    // four remainders 1/2: the weight 3 first, then the tie-break picks the last weight 1
    LargestRemainder.Split tieBreak = LargestRemainder.split(4, new long[] {1, 1, 2, 3, 1},
        (i, j) -> Integer.compare(j, i));
    assertArrayEquals(new long[] {0, 0, 1, 2, 1}, tieBreak.shares());
    assertEquals(Decider.TIE_BREAK, tieBreak.decider());
    LargestRemainder.Split position = LargestRemainder.split(4, new long[] {1, 1, 2, 3, 1},
        (i, j) -> 0);
    assertArrayEquals(new long[] {1, 0, 1, 2, 0}, position.shares());
    assertEquals(Decider.POSITION, position.decider());
  }

  @Test
  void split_annualReport2017_wholeAssociationPercentsAddUpTo100() {
    // 92, 57, 87 and 62 of 298 ended: 30.87, 19.13, 29.19, 20.81 -> 31, 19, 29, 21
    assertArrayEquals(new long[] {31, 19, 29, 21}, split(100, 92, 57, 87, 62));
  }

  @Test
  void split_hugeWeightsUseExactArithmetic() {
    long big = Long.MAX_VALUE / 2;
    assertArrayEquals(new long[] {2, 1}, split(3, big, big));
  }

  @Test
  void split_weightsWhoseSumOverflowsALong() {
    long big = Long.MAX_VALUE;
    assertArrayEquals(new long[] {2, 1}, split(3, big, big / 2 + 1));
  }

  @Test
  void split_productsBeyond2To62AreDividedExactly() {
    // shrunk by QuickTheories: 2^62 × 3 overflows a long, though its high half is zero; Σw = 14,
    // remainders 12 (three weights 3), 8 (two weights 2), 4: four units left, the last by position
    LargestRemainder.Split s = LargestRemainder.split(1L << 62,
        new long[] {0, 3, 0, 3, 2, 1, 0, 3, 2}, TieBreak.NONE);
    long third = 988_218_432_520_154_550L; // floor(2^62 × 3 / 14)
    assertArrayEquals(new long[] {0, third + 1, 0, third + 1, 658_812_288_346_769_701L,
        329_406_144_173_384_850L, 0, third + 1, 658_812_288_346_769_700L}, s.shares());
    assertEquals(4, s.leftovers());
    assertEquals(Decider.POSITION, s.decider());
  }

  @Test
  void split_negativeTotalIsTheMirrorImage() {
    assertArrayEquals(new long[] {-34, -33, -33}, split(-100, 1, 1, 1));
  }

  @Test
  void split_rejectsAllZero() {
    assertThrows(IllegalArgumentException.class, () -> split(3, 0, 0));
  }

  @Test
  void split_rejectsANegativeWeightNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> split(-7, 25, 3, -100, -99, 59));
    assertTrue(e.getMessage().contains("weights[2] (-100)"), e.getMessage());
  }

  @Test
  void split_rejectsTheSmallestLong() {
    assertThrows(IllegalArgumentException.class, () -> split(Long.MIN_VALUE, 1, 1));
  }

  @Test
  void split_alwaysAddsUpAndStaysWithinOneOfTheQuota() {
    qt().forAll(longs().between(-1_000_000, 1_000_000).mix(longs().between(-3, 3), 30),
        lists().of(longs().between(0, 1_000).mix(longs().between(0, 2), 40)
            .mix(longs().between(0, Long.MAX_VALUE / 4), 5)).ofSizeBetween(1, 30))
        .assuming((t, w) -> w.stream().anyMatch(x -> x > 0))
        .checkAssert((t, w) -> {
          long[] weights = w.stream().mapToLong(Long::longValue).toArray();
          long[] shares = split(t, weights);
          java.math.BigInteger sum = java.math.BigInteger.ZERO;
          for (long x : weights) {
            sum = sum.add(java.math.BigInteger.valueOf(x));
          }
          assertEquals((long) t, Arrays.stream(shares).sum());
          for (int i = 0; i < weights.length; i++) {
            // oracle: |t| × w / Σw in BigInteger, floor and floor + 1
            java.math.BigInteger q = java.math.BigInteger.valueOf(Math.abs(t))
                .multiply(java.math.BigInteger.valueOf(weights[i])).divide(sum);
            long mag = Math.abs(shares[i]);
            assertTrue(mag == q.longValueExact() || mag == q.longValueExact() + 1,
                "share " + shares[i] + " quota floor " + q);
          }
        });
  }

  @Test
  void select_findsTheKthSmallest() {
    qt().forAll(lists().of(longs().between(-5, 5).mix(longs().all(), 30)).ofSizeBetween(1, 60),
        integers().between(0, 59))
        .checkAssert((list, k) -> {
          long[] a = list.stream().mapToLong(Long::longValue).toArray();
          int kk = k % a.length;
          long[] sorted = a.clone();
          Arrays.sort(sorted);
          assertEquals(sorted[kk], LargestRemainder.select(a, kk));
        });
  }

  @Test
  void select_sortsWhatIsLeftWhenPartitioningTakesTooLong() {
    qt().forAll(lists().of(longs().between(-5, 5).mix(longs().all(), 30)).ofSizeBetween(1, 60),
        integers().between(0, 59), integers().between(0, 3))
        .checkAssert((list, k, budget) -> {
          long[] a = list.stream().mapToLong(Long::longValue).toArray();
          int kk = k % a.length;
          long[] sorted = a.clone();
          Arrays.sort(sorted);
          assertEquals(sorted[kk], LargestRemainder.select(a, kk, budget));
        });
  }
}
