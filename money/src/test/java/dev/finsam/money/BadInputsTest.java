package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Fraction;
import dev.finsam.core.testing.BadInputs;
import dev.finsam.money.equity.EquityBudget;
import dev.finsam.money.equity.EquityStaircase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * A catalogue of bad inputs to money's public factories, parsers, builders and checks: each must
 * fail fast with the stated exception, and an {@code IllegalArgumentException}'s message must name
 * the parameter and quote the value. Some cases are inputs at the edges that must be accepted
 * quickly ({@code type} is null).
 */
class BadInputsTest {

  private static final BadInputs CASES = new BadInputs();
  private static final MonetaryAmount EUR = FastMoney.of(100, "EUR");
  private static final MonetaryAmount SEK_100 = Amounts.sek(100);
  private static final MonetaryAmount HALF_ORE = Money.of(new BigDecimal("0.005"), "SEK");
  private static final String MAX = String.valueOf(Long.MAX_VALUE);
  private static final String GARBAGE_MB = garbage(1_000_000);

  private static void iae(String what, Executable call, String... says) {
    CASES.iae(what, call, says);
  }

  private static void npe(String what, Executable call) {
    CASES.npe(what, call);
  }

  private static void ok(String what, Executable call) {
    CASES.ok(what, call);
  }

  private static String garbage(int n) {
    return BadInputs.garbage(n, 42,
        "0123456789 ,.-−\t\n()§%krtköreÅÄÖ abcxyz\u00a0\u0661\uff11");
  }

  private static Map<String, Long> weights(int n, long w) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      m.put("K" + i, w);
    }
    return m;
  }

  private static MunicipalKey key() {
    return MunicipalKey.of(Map.of("Umeå", 3L, "Vännäs", 1L));
  }

  static {
    amounts();
    keys();
    plansAndReports();
    grantCalls();
    stateAllocation();
    equityAndCoFinancing();
    statements();
  }

  private static void amounts() {
    for (long k : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 100 + 1,
        Long.MIN_VALUE / 100 - 1}) {
      iae("kronor " + k, () -> Amounts.sek(k), "kronor", String.valueOf(k));
      iae("tkr " + k, () -> Amounts.tkr(k), "tkr", String.valueOf(k));
      iae("count " + k + " kr", () -> Amounts.of(k, AmountUnit.KRONA), "count", String.valueOf(k));
    }
    iae("count of tkr beyond a long", () -> Amounts.of(Long.MAX_VALUE / 1000, AmountUnit.TKR),
        "count");
    npe("count without unit", () -> Amounts.of(1, null));
    npe("kronor null", () -> Amounts.sek((BigDecimal) null));
    npe("tkr null", () -> Amounts.tkr((BigDecimal) null));
    iae("kronor of scale 999 999 999",
        () -> Amounts.sek(new BigDecimal(BigInteger.ONE, 999_999_999)), "kronor", "1E-999999999");
    iae("kronor of scale -999 999 999", () -> Amounts.sek(new BigDecimal("1e999999999")),
        "kronor", "1E+999999999");
    iae("kronor of the smallest scale",
        () -> Amounts.sek(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)), "kronor");
    iae("kronor of the largest scale",
        () -> Amounts.sek(new BigDecimal(BigInteger.TEN, Integer.MAX_VALUE)), "kronor");
    iae("tkr of scale 999 999 999",
        () -> Amounts.tkr(new BigDecimal(BigInteger.ONE, 999_999_999)), "tkr", "1E-999999999");
    iae("tkr 1e999999999", () -> Amounts.tkr(new BigDecimal("-1e999999999")), "tkr");
    iae("kronor of 10 000 digits", () -> Amounts.sek(new BigDecimal("9".repeat(10_000))),
        "kronor");
    iae("kronor 1e17", () -> Amounts.sek(new BigDecimal("1e17")), "kronor", "1E+17");
    iae("kronor 0,001", () -> Amounts.sek(new BigDecimal("0.001")), "kronor", "0.001");
    iae("tkr 0,000001", () -> Amounts.tkr(new BigDecimal("0.000001")), "tkr", "0.000001");
    iae("an EUR amount read as öre", () -> Amounts.toOre(EUR), "amount", "EUR");
    iae("an EUR amount read as equity", () -> Amounts.toOre(EUR, "equity"), "equity", "EUR");
    iae("half an öre read as öre", () -> Amounts.toOre(HALF_ORE), "amount", "0.005");
    iae("an amount beyond a long read as öre",
        () -> Amounts.toOre(Money.of(new BigDecimal("1e30"), "SEK")), "amount");
    npe("toOre null", () -> Amounts.toOre(null));
    iae("1,50 kr in whole kronor", () -> Amounts.toUnits(Amounts.ofOre(150), AmountUnit.KRONA),
        "amount", "1,50");
    iae("1 500 kr in whole tkr", () -> Amounts.toUnits(Amounts.sek(1500), AmountUnit.TKR),
        "amount", "1\u00a0500\u00a0kr");
    iae("an EUR amount formatted", () -> Amounts.format(EUR), "amount", "EUR");
    iae("half an öre formatted", () -> Amounts.format(HALF_ORE), "amount");
    npe("format null", () -> Amounts.format(null));
    for (String s : List.of("", " ", "kr", "tkr", "öre", "abc kr", "12", "12,5,5 kr", "1.5 kr",
        "\u0661\u0662 kr", "\uff11\uff12 kr", "12 €", "12 kr kr", "--12 kr", "12,555 kr",
        "1e5 kr", "1 00 kr", "0,000001 tkr", "(12) kr", "12 KR", "0,5 öre", "kr 12")) {
      iae("amount text \"" + s + "\"", () -> Amounts.parse(s), "amount text",
          "\"" + s + "\"");
    }
    iae("amount text beyond a long", () -> Amounts.parse("9".repeat(30) + " kr"), "amount text",
        "999");
    iae("amount text of 1 MB garbage", () -> Amounts.parse(GARBAGE_MB), "amount text");
    iae("amount text of 50 000 brackets", () -> Amounts.parse("(".repeat(50_000)),
        "amount text");
    iae("amount text of 20 000 spaces", () -> Amounts.parse("1" + " ".repeat(20_000) + "kr"),
        "amount text");
    npe("amount text null", () -> Amounts.parse(null));
    ok("every amount with öre reads back as printed", () -> {
      for (long ore : new long[] {1, 5, 50, 1_250, -68_05, 310_800_012, Long.MAX_VALUE,
          Long.MIN_VALUE + 1, Long.MIN_VALUE}) {
        MonetaryAmount x = Amounts.ofOre(ore);
        assertTrue(Amounts.parse(Amounts.format(x)).isEqualTo(x), Amounts.format(x));
        MonetaryAmount t = Amounts.inTkr(ore);
        assertTrue(Amounts.parse(Amounts.format(t)).isEqualTo(t), Amounts.format(t));
      }
    });
  }

  private static void keys() {
    npe("key null", () -> MunicipalKey.of(null));
    iae("key of no municipality", () -> MunicipalKey.of(Map.of()), "weights");
    iae("key with a blank name", () -> MunicipalKey.of(Map.of(" ", 1L)), "municipality name",
        "\" \"");
    iae("key with a negative weight", () -> MunicipalKey.of(Map.of("Umeå", -1L)), "Umeå",
        "-1");
    iae("key with the smallest weight", () -> MunicipalKey.of(Map.of("Umeå", Long.MIN_VALUE)),
        "Umeå", String.valueOf(Long.MIN_VALUE));
    iae("key of zeros", () -> MunicipalKey.of(Map.of("Umeå", 0L, "Vännäs", 0L)), "weights",
        "zero");
    Map<String, Long> nullWeight = new LinkedHashMap<>();
    nullWeight.put("Umeå", null);
    npe("key with a null weight", () -> MunicipalKey.of(nullWeight));
    ok("key of one municipality", () -> MunicipalKey.of(Map.of("Umeå", 1L)));
    ok("key of the largest weights", () -> MunicipalKey.of(weights(3, Long.MAX_VALUE)));
    ok("key of a million municipalities", () -> MunicipalKey.of(weights(1_000_000, 7)));
    iae("equal parts of no municipality", () -> MunicipalKey.ofEqualParts(List.of()), "weights");
    iae("equal parts with a repeat", () -> MunicipalKey.ofEqualParts(List.of("Umeå", "Umeå")),
        "municipalities", "Umeå");
    iae("equal parts with a blank name", () -> MunicipalKey.ofEqualParts(List.of("")),
        "municipality name", "\"\"");
    npe("equal parts null", () -> MunicipalKey.ofEqualParts(null));
    iae("percentages short of 100", () -> MunicipalKey.ofPercentages(
        Map.of("Umeå", new BigDecimal("99.99"))), "percentages", "99,99");
    iae("percentages of three decimals", () -> MunicipalKey.ofPercentages(
        Map.of("Umeå", new BigDecimal("99.999"))), "percentage of Umeå", "99.999");
    iae("percentage above 100", () -> MunicipalKey.ofPercentages(
        Map.of("Umeå", new BigDecimal("100.01"))), "percentage of Umeå", "100.01");
    iae("negative percentage", () -> MunicipalKey.ofPercentages(
        Map.of("Umeå", new BigDecimal("-1"), "Vännäs", new BigDecimal("101"))), "percentage of");
    iae("percentage of scale 999 999 999", () -> MunicipalKey.ofPercentages(
        Map.of("Umeå", new BigDecimal(BigInteger.ONE, 999_999_999))), "percentage of Umeå");
    iae("percentage 1e999999999", () -> MunicipalKey.ofPercentages(
        Map.of("Umeå", new BigDecimal("1e999999999"))), "percentage of Umeå");
    iae("percentages of no municipality", () -> MunicipalKey.ofPercentages(Map.of()),
        "percentages");
    ok("plan of a key of the largest weights", () -> ContributionPlan.fromTotal(Amounts.tkr(1000),
        MunicipalKey.of(weights(3, Long.MAX_VALUE)), AmountUnit.TKR).total());
    ok("plan of a million municipalities", () -> ContributionPlan.fromTotal(
        Amounts.tkr(4_000_000), MunicipalKey.of(weights(1_000_000, 7)), AmountUnit.TKR));
  }

  private static void plansAndReports() {
    iae("state allocation in EUR", () -> ContributionPlan.fromStateAllocation(EUR, key(),
        AmountUnit.KRONA), "state", "EUR");
    iae("total in EUR", () -> ContributionPlan.fromTotal(EUR, key(), AmountUnit.KRONA), "total",
        "EUR");
    iae("state allocation not in whole tkr", () -> ContributionPlan.fromStateAllocation(
        Amounts.sek(1500), key(), AmountUnit.TKR), "state", "1\u00a0500\u00a0kr");
    iae("state allocation whose plan is beyond a long", () -> ContributionPlan
        .fromStateAllocation(Amounts.ofOre(Long.MAX_VALUE / 100 * 100), key(),
            AmountUnit.KRONA), "total");
    iae("state allocation of half an öre", () -> ContributionPlan.fromStateAllocation(HALF_ORE,
        key(), AmountUnit.KRONA), "state");
    npe("plan without key", () -> ContributionPlan.fromTotal(SEK_100, null, AmountUnit.KRONA));
    npe("plan without unit", () -> ContributionPlan.fromTotal(SEK_100, key(), null));
    iae("reported state in EUR", () -> ReportedContributions.of(EUR, SEK_100, Map.of()), "state",
        "EUR");
    iae("reported region in EUR", () -> ReportedContributions.of(SEK_100, EUR, Map.of()),
        "region", "EUR");
    iae("reported municipality in EUR", () -> ReportedContributions.of(SEK_100, SEK_100,
        Map.of("Umeå", EUR)), "municipalities[Umeå]", "EUR");
    iae("reported amounts summing past a long", () -> ReportedContributions.of(
        Amounts.ofOre(Long.MAX_VALUE), Amounts.ofOre(1), Map.of()), "total", MAX);
    iae("reported municipalities summing past a long", () -> ReportedContributions.of(
        Amounts.ofOre(0), Amounts.ofOre(0), Map.of("Umeå", Amounts.ofOre(Long.MAX_VALUE),
            "Vännäs", Amounts.ofOre(Long.MAX_VALUE))), "sum", MAX);
    iae("reported amounts summing below a long", () -> ReportedContributions.of(
        Amounts.ofOre(Long.MIN_VALUE), Amounts.ofOre(-1), Map.of()), "total");
    iae("reported municipality with a blank name", () -> ReportedContributions.of(SEK_100,
        SEK_100, Map.of(" ", SEK_100)), "municipality name", "\" \"");
    npe("reported without municipalities", () -> ReportedContributions.of(SEK_100, SEK_100,
        null));
    Map<String, MonetaryAmount> nullAmount = new LinkedHashMap<>();
    nullAmount.put("Umeå", null);
    npe("reported municipality without amount", () -> ReportedContributions.of(SEK_100, SEK_100,
        nullAmount));
    ok("a million reported municipalities", () -> {
      Map<String, MonetaryAmount> m = new LinkedHashMap<>();
      for (int i = 0; i < 1_000_000; i++) {
        m.put("K" + i, SEK_100);
      }
      ReportedContributions.of(SEK_100, SEK_100, m).total();
    });
    ContributionPlan plan = ContributionPlan.fromTotal(Amounts.sek(400), key(), AmountUnit.KRONA);
    ReportedContributions reported = ReportedContributions.of(Amounts.sek(200), SEK_100,
        Map.of("Umeå", Amounts.sek(75), "Vännäs", Amounts.sek(25)));
    iae("negative tolerance", () -> ContributionCheck.against(plan, reported, Amounts.sek(-1)),
        "tolerance", "\u22121\u00a0kr");
    iae("tolerance in EUR", () -> ContributionCheck.against(plan, reported, EUR), "tolerance",
        "EUR");
    iae("tolerance of half an öre", () -> ContributionCheck.proportions(reported, HALF_ORE),
        "tolerance");
    npe("check without plan", () -> ContributionCheck.against(null, reported, SEK_100));
    npe("check without tolerance", () -> ContributionCheck.proportions(reported, null));
    ok("a deviation of the smallest long is an error", () -> {
      ReportedContributions far = ReportedContributions.of(Amounts.ofOre(Long.MIN_VALUE),
          Amounts.ofOre(Long.MAX_VALUE), Map.of("Umeå", Amounts.ofOre(Long.MIN_VALUE + 1)));
      var f = ContributionCheck.against(plan, far, Amounts.ofOre(Long.MAX_VALUE));
      assertTrue(f.errors().size() >= 2, f.toString());
    });
  }

  private static GrantCall.Application app(String name, MonetaryAmount amount, int priority) {
    return new GrantCall.Application(name, "Umeå kommun", amount, priority);
  }

  private static void grantCalls() {
    iae("application with a blank name", () -> app(" ", SEK_100, 1), "name", "\" \"");
    npe("application without owner", () -> new GrantCall.Application("P", null, SEK_100, 1));
    npe("application without amount", () -> app("P", null, 1));
    iae("application of 0 kr", () -> app("P", Amounts.sek(0), 1), "amount", "0\u00a0kr");
    iae("application of −5 kr", () -> app("P", Amounts.sek(-5), 1), "amount", "\u22125\u00a0kr");
    iae("application in EUR", () -> app("P", EUR, 1), "amount", "EUR");
    iae("application of half an öre", () -> app("P", HALF_ORE, 1), "amount");
    iae("application of priority 0", () -> app("P", SEK_100, 0), "priority (0)");
    iae("application of the smallest priority", () -> app("P", SEK_100, Integer.MIN_VALUE),
        "priority", String.valueOf(Integer.MIN_VALUE));
    iae("grant call frame in EUR", () -> GrantCall.of(EUR, List.of()), "frame", "EUR");
    iae("grant call of a negative frame", () -> GrantCall.of(Amounts.sek(-1), List.of()),
        "frame", "1");
    iae("grant call applications summing past a long", () -> GrantCall.of(SEK_100, List.of(
        app("A", Amounts.ofOre(Long.MAX_VALUE), 1), app("B", Amounts.ofOre(Long.MAX_VALUE), 2))),
        "applied", MAX);
    npe("grant call without applications", () -> GrantCall.of(SEK_100, null));
    npe("grant call with a null application", () -> GrantCall.of(SEK_100,
        java.util.Arrays.asList(app("A", SEK_100, 1), null)));
    npe("grant call policy null", () -> GrantCall.of(SEK_100, List.of()).withPolicy(null));
    ok("grant call of no applications", () -> GrantCall.of(SEK_100, List.of()).propose());
    ok("grant call of 10⁵ applications of one priority", () -> {
      List<GrantCall.Application> apps = new ArrayList<>();
      for (int i = 0; i < 100_000; i++) {
        apps.add(app("P" + i, Amounts.sek(1000), 1));
      }
      GrantCall.Proposal p = GrantCall.of(Amounts.sek(50_000_000), apps).propose();
      assertTrue(p.granted().size() == 50_000 && p.refused().size() == 50_000);
    });
    ok("grant call of 10⁵ applications", () -> {
      List<GrantCall.Application> apps = new ArrayList<>();
      for (int i = 0; i < 100_000; i++) {
        apps.add(app("P" + i, Amounts.sek(1 + i % 7), 1 + i % 50));
      }
      GrantCall call = GrantCall.of(Amounts.sek(200_000), apps);
      call.propose().toString();
      call.withPolicy(GrantCall.Policy.SKIP_MISFITS).propose().granted();
    });
  }

  private static StateAllocationModel.Recipient rec(String name, long support, long pop) {
    return new StateAllocationModel.Recipient(name, support, pop, Optional.empty(), false);
  }

  private static void stateAllocation() {
    StateAllocationModel model = StateAllocationModel.standard();
    iae("recipient with a blank name", () -> rec("", 1, 1), "name", "\"\"");
    iae("recipient with a negative support measure", () -> rec("A", -1, 1), "supportMeasure",
        "-1");
    iae("recipient with a negative population", () -> rec("A", 1, Long.MIN_VALUE),
        "workingAgePopulation", String.valueOf(Long.MIN_VALUE));
    iae("recipient with a previous allocation in EUR", () -> new StateAllocationModel.Recipient(
        "A", 1, 1, Optional.of(EUR), false), "previousAllocation", "EUR");
    iae("recipient with a previous allocation of öre", () -> new StateAllocationModel.Recipient(
        "A", 1, 1, Optional.of(Amounts.ofOre(150)), false), "previousAllocation", "1,50");
    npe("recipient without previous allocation",
        () -> new StateAllocationModel.Recipient("A", 1, 1, null, false));
    iae("allocation to no recipient", () -> model.allocate(Amounts.tkr(1000), List.of()),
        "recipients");
    iae("allocation to the same recipient twice", () -> model.allocate(Amounts.tkr(1000),
        List.of(rec("A", 1, 1), rec("A", 2, 2))), "recipients", "A");
    iae("allocation of a budget in EUR", () -> model.allocate(EUR, List.of(rec("A", 1, 1))),
        "budget", "EUR");
    iae("allocation of a budget below the bases", () -> model.allocate(Amounts.tkr(700),
        List.of(rec("A", 1, 1), rec("B", 1, 1))), "budget", "700");
    iae("allocation of a budget with öre", () -> model.allocate(Amounts.ofOre(100_000_050),
        List.of(rec("A", 1, 1))), "budget", "1\u00a0000\u00a0000,50");
    iae("allocation of a negative budget", () -> model.allocate(Amounts.sek(-1),
        List.of(rec("A", 1, 1))), "budget");
    iae("allocation to recipients of zero weight", () -> model.allocate(Amounts.tkr(1000),
        List.of(rec("A", 0, 0), rec("B", 0, 0))), "recipients");
    iae("allocation to recipients too large to weigh", () -> model.allocate(Amounts.tkr(1000),
        List.of(rec("A", Long.MAX_VALUE, Long.MAX_VALUE), rec("B", 1, 1))), "recipients", "A");
    iae("allocation of the largest budget with bases beyond a long", () -> model
        .withBase(Amounts.sek(Long.MAX_VALUE / 100)).allocate(Amounts.sek(Long.MAX_VALUE / 100),
            List.of(rec("A", 1, 1), rec("B", 1, 1))), "bases");
    iae("model base in EUR", () -> model.withBase(EUR), "base", "EUR");
    iae("model base of öre", () -> model.withBase(Amounts.ofOre(50)), "base", "0,50");
    iae("model base negative", () -> model.withBase(Amounts.sek(-1)), "base", "\u22121\u00a0kr");
    iae("model floor above 1", () -> model.withFloor(Fraction.of(3, 2)), "maxLoss", "3/2");
    iae("model floor negative", () -> model.withFloor(Fraction.of(-1, 2)), "maxLoss", "1/2");
    npe("model floor null", () -> model.withFloor(null));
    iae("floors beyond the budget", () -> model.allocate(Amounts.tkr(1000), List.of(
        new StateAllocationModel.Recipient("A", 1, 1, Optional.of(Amounts.tkr(5000)), false),
        new StateAllocationModel.Recipient("B", 1, 1, Optional.of(Amounts.tkr(5000)), false))),
        "budget", "1\u00a0000\u00a0tkr");
    ok("allocation to one recipient", () -> model.allocate(Amounts.tkr(1000),
        List.of(rec("A", 1, 1))));
    ok("allocation to 10⁵ equal recipients with floors", () -> {
      List<StateAllocationModel.Recipient> rs = new ArrayList<>();
      for (int i = 0; i < 100_000; i++) {
        rs.add(new StateAllocationModel.Recipient("R" + i, 7, 1000,
            Optional.of(Amounts.sek(1_000_000 + i % 3)), false));
      }
      model.allocate(Amounts.sek(100_000L * 1_000_000 - 7), rs).explain();
    });
    ok("allocation to 10⁵ recipients with floors", () -> {
      List<StateAllocationModel.Recipient> rs = new ArrayList<>();
      for (int i = 0; i < 100_000; i++) {
        rs.add(new StateAllocationModel.Recipient("R" + i, 1 + i % 97, 10 + i,
            Optional.of(Amounts.sek(300_000 + 13L * (i % 1000))), i % 3 == 0));
      }
      model.allocate(Amounts.sek(100_000L * 420_000), rs).total();
    });
  }

  private static void equityAndCoFinancing() {
    iae("equity budget with revenue in EUR", () -> EquityBudget.of(SEK_100, EUR, SEK_100),
        "revenue", "EUR");
    iae("equity budget with opening equity in EUR", () -> EquityBudget.of(EUR, SEK_100, SEK_100),
        "openingEquity", "EUR");
    iae("equity budget with costs in EUR", () -> EquityBudget.of(SEK_100, SEK_100, EUR),
        "costs", "EUR");
    iae("equity budget with negative revenue", () -> EquityBudget.of(SEK_100, Amounts.sek(-1),
        SEK_100), "revenue", "\u22121\u00a0kr");
    iae("equity budget with negative costs", () -> EquityBudget.of(SEK_100, SEK_100,
        Amounts.sek(-1)), "costs", "\u22121\u00a0kr");
    iae("equity budget whose closing equity is beyond a long", () -> EquityBudget.of(
        Amounts.ofOre(Long.MAX_VALUE), SEK_100, Amounts.sek(0)), "closing equity", MAX);
    iae("equity budget whose closing equity is below a long", () -> EquityBudget.of(
        Amounts.ofOre(Long.MIN_VALUE), Amounts.sek(0), SEK_100), "closing equity");
    iae("equity budget floor in EUR", () -> EquityBudget.of(SEK_100, SEK_100, SEK_100)
        .keeps(EUR), "floor", "EUR");
    iae("largest deficit beyond a long", () -> EquityBudget.of(Amounts.ofOre(Long.MAX_VALUE),
        Amounts.sek(0), Amounts.sek(0)).largestDeficitKeeping(Amounts.ofOre(-1)),
        "floor");
    EquityStaircase trappa = EquityStaircase.provisionalDefault();
    iae("equity in EUR", () -> trappa.assess(EUR, SEK_100), "equity", "EUR");
    iae("contributions in EUR", () -> trappa.assess(SEK_100, EUR), "contributions", "EUR");
    iae("negative contributions", () -> trappa.assess(SEK_100, Amounts.sek(-1)), "contributions",
        "\u22121\u00a0kr");
    iae("ceiling of contributions in EUR", () -> trappa.ceiling(EUR), "contributions", "EUR");
    npe("equity null", () -> trappa.assess(null, SEK_100));
    iae("equity too far below the ceiling", () -> trappa.assess(Amounts.ofOre(Long.MIN_VALUE),
        Amounts.ofOre(Long.MAX_VALUE)), "equity", "kr");
    ok("assessment of the largest amounts", () -> {
      var e = trappa.assess(Amounts.ofOre(Long.MIN_VALUE / 2), Amounts.ofOre(Long.MAX_VALUE));
      e.explain();
      e.toFindings();
      e.headroom();
      e.excess();
      trappa.assess(Amounts.ofOre(Long.MAX_VALUE), Amounts.ofOre(0)).excess();
      trappa.ceiling(Amounts.ofOre(Long.MAX_VALUE));
    });
    iae("staircase of no brackets", () -> EquityStaircase.marginal(List.of()), "brackets");
    iae("staircase starting above 0", () -> EquityStaircase.flat(List.of(
        EquityStaircase.Bracket.ofTkr(5, 10))), "brackets", "5\u00a0tkr");
    iae("staircase of falling bounds", () -> EquityStaircase.marginal(List.of(
        EquityStaircase.Bracket.ofTkr(0, 10), EquityStaircase.Bracket.ofTkr(5, 10),
        EquityStaircase.Bracket.ofTkr(5, 10))), "brackets", "5\u00a0tkr");
    iae("bracket from a negative amount", () -> EquityStaircase.Bracket.ofTkr(-1, 10), "from",
        "\u22121\u00a0tkr");
    iae("bracket from an amount in EUR", () -> new EquityStaircase.Bracket(EUR,
        Fraction.of(1, 10)), "from", "EUR");
    iae("bracket of a rate above 1", () -> EquityStaircase.Bracket.ofTkr(0, 101), "rate",
        "101/100");
    iae("bracket of a negative rate", () -> EquityStaircase.Bracket.ofTkr(0, -1), "rate");
    iae("bracket from tkr beyond a long", () -> EquityStaircase.Bracket.ofTkr(Long.MAX_VALUE,
        1), "tkr", MAX);
    iae("staircase band above 1", () -> trappa.withBand(Fraction.of(2)), "band", "2");
    npe("staircase band null", () -> trappa.withBand(null));
    iae("co-financing of a rate above 1", () -> CoFinancing.ofCost(SEK_100, Fraction.of(2),
        AmountUnit.KRONA), "rate", "2");
    iae("co-financing of a negative rate", () -> CoFinancing.fromAssociationPart(SEK_100,
        Fraction.of(-1, 2)), "rate");
    iae("co-financing of a cost in EUR", () -> CoFinancing.ofCost(EUR, Fraction.of(1, 2),
        AmountUnit.KRONA), "cost", "EUR");
    iae("co-financing of a part in EUR", () -> CoFinancing.fromAssociationPart(EUR,
        Fraction.of(1, 2)), "associationPart", "EUR");
    iae("co-financing of a cost of öre in kronor", () -> CoFinancing.ofCost(Amounts.ofOre(150),
        Fraction.of(1, 2), AmountUnit.KRONA), "cost", "1,50");
    iae("co-financing of a part whose cost is beyond a long", () -> CoFinancing
        .fromAssociationPart(Amounts.ofOre(Long.MAX_VALUE), Fraction.of(1, 2)),
        "associationPart");
    iae("co-financing of a rate with a huge denominator", () -> CoFinancing.ofCost(SEK_100,
        Fraction.of(BigInteger.ONE, BigInteger.TWO.pow(100)), AmountUnit.KRONA), "rate");
    ok("co-financing of the largest cost", () -> CoFinancing.ofCost(Amounts.ofOre(Long.MAX_VALUE),
        Fraction.of(1, 3), AmountUnit.ORE).memberPart());
  }

  private static void statements() {
    List<String> texts = List.of("", " ", "\n\n\n", "(SUS 1)", "Belopp i kr",
        "Belopp tkr Budget 2017 Utfall 2017\nIntäkter x y",
        "(".repeat(50_000), GARBAGE_MB, ("1 " + "2 ".repeat(100)).repeat(2_000));
    for (String t : texts) {
      String shown = t.length() > 40 ? t.substring(0, 20) + "… (" + t.length() + ")" : t;
      iae("balance sheet text \"" + shown + "\"", () -> BalanceSheet.parse(t), "line");
      iae("result report text \"" + shown + "\"", () -> ResultReport.parse(t), "line");
      iae("statement text \"" + shown + "\"", () -> Statement.parse(t), "line");
    }
    npe("balance sheet text null", () -> BalanceSheet.parse(null));
    npe("result report text null", () -> ResultReport.parse(null));
    iae("balance sheet of assets in EUR", () -> BalanceSheet.of(EUR, SEK_100, SEK_100), "EUR");
    iae("balance sheet of equity in EUR", () -> BalanceSheet.of(SEK_100, EUR, SEK_100),
        "equity", "EUR");
    iae("balance sheet of liabilities in EUR", () -> BalanceSheet.of(SEK_100, SEK_100, EUR),
        "EUR");
    iae("balance sheet of equity and liabilities beyond a long", () -> BalanceSheet.of(
        Amounts.ofOre(Long.MIN_VALUE), Amounts.ofOre(Long.MAX_VALUE),
        Amounts.ofOre(Long.MAX_VALUE)), "equity and liabilities", MAX);
    ok("balance sheet of the largest amounts", () -> BalanceSheet.of(
        Amounts.ofOre(Long.MIN_VALUE + 1), Amounts.ofOre(Long.MAX_VALUE),
        Amounts.ofOre(Long.MIN_VALUE + 1)).check());
    iae("balance sheet of the same date twice", () -> BalanceSheet.builder(AmountUnit.KRONA,
        List.of(LocalDate.of(2017, 12, 31), LocalDate.of(2017, 12, 31))).build(), "dates",
        "2017-12-31");
    ok("balance sheet at the ends of LocalDate", () -> BalanceSheet.builder(AmountUnit.KRONA,
        List.of(LocalDate.MAX, LocalDate.MIN)).line("Tillgångar", Statement.Kind.ASSET,
        SEK_100, SEK_100).build().toString());
    iae("result report line in EUR", () -> ResultReport.builder(2017)
        .section("Intäkter", ResultReport.Kind.REVENUE).line("Bidrag", EUR, SEK_100), "budget",
        "EUR");
    iae("result report outcome in EUR", () -> ResultReport.builder(2017)
        .section("Intäkter", ResultReport.Kind.REVENUE).line("Bidrag", SEK_100, EUR), "outcome",
        "EUR");
    iae("result report whose sum is beyond a long", () -> ResultReport.builder(2017)
        .section("Intäkter", ResultReport.Kind.REVENUE)
        .line("A", Amounts.ofOre(Long.MAX_VALUE), Amounts.ofOre(Long.MIN_VALUE + 1))
        .line("B", Amounts.ofOre(Long.MAX_VALUE), Amounts.ofOre(Long.MIN_VALUE + 1))
        .build(), "sum of Summa intäkter", MAX);
    ok("result report of the largest amounts", () -> ResultReport.builder(2017)
        .section("Intäkter", ResultReport.Kind.REVENUE)
        .line("A", Amounts.ofOre(Long.MAX_VALUE), Amounts.ofOre(Long.MIN_VALUE + 1))
        .build().check());
    ok("statement with a 40-digit number answers with a finding", () -> assertFalse(
        Statement.parse("Belopp i kr. Not 2017-12-31 2016-12-31\nTillgångar " + "9".repeat(40)
            + " 1").check().isClean()));
    iae("result report of a blank label", () -> ResultReport.builder(2017)
        .section("Intäkter", ResultReport.Kind.REVENUE).line(" ", SEK_100, SEK_100), "label",
        "\" \"");
    iae("statement column with a blank name", () -> Statement.builder(AmountUnit.KRONA)
        .column(" ", Statement.ColumnKind.OUTCOME), "name", "\" \"");
    npe("statement builder of no unit", () -> Statement.builder(null));
    Optional<MonetaryAmount> one = Optional.of(SEK_100);
    StatementRow line = StatementRow.line("A", Statement.Kind.COST, List.of(one, one));
    iae("statement in öre", () -> Statement.builder(AmountUnit.ORE)
        .column("Utfall", Statement.ColumnKind.OUTCOME).build(), "unit", "ORE");
    iae("statement of no column", () -> Statement.builder(AmountUnit.KRONA).build(), "columns",
        "[]");
    iae("statement difference of a column past the last", () -> twoColumns()
        .difference("Avvikelse", 2, 0).build(), "Avvikelse", "2", "0");
    iae("statement difference against a column past the last", () -> twoColumns()
        .difference("Avvikelse", 0, 2).build(), "Avvikelse", "0", "2");
    ok("statement difference of the last two columns", () -> twoColumns()
        .difference("Avvikelse", 1, 0).row(line).build());
    iae("statement row of too few values", () -> twoColumns().row(StatementRow.line("A",
        Statement.Kind.COST, List.of(one))).build(), "values of A", "1", "2");
    iae("statement row of a difference and no difference column", () -> twoColumns()
        .row(line.withDifferences(List.of(one))).build(), "differences of A", "1", "0");
    iae("statement row of two differences and one difference column", () -> twoColumns()
        .difference("Avvikelse", 0, 1).row(line.withDifferences(List.of(one, one))).build(),
        "differences of A", "2", "1");
  }

  private static Statement.Builder twoColumns() {
    return Statement.builder(AmountUnit.KRONA).column("Budget", Statement.ColumnKind.BUDGET)
        .column("Utfall", Statement.ColumnKind.OUTCOME);
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputFailsFastWithAClearMessage() {
    return CASES.tests(120);
  }
}
