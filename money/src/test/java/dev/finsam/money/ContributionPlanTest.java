package dev.finsam.money;

import static dev.finsam.money.ReferenceFigures.REGION_2016;
import static dev.finsam.money.ReferenceFigures.REGION_2017;
import static dev.finsam.money.ReferenceFigures.STATE_2016;
import static dev.finsam.money.ReferenceFigures.STATE_2017;
import static dev.finsam.money.ReferenceFigures.inKronor;
import static dev.finsam.money.ReferenceFigures.municipal2016;
import static dev.finsam.money.ReferenceFigures.municipal2017;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Findings;
import dev.finsam.core.Fraction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContributionPlanTest {

  static ContributionPlan plan2017() {
    return ContributionPlan.fromStateAllocation(Amounts.sek(STATE_2017),
        MunicipalKey.of(municipal2017()), AmountUnit.KRONA);
  }

  static ContributionPlan plan2016() {
    return ContributionPlan.fromStateAllocation(Amounts.sek(STATE_2016),
        MunicipalKey.of(municipal2016()), AmountUnit.KRONA);
  }

  static ReportedContributions reported2017() {
    return ReportedContributions.of(Amounts.sek(STATE_2017), Amounts.sek(REGION_2017),
        inKronor(municipal2017()));
  }

  static ReportedContributions reported2016() {
    return ReportedContributions.of(Amounts.sek(STATE_2016), Amounts.sek(REGION_2016),
        inKronor(municipal2016()));
  }

  @Nested
  class Plans {
    @Test
    void annualReport2017_note1ReproducedFromTheStatesAllocation() {
      ContributionPlan plan = plan2017();
      assertEquals(Amounts.sek(STATE_2017), plan.state());
      assertEquals(Amounts.sek(REGION_2017), plan.region());
      municipal2017().forEach((name, kr) -> assertEquals(Amounts.sek(kr), plan.municipality(name)));
      assertEquals(Amounts.sek(12_432_000), plan.total()); // "12 432 tkr" in section 2.5
      assertEquals(Amounts.sek(3_108_000), plan.municipalities().total());
    }

    @Test
    void annualReport2017_planPrintsAsTheBudgetTable() {
      ContributionPlan plan = plan2017();
      String table = AmountsTest.plain(plan.toString());
      assertTrue(table.contains("Regionen"), table);
      assertTrue(table.lines().anyMatch(l -> l.startsWith("  Umeå") && l.endsWith("2 587 871")),
          table);
      assertTrue(table.lines().anyMatch(l -> l.startsWith("Summa") && l.endsWith("12 432 000")),
          table);
    }

    @Test
    void fromTotal_2019BudgetInTkrSplitsTheOddQuarter() {
      // 11 450 tkr: the state 5 725 tkr; 5 725 tkr is odd, the region gets the leftover tkr
      ContributionPlan plan = ContributionPlan.fromTotal(Amounts.tkr(11_450),
          MunicipalKey.ofEqualParts(List.of("A", "B")), AmountUnit.TKR);
      assertEquals(Amounts.tkr(5_725), plan.state());
      assertEquals(Amounts.tkr(2_863), plan.region());
      assertEquals(Amounts.tkr(2_862), plan.municipalities().total());
      assertEquals(Amounts.tkr(11_450), plan.total());
    }

    @Test
    void fromStateAllocation_rejectsStateNotWholeInUnit() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ContributionPlan.fromStateAllocation(Amounts.sek(6_216_500),
              MunicipalKey.of(municipal2017()), AmountUnit.TKR));
      assertTrue(e.getMessage().startsWith("state"), e.getMessage());
    }

    @Test
    void municipalKey_percentagesMustAddUpTo100() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> MunicipalKey.ofPercentages(Map.of("A", new BigDecimal("60"),
              "B", new BigDecimal("30"))));
      assertTrue(e.getMessage().contains("100"), e.getMessage());
      MunicipalKey ok = MunicipalKey.ofPercentages(
          new java.util.LinkedHashMap<>(Map.of("A", new BigDecimal("62.5"))) {{
              put("B", new BigDecimal("37.5"));
            }});
      assertEquals(6250L, ok.weights().get("A"));
    }
  }

  @Nested
  class Checks {
    @Test
    void annualReport2017_reportedContributionsCheckClean() {
      ContributionPlan plan = plan2017();
      ReportedContributions reported = reported2017();
      Findings f = ContributionCheck.against(plan, reported, Amounts.sek(0));
      assertTrue(f.all().isEmpty(), f.toString());
    }

    @Test
    void annualReport2016_statePaid68KronorLessThanTwiceTheRegion() {
      ContributionPlan plan = plan2016();
      ReportedContributions reported = reported2016();
      Findings f = ContributionCheck.against(plan, reported, Amounts.sek(0));
      assertFalse(f.isClean());
      List<dev.finsam.core.Finding> ratio = f.withCode("contribution.state.not-twice-region");
      assertEquals(1, ratio.size(), f.toString());
      assertTrue(AmountsTest.plain(ratio.get(0).message()).contains("68 kr mindre"),
          ratio.get(0).message());
      // the region paid half of the state's 6 214 932 (3 107 466) plus 34
      assertTrue(f.withCode("contribution.deviation").stream()
          .anyMatch(x -> AmountsTest.plain(x.message()).contains("Regionen")
              && AmountsTest.plain(x.message()).contains("+34 kr")), f.toString());
    }

    @Test
    void annualReport2016_within100KronorToleranceOnlyInfo() {
      ContributionPlan plan = plan2016();
      ReportedContributions reported = reported2016();
      Findings f = ContributionCheck.against(plan, reported, Amounts.sek(100));
      assertTrue(f.isClean(), f.toString());
      assertTrue(f.contains("contribution.state.not-twice-region.within-tolerance"));
    }

    @Test
    void missingAndUnexpectedMunicipalitiesAreFound() {
      ContributionPlan plan = plan2017();
      Map<String, Long> reportedMunicipal = new java.util.LinkedHashMap<>(municipal2017());
      long vindeln = reportedMunicipal.remove("Vindeln");
      reportedMunicipal.put("Bjurholm", vindeln);
      Findings f = ContributionCheck.against(plan, ReportedContributions.of(
          Amounts.sek(STATE_2017), Amounts.sek(REGION_2017), inKronor(reportedMunicipal)),
          Amounts.sek(0));
      assertTrue(f.contains("contribution.municipality.missing"), f.toString());
      assertTrue(f.contains("contribution.municipality.unexpected"), f.toString());
    }

    @Test
    void negativeToleranceIsRejected() {
      ContributionPlan plan = plan2017();
      ReportedContributions reported = reported2017();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ContributionCheck.against(plan, reported, Amounts.sek(-1)));
      assertTrue(e.getMessage().startsWith("tolerance"), e.getMessage());
    }
  }

  @Nested
  class CoFinancingRule {
    @Test
    void protocol20171130_paragraph78_390TkrIs75PercentOf520() {
      CoFinancing c = CoFinancing.fromAssociationPart(Amounts.tkr(390), Fraction.of(3, 4));
      assertEquals(Amounts.tkr(520), c.cost());
      assertEquals(Amounts.tkr(130), c.memberPart());
    }

    @Test
    void ofCost_partsAddUpExactly() {
      CoFinancing c = CoFinancing.ofCost(Amounts.sek(1_001), Fraction.of(3, 4), AmountUnit.KRONA);
      assertEquals(Amounts.sek(751), c.associationPart());
      assertEquals(Amounts.sek(250), c.memberPart());
    }

    @Test
    void theRateIsAboveZeroAndAtMostOne() {
      IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
          () -> CoFinancing.fromAssociationPart(Amounts.sek(1), Fraction.ZERO));
      assertEquals("rate (0) must be above 0 and at most 1", zero.getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> CoFinancing.ofCost(Amounts.sek(1), Fraction.ZERO, AmountUnit.KRONA));
      // at 1 the association pays all of it, from either side
      CoFinancing all = CoFinancing.fromAssociationPart(Amounts.sek(300), Fraction.ONE);
      assertEquals(List.of(Amounts.sek(300), Amounts.sek(300), Amounts.sek(0)),
          List.of(all.cost(), all.associationPart(), all.memberPart()));
      assertEquals(all, CoFinancing.ofCost(Amounts.sek(300), Fraction.ONE, AmountUnit.KRONA));
    }

    @Test
    void aZeroOrNegativeCostSplitsAsAPositiveOneDoes() {
      CoFinancing none = CoFinancing.fromAssociationPart(Amounts.sek(0), Fraction.of(1, 2));
      assertEquals(List.of(Amounts.sek(0), Amounts.sek(0)), List.of(none.cost(), none.memberPart()));
      // a repaid grant: the association gets back three quarters of what is returned
      CoFinancing back = CoFinancing.fromAssociationPart(Amounts.sek(-300), Fraction.of(3, 4));
      assertEquals(List.of(Amounts.sek(-400), Amounts.sek(-100)),
          List.of(back.cost(), back.memberPart()));
      CoFinancing all = CoFinancing.fromAssociationPart(Amounts.sek(-300), Fraction.ONE);
      assertEquals(List.of(Amounts.sek(-300), Amounts.sek(0)), List.of(all.cost(), all.memberPart()));
    }

    @Test
    void theValueRefusesAPartOutsideItsCostHoweverItIsMade() {
      Fraction half = Fraction.of(1, 2);
      for (long[] bad : new long[][] {{100, 101}, {100, -1}, {-100, -101}, {-100, 1}}) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ImmutableCoFinancing.create(bad[0], bad[1], half));
        assertTrue(e.getMessage().startsWith("associationPart ("), e.getMessage());
      }
      for (long[] edge : new long[][] {{100, 100}, {100, 0}, {-100, -100}, {-100, 0}, {0, 0}}) {
        assertEquals(edge[1], ImmutableCoFinancing.create(edge[0], edge[1], half).associationOre());
      }
      IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
          () -> ImmutableCoFinancing.create(100, 50, Fraction.ZERO));
      assertEquals("rate (0) must be above 0 and at most 1", rate.getMessage());
    }

    @Test
    void aCostOfExactly2To63OreIsTooLargeAndOneStepBelowIsNot() {
      Fraction quarter = Fraction.of(1, 4);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CoFinancing.fromAssociationPart(Amounts.ofOre(1L << 61), quarter));
      assertTrue(e.getMessage().contains("too large for a 64-bit count"), e.getMessage());
      CoFinancing below = CoFinancing.fromAssociationPart(Amounts.ofOre((1L << 61) - 1), quarter);
      assertEquals(Amounts.ofOre(Long.MAX_VALUE - 3), below.cost());
    }

    @Test
    void aRateWhoseDenominatorIs2To63IsRejectedAndOneBelowIsSplit() {
      BigInteger twoTo63 = BigInteger.ONE.shiftLeft(63);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CoFinancing.ofCost(Amounts.sek(100), Fraction.of(BigInteger.ONE, twoTo63),
              AmountUnit.KRONA));
      assertTrue(e.getMessage().startsWith("rate (1/9223372036854775808) must have a "
          + "denominator"), e.getMessage());
      CoFinancing c = CoFinancing.ofCost(Amounts.sek(100), Fraction.of(BigInteger.ONE,
          BigInteger.valueOf(Long.MAX_VALUE)), AmountUnit.KRONA);
      assertEquals(List.of(Amounts.sek(0), Amounts.sek(100)),
          List.of(c.associationPart(), c.memberPart()));
    }

    @Test
    void fromAssociationPart_rejectsCostThatIsNoWholeOre() {
      assertThrows(ArithmeticException.class,
          () -> CoFinancing.fromAssociationPart(Amounts.ofOre(1), Fraction.of(3, 4)));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CoFinancing.fromAssociationPart(Amounts.sek(1), Fraction.of(5, 4)));
      assertTrue(e.getMessage().startsWith("rate (5/4)"), e.getMessage());
    }
  }

  @Nested
  class Limits {
    @Test
    void deviationOfLongMinValueOre_isAnErrorNotWithinTolerance() {
      ContributionPlan plan = ContributionPlan.fromStateAllocation(Amounts.sek(0),
          MunicipalKey.of(Map.of("A", 1L)), AmountUnit.KRONA);
      ReportedContributions reported = ReportedContributions.of(Amounts.ofOre(Long.MIN_VALUE),
          Amounts.sek(0), Map.of());
      Findings f = ContributionCheck.against(plan, reported, Amounts.sek(1));
      assertTrue(f.contains("contribution.deviation"), f.toString());
      assertTrue(f.contains("contribution.state.not-twice-region"), f.toString());
      assertFalse(f.isClean());
      // a deviation beyond a long: the state paid Long.MAX_VALUE öre and the plan says −1 kr
      ContributionPlan minus = ContributionPlan.fromStateAllocation(Amounts.sek(-1),
          MunicipalKey.of(Map.of("A", 1L)), AmountUnit.KRONA);
      Findings g = ContributionCheck.against(minus, ReportedContributions.of(
          Amounts.ofOre(Long.MAX_VALUE), Amounts.sek(0), Map.of("A", Amounts.sek(0))),
          Amounts.sek(0));
      assertTrue(AmountsTest.plain(g.withCode("contribution.deviation").get(0).message())
          .contains("skillnad +92 233 720 368 547 759,07 kr"), g.toString());
    }

    @Test
    void reportedTotalBeyondALong_isRejectedWhenMade() {
      MonetaryAmount large = Amounts.ofOre(Long.MAX_VALUE / 2 + 1);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ReportedContributions.of(large, large, Map.of()));
      assertTrue(e.getMessage().startsWith("total ("), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> ReportedContributions.of(Amounts.sek(0),
          Amounts.sek(0), Map.of("A", large, "B", large)));
    }

    @Test
    void planWhoseTotalIsBeyondALong_isRejectedWhenMade() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ContributionPlan.fromStateAllocation(Amounts.ofOre(Long.MAX_VALUE / 100 * 100),
              MunicipalKey.of(Map.of("A", 1L)), AmountUnit.KRONA));
      assertTrue(e.getMessage().startsWith("total ("), e.getMessage());
    }

    @Test
    void municipalKey_tieGoesByNameWhateverTheOrder_andPrintingKeepsTheOrder() {
      Map<String, Long> vu = new java.util.LinkedHashMap<>();
      vu.put("Vännäs", 1L);
      vu.put("Umeå", 1L);
      ContributionPlan plan = ContributionPlan.fromStateAllocation(Amounts.sek(3),
          MunicipalKey.of(vu), AmountUnit.KRONA);
      assertEquals(Amounts.sek(1), plan.municipality("Umeå"));
      assertEquals(Amounts.sek(0), plan.municipality("Vännäs"));
      assertEquals(plan.municipalities().shares(), ContributionPlan.fromStateAllocation(
          Amounts.sek(3), MunicipalKey.of(Map.of("Umeå", 1L, "Vännäs", 1L)), AmountUnit.KRONA)
          .municipalities().shares());
      String table = AmountsTest.plain(plan.toString());
      assertTrue(table.indexOf("Vännäs") < table.indexOf("Umeå"), table);
    }

    @Test
    void municipalKey_absurdPercentagesFailFast() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> MunicipalKey.ofPercentages(Map.of("A", new BigDecimal(java.math.BigInteger.ONE,
              -999_999_999), "B", new BigDecimal(java.math.BigInteger.ONE, 999_999_999))));
      assertTrue(e.getMessage().startsWith("percentage of "), e.getMessage());
    }
  }
}
