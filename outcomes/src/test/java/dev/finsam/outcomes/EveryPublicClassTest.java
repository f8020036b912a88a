package dev.finsam.outcomes;

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
 * Every public class that outcomes compiles, found by scanning its class files rather than listed by
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
        .setDefault(OutcomeScheme.class, OutcomeScheme.CLASSIC)
        .setDefault(OutcomeCategory.class, OutcomeCategory.WORK)
        .setDefault(OutcomeTable.class, OutcomeTable.builder(OutcomeScheme.CLASSIC)
            .participants(2, 2).ended(OutcomeCategory.WORK, 1, 1).build())
        .setDefault(PercentRounding.class, PercentRounding.HALF_UP)
        .setDefault(Sex.class, Sex.WOMEN)
        .setDefault(String.class, "1")
        .setDefault(CharSequence.class, "1");
    List<Class<?>> classes = dev.finsam.core.testing.TestSupport.publicClasses(OutcomeTable.class, "dev.finsam.outcomes");
    assertTrue(classes.size() > 10, classes.toString());
    for (Class<?> c : classes) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
  }
}
