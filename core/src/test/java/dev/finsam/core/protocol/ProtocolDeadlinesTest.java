package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Statutory deadlines move under lag (1930:173); the practice deadline does not. */
class ProtocolDeadlinesTest {

  private static final ProtocolRules RULES = ProtocolRules.standard();

  /** A protocol justerat on {@code adjusted} (meeting the day before) and posted on {@code posted}. */
  static Protocol postedOn(LocalDate adjusted, LocalDate posted) {
    return Protocol.builder().meetingDate(adjusted.minusDays(1)).paragraphs(ParagraphSet.of(1, 5))
        .adjustedOn(adjusted).postedOn(posted).build();
  }

  private static Optional<LocalDate> postingDue(LocalDate adjusted) {
    return RULES.due(ProtocolDeadline.POSTING, postedOn(adjusted, adjusted));
  }

  private static void onTimeButNotADayLater(LocalDate adjusted, LocalDate lastDay) {
    assertEquals(Optional.of(lastDay), postingDue(adjusted));
    assertFalse(RULES.check(postedOn(adjusted, lastDay)).contains("protocol.posting.late"));
    Findings late = RULES.check(postedOn(adjusted, lastDay.plusDays(1)));
    assertTrue(late.contains("protocol.posting.late"), late.toString());
  }

  @Nested
  class Posting {
    @Test
    void onASaturday_movesToMonday() {
      // justerat Thursday 13 March 2025; the second day after is Saturday 15 March
      onTimeButNotADayLater(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 17));
    }

    @Test
    void onMidsommarafton_movesPastMidsommardagenToMonday() {
      onTimeButNotADayLater(LocalDate.of(2025, 6, 18), LocalDate.of(2025, 6, 23));
    }

    @Test
    void onJulafton_movesPastChristmasAndTheWeekend() {
      onTimeButNotADayLater(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 29));
    }

    @Test
    void onNyarsafton_movesIntoTheNewYear() {
      onTimeButNotADayLater(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2));
    }

    @Test
    void justeratOnSkartorsdag_postedTheTuesdayAfterEasterIsOnTime() {
      LocalDate skartorsdag = LocalDate.of(2025, 4, 17);
      Protocol p = postedOn(skartorsdag, LocalDate.of(2025, 4, 22));
      assertTrue(RULES.check(p).isClean(), RULES.check(p).toString());
      Finding late = RULES.check(postedOn(skartorsdag, LocalDate.of(2025, 4, 23)))
          .withCode("protocol.posting.late").get(0);
      assertTrue(late.message().contains("senast lördag 19 april \u2192 tisdag 22 april enligt "
          + "lag (1930:173) (lördag 19 april; söndag 20 april, påskdagen; måndag 21 april, "
          + "annandag påsk)"), late.message());
      assertTrue(late.message().contains("enligt lag (kommunallagen (2017:725) 8 kap. 12 §)"),
          late.message());
    }

    @Test
    void atTheEndOfFebruaryInALeapYear() {
      // 2024 is a leap year: Tuesday 27 February + 2 is Thursday 29 February, a weekday
      onTimeButNotADayLater(LocalDate.of(2024, 2, 27), LocalDate.of(2024, 2, 29));
      // 2023 is not: Monday 27 February + 2 is Wednesday 1 March
      onTimeButNotADayLater(LocalDate.of(2023, 2, 27), LocalDate.of(2023, 3, 1));
      // Saturday 29 February 2020 moves to Monday 2 March
      onTimeButNotADayLater(LocalDate.of(2020, 2, 27), LocalDate.of(2020, 3, 2));
    }
  }

  @Nested
  class Justering {
    @Test
    void practiceDoesNotMove() {
      // meeting Saturday 5 April 2025: 14 days later is Saturday 19 April, and it stays there
      Protocol p = Protocol.builder().meetingDate(LocalDate.of(2025, 4, 5))
          .paragraphs(ParagraphSet.of(1)).adjustedOn(LocalDate.of(2025, 4, 22)).build();
      assertEquals(Optional.of(LocalDate.of(2025, 4, 19)), RULES.due(ProtocolDeadline.JUSTERING,
          p));
      Finding late = RULES.check(p).withCode("protocol.justering.late").get(0);
      assertTrue(late.message().contains("17 dagar efter sammanträdet; gränsen är 14 dagar "
          + "(praxis enligt kommunallagen (2017:725) som förbundet tillämpar, inte lag), "
          + "senast lördag 19 april."), late.message());
      assertFalse(ProtocolDeadline.JUSTERING.isStatutory());
    }
  }

  @Nested
  class Notice {
    @Test
    void appealPeriodEndingOnAnnandagJul_noticeMustStayUntilMonday() {
      // posted Friday 5 December 2025: three weeks is Friday 26 December, annandag jul
      LocalDate posted = LocalDate.of(2025, 12, 5);
      Protocol early = Protocol.builder().meetingDate(LocalDate.of(2025, 12, 1))
          .paragraphs(ParagraphSet.of(1)).adjustedOn(LocalDate.of(2025, 12, 4)).postedOn(posted)
          .takenDownOn(LocalDate.of(2025, 12, 27)).build();
      assertEquals(Optional.of(LocalDate.of(2025, 12, 29)), RULES.due(ProtocolDeadline.NOTICE,
          early));
      Finding f = RULES.check(early).withCode("protocol.notice.too-short").get(0);
      assertTrue(f.message().contains("22 dagar; enligt lag (kommunallagen (2017:725) 13 kap. "
          + "5 §)"), f.message());
      assertTrue(f.message().contains("fredag 26 december \u2192 måndag 29 december enligt lag "
          + "(1930:173)"), f.message());
      Protocol onTime = Protocol.builder().from(early).takenDownOn(LocalDate.of(2025, 12, 29))
          .build();
      assertTrue(RULES.check(onTime).isClean(), RULES.check(onTime).toString());
    }

    @Test
    void protocol20171130_takenDownOnTheLastDayOfTheAppealPeriod() {
      Protocol p = ProtocolTest.november2017();
      assertEquals(Optional.of(LocalDate.of(2018, 1, 12)), RULES.due(ProtocolDeadline.NOTICE, p));
      assertFalse(RULES.check(p).contains("protocol.notice.too-short"));
    }
  }

  @Nested
  class RangeEnds {
    @Test
    void check_nearLocalDateMax_givesFindingsNotExceptions() {
      for (int back = 0; back < 30; back++) {
        LocalDate meeting = LocalDate.MAX.minusDays(back);
        Protocol notYet = Protocol.builder().meetingDate(meeting).paragraphs(ParagraphSet.of(1))
            .build();
        assertTrue(RULES.check(notYet).contains("protocol.justering.missing"));
        Protocol all = Protocol.builder().meetingDate(meeting).paragraphs(ParagraphSet.of(1))
            .adjustedOn(LocalDate.MAX.minusDays(back / 2)).postedOn(LocalDate.MAX.minusDays(
                back / 3)).build();
        RULES.check(all);
        ProtocolRules.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            ParagraphNumbering.continuous()).check(all);
        for (ProtocolDeadline d : ProtocolDeadline.values()) {
          RULES.due(d, all);
        }
      }
      Protocol min = Protocol.builder().meetingDate(LocalDate.MIN).paragraphs(ParagraphSet.of(1))
          .adjustedOn(LocalDate.MIN).postedOn(LocalDate.MIN.plusDays(30))
          .takenDownOn(LocalDate.MIN.plusDays(31)).build();
      assertTrue(RULES.check(min).contains("protocol.posting.late"));
      assertTrue(RULES.check(min).contains("protocol.notice.too-short"));
    }

    @Test
    void checkSeries_afterTheLargestParagraphNumber() {
      Protocol last = Protocol.builder().meetingDate(LocalDate.of(2017, 3, 1))
          .paragraphs(ParagraphSet.of(2147483600, Integer.MAX_VALUE)).build();
      Protocol next = Protocol.builder().meetingDate(LocalDate.of(2017, 4, 1))
          .paragraphs(ParagraphSet.of(1, 3)).build();
      Protocol again = Protocol.builder().meetingDate(LocalDate.of(2017, 5, 1))
          .paragraphs(ParagraphSet.of(Integer.MAX_VALUE)).build();
      Findings f = RULES.checkSeries(List.of(last, next, again));
      assertTrue(f.contains("protocol.series.overlap"), f.toString());
      RULES.checkSeries(List.of(next, last));
      ProtocolRules.of(14, 2, 21, ParagraphNumbering.continuous()).checkSeries(List.of(last,
          Protocol.builder().meetingDate(LocalDate.of(2018, 1, 1)).paragraphs(ParagraphSet.of(1))
              .build()));
    }
  }
}
