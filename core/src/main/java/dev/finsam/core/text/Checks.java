package dev.finsam.core.text;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.internal.Nullable;

/**
 * Argument checks in one message shape (<i>kontroll av argument</i>), Guava's
 * {@code "%s (%s) must be …"}: the parameter's name, its value in brackets, the rule.
 *
 * <p>For example, {@code Checks.checkNotNegative(-3, "population")} throws
 * {@code IllegalArgumentException: population (-3) must be >= 0}. Arithmetic that could wrap is
 * exact here and fails with a message that names what overflowed, never with a wrapped value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Checks {

  /** Values longer than this are shortened in messages, so that a message stays readable. */
  static final int MAX_VALUE_IN_MESSAGE = 80;

  private Checks() {}

  /**
   * @param ok the condition
   * @param template the message, with {@code %s} for each argument
   * @param args the arguments
   * @throws IllegalArgumentException with the formatted message if {@code ok} is false
   */
  public static void checkArgument(boolean ok, String template, @Nullable Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(format(template, args));
    }
  }

  /**
   * @param value the value
   * @param name the parameter's name
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static long checkNotNegative(long value, String name) {
    requireNonNull(name, "name");
    if (value < 0) {
      throw new IllegalArgumentException(name + " (" + value + ") must be >= 0");
    }
    return value;
  }

  /**
   * @param value the value, not null
   * @param name the parameter's name
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank
   */
  public static String checkNotBlank(String value, String name) {
    requireNonNull(name, "name");
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " (\"" + value + "\") must not be blank");
    }
    return value;
  }

  /**
   * @param value the value
   * @param min the least allowed value
   * @param max the largest allowed value
   * @param name the parameter's name
   * @return the value
   * @throws IllegalArgumentException if the value is outside {@code min..max}
   */
  public static long checkBetween(long value, long min, long max, String name) {
    requireNonNull(name, "name");
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " (" + value + ") must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * @param a a summand
   * @param b a summand
   * @param what what the sum is, for the message
   * @return {@code a + b}
   * @throws IllegalArgumentException if the sum does not fit in a {@code long}
   */
  public static long add(long a, long b, String what) {
    requireNonNull(what, "what");
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw tooLarge(what, a + " + " + b);
    }
    return r;
  }

  /**
   * @param a the minuend
   * @param b the subtrahend
   * @param what what the difference is, for the message
   * @return {@code a - b}
   * @throws IllegalArgumentException if the difference does not fit in a {@code long}
   */
  public static long subtract(long a, long b, String what) {
    requireNonNull(what, "what");
    long r = a - b;
    if (((a ^ b) & (a ^ r)) < 0) {
      throw tooLarge(what, a + " - " + b);
    }
    return r;
  }

  /**
   * @param a a factor
   * @param b a factor
   * @param what what the product is, for the message
   * @return {@code a × b}
   * @throws IllegalArgumentException if the product does not fit in a {@code long}
   */
  public static long multiply(long a, long b, String what) {
    requireNonNull(what, "what");
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
      throw tooLarge(what, a + " × " + b);
    }
    return lo;
  }

  private static IllegalArgumentException tooLarge(String what, String expression) {
    return new IllegalArgumentException(what + " (" + expression + ") is too large: it must fit in "
        + "a 64-bit count of the smallest unit");
  }

  /**
   * Shortens long text for a message: the start, "…" and the length.
   *
   * @param text the text, not null
   * @return the text, or its first characters and its length; never null
   */
  public static String abbreviate(CharSequence text) {
    requireNonNull(text, "text");
    if (text.length() <= MAX_VALUE_IN_MESSAGE) {
      return text.toString();
    }
    return text.subSequence(0, MAX_VALUE_IN_MESSAGE) + "… (" + text.length() + " characters)";
  }

  /** Guava's lenient format: each {@code %s} takes the next argument; extra ones are appended. */
  static String format(String template, Object... args) {
    if (args == null) {
      args = new Object[] {null};
    }
    StringBuilder sb = new StringBuilder(template.length() + 16 * args.length);
    int from = 0;
    int k = 0;
    while (k < args.length) {
      int at = template.indexOf("%s", from);
      if (at < 0) {
        break;
      }
      sb.append(template, from, at).append(abbreviate(String.valueOf(args[k++])));
      from = at + 2;
    }
    sb.append(template, from, template.length());
    if (k < args.length) {
      sb.append(" [");
      for (int i = k; i < args.length; i++) {
        sb.append(i > k ? ", " : "").append(args[i]);
      }
      sb.append(']');
    }
    return sb.toString();
  }
}
