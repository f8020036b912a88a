package dev.finsam.examples;

import dev.finsam.core.Findings;
import dev.finsam.money.AmountUnit;
import dev.finsam.money.Amounts;
import dev.finsam.money.ContributionCheck;
import dev.finsam.money.ContributionPlan;
import dev.finsam.money.MunicipalKey;
import dev.finsam.money.ReportedContributions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/** The members' contributions of the annual report 2017, Not 1, both years. */
public final class ContributionsExample {

  private ContributionsExample() {}

  static final long STATE_2017 = 6_216_000;
  static final long STATE_2016 = 6_214_932;

  static Map<String, Long> municipal2017() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("Umeå", 2_587_871L);
    m.put("Vännäs", 165_672L);
    m.put("Nordmaling", 130_650L);
    m.put("Robertsfors", 127_119L);
    m.put("Vindeln", 96_688L);
    return m;
  }

  static Map<String, Long> municipal2016() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("Nordmaling", 136_730L);
    m.put("Umeå", 2_694_202L);
    m.put("Vindeln", 102_548L);
    m.put("Vännäs", 174_020L);
    return m;
  }

  /**
   * The 2017 plan from the state's allocation, the municipal amounts as the key.
   *
   * @return the plan, never null
   */
  public static ContributionPlan plan2017() {
    return ContributionPlan.fromStateAllocation(Amounts.sek(STATE_2017),
        MunicipalKey.of(municipal2017()), AmountUnit.KRONA);
  }

  static Section section() {
    ContributionPlan plan = plan2017();
    List<Comparison> c = new ArrayList<>();
    c.add(new Comparison("Staten 2017", kr(STATE_2017), Amounts.format(plan.state())));
    c.add(new Comparison("Landstinget 2017", kr(3_108_000), Amounts.format(plan.region())));
    municipal2017().forEach((name, kr) -> c.add(new Comparison(name + " 2017", kr(kr),
        Amounts.format(plan.municipality(name)))));
    c.add(new Comparison("Medlemsavgifter 2017", kr(12_432_000), Amounts.format(plan.total())));
    Findings f2017 = ContributionCheck.against(plan, reported(STATE_2017, 3_108_000,
        municipal2017()), Amounts.sek(0));

    ContributionPlan plan2016 = ContributionPlan.fromStateAllocation(Amounts.sek(STATE_2016),
        MunicipalKey.of(municipal2016()), AmountUnit.KRONA);
    ReportedContributions reported2016 = reported(STATE_2016, 3_107_500, municipal2016());
    c.add(new Comparison("Medlemsavgifter 2016", kr(12_429_932),
        Amounts.format(reported2016.total())));
    Findings f2016 = ContributionCheck.proportions(reported2016, Amounts.sek(0));
    return new Section("Medlemsavgifter 2017 och 2016 (Not 1)", plan.toString(), c,
        inYear(2017, f2017).plus(inYear(2016, f2016)));
  }

  /** The findings with the year and document they are about before each sentence. */
  static Findings inYear(int year, Findings findings) {
    Findings.Builder b = Findings.builder();
    for (dev.finsam.core.Finding f : findings.all()) {
      b.add(dev.finsam.core.Finding.of(f.severity(), f.code(),
          year + " (årsredovisningen 2017, Not 1): " + f.message()));
    }
    return b.build();
  }

  static ReportedContributions reported(long state, long region, Map<String, Long> municipal) {
    Map<String, MonetaryAmount> m = new LinkedHashMap<>();
    municipal.forEach((k, v) -> m.put(k, Amounts.sek(v)));
    return ReportedContributions.of(Amounts.sek(state), Amounts.sek(region), m);
  }

  static String kr(long kronor) {
    return Amounts.format(Amounts.sek(kronor));
  }
}
