package dev.finsam.core.protocol;

import dev.finsam.core.LegalCalendar;
import dev.finsam.core.text.Swedish;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One deadline as it applies to one protocol: the last day by the count of days and, for a
 * statutory deadline, that day moved to the next weekday under lag (1930:173) 2 §.
 */
final class Deadline {

  private final LocalDate nominal;
  private final LocalDate due;

  private Deadline(LocalDate nominal, LocalDate due) {
    this.nominal = nominal;
    this.due = due;
  }

  /**
   * @param start the day the count starts from
   * @param days the days allowed, at least 0
   * @param statutory true if lag (1930:173) moves the deadline
   * @return the deadline, or empty if it falls beyond {@link LocalDate#MAX}, where nothing can
   *     be late
   */
  static Optional<Deadline> after(LocalDate start, int days, boolean statutory) {
    long epoch = start.toEpochDay() + days;
    if (epoch > LocalDate.MAX.toEpochDay()) {
      return Optional.empty();
    }
    LocalDate nominal = LocalDate.ofEpochDay(epoch);
    if (!statutory) {
      return Optional.of(new Deadline(nominal, nominal));
    }
    if (nominal.isAfter(LegalCalendar.LAST_WEEKDAY)) {
      return Optional.empty();
    }
    return Optional.of(new Deadline(nominal, LegalCalendar.nextWeekday(nominal)));
  }

  /** @return the day the act may still be done */
  LocalDate due() {
    return due;
  }

  /** @return true if the act done on {@code day} met the deadline */
  boolean isMetBy(LocalDate day) {
    return !day.isAfter(due);
  }

  /** @return e.g. "senast torsdag 14 december", see {@link #days()} */
  String text() {
    return "senast " + days();
  }

  /**
   * @return e.g. "torsdag 14 december", or "lördag 19 april → tisdag 22 april enligt lag
   *     (1930:173) (lördag 19 april; söndag 20 april, påskdagen; måndag 21 april, annandag påsk)"
   */
  String days() {
    StringBuilder sb = new StringBuilder(Swedish.weekdayAndDate(nominal));
    if (due.equals(nominal)) {
      return sb.toString();
    }
    sb.append(" \u2192 ").append(Swedish.weekdayAndDate(due)).append(" enligt lag (1930:173) (");
    for (LocalDate d = nominal; d.isBefore(due); d = d.plusDays(1)) {
      sb.append(d.equals(nominal) ? "" : "; ").append(Swedish.weekdayAndDate(d));
      String name = LegalCalendar.name(d).orElse("söndag");
      if (!name.equals("söndag")) {
        sb.append(", ").append(name);
      }
    }
    return sb.append(')').toString();
  }
}
