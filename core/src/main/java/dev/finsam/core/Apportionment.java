package dev.finsam.core;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splitting a whole number by weights so that the parts add up to it exactly
 * (<i>fördelning enligt största rest</i>, Hamilton's method): money in whole units, percentages
 * that add up to 100.
 *
 * <p>For example, {@code Apportionment.split(100, new long[] {1, 1, 1}, null, "w")} is
 * {@code [34, 33, 33]}.
 *
 * <p>Each part is its exact quota {@code total × weight ÷ Σ weights} rounded down, and the units
 * left over go one each to the largest remainders; equal remainders go to the larger weight first,
 * then by {@code ties}, then by index. So every part is its quota rounded down or up and a zero
 * weight gets zero. Arithmetic is on {@code long} with {@link BigInteger} where a product would
 * overflow; O(n log n).
 */
public final class Apportionment {

  private Apportionment() {}

  /**
   * Splits a whole number by weights, largest remainder first.
   *
   * @param total the whole number to split; a negative total is split as its absolute value and
   *     every share negated
   * @param weights the weights, non-negative, not all zero, not null
   * @param ties the order of indices with equal remainder and equal weight, or null for index
   *     order
   * @param forMessage what to name the weights as in an error message
   * @return the shares, index by index, adding up to {@code total}; never null
   * @throws IllegalArgumentException if every weight is zero
   */
  public static long[] split(long total, long[] weights, Comparator<Integer> ties, Object forMessage) {
    BigInteger sum = sum(weights);
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("weights (" + forMessage + ") must not all be zero");
    }
    boolean negative = total < 0;
    if (total == Long.MIN_VALUE) {
      throw new ArithmeticException("total (" + total + " units) is too large to split");
    }
    long t = Math.abs(total);
    int n = weights.length;
    long[] shares = new long[n];
    long given = 0;
    if (sum.bitLength() < 63) {
      long s = sum.longValue();
      long[] rem = new long[n];
      BigInteger bigT = null;
      for (int i = 0; i < n; i++) {
        long hi = Math.multiplyHigh(t, weights[i]);
        long lo = t * weights[i];
        if (hi == 0 && lo >= 0) {
          shares[i] = lo / s;
          rem[i] = lo % s;
        } else {
          if (bigT == null) {
            bigT = BigInteger.valueOf(t);
          }
          BigInteger[] qr = bigT.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
          shares[i] = qr[0].longValueExact();
          rem[i] = qr[1].longValueExact();
        }
        given += shares[i];
      }
      int left = Math.toIntExact(t - given);
      if (left > 0) {
        long threshold = select(rem.clone(), n - left);
        List<Integer> atThreshold = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (rem[i] > threshold) {
            shares[i]++;
            left--;
          } else if (rem[i] == threshold) {
            atThreshold.add(i);
          }
        }
        atThreshold.sort(order(weights, ties));
        for (int k = 0; k < left; k++) {
          shares[atThreshold.get(k)]++;
        }
      }
    } else {
      BigInteger bigT = BigInteger.valueOf(t);
      BigInteger[] rem = new BigInteger[n];
      for (int i = 0; i < n; i++) {
        BigInteger[] qr = bigT.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
        shares[i] = qr[0].longValueExact();
        rem[i] = qr[1];
        given += shares[i];
      }
      int left = Math.toIntExact(t - given);
      List<Integer> order = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      Comparator<Integer> byRemainder = (a, b) -> rem[b].compareTo(rem[a]);
      order.sort(byRemainder.thenComparing(order(weights, ties)));
      for (int k = 0; k < left; k++) {
        shares[order.get(k)]++;
      }
    }
    if (negative) {
      for (int i = 0; i < n; i++) {
        shares[i] = -shares[i];
      }
    }
    return shares;
  }

  /** Larger weight first, then the caller's tie-break, then input order. */
  private static Comparator<Integer> order(long[] weights, Comparator<Integer> ties) {
    Comparator<Integer> byWeight = (a, b) -> Long.compare(weights[b], weights[a]);
    if (ties != null) {
      byWeight = byWeight.thenComparing(ties);
    }
    return byWeight.thenComparing(Comparator.naturalOrder());
  }

  /** The sum of the weights, in {@code long} while it fits. */
  private static BigInteger sum(long[] weights) {
    long sum = 0;
    for (int i = 0; i < weights.length; i++) {
      long next = sum + weights[i];
      if (((sum ^ next) & (weights[i] ^ next)) < 0) {
        BigInteger big = BigInteger.valueOf(sum);
        for (int j = i; j < weights.length; j++) {
          big = big.add(BigInteger.valueOf(weights[j]));
        }
        return big;
      }
      sum = next;
    }
    return BigInteger.valueOf(sum);
  }

  /**
   * The {@code k}-th smallest value (0-based) of {@code a}, which it reorders: quickselect with a
   * median-of-three pivot, falling back to a sort of the remaining range if it degrades.
   */
  static long select(long[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    int budget = 2 * (64 - Long.numberOfLeadingZeros(a.length)) + 8;
    while (hi > lo) {
      if (budget-- == 0) {
        Arrays.sort(a, lo, hi + 1);
        return a[k];
      }
      int mid = (lo + hi) >>> 1;
      long pivot = median(a[lo], a[mid], a[hi]);
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
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
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

  private static long median(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
