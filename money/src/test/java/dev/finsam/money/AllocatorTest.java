package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
      assertTrue(a.explain().contains("every quota was whole"), a.explain());
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
      assertTrue(a.explain().contains("tied with 1 other"), a.explain());
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
      assertTrue(text.contains("1 leftover unit"), text);
      assertTrue(text.contains("a: remainder 0.3333"), text);
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
}
