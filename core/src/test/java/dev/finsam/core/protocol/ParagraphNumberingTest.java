package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Numbering the next meeting's paragraphs from the protocols so far. */
class ParagraphNumberingTest {

  private static Protocol meeting(LocalDate date, int first, int last) {
    return Protocol.builder().meetingDate(date).paragraphs(ParagraphSet.of(first, last)).build();
  }

  @Nested
  class Next {
    @Test
    void next_rejectsAMeetingWithoutItemsNamingTheCount() {
      ProtocolLedger ledger = ProtocolLedger.of(List.of(ProtocolTest.november2017()));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ParagraphNumbering.perCalendarYear().next(ledger, LocalDate.of(2018, 2, 23), 0));
      assertEquals("items (0) must be at least 1", e.getMessage());
    }

    @Test
    void next_mayEndOnTheLargestParagraphNumberButNotGoPastIt() {
      ProtocolLedger ledger = ProtocolLedger.of(List.of(meeting(LocalDate.of(2017, 3, 1),
          Integer.MAX_VALUE - 10, Integer.MAX_VALUE - 3)));
      LocalDate next = LocalDate.of(2017, 4, 1);
      assertEquals(ParagraphSet.of(Integer.MAX_VALUE - 2, Integer.MAX_VALUE),
          ParagraphNumbering.continuous().next(ledger, next, 3));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ParagraphNumbering.continuous().next(ledger, next, 4));
      assertEquals("items (4) after § 2147483644 go past the largest paragraph number",
          e.getMessage());
    }

    @Test
    void next_onTheDayOfTheLatestMeetingContinuesItsNumbers() {
      ProtocolLedger ledger = ProtocolLedger.of(List.of(ProtocolTest.november2017()));
      assertEquals(ParagraphSet.of(84), ParagraphNumbering.perCalendarYear().next(ledger,
          LocalDate.of(2017, 11, 30), 1));
    }
  }

  @Nested
  class ExpectedFirst {
    @Test
    void perCalendarYear_firstMeetingOfTheYearStartsAtOne() {
      assertEquals(1, ParagraphNumbering.perCalendarYear().expectedFirst(
          LocalDate.of(2017, 11, 30), 83, LocalDate.of(2018, 2, 23)));
      assertEquals(84, ParagraphNumbering.perCalendarYear().expectedFirst(
          LocalDate.of(2017, 2, 24), 83, LocalDate.of(2017, 11, 30)));
      assertEquals(84, ParagraphNumbering.continuous().expectedFirst(
          LocalDate.of(2017, 11, 30), 83, LocalDate.of(2018, 2, 23)));
      assertEquals(2147483648L, ParagraphNumbering.continuous().expectedFirst(
          LocalDate.of(2017, 11, 30), Integer.MAX_VALUE, LocalDate.of(2017, 12, 1)));
    }

    @Test
    void toString_namesThePolicy() {
      assertEquals("perCalendarYear", ParagraphNumbering.perCalendarYear().toString());
      assertEquals("continuous", ParagraphNumbering.continuous().toString());
    }
  }

  @Nested
  class Ledger {
    @Test
    void of_ordersByMeetingDate() {
      Protocol feb = ProtocolTest.february2017();
      Protocol nov = ProtocolTest.november2017();
      ProtocolLedger ledger = ProtocolLedger.of(List.of(nov, feb));
      assertEquals(List.of(feb, nov), ledger.protocols());
      assertEquals(Optional.of(nov), ledger.latest());
      assertEquals(List.of(feb, nov), ProtocolLedger.empty().plus(nov).plus(feb).protocols());
      assertTrue(ledger.toString().contains("Sammanträdesdatum\t2017-02-24"), ledger.toString());
    }

    @Test
    void equality_isTheProtocolsInMeetingOrder() {
      Protocol feb = ProtocolTest.february2017();
      Protocol nov = ProtocolTest.november2017();
      new EqualsTester()
          .addEqualityGroup(ProtocolLedger.of(List.of(nov, feb)),
              ProtocolLedger.of(List.of(feb, nov)), ProtocolLedger.empty().plus(feb).plus(nov))
          .addEqualityGroup(ProtocolLedger.of(List.of(feb)))
          .addEqualityGroup(ProtocolLedger.empty())
          .testEquals();
    }
  }
}
