package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AllocatorTest {

  static final Allocator ALLOCATOR = Allocator.largestRemainder();

  static Map<String, Long> weights(Object... keysAndWeights) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndWeights.length; i += 2) {
      m.put((String) keysAndWeights[i], ((Number) keysAndWeights[i + 1]).longValue());
    }
    return m;
  }

  @Nested
  class Rule {
    @Test
    void annualReport2017_municipalContributionsAddUp() {
      Map<String, Long> key = weights("Umeå", 2_587_871, "Vännäs", 165_672, "Nordmaling", 130_650,
          "Robertsfors", 127_119, "Vindeln", 96_688);
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(3_108_000), key, AmountUnit.KRONA);
      assertEquals(Amounts.sek(2_587_871), a.get("Umeå"));
      assertEquals(Amounts.sek(96_688), a.get("Vindeln"));
      assertEquals(Amounts.sek(3_108_000), a.total());
      assertTrue(a.explain().contains("varje kvot var hel"), a.explain());
    }

    @Test
    void threeEqualWeights_firstInOrderGetsTheLeftover() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(100), weights("a", 1, "b", 1, "c", 1),
          AmountUnit.KRONA);
      assertEquals(34, a.units("a"));
      assertEquals(33, a.units("b"));
      assertEquals(33, a.units("c"));
    }

    @Test
    void equalRemainders_largerWeightFirst() {
      // quotas 0.5 and 1.5: same remainder; b has the larger weight and gets the unit
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(2), weights("a", 1, "b", 3),
          AmountUnit.KRONA);
      assertEquals(0, a.units("a"));
      assertEquals(2, a.units("b"));
      assertTrue(a.explain().contains("samma rest som 1 annan"), a.explain());
    }

    @Test
    void callersTieBreakOverridesInputOrder() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(1), weights("a", 1, "b", 1),
          AmountUnit.KRONA, Comparator.<String>reverseOrder());
      assertEquals(0, a.units("a"));
      assertEquals(1, a.units("b"));
    }

    @Test
    void negativeTotal_isTheMirrorOfThePositive() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(-2), weights("a", 1, "b", 3),
          AmountUnit.KRONA);
      assertEquals(0, a.units("a"));
      assertEquals(-2, a.units("b"));
    }

    @Test
    void tkr_everyShareWholeTkr() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.tkr(1_000), weights("a", 1, "b", 1,
          "c", 1), AmountUnit.TKR);
      assertEquals(Amounts.tkr(334), a.get("a"));
      assertEquals("334 tkr", AmountsTest.plain(Amounts.format(a.get("a"))));
    }

    @Test
    void explain_namesWhoGotEachLeftover() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(10), weights("a", 1, "b", 1, "c", 1),
          AmountUnit.KRONA);
      String text = a.explain();
      assertTrue(text.contains("1 krona blev över"), text);
      assertTrue(text.contains("a: rest 0,3333"), text);
    }
  }

  @Nested
  class PrintedForms {
    @Test
    void anAllocationPrintsAsATableWithItsTotal() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(10), weights("a", 1, "b", 1, "c", 1),
          AmountUnit.KRONA);
      assertEquals("        kr\na        4\nb        3\nc        3\nTotalt  10", a.toString());
      assertEquals(1, a.weight("b"));
    }

    @Test
    void aLineShowsWeightQuotaShareAndWhetherItGotALeftoverUnit() {
      Allocation<String> thirds = ALLOCATOR.allocate(Amounts.sek(10), weights("a", 1, "b", 1,
          "c", 1), AmountUnit.KRONA);
      assertEquals(List.of("a: vikt 1, kvot 3,3333…, andel 4 (+1)",
          "b: vikt 1, kvot 3,3333…, andel 3", "c: vikt 1, kvot 3,3333…, andel 3"),
          thirds.lines().stream().map(Object::toString).toList());
      // a quota of at most four decimals is printed exactly, and a whole one without decimals
      Allocation<String> halves = ALLOCATOR.allocate(Amounts.sek(3), weights("a", 1, "b", 1),
          AmountUnit.KRONA);
      assertEquals("a: vikt 1, kvot 1,5, andel 2 (+1)", halves.lines().get(0).toString());
      Allocation<String> whole = ALLOCATOR.allocate(Amounts.sek(300_000), weights("Umeå", 93_000,
          "Vindeln", 7_000), AmountUnit.KRONA);
      assertEquals("Umeå: vikt 93 000, kvot 279 000, andel 279 000",
          AmountsTest.plain(whole.lines().get(0).toString()));
    }
  }

  @Nested
  class BadInput {
    @Test
    void allocate_rejectsEmptyWeights() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1), Map.of(), AmountUnit.KRONA));
      assertTrue(e.getMessage().startsWith("weights"), e.getMessage());
    }

    @Test
    void allocate_rejectsNoKeysByMapAndByPositionAlike() {
      IllegalArgumentException byMap = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1), Map.of(), AmountUnit.KRONA));
      IllegalArgumentException byPosition = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1), List.of(), new long[0], AmountUnit.KRONA));
      assertEquals("weights ({}) must not be empty", byMap.getMessage());
      assertEquals(byMap.getMessage(), byPosition.getMessage());
    }

    @Test
    void allocate_rejectsANullWeightNamingItsKey() {
      Map<String, Long> withNull = new LinkedHashMap<>();
      withNull.put("a", 1L);
      withNull.put("b", null);
      NullPointerException e = assertThrows(NullPointerException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1), withNull, AmountUnit.KRONA));
      assertEquals("weights value for b", e.getMessage());
    }

    @Test
    void allocate_rejectsNegativeWeightNamingIt() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1), weights("a", 1, "b", -2), AmountUnit.KRONA));
      assertTrue(e.getMessage().contains("b=-2"), e.getMessage());
    }

    @Test
    void allocate_rejectsAllZeroWeights() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1), weights("a", 0), AmountUnit.KRONA));
      assertTrue(e.getMessage().contains("all be zero"), e.getMessage());
    }

    @Test
    void allocate_rejectsTotalNotWholeInUnit() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(new BigDecimal("10.50")), weights("a", 1),
              AmountUnit.KRONA));
      assertTrue(e.getMessage().startsWith("total"), e.getMessage());
    }

    @Test
    void allocate_rejectsOtherCurrencyNamingTotal() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Money.of(10, "EUR"), weights("a", 1), AmountUnit.KRONA));
      assertTrue(e.getMessage().startsWith("total"), e.getMessage());
    }

    @Test
    void allocate_rejectsNulls() {
      Map<String, Long> withNull = new HashMap<>();
      withNull.put("a", null);
      assertThrows(NullPointerException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1), withNull, AmountUnit.KRONA));
      assertThrows(NullPointerException.class,
          () -> ALLOCATOR.allocate(null, weights("a", 1), AmountUnit.KRONA));
    }

    @Test
    void get_unknownKeyNamesIt() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(1), weights("a", 1), AmountUnit.KRONA);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.get("x"));
      assertTrue(e.getMessage().contains("key (x)"), e.getMessage());
    }
  }

  /** A key that is not comparable, so that only the order of the weights can break a tie. */
  record Member(String name) {}

  @Nested
  class HowItWasMade {
    @Test
    void annualReport2017_noTieAndTheRuleNamesTheNaturalOrder() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(3_108_000), ReferenceFigures
          .municipal2017(), AmountUnit.KRONA);
      assertEquals(Allocation.Rule.LARGEST_REMAINDER_THEN_NATURAL_ORDER, a.rule());
      assertEquals(Allocation.TieDecider.NONE, a.tieDecider());
      String text = a.explain();
      assertTrue(text.startsWith("Fördelning av 3\u00A0108\u00A0000\u00A0kr i hela kronor"), text);
      assertTrue(text.contains("sedan nycklarnas naturliga ordning"), text);
      assertFalse(text.contains("Mellan lika rester"), text);
    }

    @Test
    void callersTieBreak_isWhatTheAllocationSaysDecided() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(1), weights("a", 1, "b", 1),
          AmountUnit.KRONA, Comparator.<String>reverseOrder());
      assertEquals(Allocation.Rule.LARGEST_REMAINDER_THEN_TIE_BREAK, a.rule());
      assertEquals(Allocation.TieDecider.TIE_BREAK, a.tieDecider());
      assertTrue(a.explain().endsWith("Mellan lika rester avgjorde anroparens ordning."),
          a.explain());
    }

    @Test
    void namesBreakTiesWhateverTheMapsOrder() {
      Allocation<String> ba = ALLOCATOR.allocate(Amounts.sek(1), weights("b", 1, "a", 1),
          AmountUnit.KRONA);
      assertEquals(1, ba.units("a"));
      assertEquals(List.of("b", "a"), ba.keys());
      assertEquals(Allocation.TieDecider.TIE_BREAK, ba.tieDecider());
      assertEquals(1, ALLOCATOR.allocate(Amounts.sek(1), Map.of("a", 1L, "b", 1L),
          AmountUnit.KRONA).units("a"));
      assertTrue(ba.explain().endsWith("avgjorde nycklarnas naturliga ordning."), ba.explain());
    }

    @Test
    void keysWithoutNaturalOrder_tieGoesByTheOrderOfTheWeights() {
      Map<Member, Long> w = new LinkedHashMap<>();
      w.put(new Member("b"), 1L);
      w.put(new Member("a"), 1L);
      Allocation<Member> a = ALLOCATOR.allocate(Amounts.sek(1), w, AmountUnit.KRONA);
      assertEquals(1, a.units(new Member("b")));
      assertEquals(Allocation.Rule.LARGEST_REMAINDER_THEN_KEY_ORDER, a.rule());
      assertEquals(Allocation.TieDecider.KEY_ORDER, a.tieDecider());
      assertTrue(a.explain().endsWith("avgjorde ordningen i vikterna."), a.explain());
    }

    @Test
    void largerWeight_decidesBeforeAnyTieBreak() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(2), weights("a", 1, "b", 3),
          AmountUnit.KRONA, Comparator.<String>naturalOrder());
      assertEquals(Allocation.TieDecider.LARGER_WEIGHT, a.tieDecider());
      assertTrue(a.explain().endsWith("avgjorde större vikt."), a.explain());
    }

    @Test
    void explain_isSwedishText() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(1_000_001),
          weights("Umeå", 2_000_000, "Vännäs", 1_000_000), AmountUnit.KRONA);
      String text = a.explain();
      assertTrue(text.contains("2\u00A0000\u00A0000"), text);
      assertTrue(text.contains("666\u00A0667,3333…"), text);
      assertFalse(text.contains("2,000,000") || text.contains("666667.") || text.contains("weight"),
          text);
    }

    @Test
    void stateModel_saysItsOwnRuleNotLargestRemainder() {
      Allocation<String> a = StateAllocationModel.standard().allocate(Amounts.sek(10_000_000),
          List.of(new StateAllocationModel.Recipient("A", 100, 1000, Optional.empty(), false),
              new StateAllocationModel.Recipient("B", 100, 1000, Optional.empty(), false),
              new StateAllocationModel.Recipient("C", 200, 1000, Optional.empty(), false)));
      assertEquals(Allocation.Rule.STATE_ALLOCATION_MODEL, a.rule());
      assertEquals(Allocation.TieDecider.LARGER_WEIGHT, a.tieDecider());
      String text = a.explain();
      assertTrue(text.contains("enligt statens fördelningsmodell (grundtilldelning 400\u00A0tkr, "
          + "75\u00A0% försörjningsmått, 25\u00A0% befolkning 16–64, högst 10\u00A0% minskning)"),
          text);
      assertFalse(text.contains("största rest"), text);
    }
  }

  @Nested
  class ByPosition {
    @Test
    void keysAndLongWeights_giveTheSameAllocationAsTheMap() {
      Map<String, Long> map = ReferenceFigures.municipal2017();
      long[] w = map.values().stream().mapToLong(Long::longValue).toArray();
      Allocation<String> byPosition = ALLOCATOR.allocate(Amounts.sek(3_108_001),
          List.copyOf(map.keySet()), w, AmountUnit.KRONA);
      assertEquals(ALLOCATOR.allocate(Amounts.sek(3_108_001), map, AmountUnit.KRONA), byPosition);
      assertEquals("Vännäs", byPosition.keyAt(1));
      assertEquals(165_672, byPosition.unitsAt(1));
      assertEquals(165_672, byPosition.weightAt(1));
      assertEquals(5, byPosition.size());
      w[1] = 0; // the allocation copied the weights
      assertEquals(165_672, byPosition.weightAt(1));
    }

    @Test
    void keysAndWeights_mustMatchAndKeysMustNotRepeat() {
      IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1), List.of("a", "b"), new long[] {1},
              AmountUnit.KRONA));
      assertTrue(sizes.getMessage().startsWith("weights (1 weights) must be one per key (2 keys)"),
          sizes.getMessage());
      IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1), List.of("a", "a"), new long[] {1, 1},
              AmountUnit.KRONA));
      assertTrue(repeated.getMessage().startsWith("keys (a)"), repeated.getMessage());
      IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1), List.of("a", "b"), new long[] {1, -2},
              AmountUnit.KRONA));
      assertTrue(negative.getMessage().startsWith("weights (b=-2)"), negative.getMessage());
    }

    @Test
    void repeatedKey_isNamedWithBothPositions() {
      List<String> keys = new java.util.ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        keys.add("m" + i);
      }
      keys.add("m517");
      IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
          () -> ALLOCATOR.allocate(Amounts.sek(1_000), keys, new long[keys.size()],
              AmountUnit.KRONA));
      assertEquals("keys (m517) must not repeat a key: positions 517 and 1000",
          repeated.getMessage());
    }

    @Test
    void sharesReadByKey_matchSharesReadByPosition() {
      List<Object> keys = new java.util.ArrayList<>();
      long[] w = new long[2_000];
      for (int i = 0; i < w.length; i++) {
        // equal hash codes ("Aa" and "BB") and keys of two classes reach the table's probing
        keys.add(i % 3 == 0 ? Integer.valueOf(i) : (i % 2 == 0 ? "Aa" : "BB") + i);
        w[i] = 1 + i % 7;
      }
      Allocation<Object> a = ALLOCATOR.allocate(Amounts.sek(1_000_003), keys, w, AmountUnit.KRONA);
      assertEquals(Allocation.Rule.LARGEST_REMAINDER_THEN_KEY_ORDER, a.rule());
      for (int i = 0; i < w.length; i++) {
        assertEquals(a.unitsAt(i), a.units(keys.get(i)));
      }
      assertThrows(IllegalArgumentException.class, () -> a.units("absent"));
      keys.set(0, "changed"); // the allocation copied a modifiable list
      assertEquals(0, a.keyAt(0));
    }

    @Test
    void keysMadeByListCopyOf_areKeptNotCopied() {
      List<String> keys = List.copyOf(List.of("a", "b", "c"));
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(10), keys, new long[] {1, 2, 3},
          AmountUnit.KRONA);
      assertTrue(a.keys() == keys);
      assertEquals(5, a.units("c"));
    }

    @Test
    void positionOutsideTheKeys_isAnIndexError() {
      Allocation<String> a = ALLOCATOR.allocate(Amounts.sek(1), List.of("a"), new long[] {1},
          AmountUnit.KRONA);
      assertThrows(IndexOutOfBoundsException.class, () -> a.unitsAt(1));
      assertThrows(IndexOutOfBoundsException.class, () -> a.keyAt(-1));
    }
  }
}
