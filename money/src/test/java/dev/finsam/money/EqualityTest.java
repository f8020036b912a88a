package dev.finsam.money;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import dev.finsam.core.Fraction;
import dev.finsam.money.equity.EquityStaircase;
import dev.finsam.money.equity.EquityBudget;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * For each value type of money: different factories of the same value are equal, with equal hash
 * codes (guava-testlib's {@link EqualsTester}: reflexive, symmetric, consistent, unequal to null
 * and to other groups).
 */
class EqualityTest {

  /** The first value differs from all the others, which are equal to each other. */
  static void group(Object different, Object... equal) {
    new EqualsTester().addEqualityGroup(equal).addEqualityGroup(different).testEquals();
  }

  @Test
  void amounts() {
    group(Amounts.sek(2_358_001), Amounts.tkr(2_358), Amounts.sek(2_358_000),
        Amounts.ofOre(235_800_000), Amounts.parse("2 358 tkr"), Amounts.of(2_358, AmountUnit.TKR),
        Amounts.sek(new BigDecimal("2358000.00")));
  }

  @Test
  void coFinancing() {
    group(CoFinancing.ofCost(Amounts.tkr(520), Fraction.of(1, 2), AmountUnit.TKR),
        CoFinancing.fromAssociationPart(Amounts.tkr(390), Fraction.of(3, 4)),
        CoFinancing.ofCost(Amounts.tkr(520), Fraction.of(75, 100), AmountUnit.TKR));
  }

  @Test
  void municipalKeyAndPlan() {
    group(MunicipalKey.of(Map.of("A", 2L)), MunicipalKey.ofEqualParts(List.of("A", "B")),
        MunicipalKey.ofEqualParts(List.of("A", "B")));
    ContributionPlan a = ContributionPlan.fromStateAllocation(Amounts.sek(100),
        MunicipalKey.ofEqualParts(List.of("A", "B")), AmountUnit.KRONA);
    ContributionPlan b = ContributionPlan.fromTotal(Amounts.sek(200),
        MunicipalKey.ofEqualParts(List.of("A", "B")), AmountUnit.KRONA);
    group(ContributionPlan.fromTotal(Amounts.sek(201),
        MunicipalKey.ofEqualParts(List.of("A", "B")), AmountUnit.KRONA), a, b);
  }

  @Test
  void balanceSheet() {
    group(BalanceSheet.of(Amounts.sek(1), Amounts.sek(1), Amounts.sek(0)),
        BalanceSheet.of(Amounts.sek(10), Amounts.sek(4), Amounts.sek(6)),
        BalanceSheet.of(Amounts.parse("10 kr"), Amounts.ofOre(400), Amounts.sek(6)));
  }

  private static Map<String, Long> ab() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("a", 1L);
    m.put("b", 1L);
    return m;
  }

  @Test
  void allocationAndItsLines() {
    Allocator al = Allocator.largestRemainder();
    Allocation<String> byMap = al.allocate(Amounts.sek(11), ab(), AmountUnit.KRONA);
    Allocation<String> byGuavaMap = al.allocate(Amounts.parse("11 kr"), ImmutableMap.copyOf(ab()),
        AmountUnit.KRONA);
    Allocation<String> byPosition = al.allocate(Amounts.ofOre(1_100), List.of("a", "b"),
        new long[] {1, 1}, AmountUnit.KRONA);
    Allocation<String> byTieBreak = al.allocate(Amounts.sek(11), ab(), AmountUnit.KRONA,
        Comparator.<String>reverseOrder());
    // the same shares, made by another rule, are another value: the rule explains the split
    Allocation<String> noTieByNature = al.allocate(Amounts.sek(10), ab(), AmountUnit.KRONA);
    Allocation<String> noTieByComparator = al.allocate(Amounts.sek(10), ab(), AmountUnit.KRONA,
        Comparator.<String>naturalOrder());
    new EqualsTester()
        .addEqualityGroup(byMap, byGuavaMap, byPosition)
        .addEqualityGroup(byTieBreak)
        .addEqualityGroup(noTieByNature, al.allocate(Amounts.tkr(new BigDecimal("0.01")),
            new TreeMap<>(ab()), AmountUnit.KRONA))
        .addEqualityGroup(noTieByComparator)
        .addEqualityGroup(al.allocate(Amounts.tkr(11), ab(), AmountUnit.TKR))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(byMap.lines().get(0), byPosition.lines().get(0))
        .addEqualityGroup(byMap.lines().get(1), byGuavaMap.lines().get(1))
        .addEqualityGroup(byTieBreak.lines().get(1))
        .testEquals();
  }

  @Test
  void municipalKeys() {
    new EqualsTester()
        .addEqualityGroup(MunicipalKey.ofPercentages(percent("62.5", "37.5")),
            MunicipalKey.ofPercentages(percent("62.50", "37.500")))
        .addEqualityGroup(MunicipalKey.ofEqualParts(List.of("A", "B")),
            MunicipalKey.ofEqualParts(List.copyOf(ImmutableMap.of("A", 0, "B", 0).keySet())))
        .addEqualityGroup(MunicipalKey.of(ab()), MunicipalKey.of(new TreeMap<>(ab())))
        .addEqualityGroup(MunicipalKey.ofWorkingAgePopulation(ab()))
        .testEquals();
  }

  private static Map<String, BigDecimal> percent(String a, String b) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("A", new BigDecimal(a));
    m.put("B", new BigDecimal(b));
    return m;
  }

  @Test
  void contributionPlansAndReports() {
    MunicipalKey key = MunicipalKey.ofEqualParts(List.of("A", "B"));
    new EqualsTester()
        .addEqualityGroup(ContributionPlan.fromStateAllocation(Amounts.sek(100), key,
            AmountUnit.KRONA), ContributionPlan.fromTotal(Amounts.tkr(new BigDecimal("0.2")), key,
            AmountUnit.KRONA))
        .addEqualityGroup(ContributionPlan.fromTotal(Amounts.sek(200), MunicipalKey.of(ab()),
            AmountUnit.KRONA))
        .addEqualityGroup(ContributionPlan.fromTotal(Amounts.sek(200_000), key, AmountUnit.TKR))
        .testEquals();
    Map<String, javax.money.MonetaryAmount> ba = new LinkedHashMap<>();
    ba.put("B", Amounts.sek(4));
    ba.put("A", Amounts.parse("3 kr"));
    new EqualsTester()
        .addEqualityGroup(ReportedContributions.of(Amounts.sek(14), Amounts.sek(7),
            Map.of("A", Amounts.sek(3), "B", Amounts.sek(4))),
            ReportedContributions.of(Amounts.parse("14,00 kr"), Amounts.ofOre(700), ba))
        .addEqualityGroup(ReportedContributions.of(Amounts.sek(14), Amounts.sek(7), Map.of()))
        .testEquals();
  }

  private static ResultReport report(javax.money.MonetaryAmount budget) {
    return ResultReport.builder(2017).section("Insatser", ResultReport.Kind.COST)
        .line("Vännäs", budget, Amounts.tkr(364))
        .section("Intäkter", ResultReport.Kind.REVENUE)
        .line("Medlemsavgifter", Amounts.tkr(12_432), Amounts.tkr(12_432),
            Optional.of(Amounts.tkr(12_432)), Optional.empty())
        .printedSum(Amounts.tkr(12_432), Amounts.tkr(12_432))
        .build();
  }

  @Test
  void resultReportsAndTheirLines() {
    ResultReport tkr = report(Amounts.tkr(380));
    ResultReport kr = report(Amounts.sek(380_000));
    new EqualsTester()
        .addEqualityGroup(tkr, kr)
        .addEqualityGroup(report(Amounts.tkr(381)))
        .addEqualityGroup(ResultReport.builder(2017).section("Insatser", ResultReport.Kind.COST)
            .line("Vännäs", Amounts.tkr(380), Amounts.tkr(364)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(tkr.lines().get(0), kr.lines().get(0))
        .addEqualityGroup(tkr.lines().get(1), kr.lines().get(1))
        .addEqualityGroup(tkr.sum("Insatser"), kr.sum("Insatser"))
        .addEqualityGroup(tkr.result(), kr.result())
        .testEquals();
  }

  private static List<GrantCall.Application> applications(javax.money.MonetaryAmount first) {
    return List.of(new GrantCall.Application("Social lots", "", first, 1),
        new GrantCall.Application("Vårdskap ASF", "", Amounts.tkr(900), 2));
  }

  @Test
  void grantCallsTheirApplicationsAndProposals() {
    GrantCall tkr = GrantCall.of(Amounts.tkr(1_200), applications(Amounts.tkr(408)));
    GrantCall kr = GrantCall.of(Amounts.sek(1_200_000), applications(Amounts.parse("408 000 kr")))
        .withPolicy(GrantCall.Policy.STOP_AT_FIRST_MISFIT);
    new EqualsTester()
        .addEqualityGroup(tkr, kr)
        .addEqualityGroup(tkr.withPolicy(GrantCall.Policy.SKIP_MISFITS))
        .addEqualityGroup(GrantCall.of(Amounts.tkr(1_201), applications(Amounts.tkr(408))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(tkr.applications().get(0),
            new GrantCall.Application("Social lots", "", Amounts.sek(408_000), 1))
        .addEqualityGroup(tkr.applications().get(1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(tkr.propose(), kr.propose())
        .addEqualityGroup(GrantCall.of(Amounts.tkr(100), applications(Amounts.tkr(408))).propose())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(tkr.propose().decisions().get(0), kr.propose().decisions().get(0))
        .addEqualityGroup(tkr.propose().decisions().get(1))
        .testEquals();
  }

  @Test
  void stateAllocationModelsAndRecipients() {
    new EqualsTester()
        .addEqualityGroup(StateAllocationModel.standard(),
            StateAllocationModel.standard().withBase(Amounts.sek(400_000)),
            StateAllocationModel.standard().withoutFloor().withFloor(Fraction.of(10, 100)))
        .addEqualityGroup(StateAllocationModel.standard().withoutFloor())
        .addEqualityGroup(StateAllocationModel.standard().withBase(Amounts.tkr(300)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new StateAllocationModel.Recipient("A", 1, 2,
            Optional.of(Amounts.tkr(5)), false), new StateAllocationModel.Recipient("A", 1, 2,
            Optional.of(Amounts.sek(5_000)), false))
        .addEqualityGroup(new StateAllocationModel.Recipient("A", 1, 2, Optional.empty(), false))
        .testEquals();
  }

  @Test
  void trappaAssessmentsAndBudgets() {
    EquityStaircase trappa = EquityStaircase.provisionalDefault();
    EquityStaircase same = EquityStaircase.marginal(List.of(
        new EquityStaircase.Bracket(Amounts.sek(0), Fraction.of(1, 5)),
        new EquityStaircase.Bracket(Amounts.parse("5 000 tkr"), Fraction.of(15, 100)),
        EquityStaircase.Bracket.ofTkr(15_000, 10)));
    new EqualsTester()
        .addEqualityGroup(trappa, same, EquityStaircase.marginal(trappa.brackets()),
            EquityStaircase.marginal(trappa.brackets()).withBand(Fraction.of(1, 20)))
        .addEqualityGroup(EquityStaircase.flat(trappa.brackets()))
        .addEqualityGroup(trappa.withBand(Fraction.ZERO))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(trappa.brackets().get(1),
            new EquityStaircase.Bracket(Amounts.sek(5_000_000), Fraction.of(3, 20)))
        .addEqualityGroup(trappa.brackets().get(2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(trappa.assess(Amounts.tkr(2_050), Amounts.tkr(11_450)),
            same.assess(Amounts.sek(2_050_000), Amounts.parse("11 450 tkr")))
        .addEqualityGroup(trappa.assess(Amounts.tkr(2_051), Amounts.tkr(11_450)))
        .addEqualityGroup(trappa.withBand(Fraction.ZERO).assess(Amounts.tkr(2_050),
            Amounts.tkr(11_450)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(EquityBudget.of(Amounts.tkr(4_142), Amounts.tkr(11_540),
            Amounts.tkr(13_890)), EquityBudget.of(Amounts.sek(4_142_000),
            Amounts.parse("11 540 tkr"), Amounts.ofOre(1_389_000_000)))
        .addEqualityGroup(EquityBudget.of(Amounts.tkr(4_142), Amounts.tkr(13_890),
            Amounts.tkr(11_540)))
        .testEquals();
  }

  @Test
  void coFinancingAndBalanceSheetsWithEqualsTester() {
    new EqualsTester()
        .addEqualityGroup(CoFinancing.fromAssociationPart(Amounts.tkr(390), Fraction.of(3, 4)),
            CoFinancing.ofCost(Amounts.tkr(520), Fraction.of(75, 100), AmountUnit.TKR),
            CoFinancing.ofCost(Amounts.sek(520_000), Fraction.of(3, 4), AmountUnit.KRONA))
        .addEqualityGroup(CoFinancing.ofCost(Amounts.tkr(520), Fraction.of(1, 2), AmountUnit.TKR))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(BalanceSheet.of(Amounts.sek(10), Amounts.sek(4), Amounts.sek(6)),
            BalanceSheet.of(Amounts.parse("10 kr"), Amounts.ofOre(400), Amounts.tkr(
                new BigDecimal("0.006"))))
        .addEqualityGroup(BalanceSheet.of(Amounts.sek(10), Amounts.sek(6), Amounts.sek(4)))
        .testEquals();
  }

  @Test
  void amountsWithEqualsTester() {
    new EqualsTester()
        .addEqualityGroup(Amounts.tkr(2_358), Amounts.sek(2_358_000), Amounts.ofOre(235_800_000),
            Amounts.parse("2 358 tkr"), Amounts.parse("2\u00A0358\u00A0000\u00A0kr"),
            Amounts.of(2_358, AmountUnit.TKR), Amounts.sek(new BigDecimal("2358000.00")))
        .addEqualityGroup(Amounts.sek(-68), Amounts.parse("\u221268 kr"), Amounts.parse("-68 kr"))
        .testEquals();
  }

  @Test
  void statementRows() {
    group(StatementRow.line("Vännäs", Statement.Kind.REVENUE,
            List.of(java.util.Optional.of(Amounts.tkr(380)))),
        StatementRow.line("Vännäs", Statement.Kind.COST,
            List.of(java.util.Optional.of(Amounts.tkr(380)))),
        StatementRow.line(" Vännäs ", Statement.Kind.COST,
            List.of(java.util.Optional.of(Amounts.sek(380_000)))),
        StatementRow.line("Vännäs", Statement.Kind.COST,
            List.of(java.util.Optional.of(Amounts.parse("380 tkr")))).withLine(7));
  }

  @Test
  void resultReports() {
    ResultReport built = ReportsTest.budgetAndOutcome2017().build();
    group(ReportsTest.budgetAndOutcome2017().printedIn(AmountUnit.KRONA).build(), built,
        ResultReport.parse(built.toText(Statement.Layout.TABS, Statement.Signs.BY_KIND)),
        ResultReport.parse(built.toText(Statement.Layout.PIPES, Statement.Signs.SIGNED)),
        ResultReport.parse(built.toText(Statement.Layout.SPACES, Statement.Signs.SIGNED)));
  }

  @Test
  void balanceSheetsAndTheirText() {
    BalanceSheet b = BalanceSheet.of(Amounts.sek(10), Amounts.sek(4), Amounts.sek(6));
    group(BalanceSheet.of(Amounts.sek(10), Amounts.sek(5), Amounts.sek(5)), b,
        BalanceSheet.parse(b.toString()),
        BalanceSheet.parse(b.toText(Statement.Layout.SPACES, Statement.Signs.SIGNED)),
        BalanceSheet.parse(b.toText(Statement.Layout.PIPES, Statement.Signs.SIGNED),
            Statement.Signs.SIGNED));
  }

  private static Statement statement(String caption, AmountUnit unit, String column, long kr) {
    return Statement.builder(unit).caption(caption).column(column, Statement.ColumnKind.OUTCOME)
        .row(StatementRow.line("Personal", Statement.Kind.COST,
            List.of(Optional.of(Amounts.sek(kr))))).build();
  }

  @Test
  void statements() {
    new EqualsTester()
        .addEqualityGroup(statement("Resultaträkning", AmountUnit.KRONA, "Utfall", 1_000),
            statement(" Resultaträkning ", AmountUnit.KRONA, "Utfall", 1_000))
        .addEqualityGroup(statement("Budget", AmountUnit.KRONA, "Utfall", 1_000))
        .addEqualityGroup(statement("Resultaträkning", AmountUnit.TKR, "Utfall", 1_000))
        .addEqualityGroup(statement("Resultaträkning", AmountUnit.KRONA, "Utfall 2017", 1_000))
        .addEqualityGroup(statement("Resultaträkning", AmountUnit.KRONA, "Utfall", 2_000))
        .addEqualityGroup(Statement.builder(AmountUnit.KRONA).caption("Resultaträkning")
            .column("Utfall", Statement.ColumnKind.OUTCOME)
            .column("Budget", Statement.ColumnKind.BUDGET).difference("Avvikelse", 0, 1).build())
        .testEquals();
  }

  @Test
  void distinctValuesHaveDistinctHashCodes() {
    // so that a set or map of them is not one long bucket
    List<Object> values = new java.util.ArrayList<>();
    for (long k = 1; k <= 15; k++) {
      values.add(statement("Resultaträkning", AmountUnit.KRONA, "Utfall", 1_000 * k));
      values.add(report(Amounts.tkr(380 + k)));
      values.add(report(Amounts.tkr(380 + k)).lines().get(0));
      values.add(BalanceSheet.of(Amounts.sek(100 * k), Amounts.sek(40 * k), Amounts.sek(60 * k)));
      values.add(Allocator.largestRemainder().allocate(Amounts.sek(100 + k),
          Map.of("Umeå", 3L, "Vindeln", 1L), AmountUnit.KRONA));
    }
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    values.forEach(v -> hashes.add(v.hashCode()));
    org.junit.jupiter.api.Assertions.assertTrue(hashes.size() >= values.size() - 2,
        hashes.size() + " of " + values.size());
  }
}
