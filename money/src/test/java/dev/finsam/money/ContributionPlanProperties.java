package dev.finsam.money;

import static dev.finsam.money.MoneyGenerators.totals;
import static dev.finsam.money.MoneyGenerators.weightMaps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class ContributionPlanProperties {

  @Test
  void planFromTotalAddsUpAndKeepsTheHalfAndQuarters() {
    qt().withExamples(1000).forAll(totals(), weightMaps()).checkAssert((t, w) -> {
      ContributionPlan p = ContributionPlan.fromTotal(Amounts.sek(t), MunicipalKey.of(w),
          AmountUnit.KRONA);
      long s = Amounts.toUnits(p.state(), AmountUnit.KRONA);
      long r = Amounts.toUnits(p.region(), AmountUnit.KRONA);
      long m = p.municipalities().totalUnits();
      assertEquals((long) t, s + r + m);
      // each part is its exact share of the total rounded down or up
      assertTrue(Math.abs(4 * s - 2 * t) < 4 && Math.abs(4 * r - t) < 4 && Math.abs(4 * m - t) < 4);
    });
  }

  @Test
  void planFromStateAllocationIsTwiceTheState() {
    qt().withExamples(1000).forAll(totals(), weightMaps()).checkAssert((s, w) -> {
      ContributionPlan p = ContributionPlan.fromStateAllocation(Amounts.sek(s),
          MunicipalKey.of(w), AmountUnit.KRONA);
      assertEquals(Amounts.sek(2 * s), p.total());
      long r = Amounts.toUnits(p.region(), AmountUnit.KRONA);
      long m = p.municipalities().totalUnits();
      assertEquals((long) s, r + m);
      assertTrue(r - m == 0 || r - m == (s < 0 ? -1 : 1), r + " vs " + m);
      // the plan checks clean against itself
      assertTrue(ContributionCheck.against(p, ReportedContributions.of(p.state(), p.region(),
          p.municipalities().shares()), Amounts.sek(1)).isClean());
    });
  }
}
