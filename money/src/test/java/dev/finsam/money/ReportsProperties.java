package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ReportsProperties {

  static Gen<List<GrantCall.Application>> applications() {
    Gen<GrantCall.Application> app = longs().between(1, 1_000).zip(integers().between(1, 6),
        (tkr, prio) -> new GrantCall.Application("P" + prio + "-" + tkr, "", Amounts.tkr(tkr),
            prio));
    return lists().of(app).ofSizeBetween(0, 10);
  }

  @Test
  void grantProposalsNeverExceedTheFrameNorSkipAFittingHigherPriority() {
    qt().forAll(applications(), longs().between(0, 3_000), booleans().all())
        .checkAssert((apps, frame, skip) -> {
          GrantCall call = GrantCall.of(Amounts.tkr(frame), apps).withPolicy(
              skip ? GrantCall.Policy.SKIP_MISFITS : GrantCall.Policy.STOP_AT_FIRST_MISFIT);
          GrantCall.Proposal p = call.propose();
          long granted = p.granted().stream().mapToLong(a -> Amounts.toOre(a.amount())).sum();
          assertTrue(granted <= Amounts.toOre(Amounts.tkr(frame)));
          assertEquals(Amounts.toOre(Amounts.tkr(frame)) - granted, Amounts.toOre(p.left()));
          // a refused application did not fit in what was left when its turn came
          long left = Amounts.toOre(Amounts.tkr(frame));
          boolean stopped = false;
          for (GrantCall.Decision d : p.decisions()) {
            long amount = Amounts.toOre(d.application().amount());
            if (d.granted()) {
              assertTrue(!stopped && amount <= left);
              left -= amount;
            } else if (!stopped) {
              assertTrue(amount > left, d.application().name() + " fitted but was refused");
              stopped = !skip;
            }
          }
        });
  }

  static Gen<List<StateAllocationModel.Recipient>> recipients() {
    Gen<StateAllocationModel.Recipient> r = longs().between(0, 50_000)
        .zip(longs().between(0, 500_000), longs().between(0, 30_000_000), booleans().all(),
            (s, p, prev, above) -> new StateAllocationModel.Recipient("x", s, p,
                prev == 0 ? Optional.empty() : Optional.of(Amounts.sek(prev)), above));
    return lists().of(r).ofSizeBetween(1, 40).map(list -> {
      List<StateAllocationModel.Recipient> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        StateAllocationModel.Recipient x = list.get(i);
        named.add(new StateAllocationModel.Recipient("F" + i, x.supportMeasure() + 1,
            x.workingAgePopulation(), x.previousAllocation(), x.aboveTrappa()));
      }
      return named;
    });
  }

  /**
   * The least budget the standard model can split: every association's base, or its floor
   * (90 % of last year, rounded up) where the floor protects it and is higher.
   */
  static long leastBudget(List<StateAllocationModel.Recipient> rs) {
    long least = 0;
    for (StateAllocationModel.Recipient r : rs) {
      long need = 400_000;
      if (!r.aboveTrappa() && r.previousAllocation().isPresent()) {
        long prev = Amounts.toUnits(r.previousAllocation().get(), AmountUnit.KRONA);
        need = Math.max(need, (9 * prev + 9) / 10);
      }
      least += need;
    }
    return least;
  }

  @Test
  void stateModelAddsUpExactlyAndRespectsTheFloorWhereItApplies() {
    // budgets that cover every base and floor, so that every example is split (none skipped)
    qt().withExamples(500).forAll(recipients(), longs().between(0, 400_000_000)
        .mix(longs().between(0, 10), 20)).checkAssert((rs, extra) -> {
          long budget = leastBudget(rs) + extra;
          Allocation<String> a = StateAllocationModel.standard().allocate(Amounts.sek(budget), rs);
          assertEquals(budget, a.totalUnits());
          for (StateAllocationModel.Recipient r : rs) {
            long got = Amounts.toUnits(a.get(r.name()), AmountUnit.KRONA);
            assertTrue(got >= 400_000, r.name() + " below base");
            if (!r.aboveTrappa() && r.previousAllocation().isPresent()) {
              long prev = Amounts.toUnits(r.previousAllocation().get(), AmountUnit.KRONA);
              assertTrue(10 * got >= 9 * prev, r.name() + " lost more than 10 %");
            }
          }
        });
  }

  @Test
  void stateModelRejectsABudgetBelowWhatTheBasesAndFloorsNeed() {
    qt().withExamples(200).forAll(recipients(), longs().between(1, 1_000_000))
        .checkAssert((rs, shortfall) -> {
          long budget = leastBudget(rs) - shortfall;
          IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
              () -> StateAllocationModel.standard().allocate(Amounts.sek(budget), rs));
          assertTrue(e.getMessage().startsWith("budget"), e.getMessage());
        });
  }
}
