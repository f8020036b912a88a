package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProtocolTest {

  /** Protocol of 2017-02-24 (board-meeting document): § 1–21, justerat 2017-04-03. */
  static Protocol february2017() {
    return Protocol.builder().meetingDate(LocalDate.of(2017, 2, 24))
        .paragraphs(ParagraphSet.parse("§ 1-21")).adjustedOn(LocalDate.of(2017, 4, 3))
        .postedOn(LocalDate.of(2017, 4, 7)).takenDownOn(LocalDate.of(2017, 4, 28)).build();
  }

  /** Protocol of 2017-11-30 (annual report document): § 71–83. */
  static Protocol november2017() {
    return Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
        .paragraphs(ParagraphSet.parse("§ 71-83")).adjustedOn(LocalDate.of(2017, 12, 21))
        .postedOn(LocalDate.of(2017, 12, 22)).takenDownOn(LocalDate.of(2018, 1, 12))
        .addAttendee(Attendee.deciding("Peter Vigren", "Umeå kommun"))
        .addAttendee(Attendee.deciding("Carola Larsson", "Arbetsförmedlingen"))
        .addAttendee(Attendee.deciding("Mikael Broman", "Försäkringskassan"))
        .addAttendee(Attendee.deciding("Ulf Björk", "Västerbottens läns landsting"))
        .addAttendee(Attendee.other("Tommy Henfridsson", "Utvecklingsledare NAFS",
            ParagraphSet.parse("§ 71-77")))
        .build();
  }

  @Nested
  class Deadlines {
    @Test
    void protocol20171130_justeringTwentyOneDaysLateIsFound() {
      Findings f = ProtocolRules.standard().check(november2017());
      assertEquals(1, f.errors().size(), f.toString());
      Finding late = f.errors().get(0);
      assertEquals("protocol.justering.late", late.code());
      assertTrue(late.message().contains("21 dagar efter sammanträdet; gränsen är 14 dagar"),
          late.message());
      assertFalse(f.contains("protocol.posting.late"));
      assertFalse(f.contains("protocol.notice.too-short"));
    }

    @Test
    void protocol20170224_lateJusteringAndLatePosting() {
      Findings f = ProtocolRules.standard().check(february2017());
      assertTrue(f.contains("protocol.justering.late"), f.toString());
      assertTrue(f.withCode("protocol.justering.late").get(0).message().contains("38 dagar"));
      assertTrue(f.contains("protocol.posting.late"), f.toString());
      assertFalse(f.contains("protocol.notice.too-short"));
    }

    @Test
    void onTimeProtocolIsClean() {
      Protocol p = Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
          .paragraphs(ParagraphSet.of(71, 83)).adjustedOn(LocalDate.of(2017, 12, 14))
          .postedOn(LocalDate.of(2017, 12, 16)).takenDownOn(LocalDate.of(2018, 1, 8)).build();
      assertTrue(ProtocolRules.standard().check(p).all().isEmpty());
    }

    @Test
    void appealPeriodEndingOnTrettondedagJul_movesToMonday() {
      // posted 2017-12-16: three weeks end on Saturday 6 January 2018, trettondedag jul
      Protocol p = Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
          .paragraphs(ParagraphSet.of(71, 83)).adjustedOn(LocalDate.of(2017, 12, 14))
          .postedOn(LocalDate.of(2017, 12, 16)).takenDownOn(LocalDate.of(2018, 1, 6)).build();
      Findings f = ProtocolRules.standard().check(p);
      assertEquals(List.of("protocol.notice.too-short"),
          f.all().stream().map(Finding::code).toList());
      assertTrue(f.all().get(0).message().contains("lördag 6 januari \u2192 måndag 8 januari "
          + "enligt lag (1930:173) (lördag 6 januari, trettondedag jul; söndag 7 januari)"),
          f.all().get(0).message());
    }

    @Test
    void otherLimitsAreData() {
      ProtocolRules lax = ProtocolRules.of(30, 2, 21, ParagraphNumbering.perCalendarYear());
      assertTrue(lax.check(november2017()).isClean());
    }

    @Test
    void build_rejectsJusteringBeforeTheMeeting() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
              .paragraphs(ParagraphSet.of(1)).adjustedOn(LocalDate.of(2017, 11, 29)).build());
      assertTrue(e.getMessage().startsWith("adjustedOn (2017-11-29)"), e.getMessage());
    }

    @Test
    void build_rejectsTakingDownBeforePosting() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
              .paragraphs(ParagraphSet.of(1)).adjustedOn(LocalDate.of(2017, 12, 1))
              .postedOn(LocalDate.of(2017, 12, 2)).takenDownOn(LocalDate.of(2017, 12, 2))
              .build());
      assertTrue(e.getMessage().startsWith("takenDownOn"), e.getMessage());
    }
  }

  @Nested
  class Series {
    @Test
    void protocols2017_gapBetweenFebruaryAndNovemberIsReported() {
      Findings f = ProtocolRules.standard().checkSeries(List.of(february2017(), november2017()));
      List<Finding> gaps = f.withCode("protocol.series.gap");
      assertEquals(1, gaps.size(), f.toString());
      assertTrue(gaps.get(0).message().contains("§ 22\u201370"), gaps.get(0).message());
    }

    @Test
    void newYearMustRestartUnderPerCalendarYear() {
      Protocol jan2018 = Protocol.builder().meetingDate(LocalDate.of(2018, 2, 20))
          .paragraphs(ParagraphSet.of(84, 90)).build();
      Findings f = ProtocolRules.standard().checkSeries(List.of(november2017(), jan2018));
      assertTrue(f.contains("protocol.series.no-restart"), f.toString());
      ProtocolRules running = ProtocolRules.of(14, 2, 21, ParagraphNumbering.continuous());
      assertFalse(running.checkSeries(List.of(november2017(), jan2018))
          .contains("protocol.series.no-restart"));
    }

    @Test
    void overlapAndOrderAreFound() {
      Protocol a = Protocol.builder().meetingDate(LocalDate.of(2017, 3, 1))
          .paragraphs(ParagraphSet.of(1, 10)).build();
      Protocol b = Protocol.builder().meetingDate(LocalDate.of(2017, 4, 1))
          .paragraphs(ParagraphSet.of(8, 12)).build();
      Findings f = ProtocolRules.standard().checkSeries(List.of(b, a));
      assertTrue(f.contains("protocol.series.overlap"), f.toString());
      assertTrue(f.contains("protocol.series.out-of-order"), f.toString());
    }
  }

  @Nested
  class Numbering {
    @Test
    void protocols2017_nextAfterNovemberAndIntoTheNewYear() {
      ProtocolLedger ledger = ProtocolLedger.of(List.of(november2017(), february2017()));
      assertEquals(ParagraphSet.of(84, 86), ParagraphNumbering.perCalendarYear()
          .next(ledger, LocalDate.of(2017, 12, 15), 3));
      assertEquals(ParagraphSet.of(1, 9), ParagraphNumbering.perCalendarYear()
          .next(ledger, LocalDate.of(2018, 3, 20), 9));
      assertEquals(ParagraphSet.of(84, 92), ParagraphNumbering.continuous()
          .next(ledger, LocalDate.of(2018, 3, 20), 9));
    }

    @Test
    void next_rejectsMeetingBeforeTheLedgerAndNoItems() {
      ProtocolLedger ledger = ProtocolLedger.of(List.of(november2017()));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ParagraphNumbering.perCalendarYear().next(ledger, LocalDate.of(2017, 6, 1), 3));
      assertTrue(e.getMessage().startsWith("meetingDate"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> ParagraphNumbering.perCalendarYear()
          .next(ledger, LocalDate.of(2018, 6, 1), 0));
    }

    @Test
    void agenda_itemAddedAtApprovalComesBeforeTheClosing() {
      Agenda agenda = Agenda.of(List.of("Mötets öppnande", "Godkännande av dagordning",
          "Mötet avslutas")).withItemAdded("Julbord");
      Map<Integer, String> numbered = agenda.toParagraphs(ParagraphSet.of(80, 83));
      assertEquals("Julbord", numbered.get(82));
      assertEquals("Mötet avslutas", numbered.get(83));
    }
  }

  @Nested
  class VotesAndQuorum {
    @Test
    void protocol20171130_paragraph78_tieDecidedByTheChair() {
      VoteResult r = BoardVote.of(2, 2, 0).decide(Matter.ORDINARY, ChairVote.YES);
      assertTrue(r.isAdopted());
      assertTrue(r.usedCastingVote());
      assertFalse(r.requiresLot());
      assertTrue(r.toString().contains("utslagsröst"));
    }

    @Test
    void electionTieGoesToLot() {
      VoteResult r = BoardVote.of(2, 2, 0).decide(Matter.ELECTION, ChairVote.YES);
      assertTrue(r.requiresLot());
      assertFalse(r.isAdopted());
      assertTrue(BoardVote.of(2, 2, 1).decide(Matter.STAFF, ChairVote.NO).requiresLot());
    }

    @Test
    void majorityDecidesWithoutTheChair() {
      assertTrue(BoardVote.of(3, 1, 0).decide(Matter.ORDINARY, ChairVote.NO).isAdopted());
      assertFalse(BoardVote.of(1, 3, 0).decide(Matter.ORDINARY, ChairVote.YES).isAdopted());
    }

    @Test
    void decide_rejectsChairVoteNotInTheCount() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> BoardVote.of(0, 2, 0).decide(Matter.ORDINARY, ChairVote.YES));
      assertTrue(e.getMessage().startsWith("chair"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> BoardVote.of(-1, 0, 0));
    }

    @Test
    void quorum_moreThanHalf() {
      assertTrue(Quorum.isPresent(8, 5));
      assertFalse(Quorum.isPresent(8, 4));
      assertTrue(Quorum.isPresent(1, 1));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Quorum.isPresent(4, 5));
      assertTrue(e.getMessage().startsWith("present (5)"), e.getMessage());
    }

    @Test
    void protocol20171130_quorumPerParagraph() {
      // four deciding members present for every paragraph
      assertTrue(november2017().isQuorate(78, 7));
      assertFalse(november2017().isQuorate(78, 8));
      assertThrows(IllegalArgumentException.class, () -> november2017().isQuorate(84, 4));
    }
  }

  @Nested
  class Validation {
    private Protocol.Builder nov() {
      return Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
          .paragraphs(ParagraphSet.of(71, 83));
    }

    private String rejected(Protocol.Builder b) {
      return assertThrows(IllegalArgumentException.class, b::build).getMessage();
    }

    @Test
    void build_namesTheMissingMeetingDate() {
      assertEquals("meetingDate (missing) must be given", rejected(Protocol.builder()
          .paragraphs(ParagraphSet.of(71, 83))));
      assertEquals("meetingDate, paragraphs (missing) must be given",
          rejected(Protocol.builder()));
    }

    @Test
    void build_rejectsAProtocolWithoutParagraphs() {
      assertTrue(rejected(nov().paragraphs(ParagraphSet.empty()))
          .endsWith(") must not be empty"));
    }

    @Test
    void build_rejectsANoticeBeforeJusteringOrWithoutIt() {
      assertEquals("postedOn (2017-12-22) needs adjustedOn: a notice is posted after justering",
          rejected(nov().postedOn(LocalDate.of(2017, 12, 22))));
      assertEquals("postedOn (2017-12-20) must not be before adjustedOn (2017-12-21)",
          rejected(nov().adjustedOn(LocalDate.of(2017, 12, 21))
              .postedOn(LocalDate.of(2017, 12, 20))));
      assertEquals("takenDownOn (2018-01-12) needs postedOn", rejected(nov()
          .adjustedOn(LocalDate.of(2017, 12, 21)).takenDownOn(LocalDate.of(2018, 1, 12))));
      // justering, posting and taking down on consecutive days are in order
      nov().adjustedOn(LocalDate.of(2017, 11, 30)).postedOn(LocalDate.of(2017, 11, 30))
          .takenDownOn(LocalDate.of(2017, 12, 1)).build();
    }

    @Test
    void build_rejectsTextsThatWouldNotReadBack() {
      assertTrue(rejected(nov().association("Samordningsförbundet  Umeåregionen"))
          .startsWith("association (\"Samordningsförbundet  Umeåregionen\") must be one line"));
      assertTrue(rejected(nov().place("Ungdomstorget,\tUmeå")).startsWith("place ("));
      assertTrue(rejected(nov().secretary("Mikael Holmlund | Förbundschef"))
          .startsWith("secretary ("));
      assertTrue(rejected(nov().chair("Peter Vigren § 71")).startsWith("chair ("));
      assertEquals("adjusters[1] (\" \") must not be blank", rejected(nov()
          .addAdjuster("Carola Larsson").addAdjuster(" ")));
      assertTrue(rejected(nov().noticeAt("Umeå\nkommun")).startsWith("noticeAt ("));
      assertTrue(rejected(nov().keptAt("Samordningsförbundets\u00a0kansli"))
          .startsWith("keptAt ("));
      assertTrue(rejected(nov().signedBy("..............")).startsWith("signedBy (\"......"
          + "........\") must hold a letter or digit"));
    }

    @Test
    void build_rejectsMinutesOutsideTheParagraphsOrWrittenTwice() {
      assertEquals("minutes (§ 84) must be one of the paragraphs (§ 71\u201383)",
          rejected(nov().addParagraph(new Paragraph(84, "Mötet avslutas", ""))));
      assertEquals("minutes (§ 71) must be written once", rejected(nov()
          .addParagraph(new Paragraph(71, "Mötets öppnande", ""))
          .addParagraph(new Paragraph(71, "Mötets öppnande", "Ordföranden öppnade mötet."))));
    }

    @Test
    void build_rejectsAGroupPresentForParagraphsTheMeetingDidNotHold() {
      AttendeeGroup staff = new AttendeeGroup(Attendee.Role.OTHER,
          "Mikael Holmlund Johanna Långdahl Persson", "Förbundschef Administratör",
          Optional.of(ParagraphSet.of(80, 90)));
      String m = rejected(nov().addAttendeeGroup(staff));
      assertTrue(m.startsWith("attendeeGroups[0] (Mikael Holmlund Johanna Långdahl Persson) "
          + "present for § 80\u201390"), m);
      assertTrue(m.endsWith("§ 84\u201390 is outside"), m);
    }

    @Test
    void daysToAdjustment_countsFromTheMeeting() {
      assertEquals(Optional.of(21L), november2017().daysToAdjustment());
      assertEquals(Optional.empty(), nov().build().daysToAdjustment());
    }
  }
}
