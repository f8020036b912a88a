package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.text.DocumentPart;
import dev.finsam.core.text.PrintedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Where a protocol begins and ends inside a published document, and where its findings are. */
class ProtocolReaderTest {

  /** Lines 1–8: a protocol of 2017-11-30 with two paragraphs, its last text on line 8. */
  private static final List<String> PROTOCOL = List.of("PROTOKOLL",
      "Sammanträdesdatum 2017-11-30", "Justeringsdatum 2017-12-07", "",
      "§ 71 Mötets öppnande", "Ordförande förklarade mötet öppnat.", "§ 72 Ekonomisk rapport",
      "Förbundschefen redovisade utfallet per den 31 oktober.");

  private static List<DocumentPart> find(List<String> lines) {
    return new ProtocolReader().find(PrintedText.lines(String.join("\n", lines)));
  }

  private static List<String> followedBy(String... more) {
    List<String> all = new ArrayList<>(PROTOCOL);
    all.addAll(List.of(more));
    return all;
  }

  private static String lines(DocumentPart p) {
    return p.firstLine() + "\u2013" + p.lastLine();
  }

  @Nested
  class Ends {
    @Test
    void atTheHeadingOfTheNextDocument() {
      for (String heading : List.of("KALLELSE till styrelsemöte 2018-02-23",
          "FÖREDRAGNINGSLISTA", "DAGORDNING", "Årsredovisning 2017", "Årsredovisning",
          "Verksamhetsberättelse", "Verksamhetsplan 2018", "Bilaga 2", "BILAGA 12",
          "Sammanställning av insatser 2017")) {
        List<DocumentPart> parts = find(followedBy("", heading, "Styrelsen föreslås besluta",
            "att godkänna underlaget."));
        assertEquals(1, parts.size(), heading);
        assertEquals("1\u20138", lines(parts.get(0)), heading);
      }
    }

    @Test
    void notAtLinesOfTheTextThatOnlyLookLikeHeadings() {
      String long120 = "Sammanställning av insatser " + "x".repeat(92);
      assertEquals(120, long120.length());
      assertEquals("1\u20138", lines(find(followedBy(long120, "Slut.")).get(0)));
      for (String text : List.of("Sammanställning av insatserna redovisades.",
          "Sammanställning av insatser " + "x".repeat(93), "Bilaga 2a", "Bilaga 12345",
          "Verksamhetsplanen för 2018 godkändes", "Årsredovisning för 2017", "Beslut",
          "Styrelsen beslutade att godkänna rapporten")) {
        List<DocumentPart> parts = find(followedBy(text, "Slut."));
        assertEquals(1, parts.size(), text);
        assertEquals("1\u201310", lines(parts.get(0)), text);
      }
    }

    @Test
    void aTitleAfterTheMeetingDate_isTheSameProtocol() {
      List<DocumentPart> parts = find(List.of("Sammanträdesdatum 2017-11-30", "PROTOKOLL",
          "§ 71 Mötets öppnande", "Ordförande förklarade mötet öppnat."));
      assertEquals(1, parts.size());
      assertEquals("1\u20134", lines(parts.get(0)));
      assertEquals("Protokoll 2017-11-30", parts.get(0).caption());
    }

    @Test
    void aBevisBlockAfterTheParagraphsBelongsToTheProtocol() {
      List<DocumentPart> parts = find(followedBy("BEVIS",
          "Sammanträdesdatum 2017-11-30 Justeringsdatum 2017-12-07",
          "Datum för anslags uppsättande 2017-12-08"));
      assertEquals(1, parts.size(), parts.toString());
      assertEquals("1\u201311", lines(parts.get(0)));
      assertTrue(parts.get(0).check().get().all().stream()
          .noneMatch(f -> f.code().equals("protocol.posting.missing")));
    }

    @Test
    void aNewMeetingDateAfterTheParagraphsStartsTheNextProtocol() {
      List<DocumentPart> parts = find(followedBy("Sammanträdesdatum 2017-12-15",
          "§ 73 Mötets öppnande"));
      assertEquals(List.of("1\u20138", "9\u201310"), parts.stream()
          .map(ProtocolReaderTest::lines).toList());
    }
  }

  @Nested
  class Located {
    private final List<String> text = List.of("PROTOKOLL", "Sammanträdesdatum 2017-11-30",
        "Beslutande\tPeter Vigren § 71-75\tUmeå kommun, ordförande",
        "Justeringsdatum 2017-12-07", "Datum för anslags uppsättande 2017-12-08",
        "Datum för anslags nedtagande 2017-12-20", "Paragrafer § 71-76",
        "§ 71 Mötets öppnande", "Ordförande förklarade mötet öppnat.",
        "§ 76 Mötets avslutande", "Ordförande förklarade mötet avslutat.");

    private Finding only(Findings f, String code) {
      List<Finding> l = f.withCode(code);
      assertEquals(1, l.size(), f.toString());
      return l.get(0);
    }

    @Test
    void theOnlyLedamotListedLeftBeforeTheLastParagraph() {
      // one seat listed, so the quorum is checked against it: nobody decided § 76
      Findings f = find(text).get(0).check().get();
      Finding q = only(f, "protocol.quorum.missing");
      assertEquals(10, q.location().orElseThrow().line());
      assertTrue(q.message().contains("inte beslutför i § 76 (0 av 1 platser"), q.message());
    }

    @Test
    void ledamoterWrittenTogetherWithoutACount_leaveTheQuorumUnknownAtTheProtocolsFirstLine() {
      List<String> doc = new ArrayList<>(List.of("KALLELSE till styrelsemöte",
          "1. Mötets öppnande", ""));
      doc.addAll(List.of("PROTOKOLL", "Sammanträdesdatum 2017-11-30",
          "Beslutande\tPeter Vigren\tUmeå kommun, ordförande",
          "Beslutande\tJohanna Långdahl Persson Mikael Broman\tledamöter",
          "§ 71 Mötets öppnande"));
      List<DocumentPart> parts = find(doc);
      assertEquals("4\u20138", lines(parts.get(0)));
      Finding u = only(parts.get(0).check().get(), "protocol.quorum.unknown");
      assertEquals(4, u.location().orElseThrow().line());
    }

    @Test
    void aNoticeTakenDownTooEarly_isFoundAtTheTakingDown() {
      // posted Friday 8 December 2017: three weeks is Friday 29 December
      Finding n = only(find(text).get(0).check().get(), "protocol.notice.too-short");
      assertEquals(6, n.location().orElseThrow().line());
      assertEquals("Protokoll 2017-11-30", n.location().orElseThrow().caption());
      assertTrue(n.message().contains("till och med fredag 29 december"), n.message());
    }
  }
}
