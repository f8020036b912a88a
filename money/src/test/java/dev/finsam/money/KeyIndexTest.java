package dev.finsam.money;

import static dev.finsam.money.MoneyGenerators.keyLists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

  /** Sizes on both sides of each way of checking: pairwise, indexed, filtered. */
  private static final int[] SIZES = {1, 2, 7, 8, 9, 10, 1_000, 65_536, 65_537, 100_000};

  /** {@code n} distinct names, {@code "m0"}, {@code "m1"}, …. */
  private static List<Object> names(int n) {
    List<Object> keys = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      keys.add("m" + i);
    }
    return keys;
  }

  /**
   * {@code 2^blocks} distinct strings with one hash code: every word of {@code blocks} blocks of
   * "Aa" or "BB", which hash alike.
   */
  private static List<Object> sameHash(int blocks) {
    List<Object> keys = new ArrayList<>();
    for (int bitsOf = 0; bitsOf < 1 << blocks; bitsOf++) {
      StringBuilder sb = new StringBuilder();
      for (int b = 0; b < blocks; b++) {
        sb.append((bitsOf >>> b & 1) == 0 ? "Aa" : "BB");
      }
      keys.add(sb.toString());
    }
    return keys;
  }

  /**
   * The first repeat the slow, obvious way: every pair, earlier position first; for many keys
   * (all strings, then) by their order in a tree, which never asks for a hash code.
   */
  private static Optional<int[]> firstRepeat(List<?> keys) {
    if (keys.size() > 2_000) {
      java.util.TreeMap<String, Integer> first = new java.util.TreeMap<>();
      for (int i = 0; i < keys.size(); i++) {
        Integer earlier = first.putIfAbsent((String) keys.get(i), i);
        if (earlier != null) {
          return Optional.of(new int[] {earlier, i});
        }
      }
      return Optional.empty();
    }
    for (int i = 1; i < keys.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (keys.get(j).equals(keys.get(i))) {
          return Optional.of(new int[] {j, i});
        }
      }
    }
    return Optional.empty();
  }

  private static void assertRepeatNamed(List<?> keys, int earlier, int later) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KeyIndex.checked(keys));
    assertEquals("keys (" + keys.get(later) + ") must not repeat a key: positions " + earlier
        + " and " + later, e.getMessage());
  }

  @Nested
  class Checked {
    @Test
    void distinctKeys_pass_atEverySize() {
      for (int n : SIZES) {
        List<Object> keys = names(n);
        KeyIndex checked = KeyIndex.checked(keys);
        assertTrue(checked.oneComparableClass(), "n = " + n);
        // the index is kept exactly where the check built it
        assertEquals(n > 8 && n <= KeyIndex.MAX_INDEXED_WHEN_CHECKED, checked.isBuilt(),
            "n = " + n);
        if (checked.isBuilt()) {
          for (int i = 0; i < n; i += 97) {
            assertEquals(i, checked.positionOf(keys, keys.get(i)));
          }
          assertEquals(-1, checked.positionOf(keys, "absent"));
        }
      }
    }

    @Test
    void aRepeat_isNamedWithBothPositions_atEverySize() {
      for (int n : SIZES) {
        if (n < 2) {
          continue;
        }
        for (int[] at : new int[][] {{0, n - 1}, {n / 2, n - 1}, {0, 1}, {n - 2, n - 1}}) {
          if (at[0] == at[1]) {
            continue;
          }
          List<Object> keys = names(n);
          keys.set(at[1], keys.get(at[0]));
          assertRepeatNamed(keys, at[0], at[1]);
        }
      }
    }

    @Test
    void ofSeveralRepeats_theFirstToRepeatIsNamed() {
      for (int n : new int[] {8, 9, 100_000}) {
        List<Object> keys = names(n);
        keys.set(n - 1, keys.get(1));
        keys.set(n - 2, keys.get(0));
        keys.set(5, keys.get(3));
        assertRepeatNamed(keys, 3, 5);
      }
    }

    @Test
    void keysThatShareAHashCode_areToldApartByEquals() {
      List<Object> few = sameHash(3); // 8 keys, one hash code
      assertTrue(KeyIndex.checked(few).oneComparableClass());
      List<Object> some = sameHash(6); // 64 keys
      assertTrue(KeyIndex.checked(some).isBuilt());
      List<Object> many = names(70_000);
      many.addAll(sameHash(8)); // 256 keys in one bit of the filter
      assertTrue(KeyIndex.checked(many).oneComparableClass());
      for (List<Object> keys : List.of(few, some, many)) {
        int last = keys.size() - 1;
        List<Object> repeated = new ArrayList<>(keys);
        repeated.set(last, keys.get(last - 1));
        assertRepeatNamed(repeated, last - 1, last);
      }
    }

    @Test
    void aNullKey_isNamedByPosition_atEverySize() {
      for (int n : SIZES) {
        for (int at : new int[] {0, n - 1, n / 2}) {
          List<Object> keys = names(n);
          keys.set(at, null);
          NullPointerException e =
              assertThrows(NullPointerException.class, () -> KeyIndex.checked(keys));
          assertEquals(at == 0 ? "keys element" : "keys element " + at, e.getMessage());
        }
      }
    }

    @Test
    void keysOfTwoClassesOrNotComparable_areNotOneComparableClass_atEverySize() {
      for (int n : SIZES) {
        for (int at : new int[] {0, n - 1}) {
          List<Object> mixed = names(n);
          mixed.set(at, Integer.valueOf(-1));
          assertEquals(n == 1, KeyIndex.checked(mixed).oneComparableClass(), "n = " + n);
        }
        List<Object> arrays = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          arrays.add(List.of(i)); // one class, not Comparable
        }
        assertFalse(KeyIndex.checked(arrays).oneComparableClass(), "n = " + n);
      }
    }

    @Test
    void tooManyKeys_areRejectedBeforeAnyIsRead() {
      List<Object> huge = new java.util.AbstractList<>() {
        @Override
        public Object get(int index) {
          throw new AssertionError("read key " + index);
        }

        @Override
        public int size() {
          return (1 << 29) + 1;
        }
      };
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> KeyIndex.checked(huge));
      assertEquals("keys (536870913 keys) must be at most 2^29", e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> KeyIndex.of(huge));
    }
  }

  @Test
  void keyListsWithRepeats_areRejectedExactlyWhenTheObviousSearchFindsOne() {
    qt().withExamples(300).forAll(keyLists()).checkAssert(keys -> {
      Optional<int[]> repeat = firstRepeat(keys);
      assertEquals(repeat.isPresent(), new HashSet<>(keys).size() < keys.size());
      if (repeat.isPresent()) {
        assertRepeatNamed(keys, repeat.get()[0], repeat.get()[1]);
      } else {
        KeyIndex built = KeyIndex.of(keys);
        for (int i = 0; i < keys.size(); i++) {
          assertEquals(i, built.positionOf(keys, keys.get(i)), keys::toString);
        }
        assertEquals(built.oneComparableClass(), KeyIndex.checked(keys).oneComparableClass());
      }
    });
  }

  @Test
  void unknownKeys_areNotFound() {
    List<Object> keys = sameHash(4);
    KeyIndex index = KeyIndex.of(keys.subList(0, 15));
    assertEquals(-1, index.positionOf(keys.subList(0, 15), keys.get(15)));
    assertEquals(Arrays.asList(0, 14), List.of(index.positionOf(keys, keys.get(0)),
        index.positionOf(keys, keys.get(14))));
  }
}
