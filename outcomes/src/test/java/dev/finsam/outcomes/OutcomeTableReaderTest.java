package dev.finsam.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Documents;
import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.Severity;
import dev.finsam.core.text.DocumentPart;
import dev.finsam.core.text.PrintedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The outcome tables of a whole document, read from its own text and checked. */
class OutcomeTableReaderTest {

  /** The annual report 2017 and protocols of Umeåregionen, as in shared/reference. */
  static String annualReport() {
    return dev.finsam.core.testing.TestSupport.referenceDocument(
        dev.finsam.core.testing.TestSupport.ANNUAL_REPORT);
  }

  static List<DocumentPart> parts(String text) {
    return new OutcomeTableReader().find(PrintedText.lines(text));
  }

  static List<String> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).collect(Collectors.toList());
  }

  @Nested
  class AnnualReport2017Document {

    @Test
    void annualReport2017_findsTabell1To11WithTheirCaptions() {
      List<DocumentPart> parts = parts(annualReport());
      assertEquals(12, parts.size());
      assertEquals("Tabell 1. Resultat på individnivå hela förbundet", parts.get(0).caption());
      assertEquals("Tabell 2. Resultat på individnivå Våga växa", parts.get(2).caption());
      assertEquals("Tabell 10. Resultat på individnivå i Robertsfors", parts.get(10).caption());
      assertEquals("Tabell 11. Ärenderedovisning", parts.get(11).caption());
      assertTrue(parts.stream().allMatch(p -> p.kind().equals(OutcomeTableReader.KIND)));
      assertEquals(515, parts.get(0).firstLine());
      assertEquals(524, parts.get(0).lastLine());
    }

    @Test
    void annualReport2017_theTenTablesReadFromTheDocumentAreThePrintedFigures() {
      List<PrintedText.Line> lines = PrintedText.lines(annualReport());
      List<DocumentPart> parts = parts(annualReport());
      List<String> printed = List.of(AnnualReport2017.WHOLE_ASSOCIATION,
          AnnualReport2017.UNGDOMSTORGET, AnnualReport2017.VAGA_VAXA,
          AnnualReport2017.MELLANSTEGET, AnnualReport2017.HIKIKOMORI,
          AnnualReport2017.STEGET_VIDARE, AnnualReport2017.VUXENTORGET, AnnualReport2017.VINDELN,
          AnnualReport2017.VANNAS, AnnualReport2017.NORDMALING);
      // Robertsfors is the eleventh part; the tenth printed constant list ends at Nordmaling
      for (int i = 0; i < 10; i++) {
        DocumentPart p = parts.get(i);
        OutcomeTable t = TableText.read(lines.subList(p.firstLine() - 1, p.lastLine()),
            OutcomeScheme.CLASSIC);
        assertEquals(AnnualReport2017.parse(printed.get(i)), t, p.caption());
        assertTrue(t.check().all().isEmpty(), p.caption() + ": " + t.check());
      }
      DocumentPart robertsfors = parts.get(10);
      assertEquals(AnnualReport2017.parse(AnnualReport2017.ROBERTSFORS), TableText.read(
          lines.subList(robertsfors.firstLine() - 1, robertsfors.lastLine()),
          OutcomeScheme.CLASSIC));
    }

    @Test
    void annualReport2017_tablesCheckCleanAndTheThreeContradictedClaimsAreErrors() {
      // the outcome tables' parts only: core's protocol reader finds the document's protocol too
      Findings f = Findings.of(Documents.checkParts(annualReport()).stream()
          .filter(p -> p.kind().equals("resultattabell"))
          .flatMap(p -> p.findings().all().stream()).collect(Collectors.toList()));
      assertTrue(f.all().stream().allMatch(x -> x.code().startsWith("outcomes.claim.")
          || x.code().equals("document.part.unreadable")), f.toString());
      List<Finding> errors = f.errors();
      assertEquals(3, errors.size(), f.toString());
      assertTrue(errors.get(0).message().contains("92\u00A0%")
          && errors.get(0).message().contains("82,5\u00A0%"), errors.get(0).toString());
      assertTrue(errors.get(1).message().contains("63\u00A0%")
          && errors.get(1).message().contains("83,3\u00A0%"), errors.get(1).toString());
      assertTrue(errors.get(2).message().contains("52\u00A0%")
          && errors.get(2).message().contains("54,5\u00A0%"), errors.get(2).toString());
      assertEquals(List.of(689, 781, 803), errors.stream()
          .map(e -> e.location().orElseThrow().line()).collect(Collectors.toList()));
      assertEquals("Tabell 2. Resultat på individnivå Våga växa",
          errors.get(0).location().orElseThrow().caption());
    }

    @Test
    void annualReport2017_roundingArtefactsAreInfo() {
      Findings f = Documents.check(annualReport());
      List<Finding> artefacts = f.withCode("outcomes.claim.rounding-artefact");
      assertEquals(List.of("Tabell 1. Resultat på individnivå Ungdomstorget",
          "Tabell 8. Resultat på individnivå i Vännäs", "Tabell 8. Resultat på individnivå i Vännäs",
          "Tabell 9. Resultat på individnivå i Nordmaling"), artefacts.stream()
          .map(x -> x.location().orElseThrow().caption()).collect(Collectors.toList()));
      List<String> claimed = List.of("72\u00A0%", "66\u00A0%", "55\u00A0%", "41\u00A0%");
      for (int i = 0; i < 4; i++) {
        assertEquals(Severity.INFO, artefacts.get(i).severity());
        assertTrue(artefacts.get(i).message().startsWith("Uppgiften " + claimed.get(i)),
            artefacts.get(i).toString());
      }
    }

    @Test
    void annualReport2017_everyOtherClaimMatches() {
      Findings f = Documents.check(annualReport());
      // Ungdomstorget 54, 27; Våga växa 35, 73; Hikikomori 100, 58, 100; Steget vidare 45;
      // Vindeln 70, 50; Robertsfors 91
      assertEquals(11, f.withCode("outcomes.claim.matches").size(), f.toString());
    }

    @Test
    void annualReport2017_tabell11IsReportedUnreadableNamingItsLine() {
      Findings f = Documents.check(annualReport());
      List<Finding> unreadable = f.withCode("document.part.unreadable");
      assertEquals(1, unreadable.size(), f.toString());
      assertEquals(Severity.WARNING, unreadable.get(0).severity());
      assertEquals("Tabell 11. Ärenderedovisning", unreadable.get(0).location().orElseThrow()
          .caption());
      assertTrue(unreadable.get(0).message().contains("line 813"), unreadable.get(0).message());
      DocumentPart tabell11 = parts(annualReport()).get(11);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> tabell11.check().get());
      assertTrue(e.getMessage().startsWith("line 813 (\"Antal ärenden 256 164 420\")"),
          e.getMessage());
    }
  }

  /** A tab table of one platform: header, participants, ended, work, remaining. */
  static final String TAB_TABLE = "\tKvinnor\tMän\tTotalt\t%\n"
      + "Antal deltagare\t10\t10\t20\t\n"
      + "Totalt antal avslutade\t5\t5\t10\t\n"
      + "varav till arbete\t5\t5\t10\t100 %\n"
      + "Antal kvar\t5\t5\t10\t\n";

  static DocumentPart only(String doc) {
    List<DocumentPart> p = parts(doc);
    assertEquals(1, p.size(), p.toString());
    return p.get(0);
  }

  @Nested
  class FindingTables {
    @Test
    void find_aMarkdownTableWithItsRuleLine() {
      DocumentPart p = only("Tabell 4. Resultat 2021\n"
          + "| | Kvinnor | Män | Totalt | % |\n"
          + "|---|---:|---:|---:|---:|\n"
          + "| Antal deltagare 2021 | 10 | 10 | 20 | |\n"
          + "| Totalt antal avslutade 2021 | 5 | 5 | 10 | |\n"
          + "| varav till arbete | 5 | 5 | 10 | 100 % |\n"
          + "Texten fortsätter.\n");
      assertEquals(2, p.firstLine());
      assertEquals(6, p.lastLine());
      assertEquals("Tabell 4. Resultat 2021", p.caption());
      assertTrue(p.check().get().isClean(), p.check().get().toString());
    }

    @Test
    void find_aTableWithSusRowsIsCheckedInTheSusScheme() {
      DocumentPart p = only("Tertial 1\tKvinnor\tMän\tTotalt\t%\n"
          + "Antal deltagare T1\t10\t10\t20\t\n"
          + "Totalt antal avslutade T1\t5\t5\t10\t\n"
          + "- till extratjänster (SUS 1)\t3\t2\t5\t50 %\n"
          + "Avbrott av hälsoskäl (SUS 3)\t2\t3\t5\t50 %\n");
      assertTrue(p.check().get().isClean(), p.check().get().toString());
    }

    @Test
    void find_twoPdfTablesOneRightAfterTheOther() {
      String table = "Kvinnor Män Totalt %\n"
          + "Antal deltagare 10 10 20\n"
          + "Totalt antal avslutade 5 5 10\n";
      List<DocumentPart> p = parts(table + table);
      assertEquals(2, p.size(), p.toString());
      assertEquals(List.of(1, 3, 4, 6), List.of(p.get(0).firstLine(), p.get(0).lastLine(),
          p.get(1).firstLine(), p.get(1).lastLine()));
    }

    @Test
    void find_aTableThatEndsTheDocument() {
      DocumentPart p = only("Resultat för Vuxentorget\n" + TAB_TABLE.strip());
      assertEquals(2, p.firstLine());
      assertEquals(6, p.lastLine());
      assertEquals("Resultat för Vuxentorget", p.caption());
    }

    @Test
    void find_aCaptionUpToThreeLinesAfterTheTable() {
      assertEquals("Tabell 5. Efter", only(TAB_TABLE + "\n\nTabell 5. Efter\n").caption());
      assertEquals("", only(TAB_TABLE + "\n\n\nTabell 5. Efter\n").caption(),
          "four lines after, and nothing before");
    }

    @Test
    void find_aCaptionAfterProseIsNotTheTables() {
      DocumentPart p = only("Resultat för Vuxentorget\n" + TAB_TABLE
          + "Texten fortsätter här.\nTabell 9. En annan tabell\n");
      assertEquals("Resultat för Vuxentorget", p.caption());
    }

    @Test
    void find_aCaptionRightAfterTheRowsEndsTheTable() {
      // "2017" at its end would make the caption look like a row of numbers
      DocumentPart p = only(TAB_TABLE + "Tabell 7. Resultat på individnivå i Vindeln 2017\n");
      assertEquals(5, p.lastLine());
      assertEquals("Tabell 7. Resultat på individnivå i Vindeln 2017", p.caption());
    }

    @Test
    void find_aTabRowWithoutItsLabelIsPartOfTheTableAndNamedWhenChecked() {
      // Word's empty label cell: the row is the table's, and checking it names the line
      DocumentPart p = only(TAB_TABLE + "\t1\t1\t2\t\n");
      assertEquals(6, p.lastLine());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> p.check().get());
      assertTrue(e.getMessage().startsWith("line 6 "), e.getMessage());
      DocumentPart pipes = only("| | Kvinnor | Män | Totalt |\n| Antal deltagare | 1 | 1 | 2 |\n"
          + "| | 1 | 1 | 2 |\n");
      assertEquals(3, pipes.lastLine());
      assertTrue(assertThrows(IllegalArgumentException.class, () -> pipes.check().get())
          .getMessage().endsWith("has no label"));
    }

    @Test
    void find_aLineOfWordsOrOfNumbersAloneEndsTheTable() {
      assertEquals(5, only(TAB_TABLE + "Insatser\tför unga\n").lastLine());
      assertEquals(5, only(TAB_TABLE + "10 10 20\n").lastLine());
      assertEquals(5, only(TAB_TABLE + "Under året deltog fler\n").lastLine());
    }

    @Test
    void find_aRowsLabelIsAt120CharactersTheMostInTabsAndInAPdfAlike() {
      String label120 = "Antal kvar " + "x".repeat(109);
      assertEquals(120, label120.length());
      assertEquals(6, only(TAB_TABLE + label120 + "\t1\t1\t2\n").lastLine());
      assertEquals(5, only(TAB_TABLE + label120 + "x\t1\t1\t2\n").lastLine());
      assertEquals(6, only(TAB_TABLE + label120 + " 1 1 2\n").lastLine());
      assertEquals(5, only(TAB_TABLE + label120 + "x 1 1 2\n").lastLine());
    }
  }

  @Nested
  class Captions {
    @Test
    void caption_upToTheFirstWideGapAndAt120CharactersTheMost() {
      assertEquals("Tabell 7. Resultat på individnivå i Vindeln",
          OutcomeTableReader.caption("  Tabell 7. Resultat på individnivå i Vindeln   Under året"));
      String long120 = "Tabell 1. " + "y".repeat(110);
      assertEquals(long120, OutcomeTableReader.caption(long120));
      assertEquals(long120 + "…", OutcomeTableReader.caption(long120 + "z"));
    }

    @Test
    void captionBefore_theNearestShortLineIsTheHeadingWhenNoCaptionIsNear() {
      assertEquals("Vuxentorget 2017", only("Resultat\nVuxentorget 2017\n\n" + TAB_TABLE)
          .caption());
      assertEquals("h".repeat(120), only("h".repeat(120) + "\n" + TAB_TABLE).caption());
      assertEquals("", only("x".repeat(121) + "\n" + TAB_TABLE).caption(), "a long line is prose");
      assertEquals("", only(TAB_TABLE).caption());
    }

    @Test
    void captionBefore_aCaptionUpToFiveLinesBeforeBlankLinesNotCounted() {
      String four = "a\nb\n\n\nc\nd\n";
      assertEquals("Tabell 3. Före", only("Tabell 3. Före\n" + four + TAB_TABLE).caption());
      assertEquals("d", only("Tabell 3. Före\ne\n" + four + TAB_TABLE).caption(),
          "six lines before: the nearest line is the heading");
    }
  }

  @Test
  void theReaderIsAServiceOfCore() {
    List<String> readers = ServiceLoader.load(dev.finsam.core.text.DocumentReader.class).stream()
        .map(p -> p.type().getName()).collect(Collectors.toList());
    assertTrue(readers.contains(OutcomeTableReader.class.getName()), readers.toString());
  }

  @Test
  void find_tableWithBlankLinesInsideAndACaptionBefore() {
    String doc = "Tabell 3. Resultat T1 2021\n\n"
        + "Tertial 1\tKvinnor\tMän\tTotalt\t%\n"
        + "Antal deltagare T1\t10\t10\t20\t\n\n"
        + "Totalt antal avslutade T1\t5\t5\t10\t\n"
        + "- till arbete (SUS 1)\t5\t5\t10\t100 %\n"
        + "Antal kvar\t5\t5\t10\t\n"
        + "Texten fortsätter här.\n";
    List<DocumentPart> p = parts(doc);
    assertEquals(1, p.size());
    assertEquals("Tabell 3. Resultat T1 2021", p.get(0).caption());
    assertEquals(3, p.get(0).firstLine());
    assertEquals(8, p.get(0).lastLine());
    assertTrue(p.get(0).check().get().all().isEmpty(), p.get(0).check().get().toString());
  }

  @Test
  void find_neverThrowsAndFindsNothingInProse() {
    assertEquals(List.of(), parts("Könsfördelningen: 53 % män och 47 % kvinnor deltog i år, "
        + "vilket är en lång mening om kvinnor och män som inte är en tabell.\n"));
    assertEquals(List.of(), parts("(".repeat(50_000)));
    assertEquals(List.of(), parts("Kvinnor Män\n"));
  }
}
