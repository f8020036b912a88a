package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The positions of an allocation's keys, by key (<i>nyckelregister</i>): one {@code int[]} of
 * open-addressed slots, so that building it allocates nothing per key (no boxed positions, no map
 * entries) and finds a repeated key while it is built.
 *
 * <p>For example, {@code KeyIndex.of(List.of("Umeå", "Vännäs")).positionOf(keys, "Vännäs")} is 1.
 *
 * <p>The same pass over the keys records whether they are all {@link Comparable} and of one class,
 * which decides whether an allocation breaks ties by the keys' natural order. {@link #checked}
 * rejects repeated keys without always building the index: an index it did not build says so
 * ({@link #isBuilt()}), and is built by {@link #of} on the first look-up.
 *
 * <p>This class is immutable and thread-safe once built; it holds no keys, only positions into the
 * list it was built from, which every look-up passes in again.
 */
final class KeyIndex {

  /** Fibonacci hashing: spreads the low bits of a hash code (sequential names, say) over a slot. */
  private static final int SPREAD = 0x9E3779B9;

  /** The most keys an index takes, so that its table of at most 8n/3 slots fits in an array. */
  private static final int MAX_KEYS = 1 << 29;

  /** Up to this many keys are checked for repeats without any array: pairwise, on a hash hit. */
  private static final int FEW_KEYS = 8;

  /**
   * Up to this many keys, checking for repeats builds the index (at most 512 kB, which the
   * processor's cache holds); more are checked by a filter of their hashes, and indexed only if
   * looked up.
   */
  static final int MAX_INDEXED_WHEN_CHECKED = 1 << 16;

  /** The results of a check that built no index, by whether the keys are of one comparable class. */
  private static final KeyIndex CHECKED_ONE_CLASS = new KeyIndex(null, 0, 0, true);
  private static final KeyIndex CHECKED_MIXED = new KeyIndex(null, 0, 0, false);

  /**
   * Each slot holds a key's position + 1 in its low {@code positionBits} and, above them, a tag:
   * low bits of the key's spread hash, so that a probe passes a slot of another key without
   * reading that key (a cache miss in a large table) unless the tags agree; 0 is an empty slot.
   * The slot itself is chosen by the spread hash's high bits. Null if the index is not built.
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
    checkSize(n);
    return index(keys, null, n, null);
  }

  /**
   * Checks that no key is repeated (<i>kontroll av upprepade nycklar</i>), building the index
   * only where that is the cheapest check: up to {@value #FEW_KEYS} keys are compared pairwise
   * where a 64-bit filter of their hashes has a hit; up to {@link #MAX_INDEXED_WHEN_CHECKED} are
   * indexed; more go through a filter of 8 to 16 bits a key, which one pass sets without a branch
   * on what it reads, and only the keys whose filter bit two of them set are indexed, to compare
   * them. A key is read once (its hash) unless another key shares its bit.
   *
   * @param keys the keys, not empty, not null, no null elements
   * @return the index if the check built it, else one that is not {@linkplain #isBuilt() built};
   *     either says whether the keys are of one comparable class; never null
   * @throws NullPointerException if a key is null
   * @throws IllegalArgumentException if a key is repeated, naming it and both positions
   */
  static KeyIndex checked(List<?> keys) {
    int n = keys.size();
    checkSize(n);
    if (n > MAX_INDEXED_WHEN_CHECKED) {
      return filtered(keys);
    }
    if (n > FEW_KEYS) {
      return index(keys, null, n, null);
    }
    Object first = requireNonNull(keys.get(0), "keys element");
    Class<?> firstClass = first.getClass();
    boolean oneClass = first instanceof Comparable;
    long seen = 0;
    for (int i = 0; i < n; i++) {
      Object key = keys.get(i);
      if (key == null) {
        throw new NullPointerException("keys element " + i);
      }
      oneClass &= key.getClass() == firstClass;
      int h = key.hashCode();
      long bit = 1L << ((h * SPREAD) >>> 26);
      if ((seen & bit) != 0) {
        for (int j = 0; j < i; j++) {
          Object other = keys.get(j);
          if (other.hashCode() == h && key.equals(other)) {
            rejectRepeat(keys);
          }
        }
      }
      seen |= bit;
    }
    return oneClass ? CHECKED_ONE_CLASS : CHECKED_MIXED;
  }

  /** The check of many keys: a filter of their hashes, then an index of the keys it cannot tell. */
  private static KeyIndex filtered(List<?> keys) {
    int n = keys.size();
    Object first = requireNonNull(keys.get(0), "keys element");
    Class<?> firstClass = first.getClass();
    boolean oneClass = first instanceof Comparable;
    // 8n to 16n bits, chosen by the spread hash's high bits
    int bits = Integer.SIZE - Integer.numberOfLeadingZeros(n - 1) + 3;
    int shift = Integer.SIZE - bits;
    long[] filter = new long[1 << (bits - 6)];
    int[] hashes = new int[n];
    int[] twice = new int[16]; // bits set by a second (third, …) key
    int hits = 0;
    for (int i = 0; i < n; i++) {
      Object key = keys.get(i);
      if (key == null) {
        throw new NullPointerException("keys element " + i);
      }
      oneClass &= key.getClass() == firstClass;
      int h = key.hashCode() * SPREAD;
      hashes[i] = h;
      int f = h >>> shift;
      long word = filter[f >>> 6];
      long bit = 1L << f;
      if ((word & bit) != 0) { // rare: about one key in 16 to 32, if the hashes are spread
        if (hits == twice.length) {
          twice = Arrays.copyOf(twice, 2 * hits);
        }
        twice[hits++] = f;
      }
      filter[f >>> 6] = word | bit;
    }
    if (hits > 0) {
      // the filter again, with only the bits that two keys set; every key with such a bit, at most
      // two for each second key, is indexed, which finds any repeat among them
      Arrays.fill(filter, 0);
      for (int k = 0; k < hits; k++) {
        filter[twice[k] >>> 6] |= 1L << twice[k];
      }
      int[] shared = new int[2 * hits];
      int m = 0;
      for (int i = 0; i < n; i++) {
        int f = hashes[i] >>> shift;
        if ((filter[f >>> 6] & (1L << f)) != 0) {
          shared[m++] = i;
        }
      }
      index(keys, shared, m, hashes);
    }
    return oneClass ? CHECKED_ONE_CLASS : CHECKED_MIXED;
  }

  /**
   * Indexes the first {@code m} keys; or, to find a repeat among them, only
   * {@code keys.get(positions[k])} for k below {@code m} by their spread hashes {@code hashes},
   * spread again (their high bits chose the filter's bit: alike for keys that share it), reading a
   * key only where two agree.
   */
  private static KeyIndex index(List<?> keys, int[] positions, int m, int[] hashes) {
    // the smallest power of two of at least m + (m + 2) / 3 slots: always one more than m
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(m + (m + 2) / 3 - 1));
    int[] slots = new int[1 << bits];
    int shift = Integer.SIZE - bits;
    int mask = slots.length - 1;
    int positionBits = Integer.SIZE - Integer.numberOfLeadingZeros(m); // holds 1 to m
    int positionMask = (1 << positionBits) - 1;
    Object first = requireNonNull(keys.get(0), "keys element");
    Class<?> firstClass = first.getClass();
    boolean oneClass = first instanceof Comparable;
    for (int k = 0; k < m; k++) {
      int h;
      if (positions == null) {
        Object key = keys.get(k);
        if (key == null) {
          throw new NullPointerException("keys element " + k);
        }
        oneClass &= key.getClass() == firstClass;
        h = key.hashCode() * SPREAD;
      } else {
        h = hashes[positions[k]] * SPREAD;
      }
      int tag = h << positionBits;
      int s = h >>> shift;
      int v;
      while ((v = slots[s]) != 0) {
        if ((v & ~positionMask) == tag) {
          int j = (v & positionMask) - 1;
          if (positions == null ? keys.get(k).equals(keys.get(j))
              : keys.get(positions[k]).equals(keys.get(positions[j]))) {
            rejectRepeat(keys);
          }
        }
        s = (s + 1) & mask;
      }
      slots[s] = tag | (k + 1);
    }
    return new KeyIndex(slots, shift, positionBits, oneClass);
  }

  private static void checkSize(int n) {
    if (n > MAX_KEYS) { // the count is boxed only when there is a message to build
      Checks.checkArgument(false, "keys (%s keys) must be at most 2^29", n);
    }
  }

  /** Names the first key that repeats an earlier one, with both positions; always throws. */
  private static void rejectRepeat(List<?> keys) {
    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Integer earlier = seen.putIfAbsent(keys.get(i), i);
      if (earlier != null) {
        Checks.checkArgument(false, "keys (%s) must not repeat a key: positions %s and %s",
            keys.get(i), earlier, i);
      }
    }
    throw new IllegalStateException("keys whose equals and hashCode disagree: " + keys);
  }

  /** @return true if the index was built and can be looked up, false if only the check was made */
  boolean isBuilt() {
    return slots != null;
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
