package dev.finsam.core.protocol;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Equality of every value type of the package, and null-hostility of every public class. */
class ProtocolEqualityTest {

  static final LocalDate MEETING = LocalDate.of(2017, 11, 30);

  static Protocol.Builder november() {
    return Protocol.builder().meetingDate(MEETING).paragraphs(ParagraphSet.of(71, 83))
        .adjustedOn(LocalDate.of(2017, 12, 21)).postedOn(LocalDate.of(2017, 12, 22));
  }

  @Nested
  class Equality {
    @Test
    void protocol() {
      new EqualsTester()
          .addEqualityGroup(november().build(), november().build(),
              november().paragraphs(ParagraphSet.parse("§ 71-75, 76-83")).build())
          .addEqualityGroup(november().takenDownOn(LocalDate.of(2018, 1, 12)).build())
          .addEqualityGroup(november().addAttendee(Attendee.deciding("Ulf Björk",
              "Västerbottens läns landsting")).build())
          .addEqualityGroup(november().paragraphs(ParagraphSet.of(71, 82)).build())
          .testEquals();
    }

    @Test
    void paragraph() {
      new EqualsTester()
          .addEqualityGroup(new Paragraph(71, "Mötets  öppnande", "Öppnat.\n---\n\nAvslutat."),
              Paragraph.of(71, "Mötets öppnande", "Öppnat.\nAvslutat."))
          .addEqualityGroup(Paragraph.of(72, "Mötets öppnande", "Öppnat.\nAvslutat."))
          .addEqualityGroup(Paragraph.of(71, "", "Öppnat.\nAvslutat."))
          .addEqualityGroup(Paragraph.of(71, "Mötets öppnande", "Öppnat."))
          .testEquals();
    }

    @Test
    void protocolWithItsText() {
      Protocol p = ReferenceProtocolsExamples.protocolIn(
          ReferenceProtocolsExamples.BOARD_MEETING);
      new EqualsTester()
          .addEqualityGroup(p, Protocol.parse(p.toString()), Protocol.builder().from(p).build())
          .addEqualityGroup(Protocol.builder().from(p).secretary("Mikael Holmlund").build())
          .addEqualityGroup(Protocol.builder().from(p).minutes(p.minutes().subList(0, 20)).build())
          .testEquals();
    }

    @Test
    void voteResult() {
      new EqualsTester()
          .addEqualityGroup(BoardVote.of(2, 2, 0).decide(Matter.ORDINARY, ChairVote.YES),
              BoardVote.of(2, 2, 0).decide(Matter.ORDINARY, ChairVote.YES))
          .addEqualityGroup(BoardVote.of(2, 2, 0).decide(Matter.ORDINARY, ChairVote.NO))
          .addEqualityGroup(BoardVote.of(2, 2, 0).decide(Matter.ELECTION, ChairVote.YES),
              BoardVote.of(2, 2, 0).decide(Matter.STAFF, ChairVote.NO))
          .addEqualityGroup(BoardVote.of(3, 2, 0).decide(Matter.ORDINARY, ChairVote.NONE))
          .testEquals();
    }

    @Test
    void protocolRules() {
      new EqualsTester()
          .addEqualityGroup(ProtocolRules.standard(), ProtocolRules.of(ProtocolRules.JUSTERING_DAYS,
              ProtocolRules.POSTING_DAYS, ProtocolRules.NOTICE_DAYS,
              ParagraphNumbering.perCalendarYear()))
          .addEqualityGroup(ProtocolRules.of(14, 2, 21, ParagraphNumbering.continuous()))
          .addEqualityGroup(ProtocolRules.of(30, 2, 21, ParagraphNumbering.perCalendarYear()))
          .addEqualityGroup(ProtocolRules.of(14, 3, 21, ParagraphNumbering.perCalendarYear()))
          .addEqualityGroup(ProtocolRules.of(14, 2, 22, ParagraphNumbering.perCalendarYear()))
          .addEqualityGroup(ProtocolRules.standard().withSeats(8),
              ProtocolRules.standard().withSeats(7).withSeats(8))
          .testEquals();
    }

    @Test
    void paragraphSetAndRange() {
      new EqualsTester()
          .addEqualityGroup(ParagraphSet.parse("§ 42-47, 49-56"), ParagraphSet.of(42, 56)
              .minus(ParagraphSet.of(48)))
          .addEqualityGroup(ParagraphSet.empty(), ParagraphSet.parse("§"))
          .addEqualityGroup(ParagraphSet.of(7), ParagraphSet.parse("7"))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(new ParagraphSet.Range(1, 3), new ParagraphSet.Range(1, 3))
          .addEqualityGroup(new ParagraphSet.Range(1, 4))
          .testEquals();
    }

    @Test
    void boardVoteAttendeeAgendaLedgerNumbering() {
      new EqualsTester()
          .addEqualityGroup(BoardVote.of(2, 2, 0), new BoardVote(2, 2, 0))
          .addEqualityGroup(BoardVote.of(2, 1, 0))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(Attendee.deciding("Ulf Björk", "Västerbottens läns landsting"),
              new Attendee("Ulf Björk", "Västerbottens läns landsting", Attendee.Role.MEMBER,
                  Optional.empty(), Optional.empty()))
          .addEqualityGroup(Attendee.serving("Ulf Björk", "Västerbottens läns landsting",
              "Peter Vigren"))
          .addEqualityGroup(Attendee.substitute("Ulf Björk", "Västerbottens läns landsting"))
          .addEqualityGroup(Attendee.other("Ulf Björk", "Västerbottens läns landsting",
              ParagraphSet.of(71, 77)))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(new AttendeeGroup(Attendee.Role.OTHER, "Mikael Holmlund Johanna "
              + "Långdahl Persson", "Förbundschef Administratör", Optional.empty()),
              new AttendeeGroup(Attendee.Role.OTHER, "Mikael Holmlund Johanna "
              + "Långdahl Persson", "Förbundschef Administratör", Optional.empty()))
          .addEqualityGroup(new AttendeeGroup(Attendee.Role.MEMBER, "Mikael Holmlund Johanna "
              + "Långdahl Persson", "Förbundschef Administratör", Optional.empty()))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(november().build().attendance(8), november().build().attendance(8))
          .addEqualityGroup(november().build().attendance(7))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(Agenda.of(List.of("a", "b")), new Agenda(List.of("a", "b")))
          .addEqualityGroup(Agenda.of(List.of("a")).withItemAdded("b").withItemAdded("c"))
          .testEquals();
      Protocol p = november().build();
      new EqualsTester()
          .addEqualityGroup(ProtocolLedger.of(List.of(p)), ProtocolLedger.empty().plus(p))
          .addEqualityGroup(ProtocolLedger.empty(), ProtocolLedger.of(List.of()))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(ParagraphNumbering.perCalendarYear(),
              ParagraphNumbering.perCalendarYear())
          .addEqualityGroup(ParagraphNumbering.continuous())
          .testEquals();
    }
  }

  @Nested
  class NullHostility {
    private NullPointerTester tester() {
      return new NullPointerTester()
          .setDefault(LocalDate.class, MEETING)
          .setDefault(ParagraphSet.class, ParagraphSet.of(71))
          .setDefault(Protocol.class, november().build())
          .setDefault(Attendee.class, Attendee.deciding("Ulf Björk", "Landstinget"))
          .setDefault(String.class, "x")
          .setDefault(ParagraphNumbering.class, ParagraphNumbering.perCalendarYear())
          .setDefault(ProtocolLedger.class, ProtocolLedger.empty())
          .setDefault(Attendee.Role.class, Attendee.Role.OTHER)
          .setDefault(AttendeeGroup.class, new AttendeeGroup(Attendee.Role.OTHER, "A B C D", "",
              Optional.empty()))
          .setDefault(ProtocolDeadline.class, ProtocolDeadline.POSTING);
    }

    @Test
    void everyPublicClassRejectsNulls() {
      NullPointerTester t = tester();
      for (Class<?> c : List.of(ParagraphSet.class, ParagraphSet.Range.class, Protocol.class,
          ProtocolRules.class, BoardVote.class, VoteResult.class, Attendee.class, Agenda.class,
          AttendeeGroup.class, Attendance.class, Attendee.Role.class, ProtocolDeadline.class,
          Paragraph.class, ProtocolReader.class,
          ProtocolLedger.class, ParagraphNumbering.class, Quorum.class, Matter.class,
          ChairVote.class, Protocol.Builder.class)) {
        t.testAllPublicStaticMethods(c);
        t.testAllPublicConstructors(c);
      }
      for (Object o : List.of(ParagraphSet.parse("§ 1-3, 7"), new ParagraphSet.Range(1, 2),
          november().build(), ProtocolRules.standard(), BoardVote.of(2, 2, 0),
          BoardVote.of(2, 2, 0).decide(Matter.ORDINARY, ChairVote.YES),
          Attendee.other("Tommy Henfridsson", "NAFS", ParagraphSet.of(71, 77)),
          november().build().attendance(8), new ProtocolReader(),
          new Paragraph(71, "Mötets öppnande", "Ordförande förklarade mötet öppnat."),
          new AttendeeGroup(Attendee.Role.OTHER, "A B C D", "", Optional.empty()),
          Agenda.of(List.of("a", "Mötet avslutas")), ProtocolLedger.empty(),
          ParagraphNumbering.continuous(), Protocol.builder())) {
        t.testAllPublicInstanceMethods(o);
      }
    }
  }
}
