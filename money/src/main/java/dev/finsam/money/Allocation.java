package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * The result of splitting a total by weights (<i>fördelning</i>): each key's share, adding up to the
 * total exactly, and the reasons for every unit that was handed out beyond the rounded-down quotas.
 *
 * <p>For example, {@code allocation.get("Umeå")} is Umeå's share; {@code allocation.explain()}
 * shows each quota, its floor, and who got each leftover unit and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the key type
 */
public final class Allocation<K> {

  /**
   * One key's line in an allocation: its weight, exact quota in units, rounded-down quota, share in
   * units, and whether it got a leftover unit.
   *
   * @param <K> the key type
   * @param key the key
   * @param weight the weight
   * @param quota the exact quota, in units of the allocation
   * @param floor the quota rounded towards zero
   * @param units the share, in units
   * @param gotLeftover true if the share is one unit more (in magnitude) than the floor
   */
  public record Line<K>(K key, long weight, Fraction quota, long floor, long units,
      boolean gotLeftover) {}

  private final List<K> keys;
  private final long[] weights;
  private final long[] units;
  private final long totalUnits;
  private final AmountUnit unit;
  /** Key to position, built on first look-up (a large allocation may never be looked up). */
  private volatile Map<K, Integer> index;

  /** Takes ownership of the arrays and the list; the caller must not change them afterwards. */
  Allocation(List<K> keys, long[] weights, long[] units, long totalUnits, AmountUnit unit) {
    this.keys = Collections.unmodifiableList(keys);
    this.weights = weights;
    this.units = units;
    this.totalUnits = totalUnits;
    this.unit = unit;
  }

  /** @return the keys in the order of the weights, never null */
  public List<K> keys() {
    return keys;
  }

  /** @return the unit every share is a whole number of, never null */
  public AmountUnit unit() {
    return unit;
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
   */
  public long weight(K key) {
    return weights[indexOf(key)];
  }

  /**
   * @param key a key of the weights, not null
   * @return its exact quota in units, never null
   */
  public Fraction quota(K key) {
    return Allocator.quota(totalUnits, weights[indexOf(key)], weightSum());
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
      lines.add(new Line<>(keys.get(i), weights[i], q, floor, units[i], units[i] != floor));
    }
    return List.copyOf(lines);
  }

  /**
   * Explains the split: the total and weights, each key's quota, floor and share, and who received
   * each leftover unit and why.
   *
   * @return several lines of text, never null
   */
  public String explain() {
    List<Line<K>> lines = lines();
    StringBuilder sb = new StringBuilder();
    long floors = lines.stream().mapToLong(Line::floor).sum();
    sb.append("Split of ").append(Amounts.format(total(), unit)).append(" in whole ")
        .append(unit.symbol()).append(" by weights summing to ").append(weightSum())
        .append(", largest remainder.\n");
    int width = keys.stream().mapToInt(k -> String.valueOf(k).length()).max().orElse(0);
    for (Line<K> l : lines) {
      sb.append(String.format("  %-" + Math.max(width, 1) + "s  weight %,d  quota %s  floor %,d"
              + "  share %,d%s%n", l.key(), l.weight(),
          l.quota().toBigDecimal(4, RoundingMode.DOWN).toPlainString(), l.floor(), l.units(),
          l.gotLeftover() ? "  (+1 leftover)" : ""));
    }
    long leftover = Math.abs(totalUnits - floors);
    sb.append("Floors add up to ").append(String.format("%,d", floors)).append("; ")
        .append(leftover).append(leftover == 1 ? " leftover unit" : " leftover units");
    if (leftover == 0) {
      sb.append(": every quota was whole.");
      return sb.toString();
    }
    sb.append(" went to the largest remainders:\n");
    List<Line<K>> winners = new ArrayList<>();
    lines.forEach(l -> {
      if (l.gotLeftover()) {
        winners.add(l);
      }
    });
    winners.sort((a, b) -> remainder(b).compareTo(remainder(a)));
    for (Line<K> l : winners) {
      Fraction r = remainder(l);
      long sameRemainder = lines.stream().filter(o -> remainder(o).equals(r)).count();
      long sameAndLost = lines.stream()
          .filter(o -> remainder(o).equals(r) && !o.gotLeftover()).count();
      sb.append("  ").append(l.key()).append(": remainder ")
          .append(r.toBigDecimal(4, RoundingMode.DOWN).toPlainString());
      if (sameAndLost > 0) {
        sb.append(", tied with ").append(sameRemainder - 1)
            .append(" other(s); the tie went by larger weight, then order");
      }
      sb.append('\n');
    }
    return sb.toString().stripTrailing();
  }

  private static Fraction remainder(Line<?> l) {
    Fraction r = l.quota().minus(Fraction.of(l.floor()));
    return r.signum() < 0 ? r.negated() : r;
  }

  private BigInteger weightSum() {
    BigInteger s = BigInteger.ZERO;
    for (long w : weights) {
      s = s.add(BigInteger.valueOf(w));
    }
    return s;
  }

  private int indexOf(K key) {
    requireNonNull(key, "key");
    Map<K, Integer> idx = index;
    if (idx == null) {
      idx = new HashMap<>(keys.size() * 2);
      for (int k = 0; k < keys.size(); k++) {
        idx.put(keys.get(k), k);
      }
      index = idx;
    }
    Integer i = idx.get(key);
    if (i == null) {
      throw new IllegalArgumentException("key (" + key + ") is not among the weights " + keys);
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
        && Arrays.equals(o.units, units) && o.unit == unit;
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
      rows.add(new String[] {String.valueOf(keys.get(i)),
          Amounts.number(Math.multiplyExact(units[i], unit.ore()), unit)});
    }
    rows.add(new String[] {"Totalt", Amounts.number(Math.multiplyExact(totalUnits, unit.ore()),
        unit)});
    return Tables.twoColumns(rows, unit.symbol());
  }
}
