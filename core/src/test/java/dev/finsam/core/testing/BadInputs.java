package dev.finsam.core.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * A catalogue of bad inputs (core's test jar): each case must fail fast with the stated
 * exception, and an {@code IllegalArgumentException}'s message must contain what the case says
 * (the parameter and the value). A case without an exception is an input at the edge that must be
 * answered, within {@link TestSupport#timeLimit} of 20 s; a rejection within 5 s.
 */
public final class BadInputs {

  /** One input: what it is, the call, the exception (null: must succeed), what the message says. */
  public record Case(String what, Executable call, Class<? extends Throwable> type,
      String... says) {}

  private final List<Case> cases = new ArrayList<>();

  /** Adds a case, e.g. one that must throw another exception. */
  public void add(Case c) {
    cases.add(c);
  }

  /** Adds a call that must throw an IllegalArgumentException whose message contains says. */
  public void iae(String what, Executable call, String... says) {
    cases.add(new Case(what, call, IllegalArgumentException.class, says));
  }

  /** Adds a call that must throw a NullPointerException. */
  public void npe(String what, Executable call) {
    cases.add(new Case(what, call, NullPointerException.class));
  }

  /** Adds a call that must succeed (its own assertions may check the answer). */
  public void ok(String what, Executable call) {
    cases.add(new Case(what, call, null));
  }

  /**
   * @param atLeast how many cases the catalogue must hold
   * @return one dynamic test per case
   */
  public Stream<DynamicTest> tests(int atLeast) {
    assertTrue(cases.size() >= atLeast, "the catalogue holds " + cases.size() + " cases");
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.what(), () -> {
      if (c.type() == null) {
        assertTimeoutPreemptively(TestSupport.timeLimit(20),
            () -> assertDoesNotThrow(c.call()), c.what());
        return;
      }
      Throwable t = assertTimeoutPreemptively(TestSupport.timeLimit(5),
          () -> assertThrows(c.type(), c.call(), c.what()));
      for (String s : c.says()) {
        assertTrue(String.valueOf(t.getMessage()).contains(s),
            c.what() + ": \"" + t.getMessage() + "\" should contain \"" + s + "\"");
      }
    }));
  }

  /**
   * @param n the length
   * @param seed the generator's seed
   * @param alphabet the characters to draw from
   * @return n characters drawn from the alphabet by a fixed linear congruential generator
   */
  public static String garbage(int n, long seed, String alphabet) {
    StringBuilder sb = new StringBuilder(n);
    long x = seed;
    while (sb.length() < n) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      sb.append(alphabet.charAt((int) ((x >>> 33) % alphabet.length())));
    }
    return sb.toString();
  }
}
