package dev.finsam.core;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A third of a year (<i>tertial</i>): T1 is January–April, T2 May–August, T3 September–December.
 *
 * <p>For example, {@code Tertial.of(2021, 1)} prints as {@code "T1 2021"}, starts 2021-01-01 and
 * ends 2021-04-30; {@code Tertial.containing(LocalDate.of(2017, 11, 30))} is {@code T3 2017}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tertial implements Comparable<Tertial> {

  private static final Pattern TEXT = Pattern.compile("\\s*T([1-3])\\s+(-?\\d{1,9})\\s*");

  private final int year;
  private final int number;

  private Tertial(int year, int number) {
    this.year = year;
    this.number = number;
  }

  /**
   * Obtains a tertial.
   *
   * @param year the year, -999 999 999 to 999 999 999
   * @param number the tertial, 1 to 3
   * @return the tertial, never null
   * @throws IllegalArgumentException if the number is not 1, 2 or 3, or the year out of range
   */
  public static Tertial of(int year, int number) {
    if (number < 1 || number > 3) {
      throw new IllegalArgumentException(
          "Invalid value for tertial number (valid values 1 - 3): " + number);
    }
    if (year < -999_999_999 || year > 999_999_999) {
      throw new IllegalArgumentException(
          "Invalid value for year (valid values -999999999 - 999999999): " + year);
    }
    return new Tertial(year, number);
  }

  /**
   * The tertial a day falls in.
   *
   * @param date the day, not null
   * @return the tertial, never null
   */
  public static Tertial containing(LocalDate date) {
    requireNonNull(date, "date");
    return new Tertial(date.getYear(), (date.getMonthValue() - 1) / 4 + 1);
  }

  /**
   * Reads {@code "T1 2021"}, as {@link #toString()} writes it.
   *
   * @param text the text, not null
   * @return the tertial, never null
   * @throws IllegalArgumentException if the text is not a tertial
   */
  public static Tertial parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "tertial text (\"" + Checks.abbreviate(text) + "\") must look like \"T1 2021\"");
    }
    return of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
  }

  /** @return the year */
  public int year() {
    return year;
  }

  /** @return 1, 2 or 3 */
  public int number() {
    return number;
  }

  /** @return the first day, never null */
  public LocalDate start() {
    return LocalDate.of(year, Month.of((number - 1) * 4 + 1), 1);
  }

  /** @return the last day, never null */
  public LocalDate end() {
    LocalDate lastMonth = LocalDate.of(year, Month.of(number * 4), 1);
    return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
  }

  /**
   * @param date the day, not null
   * @return true if the day falls in this tertial
   */
  public boolean contains(LocalDate date) {
    return containing(date).equals(this);
  }

  /** @return the following tertial, never null */
  public Tertial next() {
    return number == 3 ? of(year + 1, 1) : new Tertial(year, number + 1);
  }

  /** @return the preceding tertial, never null */
  public Tertial previous() {
    return number == 1 ? of(year - 1, 3) : new Tertial(year, number - 1);
  }

  @Override
  public int compareTo(Tertial other) {
    return year != other.year ? Integer.compare(year, other.year)
        : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Tertial && ((Tertial) obj).year == year
        && ((Tertial) obj).number == number;
  }

  @Override
  public int hashCode() {
    return year * 4 + number;
  }

  /** @return e.g. {@code "T1 2021"} */
  @Override
  public String toString() {
    return "T" + number + " " + year;
  }
}
