package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.finsam.core.Fraction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** For each value type: different factories of the same value are equal, with equal hash codes. */
class EqualityTest {

  static void group(Object different, Object... equal) {
    for (Object a : equal) {
      for (Object b : equal) {
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
      }
      assertNotEquals(a, different);
    }
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
}
