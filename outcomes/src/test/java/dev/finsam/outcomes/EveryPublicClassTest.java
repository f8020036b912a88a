package dev.finsam.outcomes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public class that outcomes compiles, found by scanning its class files rather than listed by
 * hand, rejects null in every public static method and constructor.
 */
class EveryPublicClassTest {

  @Test
  void everyPublicClassRejectsNullInStaticMethodsAndConstructors() throws Exception {
    NullPointerTester t = dev.finsam.core.testing.TestSupport.nullPointerTester()
        .setDefault(OutcomeScheme.class, OutcomeScheme.CLASSIC)
        .setDefault(OutcomeCategory.class, OutcomeCategory.WORK)
        .setDefault(OutcomeTable.class, OutcomeTable.builder(OutcomeScheme.CLASSIC)
            .participants(2, 2).ended(OutcomeCategory.WORK, 1, 1).build())
        .setDefault(PercentRounding.class, PercentRounding.HALF_UP)
        .setDefault(Sex.class, Sex.WOMEN);
    List<Class<?>> classes = dev.finsam.core.testing.TestSupport.publicClasses(
        OutcomeTable.class, "dev.finsam.outcomes");
    assertTrue(classes.size() > 10, classes.toString());
    for (Class<?> c : classes) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
  }
}
