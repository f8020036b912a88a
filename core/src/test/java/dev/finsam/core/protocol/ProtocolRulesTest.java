package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The limits a förbundsordning may set, the findings while a protocol is on its way, series. */
class ProtocolRulesTest {

  private static final ProtocolRules RULES = ProtocolRules.standard();
  private static final ProtocolRules RUNNING = ProtocolRules.of(14, 2, 21,
      ParagraphNumbering.continuous());

  private static Protocol meeting(LocalDate date, int first, int last) {
    return Protocol.builder().meetingDate(date).paragraphs(ParagraphSet.of(first, last)).build();
  }

  private static List<String> seriesCodes(Findings f) {
    return f.all().stream().map(Finding::code).filter(c -> c.startsWith("protocol.series."))
        .toList();
  }

  @Nested
  class Limits {
    @Test
    void of_rejectsNegativeDaysAndANoticeOfNoDays() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ProtocolRules.of(-1, 2, 21, ParagraphNumbering.perCalendarYear()));
      assertEquals("justeringDays (-1) must be >= 0", e.getMessage());
      e = assertThrows(IllegalArgumentException.class,
          () -> ProtocolRules.of(14, -1, 21, ParagraphNumbering.perCalendarYear()));
      assertEquals("postingDays (-1) must be >= 0", e.getMessage());
      e = assertThrows(IllegalArgumentException.class,
          () -> ProtocolRules.of(14, 2, 0, ParagraphNumbering.perCalendarYear()));
      assertEquals("noticeDays (0) must be >= 1", e.getMessage());
    }

    @Test
    void of_zeroDaysMeansJusteringAndPostingOnTheSameDay() {
      ProtocolRules strict = ProtocolRules.of(0, 0, 1, ParagraphNumbering.perCalendarYear());
      // meeting Thursday 30 November 2017, justerat and posted that day, taken down the next
      Protocol sameDay = Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
          .paragraphs(ParagraphSet.of(71, 83)).adjustedOn(LocalDate.of(2017, 11, 30))
          .postedOn(LocalDate.of(2017, 11, 30)).takenDownOn(LocalDate.of(2017, 12, 1)).build();
      assertTrue(strict.check(sameDay).isClean(), strict.check(sameDay).toString());
      Protocol nextDay = Protocol.builder().from(sameDay).adjustedOn(LocalDate.of(2017, 12, 1))
          .postedOn(LocalDate.of(2017, 12, 1)).takenDownOn(LocalDate.of(2017, 12, 2)).build();
      Findings f = strict.check(nextDay);
      assertTrue(f.withCode("protocol.justering.late").get(0).message()
          .contains("justerades 1 dagar efter sammanträdet; gränsen är 0 dagar"), f.toString());
      assertEquals(ParagraphNumbering.perCalendarYear(), strict.numbering());
    }

    @Test
    void withSeats_needsAtLeastOneSeatAndIsRemembered() {
      assertEquals(OptionalInt.empty(), RULES.seats());
      assertEquals(OptionalInt.of(8), RULES.withSeats(8).seats());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> RULES.withSeats(0));
      assertEquals("seats (0) must be at least 1", e.getMessage());
    }

    @Test
    void deadlines_nameTheirSource() {
      assertEquals("kommunallagen (2017:725) 8 kap. 12 §", ProtocolDeadline.POSTING.source());
      assertEquals("kommunallagen (2017:725) 13 kap. 5 §", ProtocolDeadline.NOTICE.source());
      assertTrue(ProtocolDeadline.POSTING.isStatutory() && ProtocolDeadline.NOTICE.isStatutory());
      assertFalse(ProtocolDeadline.JUSTERING.isStatutory());
    }

    @Test
    void toString_namesEveryLimit() {
      assertEquals("justering inom 14 dagar, anslag senast dag 2 efter, uppe minst 21 dagar, "
          + "numrering perCalendarYear", RULES.toString());
      assertEquals("justering inom 14 dagar, anslag senast dag 2 efter, uppe minst 21 dagar, "
          + "numrering continuous, 8 platser", RUNNING.withSeats(8).toString());
    }
  }

  @Nested
  class OnItsWay {
    @Test
    void notYetJusterat_saysTheLastDay() {
      // meeting Thursday 30 November 2017: 14 days later is Thursday 14 December
      Findings f = RULES.check(meeting(LocalDate.of(2017, 11, 30), 71, 83));
      List<Finding> missing = f.withCode("protocol.justering.missing");
      assertEquals(1, f.all().size(), f.toString());
      assertEquals("Protokollet från 2017-11-30 är ännu inte justerat; gränsen är 14 dagar "
          + "(praxis enligt kommunallagen (2017:725) som förbundet tillämpar, inte lag), senast "
          + "torsdag 14 december.", missing.get(0).message());
    }

    @Test
    void justeratButNotPosted_saysTheLastDayMovedPastChristmas() {
      // justerat Thursday 21 December 2017: the second day after is Saturday 23 December,
      // then julafton, juldagen and annandag jul; the notice may go up Wednesday 27 December
      Protocol p = Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
          .paragraphs(ParagraphSet.of(71, 83)).adjustedOn(LocalDate.of(2017, 12, 21)).build();
      Finding w = RULES.check(p).withCode("protocol.posting.missing").get(0);
      assertTrue(w.message().startsWith("Protokollet från 2017-11-30 saknar datum för anslag; "),
          w.message());
      assertTrue(w.message().contains("ska det ske senast andra dagen efter justeringen, senast "
          + "lördag 23 december \u2192 onsdag 27 december enligt lag (1930:173)"), w.message());
      assertEquals(Optional.of(LocalDate.of(2017, 12, 27)), RULES.due(ProtocolDeadline.POSTING,
          p));
    }

    @Test
    void postedButNotTakenDown_saysUntilWhenTheNoticeStaysUp() {
      // posted Friday 22 December 2017: three weeks is Friday 12 January 2018
      Protocol p = Protocol.builder().from(ProtocolTest.november2017()).takenDownOn(
          Optional.empty()).build();
      Finding up = RULES.check(p).withCode("protocol.notice.up").get(0);
      assertTrue(up.message().startsWith("Protokollet från 2017-11-30: anslaget får tas ned när "
          + "överklagandetiden har gått ut; "), up.message());
      assertTrue(up.message().endsWith("21 dagar, till och med fredag 12 januari."),
          up.message());
    }

    @Test
    void justeringDeadlineOnTheLastDayOfTheCalendarIsStillADeadline() {
      Protocol p = meeting(LocalDate.MAX.minusDays(14), 1, 1);
      assertEquals(Optional.of(LocalDate.MAX), RULES.due(ProtocolDeadline.JUSTERING, p));
      assertEquals(Optional.empty(), RULES.due(ProtocolDeadline.JUSTERING,
          meeting(LocalDate.MAX.minusDays(13), 1, 1)));
    }
  }

  @Nested
  class Series {
    @Test
    void runningNumbering_restartInTheNewYearIsAnError() {
      Findings f = RUNNING.checkSeries(List.of(ProtocolTest.november2017(),
          meeting(LocalDate.of(2018, 2, 23), 1, 12)));
      assertEquals(List.of("protocol.series.unexpected-restart"), seriesCodes(f));
      assertEquals("Protokollet från 2018-02-23 börjar om på § 1, men numreringen är löpande; "
          + "väntad var § 84.", f.withCode("protocol.series.unexpected-restart").get(0)
              .message());
    }

    @Test
    void runningNumbering_restartAfterAMeetingThatHeldOnlyParagraphOne() {
      Findings f = RUNNING.checkSeries(List.of(meeting(LocalDate.of(2017, 12, 15), 1, 1),
          meeting(LocalDate.of(2018, 1, 19), 1, 4)));
      assertEquals(List.of("protocol.series.unexpected-restart"), seriesCodes(f));
      assertTrue(f.all().get(0).message().endsWith("väntad var § 2."), f.toString());
    }

    @Test
    void runningNumbering_gapAcrossTheNewYear() {
      Findings f = RUNNING.checkSeries(List.of(ProtocolTest.november2017(),
          meeting(LocalDate.of(2018, 2, 23), 90, 95)));
      assertEquals(List.of("protocol.series.gap"), seriesCodes(f));
      assertEquals("Mellan protokollet från 2017-11-30 (slutar på § 83) och protokollet från "
          + "2018-02-23 (börjar på § 90) saknas § 84\u201389.", f.withCode("protocol.series.gap")
              .get(0).message());
      assertTrue(seriesCodes(RUNNING.checkSeries(List.of(ProtocolTest.november2017(),
          meeting(LocalDate.of(2018, 2, 23), 84, 95)))).isEmpty());
    }

    @Test
    void perCalendarYear_restartAtParagraphOneIsInOrder() {
      Findings f = RULES.checkSeries(List.of(ProtocolTest.november2017(),
          meeting(LocalDate.of(2018, 2, 23), 1, 12)));
      assertTrue(seriesCodes(f).isEmpty(), f.toString());
      assertFalse(f.contains("protocol.series.overlap"));
    }
  }
}
