package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public class that money compiles, found by scanning its class files rather than listed by
 * hand, rejects null in every public static method and constructor.
 */
class EveryPublicClassTest {

  @Test
  void everyPublicClassRejectsNullInStaticMethodsAndConstructors() throws Exception {
    NullPointerTester t = dev.finsam.core.testing.TestSupport.nullPointerTester()
        .setDefault(javax.money.MonetaryAmount.class, Amounts.sek(1))
        .setDefault(AmountUnit.class, AmountUnit.KRONA)
        .setDefault(MunicipalKey.class, MunicipalKey.ofEqualParts(List.of("A", "B")))
        .setDefault(Statement.Layout.class, Statement.Layout.TABS)
        .setDefault(Statement.Signs.class, Statement.Signs.BY_KIND)
        .setDefault(ReportedContributions.class, ReportedContributions.of(Amounts.sek(2),
            Amounts.sek(1), java.util.Map.of("A", Amounts.sek(1))))
        .setDefault(ContributionPlan.class, ContributionPlan.fromTotal(Amounts.sek(4),
            MunicipalKey.ofEqualParts(List.of("A")), AmountUnit.KRONA));
    List<Class<?>> classes = dev.finsam.core.testing.TestSupport.publicClasses(
        Amounts.class, "dev.finsam.money");
    assertTrue(classes.size() > 10, classes.toString());
    for (Class<?> c : classes) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
  }
}
