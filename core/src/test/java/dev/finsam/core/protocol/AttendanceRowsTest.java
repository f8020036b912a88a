package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows under Beslutande, Ersättare and Övriga deltagare as a secretary writes them. */
class AttendanceRowsTest {

  private static Protocol withRow(String row) {
    return Protocol.parse(String.join("\n", "Sammanträdesdatum 2017-11-30", row,
        "Paragrafer § 71-83"));
  }

  private static String unreadable(String row) {
    String m = assertThrows(IllegalArgumentException.class, () -> withRow(row)).getMessage();
    assertTrue(m.startsWith("protocol text, line 2 "), m);
    return m;
  }

  @Test
  void aSubstituteServingWithoutAnOrganisation() {
    assertEquals(List.of(Attendee.serving("Anna Ek", "", "Ulf Björk")),
        withRow("Beslutande\tAnna Ek\tersättare för Ulf Björk").attendees());
    assertEquals(List.of(Attendee.serving("Anna Ek", "Umeå kommun", "Ulf Björk")),
        withRow("Beslutande\tAnna Ek\ttjänstgörande ersättare för Ulf Björk\tUmeå kommun")
            .attendees());
  }

  @Test
  void oneSubstituteCannotFillTwoSeats() {
    assertTrue(unreadable("Beslutande\tAnna Ek\tersättare för Ulf Björk\tersättare för Bo Berg")
        .endsWith("the row names two substitutes' seats"));
    assertTrue(unreadable("Beslutande\tAnna Ek\tUmeå kommun, ersättare för Ulf Björk\t"
        + "ersättare för Bo Berg").endsWith("the row names two substitutes' seats"));
  }

  @Test
  void aSubstituteMustSayWhoseSeat() {
    assertTrue(unreadable("Beslutande\tAnna Ek\tUmeå kommun, ersättare Ulf Björk")
        .endsWith("\"ersättare Ulf Björk\" must be \"ersättare för <name>\""));
  }

  @Test
  void rowsThatHoldMoreThanOnePersonsCells() {
    assertTrue(unreadable("Beslutande\tPeter Vigren\tUmeå kommun\tordförande")
        .endsWith("the row has 3 cells; a row is a name, an organisation or role, and "
            + "paragraphs"));
    assertTrue(unreadable("Beslutande\tAnna Ek Bo Lars Berg\tUmeå kommun, tjänstgörande "
        + "ersättare för Ulf Björk").endsWith("several names written together cannot be paired "
            + "with the seats their substitutes fill"));
  }

  @Test
  void paragraphsNeedAName_andOneSetARow() {
    assertTrue(unreadable("Övriga deltagare\t§ 71-77").endsWith("the row has paragraphs but no "
        + "name"));
    assertTrue(unreadable("Övriga deltagare\tTommy Henfridsson § 71-77\tUtvecklingsledare NAFS "
        + "§ 78").endsWith("the row has two paragraph sets"));
    assertEquals(List.of(Attendee.other("Tommy Henfridsson", "Utvecklingsledare NAFS",
        ParagraphSet.of(71, 77))), withRow("Övriga deltagare\tTommy Henfridsson\t"
            + "Utvecklingsledare NAFS § 71-77").attendees());
  }
}
