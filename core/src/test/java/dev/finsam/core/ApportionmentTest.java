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
}
