package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.finsam.core.Finding;
import dev.finsam.core.Fraction;
import dev.finsam.core.Location;
import dev.finsam.core.Member;
import dev.finsam.core.NumberStyle;
import dev.finsam.core.Severity;
import dev.finsam.core.internal.TieBreak;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public class that money compiles, found by scanning its class files rather than listed by
 * hand, rejects null in every public static method and constructor.
 */
class EveryPublicClassTest {

  @Test
  void everyPublicClassRejectsNullInStaticMethodsAndConstructors() throws Exception {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Fraction.class, Fraction.ONE)
        .setDefault(LocalDate.class, LocalDate.of(2017, 11, 30))
        .setDefault(Member.class, Member.municipality("Umeå"))
        .setDefault(Location.class, Location.of(1, "Tabell 1"))
        .setDefault(Finding.class, Finding.of(Severity.INFO, "a.b", "Text."))
        .setDefault(NumberStyle.class, NumberStyle.SWEDISH)
        .setDefault(TieBreak.class, TieBreak.NONE)
        .setDefault(javax.money.MonetaryAmount.class, Amounts.sek(1))
        .setDefault(AmountUnit.class, AmountUnit.KRONA)
        .setDefault(dev.finsam.core.Tertial.class, dev.finsam.core.Tertial.of(2021, 1))
        .setDefault(MunicipalKey.class, MunicipalKey.ofEqualParts(List.of("A", "B")))
        .setDefault(ReportedContributions.class, ReportedContributions.of(Amounts.sek(2),
            Amounts.sek(1), java.util.Map.of("A", Amounts.sek(1))))
        .setDefault(ContributionPlan.class, ContributionPlan.fromTotal(Amounts.sek(4),
            MunicipalKey.ofEqualParts(List.of("A")), AmountUnit.KRONA))
        .setDefault(Statement.Layout.class, Statement.Layout.TABS)
        .setDefault(Statement.Signs.class, Statement.Signs.BY_KIND)
        .setDefault(String.class, "1")
        .setDefault(CharSequence.class, "1");
    List<Class<?>> classes = dev.finsam.core.testing.TestSupport.publicClasses(Amounts.class, "dev.finsam.money");
    assertTrue(classes.size() > 10, classes.toString());
    for (Class<?> c : classes) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
  }
}
