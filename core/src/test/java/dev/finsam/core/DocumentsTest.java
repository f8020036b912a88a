package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.finsam.core.testing.TestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Documents} with core's own reader, the protocol reader, on the 2017 documents. */
class DocumentsTest {

  private static final String BOARD_MEETING =
      TestSupport.referenceDocument(TestSupport.BOARD_MEETING);

  @Test
  void boardMeeting2017_theProtocolIsFoundReadAndItsLateJusteringReported() {
    List<Documents.Part> parts = Documents.checkParts(BOARD_MEETING);
    assertFalse(parts.isEmpty());
    int previous = 0;
    for (Documents.Part p : parts) {
      assertEquals("protokoll", p.kind());
      assertTrue(p.location().line() >= previous, p.toString());
      assertTrue(p.lastLine() >= p.location().line(), p.toString());
      assertEquals("protokoll, " + p.location() + ": " + p.findings().all().size()
          + " iakttagelser", p.toString());
      p.findings().all().forEach(f -> assertTrue(f.location().isPresent(), f.toString()));
      previous = p.location().line();
    }
    // 2017-02-24 was justerat 38 days after the meeting: an error of the read protocol
    assertTrue(parts.stream().anyMatch(p -> p.isRead() && !p.findings().errors().isEmpty()),
        parts.toString());
    assertEquals(Documents.check(BOARD_MEETING).all().size(),
        parts.stream().mapToInt(p -> p.findings().all().size()).sum());
  }

  @Test
  void aProtocolThatCannotBeReadIsListedAsUnreadAtTheLineItsReaderNames() {
    String twice = "PROTOKOLL\nSammanträdesdatum 2017-11-30\n§ 1 Mötets öppnande\n§ 1 Igen\n";
    List<Documents.Part> parts = Documents.checkParts(twice);
    assertEquals(1, parts.size(), parts.toString());
    Documents.Part p = parts.get(0);
    assertFalse(p.isRead());
    assertEquals(1, p.location().line());
    assertEquals(1, p.findings().all().size());
    Finding f = p.findings().all().get(0);
    assertEquals("document.part.unreadable", f.code());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().startsWith("Delen (protokoll) kunde inte läsas"), f.message());
    assertTrue(f.message().contains("§ 1 is written twice"), f.message());
    assertEquals(4, f.location().orElseThrow().line(), "the line of the second § 1");
  }

  @Test
  void partsAreEqualWhenReadFromTheSameText() {
    new EqualsTester()
        .addEqualityGroup(Documents.checkParts(BOARD_MEETING).get(0),
            Documents.checkParts(BOARD_MEETING).get(0))
        .addEqualityGroup(Documents.checkParts("\n\n" + BOARD_MEETING).get(0))
        .testEquals();
  }

  @Test
  void locationsOrderByLineThenCaption() {
    Location a = Location.of(7, "Tabell 1");
    assertTrue(a.compareTo(Location.of(8, "A")) < 0);
    assertTrue(a.compareTo(Location.of(7, "Tabell 2")) < 0);
    assertTrue(Location.of(7, "Tabell 2").compareTo(a) > 0);
    assertEquals(0, a.compareTo(Location.of(7, "Tabell 1")));
    assertEquals("rad 7", Location.of(7, "").toString());
  }

  @Test
  void tertialsOrderByYearThenNumber() {
    Tertial t = Tertial.of(2017, 2);
    assertEquals(2017, t.year());
    assertEquals(2, t.number());
    assertEquals(Tertial.of(2017, 1), t.previous());
    assertTrue(t.compareTo(Tertial.of(2017, 3)) < 0);
    assertTrue(t.compareTo(Tertial.of(2018, 1)) < 0);
    assertTrue(Tertial.of(2018, 1).compareTo(t) > 0);
    assertEquals(0, t.compareTo(Tertial.of(2017, 2)));
  }
  @Test
  void anUnreadablePartIsPlacedAtTheLineItsReasonNamesNearItsStart() {
    assertEquals(813, Documents.lineNamed("line 813 (\"x\") has no label", 7));
    assertEquals(4, Documents.lineNamed("protocol text, line 4 (\"§ 1\") repeats", 7));
    assertEquals(90, Documents.lineNamed("line 90", 7), "digits up to the end of the reason");
    assertEquals(123_456_789, Documents.lineNamed("line 123456789: too long", 7));
    String at39 = "x".repeat(39) + "line 12";
    assertEquals(12, Documents.lineNamed(at39, 7));
    // too far in, too many digits for a line, or no number: the part's own line
    assertEquals(7, Documents.lineNamed("x" + at39, 7));
    assertEquals(7, Documents.lineNamed("line 1234567890 is no line", 7));
    assertEquals(7, Documents.lineNamed("line x", 7));
    assertEquals(7, Documents.lineNamed("a headline /9", 7));
    assertEquals(7, Documents.lineNamed("no reason given", 7));
  }
}
