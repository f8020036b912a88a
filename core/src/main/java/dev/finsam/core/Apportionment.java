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
    BigInteger sum = BigInteger.ZERO;
    for (long w : weights) {
      sum = sum.add(BigInteger.valueOf(w));
    }
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
        long[] sorted = rem.clone();
        Arrays.sort(sorted);
        long threshold = sorted[n - left];
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
}
