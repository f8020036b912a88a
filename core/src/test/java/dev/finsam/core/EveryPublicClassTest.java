package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.finsam.core.internal.TieBreak;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public class that core compiles, found by scanning its class files rather than listed by
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
        .setDefault(dev.finsam.core.protocol.ParagraphSet.class,
            dev.finsam.core.protocol.ParagraphSet.of(1, 3))
        .setDefault(String.class, "1")
        .setDefault(CharSequence.class, "1");
    List<Class<?>> classes = dev.finsam.core.testing.TestSupport.publicClasses(Fraction.class, "dev.finsam.core");
    assertTrue(classes.size() > 40, classes.toString());
    for (Class<?> c : classes) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
  }
}
