package dev.finsam.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.function.Function;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Fuzzing a parser with mutated valid texts (core's test jar): each text gives a value that reads
 * back equal from its own text, or an {@code IllegalArgumentException} whose message names what
 * was read and stays short; nothing else is thrown, no digit outside ASCII is accepted, and each
 * text is read in under 50 ms plus 0.5 µs a character (a slow one is timed again, the fastest of
 * four, so that a pause of the shared machine is not taken for slow reading).
 */
public final class TextFuzz {

  private static final int MUTANTS = 20_000;
  private static final long LIMIT_NANOS = 50_000_000L;
  /** Long texts get more time: at least 2 MB a second, so quadratic reading still fails. */
  private static final long NANOS_PER_CHAR = 500;
  /** A message quotes at most an abbreviated value, so a 1 MB text gives a short message. */
  private static final int MAX_MESSAGE = 400;

  private TextFuzz() {}

  /**
   * @param valid valid texts
   * @param parse the parser
   * @param reread the value read again from its own text, which must equal it
   * @param named how an error message may begin: the parameter and its quoted value
   */
  public static <T> void fuzz(Gen<String> valid, Function<String, T> parse,
      Function<T, T> reread, String... named) {
    int[] outcomes = new int[2];
    qt().withExamples(MUTANTS).withShrinkCycles(100).forAll(mutated(valid)).checkAssert(text -> {
      long start = System.nanoTime();
      T value;
      try {
        value = parse.apply(text);
      } catch (IllegalArgumentException e) {
        outcomes[1]++;
        String m = String.valueOf(e.getMessage());
        assertTrue(java.util.Arrays.stream(named).anyMatch(m::startsWith), m);
        assertTrue(m.length() <= MAX_MESSAGE, () -> m.length() + " characters: " + m);
        assertFast(start, () -> parse.apply(text), text);
        return;
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("parse threw " + e + " for \"" + text + "\"", e);
      }
      outcomes[0]++;
      assertFast(start, () -> parse.apply(text), text);
      assertEquals(value, reread.apply(value), text);
      assertTrue(text.chars().noneMatch(c -> Character.isDigit(c) && (c < '0' || c > '9')),
          () -> "accepted a digit outside ASCII: " + text);
    });
    assertTrue(outcomes[0] > MUTANTS / 50 && outcomes[1] > MUTANTS / 50,
        "read " + outcomes[0] + ", rejected " + outcomes[1]);
  }

  private static void assertFast(long start, Supplier<?> again, String text) {
    long limit = LIMIT_NANOS + NANOS_PER_CHAR * text.length();
    if (System.nanoTime() - start <= limit) {
      return;
    }
    long best = Long.MAX_VALUE;
    for (int k = 0; k < 4; k++) {
      long t0 = System.nanoTime();
      try {
        again.get();
      } catch (IllegalArgumentException timingTheReadingNotTheOutcome) {
        // the outcome was checked above
      }
      best = Math.min(best, System.nanoTime() - t0);
    }
    assertTrue(best <= limit, "reading took " + best / 1_000_000 + " ms: "
        + text.substring(0, Math.min(80, text.length())));
  }

  /** A valid text with one to four mutations; now and then a piece repeated into a long text. */
  public static Gen<String> mutated(Gen<String> valid) {
    return in -> {
      StringBuilder t = new StringBuilder(valid.generate(in));
      for (int k = integers().between(0, 4).generate(in); k > 0; k--) {
        mutate(t, in);
      }
      return t.toString();
    };
  }

  private static final String PALETTE = "0123456789 -/,.T§\u2212\u2013\u00A0\u202F\t+x"
      + "\u0661\uFF11";

  private static void mutate(StringBuilder t, RandomnessSource in) {
    int at = t.length() == 0 ? 0 : integers().between(0, t.length()).generate(in);
    switch (integers().between(0, 6).generate(in)) {
      case 0:
        t.delete(at, Math.min(t.length(), at + integers().between(1, 3).generate(in)));
        break;
      case 1:
        t.insert(at, PALETTE.charAt(integers().between(0, PALETTE.length() - 1).generate(in)));
        break;
      case 2:
        if (at < t.length()) {
          t.setCharAt(at, PALETTE.charAt(integers().between(0, PALETTE.length() - 1)
              .generate(in)));
        }
        break;
      case 3:
        t.setLength(at);
        break;
      case 4: {
        int end = Math.min(t.length(), at + integers().between(1, 4).generate(in));
        String piece = t.substring(at, end);
        int times = integers().between(1, 100).generate(in) == 1 ? 20_000 : 2;
        t.insert(at, piece.repeat(times));
        break;
      }
      case 5:
        if (at + 1 < t.length()) {
          char c = t.charAt(at);
          t.setCharAt(at, t.charAt(at + 1));
          t.setCharAt(at + 1, c);
        }
        break;
      default:
        t.insert(at, strings().allPossible().ofLengthBetween(1, 3).generate(in));
    }
  }
}
