package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * How a board numbers its paragraphs (<i>paragrafnumrering</i>): consecutively through the
 * calendar year, restarting at § 1 (Umeåregionen's convention), or as one running series.
 *
 * <p>For example, after 2017-02-24 held § 1–21, {@code perCalendarYear().next(ledger,
 * LocalDate.of(2017, 4, 20), 10)} is § 22–31, and the first meeting of 2018 starts again at § 1.
 * This is a convention, not law.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParagraphNumbering {

  private static final ParagraphNumbering PER_CALENDAR_YEAR = new ParagraphNumbering(true);
  private static final ParagraphNumbering CONTINUOUS = new ParagraphNumbering(false);

  private final boolean restartsEachYear;

  private ParagraphNumbering(boolean restartsEachYear) {
    this.restartsEachYear = restartsEachYear;
  }

  /** @return numbering that restarts at § 1 each calendar year, never null */
  public static ParagraphNumbering perCalendarYear() {
    return PER_CALENDAR_YEAR;
  }

  /** @return one running series that never restarts, never null */
  public static ParagraphNumbering continuous() {
    return CONTINUOUS;
  }

  /** @return true if the numbering restarts at § 1 each calendar year */
  public boolean restartsEachYear() {
    return restartsEachYear;
  }

  /**
   * The paragraphs of the next meeting.
   *
   * @param ledger the protocols so far, not null
   * @param meetingDate the next meeting's date, not before the ledger's latest meeting, not null
   * @param items how many items the meeting handles, at least 1
   * @return the paragraphs, consecutive, never null
   * @throws IllegalArgumentException if {@code items < 1} or the meeting is before the latest
   *     meeting in the ledger
   */
  public ParagraphSet next(ProtocolLedger ledger, LocalDate meetingDate, int items) {
    requireNonNull(ledger, "ledger");
    requireNonNull(meetingDate, "meetingDate");
    if (items < 1) {
      throw new IllegalArgumentException("items (" + items + ") must be at least 1");
    }
    ledger.latestMeeting().ifPresent(latest -> {
      if (meetingDate.isBefore(latest)) {
        throw new IllegalArgumentException("meetingDate (" + meetingDate
            + ") must not be before the latest meeting in the ledger (" + latest + ")");
      }
    });
    int last = restartsEachYear ? ledger.lastParagraphIn(meetingDate.getYear())
        : ledger.lastParagraph();
    long first = (long) last + 1;
    long end = first + items - 1;
    if (end > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("items (" + items + ") after § " + last
          + " go past the largest paragraph number");
    }
    return ParagraphSet.of((int) first, (int) end);
  }

  /**
   * The paragraph the first item of a meeting should have.
   *
   * @param previous the previous meeting's date, not null
   * @param previousLast the previous meeting's last paragraph
   * @param meetingDate the meeting's date, not null
   * @return the expected first paragraph; {@code 2147483648} after § 2147483647
   */
  long expectedFirst(LocalDate previous, int previousLast, LocalDate meetingDate) {
    if (restartsEachYear && previous.getYear() != meetingDate.getYear()) {
      return 1;
    }
    return (long) previousLast + 1;
  }

  @Override
  public String toString() {
    return restartsEachYear ? "perCalendarYear" : "continuous";
  }
}
