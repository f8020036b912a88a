package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void split_threeEqualWeightsFirstGetsTheLeftover() {
    assertArrayEquals(new long[] {34, 33, 33}, Apportionment.split(100, new long[] {1, 1, 1},
        null, "w"));
  }

  @Test
  void split_annualReport2017_wholeAssociationPercentsAddUpTo100() {
    // 92, 57, 87 and 62 of 298 ended: 30.87, 19.13, 29.19, 20.81 -> 31, 19, 29, 21
    assertArrayEquals(new long[] {31, 19, 29, 21},
        Apportionment.split(100, new long[] {92, 57, 87, 62}, null, "ended"));
  }

  @Test
  void split_hugeWeightsUseExactArithmetic() {
    long big = Long.MAX_VALUE / 2;
    assertArrayEquals(new long[] {2, 1}, Apportionment.split(3, new long[] {big, big}, null, "w"));
  }

  @Test
  void split_rejectsAllZero() {
    assertThrows(IllegalArgumentException.class,
        () -> Apportionment.split(3, new long[] {0, 0}, null, "w"));
  }

  @Test
  void select_findsTheKthSmallest() {
    org.quicktheories.QuickTheory.qt().forAll(
        org.quicktheories.generators.SourceDSL.lists().of(
            org.quicktheories.generators.SourceDSL.longs().between(-5, 5)
                .mix(org.quicktheories.generators.SourceDSL.longs().all(), 30)).ofSizeBetween(1, 60),
        org.quicktheories.generators.SourceDSL.integers().between(0, 59))
        .checkAssert((list, k) -> {
          long[] a = list.stream().mapToLong(Long::longValue).toArray();
          int kk = k % a.length;
          long[] sorted = a.clone();
          java.util.Arrays.sort(sorted);
          org.junit.jupiter.api.Assertions.assertEquals(sorted[kk], Apportionment.select(a, kk));
        });
  }

  @Test
  void split_weightsWhoseSumOverflowsALong() {
    long big = Long.MAX_VALUE;
    assertArrayEquals(new long[] {2, 1}, Apportionment.split(3, new long[] {big, big / 2 + 1},
        null, "w"));
  }
}
