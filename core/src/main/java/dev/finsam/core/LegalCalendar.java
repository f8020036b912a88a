package dev.finsam.core;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Swedish legal calendar (<i>allmänna helgdagar</i> and <i>lagstadgad tid</i>): which days
 * are public holidays under lag (1989:253) om allmänna helgdagar, and which days move a statutory
 * deadline to the next weekday under lag (1930:173) om beräkning av lagstadgad tid, 2 §.
 *
 * <p>For example, {@code LegalCalendar.nextWeekday(LocalDate.of(2025, 4, 19))} is 2025-04-22:
 * a deadline on Saturday 19 April 2025 moves past påskdagen and annandag påsk to Tuesday 22 April.
 *
 * <p>The public holidays (1989:253, 1 and 2 §§) are the Sundays and nyårsdagen (1 January),
 * trettondedag jul (6 January), långfredagen, påskdagen, annandag påsk, Kristi himmelsfärdsdag
 * (the sixth Thursday after påskdagen), första maj, pingstdagen (the seventh Sunday after
 * påskdagen), nationaldagen (6 June), midsommardagen (the Saturday 20–26 June), alla helgons dag
 * (the Saturday 31 October–6 November), juldagen and annandag jul. Påskdagen follows the Gregorian
 * computus, computed for every year of {@link LocalDate}'s range (the dates repeat every 5 700 000
 * years), with no table and no year limit. The law's present wording is applied to every year, as
 * {@code java.time} applies the Gregorian calendar to every year; before 2005 the law listed
 * annandag pingst instead of nationaldagen, which is not modelled.
 *
 * <p>Lag (1930:173) 2 § moves an act whose last day falls on a Sunday, another public holiday, a
 * Saturday, midsommarafton (the Friday before midsommardagen), julafton (24 December) or nyårsafton
 * (31 December) to the next weekday (<i>nästa vardag</i>): {@link #movesDeadline},
 * {@link #nextWeekday}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalCalendar {

  /** The Gregorian computus repeats its Easter dates after this many years. */
  private static final int EASTER_CYCLE = 5_700_000;

  /**
   * The last day of {@link LocalDate}'s range that is a weekday in the sense of lag (1930:173):
   * {@link #nextWeekday} of a later day has no answer within the range.
   */
  public static final LocalDate LAST_WEEKDAY = lastWeekday();

  private LegalCalendar() {}

  private static LocalDate lastWeekday() {
    LocalDate d = LocalDate.MAX;
    while (movesDeadline(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /**
   * Påskdagen (Easter Sunday) by the Gregorian computus: "the Sunday after the full moon on or
   * after 21 March" (1989:253, 2 §), computed with the anonymous Gregorian algorithm.
   *
   * @param year any year of {@link LocalDate}'s range
   * @return påskdagen of that year, 22 March to 25 April; never null
   * @throws IllegalArgumentException if the year is outside {@link LocalDate}'s range
   */
  public static LocalDate easterSunday(int year) {
    Checks.checkBetween(year, Year.MIN_VALUE, Year.MAX_VALUE, "year");
    int y = Math.floorMod(year, EASTER_CYCLE); // the same Easter date, a non-negative year
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int monthAndDay = h + l - 7 * m + 114;
    return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
  }

  /**
   * Tells whether a day is an <i>allmän helgdag</i> under lag (1989:253) 1 §: a Sunday or one of
   * the named public holidays.
   *
   * @param date the day, not null
   * @return true for a public holiday; false for an eve or an ordinary Saturday
   */
  public static boolean isHoliday(LocalDate date) {
    requireNonNull(date, "date");
    return date.getDayOfWeek() == DayOfWeek.SUNDAY || !holidayNames(date).isEmpty();
  }

  /**
   * Tells whether a statutory deadline that falls on this day moves to the next weekday under lag
   * (1930:173) 2 §: a Sunday or other public holiday, a Saturday, midsommarafton, julafton or
   * nyårsafton.
   *
   * @param date the day, not null
   * @return true if the act may instead be done on {@link #nextWeekday}
   */
  public static boolean movesDeadline(LocalDate date) {
    requireNonNull(date, "date");
    DayOfWeek w = date.getDayOfWeek();
    return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY || isEve(date)
        || !holidayNames(date).isEmpty();
  }

  /**
   * The day a statutory deadline falling on {@code date} may be met (<i>nästa vardag</i>, lag
   * (1930:173) 2 §): {@code date} itself if it is a weekday, else the first following day that is
   * no Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton. It is at most five
   * days later: from julafton on a Wednesday, past juldagen, annandag jul and the weekend, to
   * Monday 29 December (as in 1969, 1975 and 2025).
   *
   * @param date the deadline's last day by the count of days, not null, not after
   *     {@link #LAST_WEEKDAY}
   * @return the first weekday on or after {@code date}, never null
   * @throws IllegalArgumentException if {@code date} is after {@link #LAST_WEEKDAY}: the next
   *     weekday is beyond {@link LocalDate#MAX}
   */
  public static LocalDate nextWeekday(LocalDate date) {
    requireNonNull(date, "date");
    Checks.checkArgument(!date.isAfter(LAST_WEEKDAY),
        "date (%s) must not be after %s: its next weekday is beyond LocalDate.MAX", date,
        LAST_WEEKDAY);
    LocalDate d = date;
    while (movesDeadline(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The Swedish name of a public holiday or of an eve that moves deadlines.
   *
   * @param date the day, not null
   * @return e.g. "påskdagen", "julafton", "Kristi himmelsfärdsdag och första maj" when two fall
   *     together, "söndag" for an ordinary Sunday; empty for a day that is neither a holiday nor
   *     such an eve (an ordinary Saturday, too)
   */
  public static Optional<String> name(LocalDate date) {
    requireNonNull(date, "date");
    List<String> names = holidayNames(date);
    if (isEve(date)) {
      names.add(eveName(date));
    }
    if (names.isEmpty() && date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      names.add("söndag");
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join(" och ", names));
  }

  private static boolean isEve(LocalDate date) {
    return eveName(date) != null;
  }

  private static String eveName(LocalDate date) {
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    if (month == 12 && day == 24) {
      return "julafton";
    }
    if (month == 12 && day == 31) {
      return "nyårsafton";
    }
    if (month == 6 && day >= 19 && day <= 25 && date.getDayOfWeek() == DayOfWeek.FRIDAY) {
      return "midsommarafton";
    }
    return null;
  }

  /** The named public holidays on a day (never a plain Sunday), in a fixed order. */
  private static List<String> holidayNames(LocalDate date) {
    List<String> names = new ArrayList<>(2);
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    DayOfWeek w = date.getDayOfWeek();
    if (month >= 3 && month <= 6) {
      long fromEaster = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
      if (fromEaster == -2) {
        names.add("långfredagen");
      } else if (fromEaster == 0) {
        names.add("påskdagen");
      } else if (fromEaster == 1) {
        names.add("annandag påsk");
      } else if (fromEaster == 39) {
        names.add("Kristi himmelsfärdsdag");
      } else if (fromEaster == 49) {
        names.add("pingstdagen");
      }
    }
    if (month == 1 && day == 1) {
      names.add("nyårsdagen");
    } else if (month == 1 && day == 6) {
      names.add("trettondedag jul");
    } else if (month == 5 && day == 1) {
      names.add("första maj");
    } else if (month == 6 && day == 6) {
      names.add("nationaldagen");
    } else if (month == 6 && day >= 20 && day <= 26 && w == DayOfWeek.SATURDAY) {
      names.add("midsommardagen");
    } else if (w == DayOfWeek.SATURDAY
        && (month == 10 && day == 31 || month == 11 && day <= 6)) {
      names.add("alla helgons dag");
    } else if (month == 12 && day == 25) {
      names.add("juldagen");
    } else if (month == 12 && day == 26) {
      names.add("annandag jul");
    }
    return names;
  }
}
