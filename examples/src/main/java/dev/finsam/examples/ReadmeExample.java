package dev.finsam.examples;

import dev.finsam.money.AmountUnit;
import dev.finsam.money.Amounts;
import dev.finsam.money.ContributionPlan;
import dev.finsam.money.MunicipalKey;
import dev.finsam.money.equity.EquityStaircase;
import dev.finsam.outcomes.OutcomeCategory;
import dev.finsam.outcomes.OutcomeGoal;
import dev.finsam.outcomes.OutcomeScheme;
import dev.finsam.outcomes.OutcomeTable;
import java.util.LinkedHashMap;

/** The example of the README, compiled and checked by {@code ReadmeExampleTest}. */
final class ReadmeExample {

  private ReadmeExample() {}

  static String run() {
    // README-BEGIN
    var population = new LinkedHashMap<String, Long>();             // the key keeps this order
    population.put("Umeå", 2_587_871L);
    population.put("Vännäs", 165_672L);
    var key = MunicipalKey.of(population);
    var plan = ContributionPlan.fromStateAllocation(Amounts.sek(6_216_000), key, AmountUnit.KRONA);
    String region = Amounts.format(plan.region());                    // "3 108 000 kr"

    var trappa = EquityStaircase.provisionalDefault();
    var equity = trappa.assess(Amounts.tkr(4_142), Amounts.tkr(12_432));  // ABOVE, by 2 027,2 tkr

    OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC)
        .participants(422, 468).newcomers(221, 260)
        .ended(OutcomeCategory.WORK, 34, 58).ended(OutcomeCategory.STUDIES, 28, 29)
        .ended(OutcomeCategory.OTHER_ADAPTED_SOLUTION, 45, 42)
        .ended(OutcomeCategory.OTHER_DROPOUT, 32, 30).remaining(283, 309).build();
    boolean met = OutcomeGoal.atLeastPercent(40)
        .of(OutcomeCategory.WORK, OutcomeCategory.STUDIES).evaluate(t).isMet();  // true: 50 %
    // README-END
    return region + "|" + equity.status() + "|" + Amounts.format(equity.excess(), AmountUnit.TKR)
        + "|" + t.percent(OutcomeCategory.WORK) + "|" + met + "|" + t.check().isClean();
  }
}
