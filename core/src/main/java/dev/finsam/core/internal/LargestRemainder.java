package dev.finsam.core.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Splits a whole number by weights so that the parts add up to it exactly (<i>fördelning enligt
 * största rest</i>, Hamilton's method): money in whole units, percentages that add up to 100.
 *
 * <p>For example, {@code LargestRemainder.split(100, new long[] {1, 1, 1}, TieBreak.NONE)} has
 * shares {@code [34, 33, 33]}: the leftover unit goes by position.
 *
 * <p>Each part is its exact quota {@code total × weight ÷ Σ weights} rounded down, and the units
 * left over go one each to the largest remainders; equal remainders go to the larger weight first,
 * then by the tie-break, then by position. So every part is its quota rounded down or up and a zero
 * weight gets zero. A negative total is split as its absolute value and every part negated.
 * Arithmetic is on {@code long}, with {@link BigInteger} only where a product or the weights' sum
 * would overflow. O(n) expected time and, beyond eight parts, no array of remainders: the pass
 * that computes the floors counts the remainders in up to 2 048 equal ranges, the units go at once
 * to the ranges above the one that holds the threshold, and quickselect finds the threshold among
 * that range's few; the parts tied at the threshold are then sorted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LargestRemainder {

  /** What decided among equal remainders (<i>vad som avgjorde vid lika rest</i>). */
  public enum Decider {
    /** No two remainders at the threshold had to be told apart. */
    NONE,
    /** The larger weight. */
    LARGER_WEIGHT,
    /** The caller's tie-break. */
    TIE_BREAK,
    /** Position order. */
    POSITION
  }

  /**
   * The parts of one split.
   *
   * @param shares the parts, position by position, adding up to the total; owned by the caller
   * @param leftovers how many parts got a unit above their floor
   * @param decider what decided among the remainders tied at the threshold
   */
  public record Split(long[] shares, int leftovers, Decider decider) {

    /**
     * Validates the components.
     *
     * @param shares the parts, not null
     * @param leftovers how many parts got a unit above their floor
     * @param decider what decided ties, not null
     */
    public Split {
      requireNonNull(shares, "shares");
      requireNonNull(decider, "decider");
    }
  }

  private LargestRemainder() {}

  /**
   * Splits a whole number by weights, largest remainder first.
   *
   * @param total the number to split
   * @param weights the weights, each at least 0, not all 0; read, not changed
   * @param ties the order of positions with equal remainder and weight, not null
   * @return the split, never null
   * @throws IllegalArgumentException if a weight is negative or all are zero, or the total is
   *     {@code Long.MIN_VALUE}
   */
  public static Split split(long total, long[] weights, TieBreak ties) {
    requireNonNull(weights, "weights");
    requireNonNull(ties, "ties");
    int n = weights.length;
    long sum = 0;
    long largest = 0;
    boolean bigSum = false;
    for (int i = 0; i < n; i++) {
      long w = weights[i];
      largest = Math.max(largest, w);
      if (w < 0) {
        throw new IllegalArgumentException("weights[" + i + "] (" + w + ") must be >= 0");
      }
      long next = sum + w;
      if (next < 0) {
        bigSum = true;
      }
      sum = next;
    }
    if (!bigSum && sum == 0) {
      throw new IllegalArgumentException(
          "weights (" + n + " weights) must not all be zero");
    }
    if (total == Long.MIN_VALUE) {
      throw new IllegalArgumentException("total (" + total + ") must be above Long.MIN_VALUE");
    }
    long t = Math.abs(total);
    long[] shares = new long[n];
    // the remainders of more than a few parts are not kept: each is t × w − floor × Σw again when
    // it is needed (exact in long arithmetic even where t × w overflows, as the remainder itself
    // lies in [0, Σw)); if the weights' sum overflows a long, their ranks are kept instead
    long[] rank = null;
    long bound = sum;
    long left = t;
    if (bigSum) {
      rank = new long[n];
      left = bigFloors(t, weights, shares, rank);
      bound = n;
    }
    long[] few = n > FEW_PARTS ? null : rank != null ? rank : new long[n];
    // else how many remainders fall in each of up to 2^11 equal ranges of [0, bound), counted in
    // the pass that computes the floors: the leftover units then go to the ranges above the
    // threshold's without a selection over all positions
    int bits = Long.SIZE - Long.numberOfLeadingZeros(bound - 1); // every remainder is below bound
    int rangeBits = Math.min(bits, Math.min(MAX_RANGE_BITS, 31 - Integer.numberOfLeadingZeros(n)));
    int shift = bits - rangeBits;
    int[] counts = few == null ? new int[1 << rangeBits] : null;
    if (bigSum && counts != null) {
      for (int i = 0; i < n; i++) {
        counts[(int) (rank[i] >>> shift)]++;
      }
    } else if (few == null && sum >= 2 && sum <= MAX_INVERTED
        && largest <= (MAX_INVERTED - 1) / Math.max(t, 1)) {
      // every t × w below 2^62 and 2 <= Σw <= 2^62: t × w ÷ Σw without dividing, by multiplying
      // 2 × t × w (below 2^63) by floor(2^63 ÷ Σw) and keeping the high 64 bits: the quotient or
      // one less (the error is below t × w ÷ 2^63 < 1), which one subtraction puts right; the
      // remainder before it is below 2 × Σw <= 2^63
      long inverse = Long.divideUnsigned(Long.MIN_VALUE, sum);
      for (int i = 0; i < n; i++) {
        long lo = t * weights[i];
        long q = Math.multiplyHigh(lo << 1, inverse);
        long r = lo - q * sum;
        if (r >= sum) {
          q++;
          r -= sum;
        }
        shares[i] = q;
        left -= q;
        counts[(int) (r >>> shift)]++;
      }
    } else if (!bigSum) {
      BigInteger bigT = null;
      for (int i = 0; i < n; i++) {
        long w = weights[i];
        long hi = Math.multiplyHigh(t, w);
        long lo = t * w;
        long q;
        long r;
        if (hi == 0 && lo >= 0) {
          q = lo / sum;
          r = lo % sum;
        } else {
          if (bigT == null) {
            bigT = BigInteger.valueOf(t);
          }
          BigInteger[] qr = bigT.multiply(BigInteger.valueOf(w))
              .divideAndRemainder(BigInteger.valueOf(sum));
          q = qr[0].longValueExact();
          r = qr[1].longValueExact();
        }
        shares[i] = q;
        left -= q;
        if (few != null) {
          few[i] = r;
        } else {
          counts[(int) (r >>> shift)]++;
        }
      }
    }
    Decider decider = Decider.NONE;
    int leftovers = (int) left;
    if (left > 0 && few != null) {
      decider = handOutFew(shares, few, weights, (int) left, ties);
    } else if (left > 0) {
      decider = handOut(t, weights, sum, rank, shares, counts, shift, (int) left, ties);
    }
    if (total < 0) {
      for (int i = 0; i < n; i++) {
        shares[i] = -shares[i];
      }
    }
    return new Split(shares, leftovers, decider);
  }

  /**
   * Floors and ranks of the remainders when the weights' sum overflows a long: remainders are
   * compared through a long rank (their order, from 0), computed with BigInteger.
   *
   * @return the units left over once every part has its floor
   */
  private static long bigFloors(long t, long[] weights, long[] shares, long[] rank) {
    int n = weights.length;
    BigInteger sum = BigInteger.ZERO;
    for (long w : weights) {
      sum = sum.add(BigInteger.valueOf(w));
    }
    BigInteger bigT = BigInteger.valueOf(t);
    BigInteger[] rem = new BigInteger[n];
    long left = t;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = bigT.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
      shares[i] = qr[0].longValueExact();
      rem[i] = qr[1];
      left -= shares[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> rem[a].compareTo(rem[b]));
    long r = 0;
    for (int k = 0; k < n; k++) {
      if (k > 0 && rem[order[k]].compareTo(rem[order[k - 1]]) != 0) {
        r++;
      }
      rank[order[k]] = r;
    }
    return left;
  }

  /**
   * The remainder {@code t × w mod Σw} of position {@code i}, recomputed from its floor (its rank,
   * if the weights' sum overflows a long); read only while the floor is not yet raised.
   */
  private static long remainder(long t, long[] weights, long sum, long[] rank, long[] floors,
      int i) {
    // wraps where t × w does, and the wrapped difference is still the remainder, in [0, Σw)
    return rank != null ? rank[i] : t * weights[i] - floors[i] * sum;
  }

  /** The bound below which products and sums are divided by multiplying by an inverse: 2^62. */
  private static final long MAX_INVERTED = 1L << 62;

  /**
   * Up to this many parts keep their remainders, and the leftover units go by choosing the first
   * part by the rule, then the next: fewer arrays than a histogram, and at most 64 comparisons.
   */
  private static final int FEW_PARTS = 8;

  /** The most ranges a histogram of remainders has: 2^11, 8 kB of counts. */
  private static final int MAX_RANGE_BITS = 11;

  /**
   * Gives one unit each to the {@code left} largest remainders, whose ranges {@code counts}
   * counts; returns what decided ties.
   */
  private static Decider handOut(long t, long[] weights, long sum, long[] rank, long[] shares,
      int[] counts, int shift, int left, TieBreak ties) {
    int n = shares.length;
    // the range that holds the threshold: fewer than left remainders above it, left or more in it
    // and above
    int range = counts.length - 1;
    int above = 0;
    while (above + counts[range] < left) {
      above += counts[range--];
    }
    int inRange = counts[range];
    int[] group = new int[inRange];
    long[] candidates = new long[inRange];
    int m = 0;
    for (int i = 0; i < n; i++) {
      long r = remainder(t, weights, sum, rank, shares, i);
      int at = (int) (r >>> shift);
      shares[i] += (range - at) >>> 31; // a unit to a remainder above the threshold's range
      if (at == range) {
        group[m] = i;
        candidates[m++] = r;
      }
    }
    left -= above;
    long threshold = select(candidates, inRange - left);
    int tied = 0;
    for (int k = 0; k < inRange; k++) {
      int i = group[k];
      long r = remainder(t, weights, sum, rank, shares, i);
      if (r > threshold) {
        shares[i]++;
        left--;
      } else if (r == threshold) {
        group[tied++] = i; // in place: tied never passes k
      }
    }
    if (left == 0 || left == tied) {
      for (int k = 0; k < left; k++) {
        shares[group[k]]++;
      }
      return Decider.NONE;
    }
    IndexOrder order = (a, b) -> {
      int c = Long.compare(weights[b], weights[a]);
      if (c == 0) {
        c = ties.compare(a, b);
      }
      return c != 0 ? c : Integer.compare(a, b);
    };
    sort(group, tied, order);
    for (int k = 0; k < left; k++) {
      shares[group[k]]++;
    }
    int last = group[left - 1];
    int first = group[left];
    if (weights[last] != weights[first]) {
      return Decider.LARGER_WEIGHT;
    }
    return ties.compare(last, first) != 0 ? Decider.TIE_BREAK : Decider.POSITION;
  }

  /**
   * Gives one unit each to the {@code left} parts first by the rule, of a few whose remainders
   * (or ranks) {@code rem} holds, choosing one at a time; returns what decided ties.
   */
  private static Decider handOutFew(long[] shares, long[] rem, long[] weights, int left,
      TieBreak ties) {
    long chosen = 0; // a bit for each part that got its unit
    int last = -1;
    for (int unit = 0; ; unit++) {
      int best = -1;
      for (int i = 0; i < rem.length; i++) {
        if ((chosen & 1L << i) == 0 && (best < 0 || before(i, best, rem, weights, ties))) {
          best = i;
        }
      }
      if (unit == left) { // best is the first part without a unit
        if (rem[last] != rem[best]) {
          return Decider.NONE;
        }
        if (weights[last] != weights[best]) {
          return Decider.LARGER_WEIGHT;
        }
        return ties.compare(last, best) != 0 ? Decider.TIE_BREAK : Decider.POSITION;
      }
      chosen |= 1L << best;
      shares[best]++;
      last = best;
    }
  }

  /**
   * Whether part {@code i} gets a leftover unit before part {@code j}, an earlier one, by the
   * rule: the larger remainder, then the larger weight, then the tie-break; else {@code j}, by
   * position.
   */
  private static boolean before(int i, int j, long[] rem, long[] weights, TieBreak ties) {
    int c = Long.compare(rem[i], rem[j]);
    if (c == 0) {
      c = Long.compare(weights[i], weights[j]);
    }
    if (c == 0) {
      c = ties.compare(j, i);
    }
    return c > 0;
  }

  /** A comparator of positions, without boxing. */
  private interface IndexOrder {
    int compare(int a, int b);
  }

  /** A stable merge sort of the first {@code length} positions of {@code a}. */
  private static void sort(int[] a, int length, IndexOrder order) {
    int[] buf = new int[length];
    for (int width = 1; width < length; width *= 2) {
      for (int lo = 0; lo < length - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, length);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          buf[k++] = order.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        }
        while (i < mid) {
          buf[k++] = a[i++];
        }
        while (j < hi) {
          buf[k++] = a[j++];
        }
        System.arraycopy(buf, lo, a, lo, hi - lo);
      }
    }
  }

  /**
   * The {@code k}-th smallest value (0-based) of {@code a}, which it reorders: quickselect with a
   * median-of-three pivot, falling back to a sort of the remaining range if it degrades.
   */
  static long select(long[] a, int k) {
    return select(a, k, 2 * (64 - Long.numberOfLeadingZeros(a.length)) + 8);
  }

  /** As {@link #select(long[], int)}, sorting what is left after {@code budget} partitions. */
  static long select(long[] a, int k, int budget) {
    int lo = 0;
    int hi = a.length - 1;
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
