package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The result of splitting a total by weights (<i>fördelning</i>): each key's share, adding up to the
 * total exactly, the rule that made the split, and what decided between equal remainders.
 *
 * <p>For example, {@code allocation.get("Umeå")} is Umeå's share; {@code allocation.explain()}
 * shows, in Swedish, each quota, its floor and share, who got each leftover unit and what decided
 * a tie; {@link #rule()} says which rule made the split and {@link #tieDecider()} what decided
 * between equal remainders.
 *
 * <p>Shares can be read by key ({@link #units(Object)}, built into an index on first use) or by
 * position ({@link #keyAt}, {@link #unitsAt}), which needs no index.
 *
 * <p>This class is immutable and thread-safe. Callers cannot construct one; {@link Allocator} and
 * {@link StateAllocationModel} do.
 *
 * @param <K> the key type
 */
@Value.Enclosing
public final class Allocation<K> {

  /** The rule that made an allocation (<i>fördelningsregel</i>). */
  public enum Rule {
    /**
     * Largest remainder; equal remainders go to the larger weight, then by the caller's tie-break,
     * then by the order of the keys.
     */
    LARGEST_REMAINDER_THEN_TIE_BREAK("anroparens ordning"),
    /**
     * Largest remainder; equal remainders go to the larger weight, then by the keys' natural order
     * (names in Unicode order), then by the order of the keys.
     */
    LARGEST_REMAINDER_THEN_NATURAL_ORDER("nycklarnas naturliga ordning"),
    /** Largest remainder; equal remainders go to the larger weight, then by the order of the keys. */
    LARGEST_REMAINDER_THEN_KEY_ORDER("ordningen i vikterna"),
    /**
     * The state's model (<i>statens fördelningsmodell</i>): base, keys and floor, with the
     * variable part split by largest remainder, ties to the larger weight, then the order given.
     */
    STATE_ALLOCATION_MODEL("ordningen i vikterna");

    private final String tieBreak;

    Rule(String tieBreak) {
      this.tieBreak = tieBreak;
    }

    /** The tie-break after the larger weight, in Swedish. */
    String tieBreak() {
      return tieBreak;
    }
  }

  /** What decided between equal remainders at the last leftover unit (<i>vad som avgjorde</i>). */
  public enum TieDecider {
    /** Nothing: no leftover unit had to choose between equal remainders. */
    NONE,
    /** The larger weight. */
    LARGER_WEIGHT,
    /** The rule's tie-break: the caller's, or the keys' natural order. */
    TIE_BREAK,
    /** The order of the keys. */
    KEY_ORDER
  }

  /**
   * One key's line in an allocation (<i>rad i fördelningen</i>): its weight, exact quota in units,
   * rounded-down quota, share in units, and whether it got a leftover unit. A result: callers
   * cannot construct one.
   *
   * <p>For example, Umeå's line of the 2017 split has weight 2 587 871, quota 2 587 871 and share
   * 2 587 871 kr.
   *
   * @param <K> the key type
   */
  @Value.Immutable
  public abstract static class Line<K> {

    Line() {}

    /** @return the key, never null */
    public abstract K key();

    /** @return the weight */
    public abstract long weight();

    /** @return the exact quota, in units of the allocation, never null */
    public abstract Fraction quota();

    /** @return the quota rounded towards zero */
    public abstract long floor();

    /** @return the share, in units */
    public abstract long units();

    /** @return true if the share is one unit more (in magnitude) than the floor */
    public abstract boolean gotLeftover();

    /** @return e.g. {@code "Umeå: vikt 93 000, kvot 2 634 858,7055…, andel 2 634 859 (+1)"} */
    @Override
    public String toString() {
      return key() + ": vikt " + Swedish.integer(weight()) + ", kvot " + quotaText(quota())
          + ", andel " + Swedish.integer(units()) + (gotLeftover() ? " (+1)" : "");
    }

    /** The distance from the floor to the quota, never negative. */
    Fraction remainder() {
      Fraction r = quota().minus(Fraction.of(floor()));
      return r.signum() < 0 ? r.negated() : r;
    }
  }

  /** How many decimals of a quota an explanation shows. */
  private static final int QUOTA_DECIMALS = 4;

  private final List<K> keys;
  private final long[] weights;
  private final long[] units;
  private final long totalUnits;
  private final AmountUnit unit;
  private final Rule rule;
  private final TieDecider tieDecider;
  private final String method;
  /**
   * Key to position: given if checking the keys for repeats built it, else built on the first
   * look-up by key (a large allocation may never be looked up).
   */
  private volatile KeyIndex index;

  /**
   * Takes ownership of the arrays and the list; the caller must not change them afterwards.
   *
   * @param method the rule in Swedish, e.g. "största rest" or the state model's parameters
   */
  Allocation(List<K> keys, long[] weights, long[] units, long totalUnits, AmountUnit unit,
      Rule rule, TieDecider tieDecider, String method) {
    this(Collections.unmodifiableList(keys), weights, units, totalUnits, unit, rule, tieDecider,
        method, null);
  }

  /**
   * As the constructor above, for keys that are unmodifiable already (a {@code List.copyOf}
   * result, say: kept, not wrapped again), with the index of the keys if it has been built.
   *
   * @param keys the keys, unmodifiable
   * @param index the keys' index, or null or one not {@linkplain KeyIndex#isBuilt() built} to
   *     build it on first look-up
   */
  Allocation(List<K> keys, long[] weights, long[] units, long totalUnits, AmountUnit unit,
      Rule rule, TieDecider tieDecider, String method, KeyIndex index) {
    this.index = index;
    this.keys = keys;
    this.weights = weights;
    this.units = units;
    this.totalUnits = totalUnits;
    this.unit = unit;
    this.rule = rule;
    this.tieDecider = tieDecider;
    this.method = method;
  }

  /** @return the keys in the order of the weights, never null */
  public List<K> keys() {
    return keys;
  }

  /** @return how many keys share the total */
  public int size() {
    // the shares' count, equal to the keys': a loop to it over unitsAt needs no check per share
    return units.length;
  }

  /** @return the unit every share is a whole number of, never null */
  public AmountUnit unit() {
    return unit;
  }

  /** @return the rule that made this allocation, never null */
  public Rule rule() {
    return rule;
  }

  /** @return what decided between equal remainders, {@code NONE} if nothing had to; never null */
  public TieDecider tieDecider() {
    return tieDecider;
  }

  /** @return the total, never null */
  public MonetaryAmount total() {
    return Amounts.of(totalUnits, unit);
  }

  /** @return the total in units */
  public long totalUnits() {
    return totalUnits;
  }

  /**
   * @param key a key of the weights, not null
   * @return its share, never null
   * @throws IllegalArgumentException if the key was not among the weights
   */
  public MonetaryAmount get(K key) {
    return Amounts.of(units(key), unit);
  }

  /**
   * @param key a key of the weights, not null
   * @return its share in units
   * @throws IllegalArgumentException if the key was not among the weights
   */
  public long units(K key) {
    return units[indexOf(key)];
  }

  /**
   * @param key a key of the weights, not null
   * @return its weight
   * @throws IllegalArgumentException if the key was not among the weights
   */
  public long weight(K key) {
    return weights[indexOf(key)];
  }

  /**
   * @param key a key of the weights, not null
   * @return its exact quota in units, never null
   * @throws IllegalArgumentException if the key was not among the weights
   */
  public Fraction quota(K key) {
    return Allocator.quota(totalUnits, weights[indexOf(key)], weightSum());
  }

  /**
   * @param position a position, from 0 to {@code size() - 1}
   * @return the key at that position, never null
   * @throws IndexOutOfBoundsException if the position is outside the keys
   */
  public K keyAt(int position) {
    return keys.get(position);
  }

  /**
   * Reads a share by position, without building an index of the keys.
   *
   * @param position a position, from 0 to {@code size() - 1}
   * @return the share in units of the key at that position
   * @throws IndexOutOfBoundsException if the position is outside the keys
   */
  public long unitsAt(int position) {
    return units[Objects.checkIndex(position, units.length)];
  }

  /**
   * @param position a position, from 0 to {@code size() - 1}
   * @return the weight of the key at that position
   * @throws IndexOutOfBoundsException if the position is outside the keys
   */
  public long weightAt(int position) {
    return weights[Objects.checkIndex(position, weights.length)];
  }

  /** @return each key's share in the order of the weights, never null */
  public Map<K, MonetaryAmount> shares() {
    Map<K, MonetaryAmount> m = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      m.put(keys.get(i), Amounts.of(units[i], unit));
    }
    return Collections.unmodifiableMap(m);
  }

  /** @return every key's line, in the order of the weights, never null */
  public List<Line<K>> lines() {
    BigInteger sum = weightSum();
    List<Line<K>> lines = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      Fraction q = Allocator.quota(totalUnits, weights[i], sum);
      long floor = q.signum() < 0 ? q.negated().floor().negate().longValueExact()
          : q.floor().longValueExact();
      lines.add(ImmutableAllocation.Line.create(keys.get(i), weights[i], q, floor, units[i],
          units[i] != floor));
    }
    return Collections.unmodifiableList(lines);
  }

  /**
   * Explains the split in Swedish: the total, the rule, each key's weight, quota, floor and share,
   * who received each leftover unit, and what decided between equal remainders.
   *
   * @return several lines of text, never null
   */
  public String explain() {
    return AllocationExplanation.explain(this);
  }

  String method() {
    return method;
  }

  BigInteger weightSum() {
    BigInteger s = BigInteger.ZERO;
    long small = 0;
    for (long w : weights) {
      long next = small + w;
      if (next < 0) {
        s = s.add(BigInteger.valueOf(small));
        next = w;
      }
      small = next;
    }
    return s.add(BigInteger.valueOf(small));
  }

  private int indexOf(K key) {
    requireNonNull(key, "key");
    KeyIndex idx = index;
    if (idx == null || !idx.isBuilt()) {
      idx = KeyIndex.of(keys);
      index = idx;
    }
    int i = idx.positionOf(keys, key);
    if (i < 0) { // the text is built only when it is needed
      Checks.checkArgument(false, "key (%s) is not among the weights %s", key, keys);
    }
    return i;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Allocation)) {
      return false;
    }
    Allocation<?> o = (Allocation<?>) obj;
    return o.keys.equals(keys) && Arrays.equals(o.weights, weights)
        && Arrays.equals(o.units, units) && o.unit == unit && o.rule == rule
        && o.tieDecider == tieDecider && o.method.equals(method);
  }

  @Override
  public int hashCode() {
    return keys.hashCode() * 31 + Arrays.hashCode(units);
  }

  /** @return the shares as a two-column table with the total, never null */
  @Override
  public String toString() {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      rows.add(new String[] {String.valueOf(keys.get(i)), number(units[i])});
    }
    rows.add(new String[] {"Totalt", number(totalUnits)});
    return Tables.twoColumns(rows, unit.symbol());
  }

  /** A number of units as the Swedish number in the unit, e.g. {@code "2 587 871"}. */
  String number(long unitCount) {
    return Swedish.integer(unitCount);
  }

  /**
   * A quota exactly if it has at most four decimals ({@code "1,5"}), else to four decimals rounded
   * towards zero and an ellipsis ({@code "3,3333…"}).
   */
  static String quotaText(Fraction q) {
    BigDecimal d = q.toBigDecimal(QUOTA_DECIMALS, RoundingMode.DOWN);
    if (!Fraction.of(d).equals(q)) {
      return Swedish.decimal(d) + "…";
    }
    d = d.stripTrailingZeros();
    return Swedish.decimal(d.scale() < 0 ? d.setScale(0) : d);
  }
}
