package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AttendanceTest {

  private static Protocol.Builder meeting(ParagraphSet held) {
    return Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30)).paragraphs(held);
  }

  @Nested
  class Seats {
    @Test
    void protocol20171130_fourLedamoterDecideEveryParagraph() {
      Protocol p = ProtocolTest.november2017();
      Attendance seven = p.attendance(7);
      assertTrue(seven.withoutQuorum().isEmpty());
      assertEquals(List.of("Peter Vigren", "Carola Larsson", "Mikael Broman", "Ulf Björk"),
          seven.decidedBy(78).stream().map(Attendee::name).toList());
      assertEquals(ParagraphSet.of(71, 83), p.attendance(8).withoutQuorum());
      assertEquals(4, p.seatsListed());
    }

    @Test
    void aServingSubstituteFillsTheSeatOfAnAbsentLedamot() {
      Protocol p = meeting(ParagraphSet.of(1, 6))
          .addAttendee(Attendee.member("Peter Vigren", "Umeå kommun"))
          .addAttendee(Attendee.member("Carola Larsson", "Arbetsförmedlingen"))
          .addAttendee(Attendee.serving("Anna Ek", "Försäkringskassan", "Mikael Broman"))
          .addAttendee(Attendee.substitute("Bo Berg", "Vännäs kommun"))
          .build();
      assertTrue(p.attendance(5).isQuorate(1));
      assertEquals(3, p.attendance(5).filledSeats(6));
      assertEquals(3, p.seatsListed());
    }

    @Test
    void aSubstituteForALedamotWhoIsPresentFillsNoFurtherSeat() {
      Protocol p = meeting(ParagraphSet.of(1, 6))
          .addAttendee(Attendee.member("Peter Vigren", "Umeå kommun"))
          .addAttendee(Attendee.member("Carola Larsson", "Arbetsförmedlingen", ParagraphSet.of(1,
              3)))
          .addAttendee(Attendee.serving("Anna Ek", "Arbetsförmedlingen", "Carola Larsson")
              .withParagraphs(ParagraphSet.of(3, 6)))
          .build();
      Attendance a = p.attendance(3);
      for (int k = 1; k <= 6; k++) {
        assertEquals(2, a.filledSeats(k), "§ " + k);
        assertTrue(a.isQuorate(k));
      }
      assertEquals(List.of("Peter Vigren", "Carola Larsson"),
          a.decidedBy(3).stream().map(Attendee::name).toList());
      assertEquals(List.of("Peter Vigren", "Anna Ek"),
          a.decidedBy(4).stream().map(Attendee::name).toList());
    }

    @Test
    void paragraphsWithoutQuorumAreFoundAndNamed() {
      Protocol p = meeting(ParagraphSet.of(1, 10))
          .addAttendee(Attendee.member("Peter Vigren", "Umeå kommun"))
          .addAttendee(Attendee.member("Carola Larsson", "Arbetsförmedlingen", ParagraphSet.of(1,
              5)))
          .addAttendee(Attendee.member("Ulf Björk", "Västerbottens läns landsting"))
          .addAttendee(Attendee.other("Mikael Holmlund", "Förbundschef"))
          .build();
      assertEquals(ParagraphSet.of(6, 10), p.attendance(5).withoutQuorum());
      List<Finding> missing = ProtocolRules.standard().withSeats(5).check(p)
          .withCode("protocol.quorum.missing");
      assertEquals(1, missing.size());
      assertTrue(missing.get(0).message().contains("inte beslutför i § 6\u201310 (2 av 5 platser"),
          missing.get(0).message());
      assertFalse(ProtocolRules.standard().check(p).contains("protocol.quorum.missing"));
    }

    @Test
    void attendance_rejectsNoSeatsAndParagraphsNotHeld() {
      Protocol p = ProtocolTest.november2017();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> p.attendance(0));
      assertTrue(e.getMessage().startsWith("seats (0)"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> p.attendance(8).isQuorate(84));
      assertTrue(e.getMessage().startsWith("paragraph (84)"), e.getMessage());
    }
  }

  @Nested
  class Groups {
    @Test
    void aGroupCountsAsManySeatsAsOrganisations() {
      AttendeeGroup g = new AttendeeGroup(Attendee.Role.MEMBER, "Anna Ek Bo Berg Carl",
          "Umeå kommun Vännäs kommun Region Västerbotten", Optional.empty());
      assertEquals(OptionalInt.of(3), g.count());
      Protocol p = meeting(ParagraphSet.of(1, 4)).addAttendeeGroup(g).build();
      assertTrue(p.attendance(5).isQuorate(2));
      assertEquals(3, p.seatsListed());
    }

    @Test
    void aGroupOfUnknownCountMakesTheQuorumUnknown() {
      AttendeeGroup g = new AttendeeGroup(Attendee.Role.MEMBER, "Anna Ek Bo Berg Carl Dahl",
          "Ledamöter", Optional.empty());
      assertEquals(OptionalInt.empty(), g.count());
      Protocol p = meeting(ParagraphSet.of(1, 4)).addAttendeeGroup(g).build();
      assertTrue(p.attendance(5).hasUncounted());
      assertEquals(List.of("protocol.quorum.unknown"), ProtocolRules.standard().withSeats(5)
          .check(p).all().stream().map(Finding::code).filter(c -> c.startsWith("protocol.quorum"))
          .toList());
    }

    @Test
    void group_rejectsNamesThatPairOrOnePerson() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new AttendeeGroup(Attendee.Role.MEMBER, "Anna Ek Bo Berg",
              "Umeå kommun Vännäs kommun", Optional.empty()));
      assertTrue(e.getMessage().startsWith("names (Anna Ek Bo Berg) pair"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> new AttendeeGroup(
          Attendee.Role.MEMBER, "Anna Ek", "Umeå kommun", Optional.empty()));
      assertTrue(e.getMessage().startsWith("names (Anna Ek) must be several"), e.getMessage());
    }
  }

  @Nested
  class Construction {
    @Test
    void build_rejectsAnAttendeeOutsideTheProtocolNamingThemAndTheRange() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> meeting(ParagraphSet.of(71, 83)).addAttendee(Attendee.other("Tommy Henfridsson",
              "Utvecklingsledare NAFS", ParagraphSet.parse("§ 42-47, 80-90"))).build());
      assertEquals("attendees[0] (Tommy Henfridsson) present for § 42\u201347, 80\u201390 must be "
          + "present only for the protocol's paragraphs (§ 71\u201383); § 42\u201347, 84\u201390 "
          + "is outside", e.getMessage());
    }

    @Test
    void attendee_rejectsWhatThePrintedLayoutCannotHold() {
      assertThrows(IllegalArgumentException.class, () -> Attendee.member("A  B", "X"));
      assertThrows(IllegalArgumentException.class, () -> Attendee.member("Anna Maria Ek Berg",
          "X"));
      assertThrows(IllegalArgumentException.class, () -> Attendee.member("Anna Ek",
          "Umeå kommun Vännäs kommun"));
      assertThrows(IllegalArgumentException.class, () -> Attendee.member("Anna Ek",
          "Umeå kommun, ersättare för Bo"));
      assertThrows(IllegalArgumentException.class, () -> Attendee.other("Anna Ek", "§ 5"));
      assertThrows(IllegalArgumentException.class, () -> Attendee.other("**Anna** Ek", "x"));
      assertThrows(IllegalArgumentException.class, () -> new Attendee("Anna Ek", "",
          Attendee.Role.MEMBER, Optional.of("Bo Berg"), Optional.empty()));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Attendee.serving("Anna Ek", "", "Anna Ek"));
      assertTrue(e.getMessage().startsWith("servesFor (Anna Ek)"), e.getMessage());
    }

    @Test
    void presentForNoParagraphs_isRejected_leaveThemOutForTheWholeMeeting() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Attendee.member("Anna Ek", "Umeå kommun", ParagraphSet.empty()));
      assertTrue(e.getMessage().endsWith("must not be empty; leave them out for the whole "
          + "meeting"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> new AttendeeGroup(
          Attendee.Role.OTHER, "Mikael Holmlund Johanna Långdahl Persson",
          "Förbundschef Administratör", Optional.of(ParagraphSet.empty())));
      assertTrue(e.getMessage().endsWith("must not be empty; leave them out for the whole "
          + "meeting"), e.getMessage());
    }

    @Test
    void servingSubstitutesWrittenTogether_areRejected_whoseSeatEachFillsIsUnknown() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new AttendeeGroup(Attendee.Role.SERVING_SUBSTITUTE, "Anna Ek Bo Lars Berg",
              "Umeå kommun Vännäs kommun", Optional.empty()));
      assertTrue(e.getMessage().startsWith("role (SERVING_SUBSTITUTE) must not be a serving "
          + "substitute"), e.getMessage());
    }

    @Test
    void deciding_isALedamot_andRolesHaveTheirSwedishTerms() {
      assertEquals(Attendee.member("Ulf Björk", "Västerbottens läns landsting",
          ParagraphSet.of(71, 77)), Attendee.deciding("Ulf Björk",
              "Västerbottens läns landsting", ParagraphSet.of(71, 77)));
      assertEquals(List.of("ledamot", "tjänstgörande ersättare", "ersättare", "övrig deltagare"),
          List.of(Attendee.Role.values()).stream().map(Attendee.Role::swedish).toList());
    }
  }

  @Nested
  class WhoFillsASeat {
    @Test
    void ledamoterWrittenTogetherWithoutACount_areLeftOutOfTheSweep() {
      // the count of the group is unknown: the sweep counts the ledamöter it can
      Protocol p = meeting(ParagraphSet.of(71, 83))
          .addAttendee(Attendee.member("Peter Vigren", "Umeå kommun"))
          .addAttendeeGroup(new AttendeeGroup(Attendee.Role.MEMBER,
              "Johanna Långdahl Persson Mikael Broman", "ledamöter", Optional.empty()))
          .build();
      Attendance a = p.attendance(3);
      assertTrue(a.hasUncounted());
      assertEquals(ParagraphSet.of(71, 83), a.withoutQuorum());
      assertTrue(p.attendance(1).withoutQuorum().isEmpty());
    }

    @Test
    void substitutesWhoDoNotServe_fillNoSeatEvenWrittenTogether() {
      // five seats; two ledamöter and, written together, two ersättare who do not serve
      AttendeeGroup ersattare = new AttendeeGroup(Attendee.Role.SUBSTITUTE,
          "Anna Ek Bo Lars Berg", "Umeå kommun Vännäs kommun", Optional.empty());
      assertEquals(OptionalInt.of(2), ersattare.count());
      Protocol p = meeting(ParagraphSet.of(71, 83))
          .addAttendee(Attendee.member("Peter Vigren", "Umeå kommun"))
          .addAttendee(Attendee.member("Carola Larsson", "Arbetsförmedlingen"))
          .addAttendeeGroup(ersattare).build();
      Attendance a = p.attendance(5);
      assertFalse(a.hasUncounted());
      assertEquals(2, a.filledSeats(75));
      assertEquals(ParagraphSet.of(71, 83), a.withoutQuorum());
      assertEquals(2, p.seatsListed());
    }

    @Test
    void staffWrittenTogether_leaveTheCountKnown() {
      // protocol 2017-02-24: the other participants are one cell of names beside their roles
      Protocol p = meeting(ParagraphSet.of(1, 21))
          .addAttendee(Attendee.member("Peter Vigen", "Umeå kommun"))
          .addAttendee(Attendee.member("Carola Larsson", "Arbetsförmedlingen"))
          .addAttendee(Attendee.member("Ulf Björk", "Västerbottens läns landsting"))
          .addAttendeeGroup(new AttendeeGroup(Attendee.Role.OTHER, "Mikael Holmlund Johanna "
              + "Långdahl Persson Katarina Hansson Emma Anderbom", "Förbundschef Administratör "
              + "Biträdande förbundschef Utredare", Optional.empty()))
          .build();
      Attendance a = p.attendance(5);
      assertFalse(a.hasUncounted());
      assertTrue(a.withoutQuorum().isEmpty());
      assertTrue(ProtocolRules.standard().withSeats(5).check(p).all().stream()
          .noneMatch(f -> f.code().startsWith("protocol.quorum.")));
    }

    @Test
    void attendance_knowsItsProtocolAndSeats_andSaysWhereTheQuorumFailed() {
      Protocol p = meeting(ParagraphSet.of(71, 83))
          .addAttendee(Attendee.member("Peter Vigren", "Umeå kommun"))
          .addAttendee(Attendee.member("Carola Larsson", "Arbetsförmedlingen"))
          .addAttendee(Attendee.member("Mikael Broman", "Försäkringskassan", ParagraphSet.of(71,
              73)))
          .addAttendee(Attendee.member("Ulf Björk", "Västerbottens läns landsting",
              ParagraphSet.parse("§ 71-73, 77-83")))
          .build();
      Attendance a = p.attendance(6);
      assertEquals(6, a.seats());
      assertEquals(p, a.protocol());
      assertEquals(ParagraphSet.parse("§ 74-83"), a.withoutQuorum());
      assertEquals("Närvaro 2017-11-30, 6 platser, utan beslutförhet: § 74\u201383",
          a.toString());
      assertEquals("Närvaro 2017-11-30, 3 platser, beslutför i alla paragrafer",
          p.attendance(3).toString());
    }
  }
}
