package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Fraction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Keys, co-financing and the state's model as the board reads them: their texts, and the edges
 * of what they accept.
 */
class MunicipalKeyTest {

  private static Map<String, BigDecimal> percent(String... nameAndPercent) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < nameAndPercent.length; i += 2) {
      m.put(nameAndPercent[i], new BigDecimal(nameAndPercent[i + 1]));
    }
    return m;
  }

  @Test
  void eachKeyPrintsItsBasisAndItsWeightsInOrder() {
    Map<String, Long> pop = new LinkedHashMap<>();
    pop.put("Umeå", 93_000L);
    pop.put("Vännäs", 5_300L);
    assertEquals("fördelningsnyckel (befolkning 16–64): Umeå 93 000, Vännäs 5 300",
        plain(MunicipalKey.ofWorkingAgePopulation(pop).toString()));
    assertEquals("fördelningsnyckel (folkmängd): Umeå 93 000, Vännäs 5 300",
        plain(MunicipalKey.ofTotalPopulation(pop).toString()));
    assertEquals("fördelningsnyckel (vikter): Umeå 93 000, Vännäs 5 300",
        plain(MunicipalKey.of(pop).toString()));
    assertEquals("fördelningsnyckel (lika delar): Umeå 1, Vännäs 1",
        plain(MunicipalKey.ofEqualParts(List.of("Umeå", "Vännäs")).toString()));
    assertEquals("fördelningsnyckel (fasta andelar i hundradels procent): Umeå 6 250, "
        + "Vännäs 3 750", plain(MunicipalKey.ofPercentages(percent("Umeå", "62.5", "Vännäs",
            "37.5")).toString()));
    assertEquals(MunicipalKey.Basis.TOTAL_POPULATION, MunicipalKey.ofTotalPopulation(pop).basis());
    assertNotEquals(MunicipalKey.of(pop), MunicipalKey.ofTotalPopulation(pop));
  }

  @Test
  void percentagesFrom0To100WithTwoDecimalsAreAcceptedAndAThirdDecimalIsNot() {
    MunicipalKey all = MunicipalKey.ofPercentages(percent("Umeå", "100", "Vännäs", "0"));
    assertEquals(Map.of("Umeå", 10_000L, "Vännäs", 0L), all.weights());
    MunicipalKey zeros = MunicipalKey.ofPercentages(percent("Umeå", "99.990", "Vännäs",
        "0.0100"));
    assertEquals(Map.of("Umeå", 9_999L, "Vännäs", 1L), zeros.weights());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MunicipalKey.ofPercentages(percent("Umeå", "99.995", "Vännäs", "0.005")));
    assertEquals("percentage of Umeå (99.995) must be 0 to 100 with at most two decimals",
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> MunicipalKey.ofPercentages(percent("Umeå", "100.01", "Vännäs", "-0.01")));
    IllegalArgumentException sum = assertThrows(IllegalArgumentException.class,
        () -> MunicipalKey.ofPercentages(percent("Umeå", "60", "Vännäs", "40.01")));
    assertTrue(plain(sum.getMessage()).endsWith("must add up to 100, not 100,01"),
        sum.getMessage());
  }

  @Test
  void coFinancingPrintsTheCostAndBothParts() {
    CoFinancing c = CoFinancing.fromAssociationPart(Amounts.tkr(390), Fraction.of(3, 4));
    assertEquals("kostnad 520 000 kr: förbundet 390 000 kr (75 %), medlemmen 130 000 kr",
        plain(c.toString()));
    assertEquals(Fraction.of(3, 4), c.rate());
    assertEquals(Amounts.tkr(390), c.associationPart());
    CoFinancing third = CoFinancing.ofCost(Amounts.sek(1_000), Fraction.of(1, 3),
        AmountUnit.KRONA);
    assertEquals("kostnad 1 000 kr: förbundet 333 kr (33,33 %), medlemmen 667 kr",
        plain(third.toString()));
    CoFinancing whole = CoFinancing.ofCost(Amounts.sek(1_000), Fraction.ONE, AmountUnit.KRONA);
    assertEquals(Amounts.sek(0), whole.memberPart());
  }

  @Test
  void theStatesModelPrintsItsBaseKeysAndFloor() {
    StateAllocationModel standard = StateAllocationModel.standard();
    assertEquals("grundtilldelning 400 tkr, 75 % försörjningsmått, 25 % befolkning 16–64, "
        + "högst 10 % minskning", plain(standard.toString()));
    assertEquals("grundtilldelning 400 tkr, 75 % försörjningsmått, 25 % befolkning 16–64",
        plain(standard.withoutFloor().toString()));
    assertEquals("grundtilldelning 500 tkr, 75 % försörjningsmått, 25 % befolkning 16–64, "
        + "högst 12,5 % minskning", plain(standard.withBase(Amounts.tkr(500))
            .withFloor(Fraction.of(1, 8)).toString()));
    assertEquals(Amounts.tkr(400), standard.base());
    assertEquals(Optional.of(Fraction.of(1, 10)), standard.maxLoss());
  }

  /** Base 400 000 kr each; the rest by population alone when no one has a support measure. */
  @Test
  void theStatesModelWeighsByOneKeyWhenTheOtherIsZeroEverywhere() {
    Allocation<String> byPopulation = StateAllocationModel.standard().allocate(
        Amounts.sek(1_800_000), List.of(StateAllocationModelTest.r("A", 0, 3_000),
            StateAllocationModelTest.r("B", 0, 1_000)));
    assertEquals(Amounts.sek(400_000 + 750_000), byPopulation.get("A"));
    assertEquals(Amounts.sek(400_000 + 250_000), byPopulation.get("B"));
    Allocation<String> bySupport = StateAllocationModel.standard().allocate(
        Amounts.sek(1_800_000), List.of(StateAllocationModelTest.r("A", 1, 0),
            StateAllocationModelTest.r("B", 4, 0)));
    assertEquals(Amounts.sek(400_000 + 200_000), bySupport.get("A"));
    assertEquals(Amounts.sek(400_000 + 800_000), bySupport.get("B"));
  }

  /** 90 % of 1 000 001 kr is 900 000,90 kr: the floor is rounded up to whole kronor. */
  @Test
  void theFloorIsRoundedUpAndAModelWithoutOneLetsAnAssociationFall() {
    StateAllocationModel.Recipient shrinking = new StateAllocationModel.Recipient("A", 1, 1,
        Optional.of(Amounts.sek(1_000_001)), false);
    List<StateAllocationModel.Recipient> rs = List.of(shrinking,
        StateAllocationModelTest.r("B", 99, 99));
    Allocation<String> floored = StateAllocationModel.standard().allocate(Amounts.sek(2_000_000),
        rs);
    assertEquals(Amounts.sek(900_001), floored.get("A"));
    assertEquals(Amounts.sek(1_099_999), floored.get("B"));
    Allocation<String> free = StateAllocationModel.standard().withoutFloor()
        .allocate(Amounts.sek(2_000_000), rs);
    assertEquals(Amounts.sek(400_000 + 12_000), free.get("A"));
  }
}
