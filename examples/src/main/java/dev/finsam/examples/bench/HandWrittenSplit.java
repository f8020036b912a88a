package dev.finsam.examples.bench;

import java.util.Arrays;

/**
 * The limit the public allocation path is measured against: a hand-written largest-remainder
 * split on {@code long[]}, with quickselect for the threshold remainder, as one would write it
 * for one fixed use with no checks, no keys and no money types.
 *
 * <p>Ties among equal remainders go to the larger weight, then the lower position, as finsam's
 * split does for keys in position order, so that both give identical shares.
 */
final class HandWrittenSplit {

  private HandWrittenSplit() {}

  /** Shares of {@code total} by {@code weights} (non-negative, sum below 2^63 / total). */
  static long[] split(long total, long[] weights) {
    int n = weights.length;
    long sum = 0;
    for (long w : weights) {
      sum += w;
    }
    long[] shares = new long[n];
    long[] rem = new long[n];
    long left = total;
    for (int i = 0; i < n; i++) {
      long p = total * weights[i];
      shares[i] = p / sum;
      rem[i] = p % sum;
      left -= shares[i];
    }
    if (left == 0) {
      return shares;
    }
    long[] copy = rem.clone();
    long threshold = select(copy, n - (int) left);
    int tied = 0;
    for (int i = 0; i < n; i++) {
      if (rem[i] > threshold) {
        shares[i]++;
        left--;
      } else if (rem[i] == threshold) {
        tied++;
      }
    }
    if (left > 0) {
      int[] group = new int[tied];
      int g = 0;
      for (int i = 0; i < n; i++) {
        if (rem[i] == threshold) {
          group[g++] = i;
        }
      }
      if (left < tied) {
        // larger weight first, then position: sort (−weight, position) pairs
        long[][] keys = new long[tied][];
        for (int k = 0; k < tied; k++) {
          keys[k] = new long[] {-weights[group[k]], group[k]};
        }
        Arrays.sort(keys, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
            : Long.compare(a[1], b[1]));
        for (int k = 0; k < left; k++) {
          shares[(int) keys[k][1]]++;
        }
      } else {
        for (int i : group) {
          shares[i]++;
        }
      }
    }
    return shares;
  }

  private static long select(long[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    while (hi > lo) {
      long pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }
}
