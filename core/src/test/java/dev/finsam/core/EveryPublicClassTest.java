package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public class that core compiles, found by scanning its class files rather than listed by
 * hand, rejects null in every public static method and constructor.
 */
class EveryPublicClassTest {

  @Test
  void everyPublicClassRejectsNullInStaticMethodsAndConstructors() throws Exception {
    NullPointerTester t = dev.finsam.core.testing.TestSupport.nullPointerTester();
    List<Class<?>> classes = dev.finsam.core.testing.TestSupport.publicClasses(
        Fraction.class, "dev.finsam.core");
    assertTrue(classes.size() > 40, classes.toString());
    for (Class<?> c : classes) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
  }
}
