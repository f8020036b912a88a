package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LegalCalendarTest {

  /**
   * Easter Sunday by Gauss's method with its two exceptions: an oracle written independently of
   * the anonymous algorithm in {@link LegalCalendar}.
   */
  static LocalDate gaussEaster(int year) {
    int a = Math.floorMod(year, 19);
    int b = Math.floorMod(year, 4);
    int c = Math.floorMod(year, 7);
    int k = Math.floorDiv(year, 100);
    int p = Math.floorDiv(13 + 8 * k, 25);
    int q = Math.floorDiv(k, 4);
    int m = Math.floorMod(15 - p + k - q, 30);
    int n = Math.floorMod(4 + k - q, 7);
    int d = Math.floorMod(19 * a + m, 30);
    int e = Math.floorMod(2 * b + 4 * c + 6 * d + n, 7);
    if (d == 29 && e == 6) {
      return LocalDate.of(year, 4, 19);
    }
    if (d == 28 && e == 6 && Math.floorMod(11 * m + 11, 30) < 19) {
      return LocalDate.of(year, 4, 18);
    }
    return LocalDate.of(year, 3, 22).plusDays(d + e);
  }

  /** The named holidays and eves of a year, computed from the law's wording with java.time. */
  static Map<LocalDate, String> expectedNames(int year) {
    Map<LocalDate, String> m = new TreeMap<>();
    LocalDate easter = gaussEaster(year);
    put(m, LocalDate.of(year, 1, 1), "nyårsdagen");
    put(m, LocalDate.of(year, 1, 6), "trettondedag jul");
    put(m, easter.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY)), "långfredagen");
    put(m, easter, "påskdagen");
    put(m, easter.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), "annandag påsk");
    put(m, easter.with(TemporalAdjusters.next(DayOfWeek.THURSDAY)).plusWeeks(5),
        "Kristi himmelsfärdsdag");
    put(m, LocalDate.of(year, 5, 1), "första maj");
    put(m, easter.plusWeeks(7), "pingstdagen");
    put(m, LocalDate.of(year, 6, 6), "nationaldagen");
    LocalDate midsommar = LocalDate.of(year, 6, 20)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    put(m, midsommar.minusDays(1), "midsommarafton");
    put(m, midsommar, "midsommardagen");
    put(m, LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
        "alla helgons dag");
    put(m, LocalDate.of(year, 12, 24), "julafton");
    put(m, LocalDate.of(year, 12, 25), "juldagen");
    put(m, LocalDate.of(year, 12, 26), "annandag jul");
    put(m, LocalDate.of(year, 12, 31), "nyårsafton");
    return m;
  }

  private static void put(Map<LocalDate, String> m, LocalDate d, String name) {
    m.merge(d, name, (a, b) -> a + " och " + b);
  }

  private static boolean isEveName(String name) {
    return name.equals("midsommarafton") || name.equals("julafton") || name.equals("nyårsafton");
  }

  @Nested
  class Easter {
    @Test
    void easterSunday_matchesKnownDates() {
      String[] known = {"1583-04-10", "1700-04-11", "1818-03-22", "1900-04-15", "1943-04-25",
          "1954-04-18", "1961-04-02", "1981-04-19", "2000-04-23", "2001-04-15", "2002-03-31",
          "2008-03-23", "2011-04-24", "2016-03-27", "2017-04-16", "2019-04-21", "2024-03-31",
          "2025-04-20", "2038-04-25", "2049-04-18", "2076-04-19", "2100-03-28", "2285-03-22",
          "4099-04-19"};
      for (String s : known) {
        LocalDate d = LocalDate.parse(s);
        assertEquals(d, LegalCalendar.easterSunday(d.getYear()), s);
        assertEquals(d, gaussEaster(d.getYear()), "oracle " + s);
      }
    }

    @Test
    void easterSunday_agreesWithGaussForFiveThousandYears() {
      for (int y = -2000; y <= 3000; y++) {
        assertEquals(gaussEaster(y), LegalCalendar.easterSunday(y), "year " + y);
      }
    }

    @Test
    void easterSunday_atTheEndsOfTheRangeIsASundayInSpring() {
      for (int y : new int[] {Year.MIN_VALUE, Year.MIN_VALUE + 1, Year.MAX_VALUE - 1,
          Year.MAX_VALUE, 0, -1}) {
        LocalDate e = LegalCalendar.easterSunday(y);
        assertEquals(DayOfWeek.SUNDAY, e.getDayOfWeek(), "year " + y);
        assertTrue(!e.isBefore(LocalDate.of(y, 3, 22)) && !e.isAfter(LocalDate.of(y, 4, 25)));
        assertEquals(gaussEaster(y), e, "year " + y);
      }
      IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
          () -> LegalCalendar.easterSunday(Year.MAX_VALUE + 1));
      assertTrue(x.getMessage().startsWith("year (1000000000)"), x.getMessage());
    }
  }

  @Nested
  class Holidays {
    @Test
    void holidaysAndEves2000to2040_matchTheLawsWording() {
      for (int y = 2000; y <= 2040; y++) {
        Map<LocalDate, String> expected = expectedNames(y);
        for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
          String name = expected.get(d);
          boolean sunday = d.getDayOfWeek() == DayOfWeek.SUNDAY;
          boolean saturday = d.getDayOfWeek() == DayOfWeek.SATURDAY;
          boolean holiday = sunday || name != null && !isEveName(name);
          assertEquals(holiday, LegalCalendar.isHoliday(d), d.toString());
          assertEquals(holiday || saturday || name != null, LegalCalendar.movesDeadline(d),
              d.toString());
          Optional<String> want = name != null ? Optional.of(name)
              : sunday ? Optional.of("söndag") : Optional.empty();
          assertEquals(want, LegalCalendar.name(d), d.toString());
        }
      }
    }

    @Test
    void year2025_namedDays() {
      assertEquals(Optional.of("långfredagen"), LegalCalendar.name(LocalDate.of(2025, 4, 18)));
      assertEquals(Optional.of("midsommarafton"), LegalCalendar.name(LocalDate.of(2025, 6, 20)));
      assertEquals(Optional.of("midsommardagen"), LegalCalendar.name(LocalDate.of(2025, 6, 21)));
      assertEquals(Optional.of("alla helgons dag"), LegalCalendar.name(LocalDate.of(2025, 11, 1)));
      assertEquals(Optional.empty(), LegalCalendar.name(LocalDate.of(2025, 4, 19)));
      assertFalse(LegalCalendar.isHoliday(LocalDate.of(2025, 12, 24)));
      assertTrue(LegalCalendar.movesDeadline(LocalDate.of(2025, 12, 24)));
    }

    @Test
    void coincidingHolidaysAreNamedTogether() {
      // 2008: Easter 23 March, so Kristi himmelsfärdsdag is 1 May
      assertEquals(Optional.of("Kristi himmelsfärdsdag och första maj"),
          LegalCalendar.name(LocalDate.of(2008, 5, 1)));
      // 2049: Easter 18 April, so pingstdagen is 6 June
      assertEquals(Optional.of("pingstdagen och nationaldagen"),
          LegalCalendar.name(LocalDate.of(2049, 6, 6)));
    }
  }

  @Test
  void everyMethodRejectsNull() {
    new com.google.common.testing.NullPointerTester().setDefault(LocalDate.class,
        LocalDate.of(2025, 4, 19)).testAllPublicStaticMethods(LegalCalendar.class);
  }

  @Nested
  class NextWeekday {
    @Test
    void nextWeekday_onOrAfter() {
      assertEquals(LocalDate.of(2025, 4, 17), LegalCalendar.nextWeekday(LocalDate.of(2025, 4, 17)));
      // Saturday 19 April 2025, then påskdagen and annandag påsk
      assertEquals(LocalDate.of(2025, 4, 22), LegalCalendar.nextWeekday(LocalDate.of(2025, 4, 19)));
      // julafton on a Thursday: four days later
      assertEquals(LocalDate.of(2020, 12, 28), LegalCalendar.nextWeekday(LocalDate.of(2020, 12, 24)));
      // julafton on a Wednesday: five days later, the longest move (found by the property)
      assertEquals(LocalDate.of(1969, 12, 29), LegalCalendar.nextWeekday(LocalDate.of(1969, 12, 24)));
      assertEquals(LocalDate.of(2025, 12, 29), LegalCalendar.nextWeekday(LocalDate.of(2025, 12, 24)));
      // nyårsafton on a Thursday, nyårsdagen on Friday
      assertEquals(LocalDate.of(2021, 1, 4), LegalCalendar.nextWeekday(LocalDate.of(2020, 12, 31)));
      // midsommarafton
      assertEquals(LocalDate.of(2025, 6, 23), LegalCalendar.nextWeekday(LocalDate.of(2025, 6, 20)));
    }

    @Test
    void nextWeekday_neverMovesMoreThanFiveDaysIn2000Years() {
      long longest = 0;
      for (LocalDate d = LocalDate.of(1600, 1, 1); d.getYear() < 3600; d = d.plusDays(1)) {
        longest = Math.max(longest, LegalCalendar.nextWeekday(d).toEpochDay() - d.toEpochDay());
      }
      assertEquals(5, longest);
    }

    @Test
    void nextWeekday_atTheEndsOfLocalDatesRange() {
      LocalDate first = LegalCalendar.nextWeekday(LocalDate.MIN);
      assertFalse(LegalCalendar.movesDeadline(first));
      assertTrue(first.toEpochDay() - LocalDate.MIN.toEpochDay() <= 4, first.toString());
      assertFalse(LegalCalendar.movesDeadline(LegalCalendar.LAST_WEEKDAY));
      assertEquals(LegalCalendar.LAST_WEEKDAY,
          LegalCalendar.nextWeekday(LegalCalendar.LAST_WEEKDAY));
      for (LocalDate d = LegalCalendar.LAST_WEEKDAY.plusDays(1); ; d = d.plusDays(1)) {
        assertTrue(LegalCalendar.movesDeadline(d), d.toString());
        LocalDate day = d;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> LegalCalendar.nextWeekday(day));
        assertTrue(e.getMessage().startsWith("date (" + d + ")"), e.getMessage());
        if (d.equals(LocalDate.MAX)) {
          break;
        }
      }
      assertEquals(Optional.of("nyårsafton"), LegalCalendar.name(LocalDate.MAX));
    }
  }
}
