package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.List;

/**
 * The positions of an allocation's keys, by key (<i>nyckelregister</i>): one {@code int[]} of
 * open-addressed slots, so that building it allocates nothing per key (no boxed positions, no map
 * entries) and finds a repeated key while it is built.
 *
 * <p>For example, {@code KeyIndex.of(List.of("Umeå", "Vännäs")).positionOf(keys, "Vännäs")} is 1.
 *
 * <p>The same pass over the keys records whether they are all {@link Comparable} and of one class,
 * which decides whether an allocation breaks ties by the keys' natural order.
 *
 * <p>This class is immutable and thread-safe once built; it holds no keys, only positions into the
 * list it was built from, which every look-up passes in again.
 */
final class KeyIndex {

  /** Fibonacci hashing: spreads the low bits of a hash code (sequential names, say) over a slot. */
  private static final int SPREAD = 0x9E3779B9;

  /** The most keys an index takes, so that its table of at most 8n/3 slots fits in an array. */
  private static final int MAX_KEYS = 1 << 29;

  /**
   * Each slot holds a key's position + 1 in its low {@code positionBits} and, above them, a tag:
   * low bits of the key's spread hash, so that a probe passes a slot of another key without
   * reading that key (a cache miss in a large table) unless the tags agree; 0 is an empty slot.
   * The slot itself is chosen by the spread hash's high bits.
   */
  private final int[] slots;
  private final int shift;
  private final int positionBits;
  private final boolean oneComparableClass;

  private KeyIndex(int[] slots, int shift, int positionBits, boolean oneComparableClass) {
    this.slots = slots;
    this.shift = shift;
    this.positionBits = positionBits;
    this.oneComparableClass = oneComparableClass;
  }

  /**
   * Indexes keys by position, three eighths to three quarters of the slots filled (the tags keep
   * the longer probes to comparisons of ints).
   *
   * @param keys the keys, not empty, not null, no null elements
   * @return the index, never null
   * @throws NullPointerException if a key is null
   * @throws IllegalArgumentException if a key is repeated, naming it and both positions
   */
  static KeyIndex of(List<?> keys) {
    int n = keys.size();
    Checks.checkArgument(n <= MAX_KEYS, "keys (%s keys) must be at most 2^29", n);
    // the smallest power of two of at least n + (n + 2) / 3 slots: always one more than n
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n + (n + 2) / 3 - 1));
    int[] slots = new int[1 << bits];
    int shift = Integer.SIZE - bits;
    int mask = slots.length - 1;
    int positionBits = Integer.SIZE - Integer.numberOfLeadingZeros(n); // holds 1 to n
    int positionMask = (1 << positionBits) - 1;
    Object first = requireNonNull(keys.get(0), "keys element");
    Class<?> firstClass = first.getClass();
    boolean oneClass = first instanceof Comparable;
    for (int i = 0; i < n; i++) {
      Object key = keys.get(i);
      if (key == null) {
        throw new NullPointerException("keys element " + i);
      }
      oneClass &= key.getClass() == firstClass;
      int h = key.hashCode() * SPREAD;
      int tag = h << positionBits;
      int s = h >>> shift;
      int v;
      while ((v = slots[s]) != 0) {
        if ((v & ~positionMask) == tag && key.equals(keys.get((v & positionMask) - 1))) {
          Checks.checkArgument(false, "keys (%s) must not repeat a key: positions %s and %s",
              key, (v & positionMask) - 1, i);
        }
        s = (s + 1) & mask;
      }
      slots[s] = tag | (i + 1);
    }
    return new KeyIndex(slots, shift, positionBits, oneClass);
  }

  /** @return true if every key is {@link Comparable} and of the first key's class */
  boolean oneComparableClass() {
    return oneComparableClass;
  }

  /**
   * @param keys the keys the index was built from, not null
   * @param key a key, not null
   * @return its position, or -1 if it is not among the keys
   */
  int positionOf(List<?> keys, Object key) {
    int mask = slots.length - 1;
    int positionMask = (1 << positionBits) - 1;
    int h = key.hashCode() * SPREAD;
    int tag = h << positionBits;
    int s = h >>> shift;
    int v;
    while ((v = slots[s]) != 0) {
      int at = (v & positionMask) - 1;
      if ((v & ~positionMask) == tag && key.equals(keys.get(at))) {
        return at;
      }
      s = (s + 1) & mask;
    }
    return -1;
  }
}
