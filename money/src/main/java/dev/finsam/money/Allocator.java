package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.text.Checks;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * first, then:
 * <ol>
 *   <li>by the caller's tie-break, if one is given
 *       ({@link Allocation.Rule#LARGEST_REMAINDER_THEN_TIE_BREAK});
 *   <li>else, if every key is {@link Comparable} and of one class (names, say), by the keys'
 *       natural order ({@link Allocation.Rule#LARGEST_REMAINDER_THEN_NATURAL_ORDER}), so that a map
 *       without a defined order, such as {@code Map.of}, gives the same split on every run and in
 *       every JVM: a tie between "Umeå" and "Vännäs" goes to "Umeå";
 *   <li>else by the order of the weights ({@link Allocation.Rule#LARGEST_REMAINDER_THEN_KEY_ORDER}).
 * </ol>
 * Keys the tie-break calls equal fall back to the order of the weights. So every share is its quota
 * rounded down or up, a zero weight gets zero, and the allocation records which rule made it and
 * what decided a tie ({@link Allocation#rule()}, {@link Allocation#tieDecider()}).
 *
 * <p>A negative total (a deficit to share) is split as its absolute value and every share negated,
 * so the shares of −T are exactly the negatives of the shares of T.
 *
 * <p>The arithmetic is on whole units in {@code long}, with {@link BigInteger} only where a product
 * would overflow; it takes O(n) expected time. For large allocations,
 * {@link #allocate(MonetaryAmount, List, long[], AmountUnit)} takes the weights as a
 * {@code long[]} without boxing. This class is immutable and thread-safe.
 */
public final class Allocator {

  /** The rule's name in Swedish, as an allocation explains it. */
  static final String LARGEST_REMAINDER = "största rest";

  private static final Allocator INSTANCE = new Allocator();

  private Allocator() {}

  /** @return the largest-remainder allocator, never null */
  public static Allocator largestRemainder() {
    return INSTANCE;
  }

  /**
   * Splits a total by weights; equal remainders go to the larger weight, then by the keys' natural
   * order if they are comparable, else by the map's order.
   *
   * @param <K> the key type, e.g. a municipality's name
   * @param total the total, in SEK and a whole number of {@code unit}, not null
   * @param weights the weights, non-negative, not all zero, not null, no null keys or values; their
   *     order is the order of the allocation's keys
   * @param unit the unit every share is a whole number of, not null
   * @return the allocation, never null
   * @throws IllegalArgumentException if the weights are empty, negative or all zero, or the total
   *     is not a whole number of the unit or not in SEK
   */
  public <K> Allocation<K> allocate(MonetaryAmount total, Map<K, Long> weights, AmountUnit unit) {
    return byMap(total, weights, unit, null);
  }

  /**
   * Splits a total by weights; equal remainders between equal weights are ordered by
   * {@code tieBreak} (smaller first gets the unit), then by the map's order.
   *
   * @param <K> the key type
   * @param total the total, not null
   * @param weights the weights, not null
   * @param unit the unit, not null
   * @param tieBreak the order among equal remainders and equal weights, not null
   * @return the allocation, never null
   * @throws IllegalArgumentException as {@link #allocate(MonetaryAmount, Map, AmountUnit)}
   */
  public <K> Allocation<K> allocate(MonetaryAmount total, Map<K, Long> weights, AmountUnit unit,
      Comparator<? super K> tieBreak) {
    return byMap(total, weights, unit, requireNonNull(tieBreak, "tieBreak"));
  }

  /**
   * Splits a total by weights given by position, without boxing: {@code weights[i]} is the weight
   * of {@code keys.get(i)}. Ties as in {@link #allocate(MonetaryAmount, Map, AmountUnit)}.
   *
   * <p>Repeated keys are rejected here, by their hashes, with no object per key. The table of
   * positions that reads shares by key ({@link Allocation#units(Object)}) is kept if the check
   * built it (from 9 to 65 536 keys), else built on the first such look-up: reading by position
   * ({@link Allocation#unitsAt(int)}) needs none. A list made by {@code List.of} or
   * {@code List.copyOf} is kept as it is; any other list is copied.
   *
   * @param <K> the key type
   * @param total the total, in SEK and a whole number of {@code unit}, not null
   * @param keys the keys, distinct, not null, no null elements; copied unless made by
   *     {@code List.of} or {@code List.copyOf}
   * @param weights one weight per key, non-negative, not all zero, not null; copied
   * @param unit the unit every share is a whole number of, not null
   * @return the allocation, never null
   * @throws IllegalArgumentException if the keys and weights differ in number, a key is repeated,
   *     a weight is negative, or as {@link #allocate(MonetaryAmount, Map, AmountUnit)}
   */
  public <K> Allocation<K> allocate(MonetaryAmount total, List<K> keys, long[] weights,
      AmountUnit unit) {
    return byPosition(total, keys, weights, unit, null);
  }

  /**
   * As {@link #allocate(MonetaryAmount, List, long[], AmountUnit)}, with a tie-break between equal
   * remainders and equal weights.
   *
   * @param <K> the key type
   * @param total the total, not null
   * @param keys the keys, distinct, not null
   * @param weights one weight per key, not null
   * @param unit the unit, not null
   * @param tieBreak the order among equal remainders and equal weights, not null
   * @return the allocation, never null
   * @throws IllegalArgumentException as {@link #allocate(MonetaryAmount, List, long[], AmountUnit)}
   */
  public <K> Allocation<K> allocate(MonetaryAmount total, List<K> keys, long[] weights,
      AmountUnit unit, Comparator<? super K> tieBreak) {
    return byPosition(total, keys, weights, unit, requireNonNull(tieBreak, "tieBreak"));
  }

  private static <K> Allocation<K> byMap(MonetaryAmount total, Map<K, Long> weights,
      AmountUnit unit, Comparator<? super K> tieBreak) {
    requireNonNull(total, "total");
    requireNonNull(weights, "weights");
    requireNonNull(unit, "unit");
    List<K> keys = new ArrayList<>(weights.size());
    long[] w = new long[weights.size()];
    Class<?> firstClass = null;
    boolean oneComparableClass = true;
    int i = 0;
    for (Map.Entry<K, Long> e : weights.entrySet()) {
      K key = requireNonNull(e.getKey(), "weights key");
      Long weight = e.getValue();
      if (weight == null) {
        throw new NullPointerException("weights value for " + key);
      }
      long value = weight;
      checkWeight(key, value);
      if (firstClass == null) {
        firstClass = key.getClass();
        oneComparableClass = key instanceof Comparable;
      } else {
        oneComparableClass &= key.getClass() == firstClass;
      }
      keys.add(key);
      w[i++] = value;
    }
    // a map's keys are distinct: the index is built on the first look-up by key, if any
    return split(total, Collections.unmodifiableList(keys), w, unit, tieBreak, oneComparableClass,
        null);
  }

  private static <K> Allocation<K> byPosition(MonetaryAmount total, List<K> keys,
      long[] weights, AmountUnit unit, Comparator<? super K> tieBreak) {
    requireNonNull(total, "total");
    requireNonNull(unit, "unit");
    // List.copyOf keeps an unmodifiable list it made itself instead of copying it again
    List<K> k = List.copyOf(requireNonNull(keys, "keys"));
    long[] w = requireNonNull(weights, "weights").clone();
    if (k.size() != w.length) { // the arguments are boxed only when there is a message to build
      Checks.checkArgument(false, "weights (%s weights) must be one per key (%s keys)", w.length,
          k.size());
    }
    Checks.checkArgument(!k.isEmpty(), "weights ({}) must not be empty");
    for (int i = 0; i < w.length; i++) {
      checkWeight(k, i, w[i]);
    }
    // repeats rejected here; the index is kept if the check built it, else built on the first
    // look-up by key, if any
    KeyIndex index = KeyIndex.checked(k);
    return split(total, k, w, unit, tieBreak, index.oneComparableClass(), index);
  }

  private static void checkWeight(Object key, long weight) {
    if (weight < 0) { // the arguments are boxed only when there is a message to build
      Checks.checkArgument(false, "weights (%s=%s) must not be negative", key, weight);
    }
  }

  private static void checkWeight(List<?> keys, int position, long weight) {
    if (weight < 0) {
      checkWeight(keys.get(position), weight);
    }
  }

  /** Splits by owned weights; {@code keys} unmodifiable, {@code index} null if not built yet. */
  private static <K> Allocation<K> split(MonetaryAmount total, List<K> keys, long[] w,
      AmountUnit unit, Comparator<? super K> tieBreak, boolean oneComparableClass,
      KeyIndex index) {
    Checks.checkArgument(!keys.isEmpty(), "weights ({}) must not be empty");
    long units = Amounts.toUnits(total, unit, "total");
    Allocation.Rule rule;
    TieBreak ties;
    if (tieBreak != null) {
      rule = Allocation.Rule.LARGEST_REMAINDER_THEN_TIE_BREAK;
      ties = (a, b) -> tieBreak.compare(keys.get(a), keys.get(b));
    } else if (oneComparableClass) {
      rule = Allocation.Rule.LARGEST_REMAINDER_THEN_NATURAL_ORDER;
      ties = naturalOrder(keys);
    } else {
      rule = Allocation.Rule.LARGEST_REMAINDER_THEN_KEY_ORDER;
      ties = TieBreak.NONE;
    }
    LargestRemainder.Split s = LargestRemainder.split(units, w, ties);
    return new Allocation<>(keys, w, s.shares(), units, unit, rule, decider(s.decider()),
        LARGEST_REMAINDER, index);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TieBreak naturalOrder(List<?> keys) {
    return (a, b) -> ((Comparable) keys.get(a)).compareTo(keys.get(b));
  }

  /** The public name of what decided a tie. */
  static Allocation.TieDecider decider(LargestRemainder.Decider d) {
    switch (d) {
      case LARGER_WEIGHT:
        return Allocation.TieDecider.LARGER_WEIGHT;
      case TIE_BREAK:
        return Allocation.TieDecider.TIE_BREAK;
      case POSITION:
        return Allocation.TieDecider.KEY_ORDER;
      default:
        return Allocation.TieDecider.NONE;
    }
  }

  /** The exact quota of one member, in units. */
  static Fraction quota(long total, long weight, BigInteger sum) {
    return Fraction.of(BigInteger.valueOf(total).multiply(BigInteger.valueOf(weight)), sum);
  }
}
