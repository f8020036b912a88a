package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reading a protocol's header, BEVIS block and paragraphs, and naming the line it cannot read. */
class ProtocolParserTest {

  private static Protocol parse(String... lines) {
    return Protocol.parse(String.join("\n", lines));
  }

  private static String unreadable(String... lines) {
    return assertThrows(IllegalArgumentException.class, () -> parse(lines)).getMessage();
  }

  @Nested
  class Sentences {
    @Test
    void theAssociationAfterAFinishedKeptSentence_isTheAssociation() {
      // the BEVIS block of 2017-11-30 ends with the association's name under the sentence
      Protocol p = parse("Sammanträdesdatum 2017-11-30", "§ 71 Mötets öppnande",
          "Ordförande förklarade mötet öppnat.", "BEVIS",
          "Protokollet förvaras på Samordningsförbundets kansli.",
          "Samordningsförbundet Umeåregionen");
      assertEquals(Optional.of("Samordningsförbundets kansli"), p.keptAt());
      assertEquals(Optional.of("Samordningsförbundet Umeåregionen"), p.association());
      Protocol wrapped = parse("Sammanträdesdatum 2017-11-30", "§ 71 Mötets öppnande",
          "BEVIS", "Protokollet förvaras på", "Samordningsförbundets kansli.",
          "Samordningsförbundet Umeåregionen");
      assertEquals(Optional.of("Samordningsförbundets kansli"), wrapped.keptAt());
      assertEquals(Optional.of("Samordningsförbundet Umeåregionen"), wrapped.association());
    }

    @Test
    void aLineBreakInsideTheLeadingWords_leavesThemOutOfTheValue() {
      // found while testing: "på" or "genom anslag" at the end of a line stayed in the value,
      // and the protocol printed back as "Protokollet förvaras på på …"
      Protocol p = parse("Sammanträdesdatum 2017-11-30", "Protokollet förvaras",
          "på Samordningsförbundets kansli.", "Justeringen har tillkännagivits genom anslag",
          "hos Umeå kommun.", "§ 71 Mötets öppnande");
      assertEquals(Optional.of("Samordningsförbundets kansli"), p.keptAt());
      assertEquals(Optional.of("Umeå kommun"), p.noticeAt());
      assertEquals(p, Protocol.parse(p.toString()));
      assertTrue(p.toString().contains("Protokollet förvaras på Samordningsförbundets kansli."),
          p.toString());
    }

    @Test
    void aSentenceWithoutItsFullStop_endsAtTheNextLabelOrParagraph() {
      Protocol p = parse("Sammanträdesdatum 2017-11-30",
          "Protokollet förvaras på Samordningsförbundets kansli",
          "Justeringen har tillkännagivits genom anslag hos Umeå kommun.",
          "§ 71 Mötets öppnande");
      assertEquals(Optional.of("Samordningsförbundets kansli"), p.keptAt());
      assertEquals(Optional.of("Umeå kommun"), p.noticeAt());
      Protocol beforeParagraph = parse("Sammanträdesdatum 2017-11-30",
          "Protokollet förvaras på Samordningsförbundets kansli", "§ 71 Mötets öppnande",
          "Ordförande förklarade mötet öppnat.", "BEVIS", "Samordningsförbundet Umeåregionen");
      assertEquals(Optional.of("Samordningsförbundets kansli"), beforeParagraph.keptAt());
      assertEquals(Optional.of("Samordningsförbundet Umeåregionen"),
          beforeParagraph.association());
    }

    @Test
    void aSentenceOnTheLastLine_isKeptWithoutItsFullStop() {
      Protocol p = parse("Sammanträdesdatum 2017-11-30", "§ 71 Mötets öppnande", "BEVIS",
          "Protokollet förvaras på Samordningsförbundets kansli");
      assertEquals(Optional.of("Samordningsförbundets kansli"), p.keptAt());
    }

    @Test
    void aLabelWithNothingAfterIt_keepsNothing() {
      Protocol p = parse("Sammanträdesdatum 2017-11-30", "Protokollet förvaras",
          "Justeringsdatum 2017-12-21", "§ 71 Mötets öppnande");
      assertEquals(Optional.empty(), p.keptAt());
      assertEquals(Optional.of(LocalDate.of(2017, 12, 21)), p.adjustedOn());
    }
  }

  @Nested
  class Repeated {
    @Test
    void aValueWrittenTwice_mustAgree() {
      Protocol same = parse("Sammanträdesdatum 2017-11-30", "Sekreterare Mikael Holmlund",
          "§ 71 Mötets öppnande", "BEVIS", "Sekreterare Mikael Holmlund");
      assertEquals(Optional.of("Mikael Holmlund"), same.secretary());
      String m = unreadable("Sammanträdesdatum 2017-11-30", "Sekreterare Mikael Holmlund",
          "§ 71 Mötets öppnande", "BEVIS", "Sekreterare Johanna Långdahl Persson");
      assertEquals("protocol text, line 5 (\"Sekreterare Johanna Långdahl Persson\"): "
          + "Sekreterare is \"Johanna Långdahl Persson\" here but \"Mikael Holmlund\" before", m);
    }

    @Test
    void theAssociationWrittenTwice_mustAgree() {
      String m = unreadable("Förbund\tSamordningsförbundet Umeåregionen",
          "Sammanträdesdatum 2017-11-30", "Förbund\tSamordningsförbundet Södra Lappland",
          "§ 71 Mötets öppnande");
      assertTrue(m.startsWith("protocol text, line 3 "), m);
      assertTrue(m.endsWith("the association is \"Samordningsförbundet Södra Lappland\" here "
          + "but \"Samordningsförbundet Umeåregionen\" before"), m);
    }

    @Test
    void aDateWrittenTwice_mustAgree() {
      String m = unreadable("Sammanträdesdatum 2017-11-30", "Justeringsdatum 2017-12-21",
          "§ 71 Mötets öppnande", "BEVIS", "Justeringsdatum 2017-12-22");
      assertEquals("protocol text, line 5 (\"Justeringsdatum 2017-12-22\"): Justeringsdatum "
          + "2017-12-22 differs from 2017-12-21 on line 2", m);
    }

    @Test
    void aValueThatWouldNotPrintBack_isRejectedOnItsLine() {
      String m = unreadable("Sammanträdesdatum 2017-11-30", "Ordförande Peter Vigren § 71",
          "§ 71 Mötets öppnande");
      assertTrue(m.startsWith("protocol text, line 2 (\"Ordförande Peter Vigren § 71\"): "
          + "Ordförande (\"Peter Vigren § 71\") must be one line of plain text"), m);
    }
  }

  @Nested
  class Lines {
    @Test
    void read_ofNoLines_isRejected() {
      assertEquals("protocol text (no lines) must hold a protocol", assertThrows(
          IllegalArgumentException.class, () -> ProtocolParser.read(List.of())).getMessage());
    }

    @Test
    void aParagraphOutsideTheDeclaredOnes_isNamedAtItsHeading() {
      String m = unreadable("Sammanträdesdatum 2017-11-30", "Paragrafer § 71-83",
          "§ 71 Mötets öppnande", "§ 84 Övriga frågor", "Inga övriga frågor togs upp.");
      assertEquals("protocol text, line 4 (\"§ 84 Övriga frågor\"): minutes (§ 84) must be one "
          + "of the paragraphs (§ 71\u201383)", m);
    }

    @Test
    void aGroupPresentOutsideTheParagraphs_isNamedAtItsRow() {
      String m = unreadable("Sammanträdesdatum 2017-11-30",
          "Beslutande\tPeter Vigren\tUmeå kommun",
          "Övriga deltagare\tMikael Holmlund Johanna Långdahl Persson § 80-90\tFörbundschef "
              + "Administratör", "Paragrafer § 71-83");
      assertTrue(m.startsWith("protocol text, line 3 "), m);
      assertTrue(m.contains("attendeeGroups[0] (Mikael Holmlund Johanna Långdahl Persson) "
          + "present for § 80\u201390"), m);
    }

    @Test
    void aJusteringBeforeTheMeetingOnTheFirstLine_isNamedThere() {
      String m = unreadable("Justeringsdatum 2017-11-29", "Sammanträdesdatum 2017-11-30",
          "§ 71 Mötets öppnande");
      assertTrue(m.startsWith("protocol text, line 1 (\"Justeringsdatum 2017-11-29\"): "
          + "adjustedOn (2017-11-29) must not be before meetingDate (2017-11-30)"), m);
    }

    @Test
    void aTextLineWithAControlCharacter_isNamed() {
      String m = unreadable("Sammanträdesdatum 2017-11-30", "§ 71 Mötets öppnande",
          "Ordförande förklarade\u0001 mötet öppnat.", "§ 72 Incheckning");
      assertTrue(m.startsWith("protocol text, line 3 "), m);
      assertTrue(m.endsWith("must hold no markup"), m);
    }
  }
}
