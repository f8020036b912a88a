package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateAllocationModelTest {

  static StateAllocationModel.Recipient r(String name, long support, long population) {
    return new StateAllocationModel.Recipient(name, support, population, Optional.empty(), false);
  }

  @Test
  void baseAndKeys_addUpToTheBudget() {
    // two equal associations share equally; a third with twice the support gets more
    Allocation<String> a = StateAllocationModel.standard().allocate(Amounts.sek(10_000_000),
        List.of(r("A", 100, 1000), r("B", 100, 1000), r("C", 200, 1000)));
    assertEquals(Amounts.sek(10_000_000), a.total());
    assertEquals(a.get("A"), a.get("B"));
    // variable 8 800 000: C's key is 0.75·1/2 + 0.25·1/3 = 11/24, quota 4 033 333 1/3; A and B
    // have 13/48, quota 2 383 333 1/3 each. All three remainders are 1/3, so the one leftover
    // krona goes to the larger weight, C.
    assertEquals(400_000 + 4_033_334L, Amounts.toUnits(a.get("C"), AmountUnit.KRONA));
    assertEquals(400_000 + 2_383_333L, Amounts.toUnits(a.get("A"), AmountUnit.KRONA));
  }

  @Test
  void floor_protectsAnAssociationThatWouldLoseMoreThanTenPercent() {
    StateAllocationModel.Recipient shrinking = new StateAllocationModel.Recipient("A", 10, 100,
        Optional.of(Amounts.sek(5_000_000)), false);
    Allocation<String> a = StateAllocationModel.standard().allocate(Amounts.sek(10_000_000),
        List.of(shrinking, r("B", 1000, 10_000)));
    assertEquals(Amounts.sek(4_500_000), a.get("A"));
    assertEquals(Amounts.sek(5_500_000), a.get("B"));
  }

  @Test
  void floor_doesNotProtectAnAssociationAboveItsTrappa() {
    StateAllocationModel.Recipient rich = new StateAllocationModel.Recipient("A", 10, 100,
        Optional.of(Amounts.sek(5_000_000)), true);
    Allocation<String> a = StateAllocationModel.standard().allocate(Amounts.sek(10_000_000),
        List.of(rich, r("B", 1000, 10_000)));
    assertTrue(Amounts.toUnits(a.get("A"), AmountUnit.KRONA) < 4_500_000);
  }

  @Test
  void budgetBelowTheBases_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StateAllocationModel.standard().allocate(Amounts.sek(700_000),
            List.of(r("A", 1, 1), r("B", 1, 1))));
    assertTrue(e.getMessage().startsWith("budget"), e.getMessage());
  }

  @Test
  void aBudgetOfExactlyTheBasesGivesEachTheBase() {
    Allocation<String> a = StateAllocationModel.standard().allocate(Amounts.sek(800_000),
        List.of(r("A", 1, 1), r("B", 5, 5)));
    assertEquals(List.of(Amounts.sek(400_000), Amounts.sek(400_000)),
        List.of(a.get("A"), a.get("B")));
  }

  @Test
  void floorsThatTheBudgetCannotMeetAreRejectedNamingWhatTheyNeed() {
    // each would keep 90 % of 5 000 000; 8 000 000 cannot give both 4 500 000
    StateAllocationModel.Recipient a = new StateAllocationModel.Recipient("A", 10, 100,
        Optional.of(Amounts.sek(5_000_000)), false);
    StateAllocationModel.Recipient b = new StateAllocationModel.Recipient("B", 1000, 10_000,
        Optional.of(Amounts.sek(5_000_000)), false);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StateAllocationModel.standard().allocate(Amounts.sek(8_000_000), List.of(a, b)));
    assertTrue(AmountsTest.plain(e.getMessage()).endsWith(
        "cannot meet every association's floor (they need 9 000 000 kr)"), e.getMessage());
    // 9 000 000 just meets them
    Allocation<String> just = StateAllocationModel.standard().allocate(Amounts.sek(9_000_000),
        List.of(a, b));
    assertEquals(List.of(Amounts.sek(4_500_000), Amounts.sek(4_500_000)),
        List.of(just.get("A"), just.get("B")));
  }
}
