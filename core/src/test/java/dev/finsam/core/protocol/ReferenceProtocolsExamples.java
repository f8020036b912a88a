package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Documents;
import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.Location;
import dev.finsam.core.Severity;
import dev.finsam.core.text.DocumentPart;
import dev.finsam.core.text.DocumentReader;
import dev.finsam.core.text.PrintedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The two reference documents of Samordningsförbundet Umeåregionen, read from their own text:
 * the annual report 2017 with the protocol of 2017-11-30, and the board meeting of 2017-04-21
 * with the protocol of 2017-02-24.
 */
class ReferenceProtocolsExamples {

  static final String ANNUAL_REPORT = "umearegionen-2017-annual-report-and-protocols.txt";
  static final String BOARD_MEETING = "umearegionen-2017-board-meeting-and-grant-call.txt";

  /** A reference document, kept once in the examples module (see the POM's finsam.reference). */
  static String document(String name) {
    return dev.finsam.core.testing.TestSupport.referenceDocument(name);
  }

  /** The protocol the reader finds in a document, parsed from the document's own lines. */
  static Protocol protocolIn(String name) {
    String text = document(name);
    List<DocumentPart> parts = new ProtocolReader().find(PrintedText.lines(text));
    assertEquals(1, parts.size(), parts.toString());
    List<String> lines = List.of(text.split("\r?\n", -1));
    return Protocol.parse(String.join("\n", lines.subList(parts.get(0).firstLine() - 1,
        parts.get(0).lastLine())));
  }

  private static List<Finding> notInfo(Findings f) {
    return f.all().stream().filter(x -> x.severity() != Severity.INFO).toList();
  }

  @Nested
  class AnnualReport2017 {
    @Test
    void annualReport2017_protocolOf20171130_isFoundFromItsHeaderToItsLastParagraph() {
      List<DocumentPart> parts = new ProtocolReader().find(PrintedText.lines(
          document(ANNUAL_REPORT)));
      assertEquals(1, parts.size());
      assertEquals(74, parts.get(0).firstLine());
      assertEquals("Protokoll 2017-11-30", parts.get(0).caption());
      assertEquals("protokoll", parts.get(0).kind());
      List<String> lines = List.of(document(ANNUAL_REPORT).split("\n", -1));
      assertEquals("Ordförande förklarade styrelsemötet avslutat.",
          lines.get(parts.get(0).lastLine() - 1).strip());
    }

    @Test
    void annualReport2017_protocolOf20171130_readsAsPublished() {
      Protocol p = protocolIn(ANNUAL_REPORT);
      assertEquals(LocalDate.of(2017, 11, 30), p.meetingDate());
      assertEquals(ParagraphSet.of(71, 83), p.paragraphs());
      assertEquals(Optional.of(LocalDate.of(2017, 12, 21)), p.adjustedOn());
      assertEquals(Optional.of(LocalDate.of(2017, 12, 22)), p.postedOn());
      assertEquals(Optional.of(LocalDate.of(2018, 1, 12)), p.takenDownOn());
      assertEquals(List.of(Attendee.member("Peter Vigren", "Umeå kommun, ordförande"),
          Attendee.member("Carola Larsson", "Arbetsförmedlingen"),
          Attendee.member("Mikael Broman", "Försäkringskassan"),
          Attendee.member("Ulf Björk", "Västerbottens läns landsting"),
          Attendee.other("Mikael Holmlund", "Förbundschef"),
          Attendee.other("Kenneth Isaksson", "Västerbottens läns landsting"),
          Attendee.other("Tommy Henfridsson", "Utvecklingsledare NAFS", ParagraphSet.of(71, 77))),
          p.attendees());
      assertEquals(Optional.of("Mikael Holmlund"), p.secretary());
      assertEquals(Optional.of("Peter Vigren"), p.chair());
      assertEquals(List.of("Carola Larsson"), p.adjusters());
      assertEquals(Optional.of("Samordningsförbundets kansli"), p.keptAt());
      assertEquals(13, p.minutes().size());
      Paragraph budget = p.minutes().get(7);
      assertEquals(78, budget.number());
      assertTrue(budget.text().contains("Styrelsen voterade i frågan med utfallet 2-2."),
          budget.text());
      assertEquals(p, Protocol.parse(p.toString()));
    }

    @Test
    void annualReport2017_justeringAfter21Days_foundAtTheJusteringsdatumLine() {
      Findings f = Documents.check(document(ANNUAL_REPORT));
      List<Finding> found = notInfo(f);
      assertEquals(1, found.size(), f.toString());
      Finding late = found.get(0);
      assertEquals("protocol.justering.late", late.code());
      assertTrue(late.message().contains("21 dagar efter sammanträdet; gränsen är 14 dagar "
          + "(praxis"), late.message());
      assertEquals(Optional.of(Location.of(141, "Protokoll 2017-11-30")), late.location());
      DocumentPart part = new ProtocolReader().find(PrintedText.lines(document(ANNUAL_REPORT)))
          .get(0);
      assertEquals(f, part.check().get());
    }
  }

  @Nested
  class BoardMeeting2017 {
    @Test
    void boardMeeting2017_protocolOf20170224_readsAsPublished() {
      Protocol p = protocolIn(BOARD_MEETING);
      assertEquals(LocalDate.of(2017, 2, 24), p.meetingDate());
      assertEquals(ParagraphSet.of(1, 21), p.paragraphs());
      assertEquals(21, p.minutes().size());
      assertEquals(List.of(Attendee.member("Peter Vigen", "Umeå kommun, ordförande"),
          Attendee.member("Carola Larsson", "Arbetsförmedlingen"),
          Attendee.member("Ulf Björk", "Västerbottens läns landsting"),
          Attendee.member("Mikael Broman", "Försäkringskassan"),
          Attendee.member("Patrik Nilsson", "Robertsfors kommun")), p.attendees());
      AttendeeGroup others = p.attendeeGroups().get(0);
      assertEquals(Attendee.Role.OTHER, others.role());
      assertEquals("Mikael Holmlund Johanna Långdahl Persson Katarina Hansson Emma Anderbom",
          others.names());
      assertEquals("Förbundschef Administratör Biträdande förbundschef Utredare",
          others.represents());
      assertEquals(OptionalInt.empty(), others.count());
      assertEquals(Optional.of("Johanna Långdahl Persson"), p.secretary());
      assertEquals(Optional.of(LocalDate.of(2017, 4, 28)), p.takenDownOn());
      assertEquals("Nominering till styrelsen för Nationell nätverket för samordningsförbund",
          p.minutes().get(14).title());
      assertEquals(p, Protocol.parse(p.toString()));
    }

    @Test
    void boardMeeting2017_justeringAfter38DaysAndPostingAfter4_foundAtTheirLines() {
      Findings f = Documents.check(document(BOARD_MEETING));
      List<Finding> found = notInfo(f);
      assertEquals(List.of("protocol.justering.late", "protocol.posting.late"),
          found.stream().map(Finding::code).toList(), f.toString());
      assertTrue(found.get(0).message().contains("38 dagar efter sammanträdet"));
      assertTrue(found.get(1).message().contains("4 dagar efter justeringen; enligt lag "
          + "(kommunallagen (2017:725) 8 kap. 12 §)"), found.get(1).message());
      assertEquals(Optional.of(Location.of(107, "Protokoll 2017-02-24")), found.get(0).location());
      assertEquals(Optional.of(Location.of(108, "Protokoll 2017-02-24")), found.get(1).location());
    }
  }

  @Test
  void protocols2017_readFromTheDocuments_checkedAsASeries() {
    Findings f = ProtocolRules.standard().checkSeries(List.of(protocolIn(BOARD_MEETING),
        protocolIn(ANNUAL_REPORT)));
    assertEquals(2, f.withCode("protocol.justering.late").size(), f.toString());
    assertTrue(f.withCode("protocol.series.gap").get(0).message().contains("§ 22\u201370"));
  }

  @Nested
  class Reading {
    @Test
    void theReaderIsFoundAsAService() {
      List<DocumentReader> readers = new ArrayList<>();
      ServiceLoader.load(DocumentReader.class).forEach(readers::add);
      assertTrue(readers.stream().anyMatch(r -> r instanceof ProtocolReader), readers.toString());
    }

    @Test
    void twoProtocolsAndAnAppendix_areThreeDocumentsOfWhichTwoProtocols() {
      String one = String.join("\n", "PROTOKOLL", "Sammanträdesdatum 2017-02-24",
          "Justeringsdatum 2017-03-01", "§ 1 Mötets öppnande", "Öppnat.");
      String two = String.join("\n", "Sammanträdesdatum 2017-04-21", "§ 22 Mötets öppnande",
          "Öppnat.");
      String text = String.join("\n", "Inledning", one, "", two, "", "Bilaga 1",
          "§ 5 inte ett protokoll");
      List<DocumentPart> parts = new ProtocolReader().find(PrintedText.lines(text));
      assertEquals(2, parts.size());
      assertEquals(List.of(2, 8), parts.stream().map(DocumentPart::firstLine).toList());
      assertEquals(List.of(6, 10), parts.stream().map(DocumentPart::lastLine).toList());
      assertEquals(List.of("Protokoll 2017-02-24", "Protokoll 2017-04-21"),
          parts.stream().map(DocumentPart::caption).toList());
    }

    @Test
    void anUnreadableProtocol_isReportedWithItsLine() {
      String text = String.join("\n", "PROTOKOLL", "Sammanträdesdatum 2017-02-24",
          "Beslutande Anna Ek § 9   Umeå kommun", "§ 1 Mötets öppnande");
      Findings f = Documents.check(text);
      assertEquals(List.of("document.part.unreadable"), f.all().stream().map(
          Finding::code).toList());
      assertTrue(f.all().get(0).message().contains("protocol text, line 3 (\"Beslutande Anna Ek"),
          f.all().get(0).message());
      assertEquals(Optional.of(Location.of(3, "Protokoll")), f.all().get(0).location());
    }
  }
}
