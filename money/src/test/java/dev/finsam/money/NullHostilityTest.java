package dev.finsam.money;

import com.google.common.testing.NullPointerTester;
import dev.finsam.core.Fraction;
import dev.finsam.core.NumberStyle;
import dev.finsam.core.Tertial;
import dev.finsam.money.equity.EquityAssessment;
import dev.finsam.money.equity.EquityBudget;
import dev.finsam.money.equity.EquityStaircase;
import dev.finsam.money.equity.EquityStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Every public class of money rejects a null argument with a {@link NullPointerException}, in
 * every public static method, constructor and instance method (guava-testlib's
 * {@link NullPointerTester}).
 */
class NullHostilityTest {

  private static final MunicipalKey KEY = MunicipalKey.ofEqualParts(List.of("A", "B"));
  private static final ContributionPlan PLAN =
      ContributionPlan.fromStateAllocation(Amounts.sek(100), KEY, AmountUnit.KRONA);
  private static final ReportedContributions REPORTED =
      ReportedContributions.of(Amounts.sek(100), Amounts.sek(50), Map.of("A", Amounts.sek(50)));
  private static final GrantCall.Application APPLICATION =
      new GrantCall.Application("Social lots", "", Amounts.tkr(408), 1);
  private static final StateAllocationModel.Recipient RECIPIENT =
      new StateAllocationModel.Recipient("A", 1, 1, Optional.empty(), false);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(MonetaryAmount.class, Amounts.sek(1))
        .setDefault(Fraction.class, Fraction.of(1, 2))
        .setDefault(AmountUnit.class, AmountUnit.KRONA)
        .setDefault(NumberStyle.class, NumberStyle.SWEDISH)
        .setDefault(CharSequence.class, "1 kr")
        .setDefault(String.class, "Umeå")
        .setDefault(Tertial.class, Tertial.of(2021, 1))
        .setDefault(MunicipalKey.class, KEY)
        .setDefault(ContributionPlan.class, PLAN)
        .setDefault(ReportedContributions.class, REPORTED)
        .setDefault(ResultReport.Kind.class, ResultReport.Kind.COST)
        .setDefault(GrantCall.Policy.class, GrantCall.Policy.SKIP_MISFITS)
        .setDefault(GrantCall.Application.class, APPLICATION)
        .setDefault(StateAllocationModel.Recipient.class, RECIPIENT)
        .setDefault(EquityStaircase.Mode.class, EquityStaircase.Mode.MARGINAL)
        .setDefault(EquityStatus.class, EquityStatus.AT)
        .setDefault(Map.class, Map.of("A", 1L))
        .setDefault(List.class, List.of("A"))
        .setDefault(long[].class, new long[] {1});
  }

  private static final List<Class<?>> PUBLIC_CLASSES = List.of(Amounts.class, AmountUnit.class,
      Allocator.class, Allocation.class, Allocation.Line.class, Allocation.Rule.class,
      Allocation.TieDecider.class, MunicipalKey.class, MunicipalKey.Basis.class,
      ContributionPlan.class, ReportedContributions.class, ContributionCheck.class,
      CoFinancing.class, BalanceSheet.class, ResultReport.class, ResultReport.Builder.class,
      ResultReport.Line.class, ResultReport.Kind.class, GrantCall.class, GrantCall.Policy.class,
      GrantCall.Application.class, GrantCall.Decision.class, GrantCall.Proposal.class,
      StateAllocationModel.class, StateAllocationModel.Recipient.class, EquityStaircase.class,
      EquityStaircase.Bracket.class, EquityStaircase.Mode.class, EquityAssessment.class,
      EquityBudget.class, EquityStatus.class);

  @Test
  void everyPublicStaticMethodAndConstructorRejectsNull() {
    NullPointerTester t = tester();
    for (Class<?> c : PUBLIC_CLASSES) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
  }

  @Test
  void everyPublicInstanceMethodRejectsNull() {
    GrantCall call = GrantCall.of(Amounts.tkr(1_200), List.of(APPLICATION));
    EquityStaircase trappa = EquityStaircase.provisionalDefault();
    Allocation<String> allocation = Allocator.largestRemainder().allocate(Amounts.sek(3),
        Map.of("A", 1L, "B", 1L), AmountUnit.KRONA);
    ResultReport report = ResultReport.builder(2017).section("Insatser", ResultReport.Kind.COST)
        .line("Vännäs", Amounts.tkr(380), Amounts.tkr(380)).build();
    List<Object> instances = List.of(Allocator.largestRemainder(), allocation,
        allocation.lines().get(0),
        StateAllocationModel.standard().allocate(Amounts.sek(1_000_000), List.of(RECIPIENT)),
        KEY, PLAN, REPORTED,
        CoFinancing.fromAssociationPart(Amounts.tkr(390), Fraction.of(3, 4)),
        BalanceSheet.of(Amounts.sek(10), Amounts.sek(4), Amounts.sek(6)),
        report, report.lines().get(0), ResultReport.builder(2017),
        ResultReport.builder(2017).section("Insatser", ResultReport.Kind.COST),
        call, APPLICATION, call.propose(), call.propose().decisions().get(0),
        StateAllocationModel.standard(), RECIPIENT, trappa, trappa.brackets().get(0),
        trappa.assess(Amounts.tkr(2_050), Amounts.tkr(11_450)),
        EquityBudget.of(Amounts.tkr(4_142), Amounts.tkr(11_540), Amounts.tkr(13_890)));
    NullPointerTester t = tester();
    for (Object instance : instances) {
      t.testAllPublicInstanceMethods(instance);
    }
  }
}
