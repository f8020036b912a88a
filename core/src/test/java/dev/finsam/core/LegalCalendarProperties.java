package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalCalendarProperties {

  @Test
  void nextWeekdayIsAWeekdayAtMostFiveDaysLater() {
    qt().withExamples(20_000).forAll(CoreGenerators.legalCalendarDays()).checkAssert(d -> {
      if (d.isAfter(LegalCalendar.LAST_WEEKDAY)) {
        return;
      }
      LocalDate next = LegalCalendar.nextWeekday(d);
      long days = next.toEpochDay() - d.toEpochDay();
      assertTrue(days >= 0 && days <= 5, d + " -> " + next);
      assertFalse(LegalCalendar.isHoliday(next), next.toString());
      assertFalse(LegalCalendar.movesDeadline(next), next.toString());
      assertTrue(next.getDayOfWeek() != DayOfWeek.SATURDAY
          && next.getDayOfWeek() != DayOfWeek.SUNDAY, next.toString());
      assertTrue(LegalCalendar.name(next).isEmpty(), next + " " + LegalCalendar.name(next));
      for (LocalDate k = d; k.isBefore(next); k = k.plusDays(1)) {
        assertTrue(LegalCalendar.movesDeadline(k), "skipped " + k + " is a weekday");
      }
    });
  }

  @Test
  void easterIsTheSundayAfterTheComputusFullMoonInEveryYear() {
    qt().withExamples(20_000).forAll(CoreGenerators.legalCalendarDays()).checkAssert(d -> {
      LocalDate e = LegalCalendar.easterSunday(d.getYear());
      assertEquals(LegalCalendarTest.gaussEaster(d.getYear()), e, d.toString());
      assertEquals(DayOfWeek.SUNDAY, e.getDayOfWeek());
      assertEquals(d.getDayOfWeek() == DayOfWeek.SUNDAY || LegalCalendar.name(d)
          .filter(n -> !n.equals("julafton") && !n.equals("nyårsafton")
              && !n.equals("midsommarafton")).isPresent(), LegalCalendar.isHoliday(d),
          d.toString());
    });
  }
}
