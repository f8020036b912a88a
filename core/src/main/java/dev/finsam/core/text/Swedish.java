package dev.finsam.core.text;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import dev.finsam.core.NumberStyle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Swedish text for numbers, percentages, percentage points and dates (<i>svensk talform</i>),
 * printed and read in one place, without the default locale.
 *
 * <p>For example, {@code Swedish.decimal(new BigDecimal("-1967.5"), NumberStyle.SWEDISH)} is
 * {@code "−1 967,5"}, {@code Swedish.percent(31)} is {@code "31 %"} (U+00A0 before the sign) and
 * {@code Swedish.weekdayAndDate(LocalDate.of(2025, 4, 19))} is {@code "lördag 19 april"}.
 *
 * <p>Printing follows CLDR's {@code sv-SE} as the JDK prints it ({@link NumberStyle#SWEDISH}) or
 * plain ASCII ({@link NumberStyle#ASCII}). Reading ({@link #parseDecimal}) accepts both and more:
 * ordinary space, U+00A0, U+202F and U+2009 between digit groups; hyphen-minus, U+2212 and an en
 * dash as minus; a decimal comma. Only ASCII digits are digits. Reading is one pass over the text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Swedish {

  /** The longest number text {@link #parseDecimal} reads; longer text is rejected, not scanned. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The most decimal digits that a long always holds. */
  private static final int LONG_DIGITS = 18;

  private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni",
      "juli", "augusti", "september", "oktober", "november", "december"};
  private static final String[] WEEKDAYS = {"måndag", "tisdag", "onsdag", "torsdag", "fredag",
      "lördag", "söndag"};

  private Swedish() {}

  /**
   * @param n a whole number
   * @param style the style, not null
   * @return e.g. {@code "3 108 000"} (U+00A0 groups) or {@code "−68"}; never null
   */
  public static String integer(long n, NumberStyle style) {
    return integer(BigInteger.valueOf(n), style);
  }

  /**
   * @param n a whole number in the Swedish style
   * @return e.g. {@code "3 108 000"}; never null
   */
  public static String integer(long n) {
    return integer(n, NumberStyle.SWEDISH);
  }

  /**
   * @param n a whole number, not null
   * @param style the style, not null
   * @return the number with grouped digits, never null
   */
  public static String integer(BigInteger n, NumberStyle style) {
    requireNonNull(n, "n");
    requireNonNull(style, "style");
    String digits = n.abs().toString();
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (n.signum() < 0) {
      sb.append(style.minusSign());
    }
    group(digits, style, sb);
    return sb.toString();
  }

  /**
   * Prints a decimal exactly as its scale says, with a decimal comma and grouped whole digits.
   *
   * @param d the number, not null
   * @param style the style, not null
   * @return e.g. {@code "1 967,5"}, {@code "12,50"}, {@code "−0,25"}; never null
   */
  public static String decimal(BigDecimal d, NumberStyle style) {
    requireNonNull(d, "d");
    requireNonNull(style, "style");
    String plain = d.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder(plain.length() + whole.length() / 3 + 2);
    if (d.signum() < 0) {
      sb.append(style.minusSign());
    }
    group(whole, style, sb);
    if (dot >= 0) {
      sb.append(',').append(plain, dot + 1, plain.length());
    }
    return sb.toString();
  }

  /**
   * @param d the number in the Swedish style, not null
   * @return e.g. {@code "1 967,5"}; never null
   */
  public static String decimal(BigDecimal d) {
    return decimal(d, NumberStyle.SWEDISH);
  }

  /**
   * Prints a fraction rounded to a number of decimals, trailing zeros kept.
   *
   * @param f the fraction, not null
   * @param decimals how many decimals, at least 0
   * @param rounding the rounding, not null
   * @return e.g. {@code "82,5"}; never null
   */
  public static String decimal(Fraction f, int decimals, RoundingMode rounding) {
    requireNonNull(f, "f");
    return decimal(f.toBigDecimal(decimals, rounding));
  }

  private static void group(String digits, NumberStyle style, StringBuilder sb) {
    int n = digits.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 3 == 0) {
        sb.append(style.groupSeparator());
      }
      sb.append(digits.charAt(i));
    }
  }

  /**
   * @param number the number as text, not null
   * @param unit the unit, e.g. "kr", "tkr", "öre", "%", not null
   * @param style the style, not null
   * @return the number, the style's unit space and the unit; never null
   */
  public static String withUnit(String number, String unit, NumberStyle style) {
    requireNonNull(number, "number");
    requireNonNull(unit, "unit");
    return number + style.unitSpace() + unit;
  }

  /**
   * @param percent a whole percentage
   * @return e.g. {@code "31 %"} with U+00A0 before the sign; never null
   */
  public static String percent(long percent) {
    return withUnit(integer(percent), "%", NumberStyle.SWEDISH);
  }

  /**
   * @param percent a percentage, not null
   * @return e.g. {@code "64,3 %"}; never null
   */
  public static String percent(BigDecimal percent) {
    return withUnit(decimal(percent), "%", NumberStyle.SWEDISH);
  }

  /**
   * A share as a percentage with a number of decimals, rounded half up.
   *
   * @param share the share (1/2 is 50 %), not null
   * @param decimals how many decimals
   * @return e.g. {@code "82,5 %"}; never null
   */
  public static String percent(Fraction share, int decimals) {
    requireNonNull(share, "share");
    return percent(share.toPercent(RoundingMode.HALF_UP, decimals));
  }

  /**
   * Percentage points (<i>procentenheter</i>), the unit of a difference between two percentages.
   *
   * @param points the difference in points, not null
   * @return e.g. {@code "10 procentenheter"}, {@code "1 procentenhet"}, {@code "−2,5
   *     procentenheter"}; never null
   */
  public static String points(BigDecimal points) {
    requireNonNull(points, "points");
    boolean one = points.abs().compareTo(BigDecimal.ONE) == 0;
    return withUnit(decimal(points), one ? "procentenhet" : "procentenheter",
        NumberStyle.SWEDISH);
  }

  /**
   * @param date a day, not null
   * @return the Swedish standard form, e.g. {@code "2017-11-30"}; never null
   */
  public static String date(LocalDate date) {
    return requireNonNull(date, "date").toString();
  }

  /**
   * @param date a day, not null
   * @return e.g. {@code "lördag 19 april"}; never null
   */
  public static String weekdayAndDate(LocalDate date) {
    requireNonNull(date, "date");
    return weekday(date.getDayOfWeek()) + " " + date.getDayOfMonth() + " "
        + MONTHS[date.getMonthValue() - 1];
  }

  /**
   * @param day a day of the week, not null
   * @return its Swedish name in lower case, e.g. {@code "lördag"}; never null
   */
  public static String weekday(DayOfWeek day) {
    requireNonNull(day, "day");
    return WEEKDAYS[day.getValue() - 1];
  }

  /**
   * @param month 1 to 12
   * @return the Swedish name in lower case, e.g. {@code "april"}; never null
   */
  public static String month(int month) {
    Checks.checkArgument(month >= 1 && month <= 12, "month (%s) must be 1 to 12", month);
    return MONTHS[month - 1];
  }

  /**
   * @param n 0 to 3 give words, larger numbers "n:e"
   * @return "samma", "första", "andra", "tredje", or e.g. "4:e"; never null
   */
  public static String ordinal(int n) {
    switch (n) {
      case 0:
        return "samma";
      case 1:
        return "första";
      case 2:
        return "andra";
      case 3:
        return "tredje";
      default:
        return n + ":e";
    }
  }

  /**
   * Tells whether a character separates groups of digits in any Swedish spelling: an ordinary
   * space, U+00A0, U+202F or U+2009.
   *
   * @param c a character
   * @return true if it is one of them
   */
  public static boolean isGroupSeparator(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  /**
   * Tells whether a character is a minus sign in any Swedish spelling: hyphen-minus, U+2212 or an
   * en dash.
   *
   * @param c a character
   * @return true if it is one of them
   */
  public static boolean isMinus(char c) {
    return c == '-' || c == '\u2212' || c == '\u2013';
  }

  /**
   * @param c a character
   * @return true for the ASCII digits 0 to 9 (and no other script's digits)
   */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Reads a number as Swedish text writes it: an optional minus, digits in groups of three
   * separated by any group separator (or not separated), an optional decimal comma and decimals.
   * Surrounding whitespace is ignored. One pass (a second gathers more than 18 digits); text
   * longer than {@link #MAX_NUMBER_LENGTH} is rejected without being scanned.
   *
   * @param text e.g. {@code "−3 108 000"}, {@code "1 967,5"}, {@code "-68"}, not null
   * @param what what the number is, for the message, e.g. "amount text"
   * @return the number, with as many decimals as written; never null
   * @throws IllegalArgumentException if the text is not such a number; the message names
   *     {@code what} and quotes the text
   */
  public static BigDecimal parseDecimal(CharSequence text, String what) {
    requireNonNull(what, "what");
    requireNonNull(text, what);
    BigDecimal d = tryParseDecimal(text);
    if (d == null) {
      throw new IllegalArgumentException(what + " (\"" + Checks.abbreviate(text)
          + "\") must be a number such as \"3 108 000\", \"−68\" or \"1 967,5\"");
    }
    return d;
  }

  /**
   * As {@link #parseDecimal}, but answers null instead of throwing.
   *
   * @param text the text, not null
   * @return the number, or null if the text is not one
   */
  public static BigDecimal tryParseDecimal(CharSequence text) {
    requireNonNull(text, "text");
    return tryParseDecimal(text, 0, text.length());
  }

  /**
   * As {@link #tryParseDecimal(CharSequence)}, for the characters from {@code start} to
   * {@code end}: for example a percentage without its sign, with no copy of the text.
   *
   * @param text the text, not null
   * @param start the index of the first character
   * @param end the index after the last character
   * @return the number, or null if those characters are not one
   * @throws IndexOutOfBoundsException if the range is not within the text
   */
  public static BigDecimal tryParseDecimal(CharSequence text, int start, int end) {
    requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end - start == 0 || end - start > MAX_NUMBER_LENGTH) {
      return null;
    }
    int i = start;
    boolean negative = false;
    if (isMinus(text.charAt(i))) {
      negative = true;
      i++;
      while (i < end && isGroupSeparator(text.charAt(i))) {
        i++; // "– 68": a minus set apart from its digits
      }
    }
    int first = i;
    long unscaled = 0; // the digits, while there are at most LONG_DIGITS of them
    int digits = 0;
    // whole part: a first group of one or more digits, then groups of exactly three
    int groupLength = 0;
    boolean grouped = false;
    boolean sawSeparator = false;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        if (digits++ < LONG_DIGITS) {
          unscaled = unscaled * 10 + (c - '0');
        }
        groupLength++;
        sawSeparator = false;
      } else if (isGroupSeparator(c)) {
        if (sawSeparator || groupLength == 0 || (grouped && groupLength != 3)
            || (!grouped && groupLength > 3)) {
          return null;
        }
        grouped = true;
        sawSeparator = true;
        groupLength = 0;
      } else if (c == ',') {
        break;
      } else {
        return null;
      }
    }
    if (groupLength == 0 || (grouped && groupLength != 3)) {
      return null;
    }
    int scale = 0;
    if (i < end) {
      i++; // the comma
      int decimalsStart = i;
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (!isDigit(c)) {
          return null;
        }
        if (digits++ < LONG_DIGITS) {
          unscaled = unscaled * 10 + (c - '0');
        }
      }
      scale = i - decimalsStart;
      if (scale == 0) {
        return null;
      }
    }
    if (digits > LONG_DIGITS) {
      // too many for a long: gather them again, for a BigInteger
      StringBuilder all = new StringBuilder(digits);
      for (int k = first; k < end; k++) {
        if (isDigit(text.charAt(k))) {
          all.append(text.charAt(k));
        }
      }
      BigDecimal d = new BigDecimal(new BigInteger(all.toString()), scale);
      return negative ? d.negate() : d;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  private static boolean isSpace(char c) {
    return isGroupSeparator(c) || c == '\t' || c == '\n' || c == '\r';
  }
}
