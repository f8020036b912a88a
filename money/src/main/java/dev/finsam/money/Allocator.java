package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * Splits a total by weights so that the shares add up to the total exactly (<i>fördelning enligt
 * största rest</i>, the largest-remainder or Hamilton method).
 *
 * <p>For example, {@code Allocator.largestRemainder().allocate(Amounts.sek(3_108_000), population,
 * AmountUnit.KRONA)} gives each municipality whole kronor, and the kronor add up to 3 108 000.
 *
 * <p>The rule: each member's exact quota is {@code total × weight ÷ Σ weights}, in the unit. Each
 * gets its quota rounded down; the units left over (fewer than the number of members) go one each
 * to the members with the largest remainders. Equal remainders are ordered by the larger weight
 * first, then by the caller's tie-break if one is given, then by the order of the weights map. So
 * every share is its quota rounded down or up, a zero weight gets zero, and the result depends only
 * on the weights and their order.
 *
 * <p>A negative total (a deficit to share) is split as its absolute value and every share negated,
 * so the shares of −T are exactly the negatives of the shares of T.
 *
 * <p>The arithmetic is on whole units in {@code long} and {@link BigInteger}; it takes
 * O(n log n) time. This class is immutable and thread-safe.
 */
public final class Allocator {

  private static final Allocator LARGEST_REMAINDER = new Allocator();

  private Allocator() {}

  /** @return the largest-remainder allocator, never null */
  public static Allocator largestRemainder() {
    return LARGEST_REMAINDER;
  }

  /**
   * Splits a total by weights, ties broken by larger weight, then input order.
   *
   * @param <K> the key type, e.g. a municipality's name
   * @param total the total, in SEK and a whole number of {@code unit}, not null
   * @param weights the weights, non-negative, not all zero, in a defined order (e.g. a
   *     {@link LinkedHashMap}); not null, no null keys or values
   * @param unit the unit every share is a whole number of, not null
   * @return the allocation, never null
   * @throws IllegalArgumentException if the weights are empty, negative or all zero, or the total
   *     is not a whole number of the unit or not in SEK
   */
  public <K> Allocation<K> allocate(MonetaryAmount total, Map<K, Long> weights, AmountUnit unit) {
    return allocate(total, weights, unit, null);
  }

  /**
   * Splits a total by weights; equal remainders between equal weights are ordered by
   * {@code tieBreak} (smaller first gets the unit), then input order.
   *
   * @param <K> the key type
   * @param total the total, not null
   * @param weights the weights, not null
   * @param unit the unit, not null
   * @param tieBreak the order among equal remainders and equal weights, or null for input order
   * @return the allocation, never null
   * @throws IllegalArgumentException as {@link #allocate(MonetaryAmount, Map, AmountUnit)}
   */
  public <K> Allocation<K> allocate(MonetaryAmount total, Map<K, Long> weights, AmountUnit unit,
      Comparator<? super K> tieBreak) {
    requireNonNull(total, "total");
    requireNonNull(weights, "weights");
    requireNonNull(unit, "unit");
    long units = Amounts.toUnits(total, unit, "total");
    List<K> keys = new ArrayList<>(weights.size());
    long[] w = new long[weights.size()];
    int i = 0;
    for (Map.Entry<K, Long> e : weights.entrySet()) {
      K key = requireNonNull(e.getKey(), "weights key");
      Long weight = e.getValue();
      if (weight == null) {
        throw new NullPointerException("weights value for " + key);
      }
      if (weight < 0) {
        throw new IllegalArgumentException(
            "weights (" + key + "=" + weight + ") must not be negative");
      }
      keys.add(key);
      w[i++] = weight;
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("weights ({}) must not be empty");
    }
    TieBreak ties = tieBreak(keys, tieBreak);
    long[] shares = LargestRemainder.split(units, w, ties).shares();
    return new Allocation<>(keys, w, shares, units, unit);
  }

  /**
   * The caller's tie-break; without one, the natural order of comparable keys (names in Unicode
   * order), so that a map without a defined order (such as {@code Map.of}) gives the same split on
   * every run; for other keys, the map's order.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <K> TieBreak tieBreak(List<K> keys, Comparator<? super K> tieBreak) {
    if (tieBreak != null) {
      return (a, b) -> tieBreak.compare(keys.get(a), keys.get(b));
    }
    if (keys.stream().allMatch(k -> k instanceof Comparable)
        && keys.stream().map(Object::getClass).distinct().count() <= 1) {
      return (a, b) -> ((Comparable) keys.get(a)).compareTo(keys.get(b));
    }
    return TieBreak.NONE;
  }

  /** The exact quota of one member, in units. */
  static Fraction quota(long total, long weight, BigInteger sum) {
    return Fraction.of(BigInteger.valueOf(total).multiply(BigInteger.valueOf(weight)), sum);
  }
}
