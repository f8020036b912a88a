package dev.finsam.outcomes;

import com.google.common.testing.NullPointerTester;
import dev.finsam.core.Fraction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No public method or constructor of outcomes accepts a null where a value is expected. */
class NullPointerTest {

  static NullPointerTester tester() {
    OutcomeTable t = AnnualReport2017.parse(AnnualReport2017.WHOLE_ASSOCIATION);
    return new NullPointerTester()
        .setDefault(OutcomeScheme.class, OutcomeScheme.CLASSIC)
        .setDefault(OutcomeCategory.class, OutcomeCategory.WORK)
        .setDefault(OutcomeCategory[].class, new OutcomeCategory[] {OutcomeCategory.WORK})
        .setDefault(Count.class, Count.of(1, 1))
        .setDefault(OutcomeRow.class, OutcomeRow.PARTICIPANTS)
        .setDefault(OutcomeTable.class, t)
        .setDefault(OutcomeGoal.class, OutcomeGoal.atLeastPercent(40).of(OutcomeCategory.WORK))
        .setDefault(Sex.class, Sex.WOMEN)
        .setDefault(PercentRounding.class, PercentRounding.HALF_UP)
        .setDefault(Fraction.class, Fraction.of(1, 2))
        .setDefault(BigDecimal.class, BigDecimal.TEN)
        .setDefault(String.class, AnnualReport2017.WHOLE_ASSOCIATION)
        .setDefault(List.class, List.of(t))
        .setDefault(Set.class, Set.of());
  }

  static final List<Class<?>> PUBLIC_CLASSES = List.of(Count.class, OutcomeCategory.class,
      OutcomeScheme.class, OutcomeRow.class, OutcomeTable.class, OutcomeTable.Builder.class,
      OutcomeTables.class, OutcomeGoal.class, GoalResult.class, ClaimCheck.class,
      PercentRounding.class, Sex.class, OutcomeRow.Kind.class, ClaimCheck.Verdict.class,
      OutcomeTableReader.class);

  @Test
  void everyPublicStaticMethodAndConstructorRejectsNull() {
    for (Class<?> c : PUBLIC_CLASSES) {
      tester().testAllPublicStaticMethods(c);
      tester().testAllPublicConstructors(c);
    }
  }

  @Test
  void everyPublicInstanceMethodRejectsNull() {
    OutcomeTable t = AnnualReport2017.parse(AnnualReport2017.WHOLE_ASSOCIATION);
    OutcomeGoal goal = OutcomeGoal.atLeastPercent(40).of(OutcomeCategory.WORK);
    for (Object o : List.of(Count.of(1, 2), OutcomeCategory.WORK, OutcomeScheme.SUS,
        OutcomeScheme.CLASSIC, OutcomeRow.of(OutcomeCategory.WORK), t,
        OutcomeTable.builder(OutcomeScheme.CLASSIC), OutcomeGoal.atLeastPercent(40), goal,
        goal.evaluate(t), t.verifyClaim(31, OutcomeCategory.WORK), new OutcomeTableReader())) {
      tester().testAllPublicInstanceMethods(o);
    }
  }
}
