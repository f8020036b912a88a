package dev.finsam.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Lines as a user copies them from a report: line breaks, markup, cells and PDF pieces. */
class PrintedTextTest {

  private static List<String> texts(String text) {
    return PrintedText.lines(text).stream().map(PrintedText.Line::text)
        .collect(Collectors.toList());
  }

  private static String line(String text) {
    List<String> lines = texts(text);
    assertEquals(1, lines.size(), text);
    return lines.get(0);
  }

  private static PrintedText.Line at(String text) {
    return new PrintedText.Line(1, text);
  }

  @Nested
  class LineBreaks {

    @Test
    void lines_breakAtEveryKindOfLineEnd() {
      // Windows, old Mac and Unix line ends in one text, as a copy from mixed sources may have
      assertEquals(List.of("Resultaträkning", "Intäkter", "Kostnader", "Resultat"),
          texts("Resultaträkning\r\nIntäkter\rKostnader\nResultat"));
    }

    @Test
    void lines_aTextEndingInALineBreakEndsWithAnEmptyLine() {
      assertEquals(List.of("Summa", "480", ""), texts("Summa\r\n480\r"));
      assertEquals(List.of("Summa", ""), texts("Summa\n"));
    }

    @Test
    void lines_twoCarriageReturnsAreTwoLineBreaks() {
      assertEquals(List.of("Insatser", "", "Vännäs"), texts("Insatser\r\rVännäs"));
      assertEquals(List.of("Insatser", "", "Vännäs"), texts("Insatser\r\n\r\nVännäs"));
    }

    @Test
    void lines_areNumberedFromOne() {
      List<PrintedText.Line> lines = PrintedText.lines("a\n\nb");
      assertEquals(List.of(1, 2, 3),
          lines.stream().map(PrintedText.Line::number).collect(Collectors.toList()));
    }
  }

  @Nested
  class Markup {

    @Test
    void lines_removeBoldAndUnderlineMarkers() {
      assertEquals("Beslut", line("**Beslut**"));
      assertEquals("Beslut", line("__Beslut__"));
      assertEquals("Paragraf 5 Beslut", line("Paragraf 5 __Beslut__"));
    }

    @Test
    void lines_keepASingleStarOrUnderscore() {
      // a footnote star at the very end of the text, and a file name
      assertEquals("Summa intäkter*", line("Summa intäkter*"));
      assertEquals("protokoll_2017.pdf", line("protokoll_2017.pdf"));
    }

    @Test
    void lines_removeTags() {
      assertEquals("Beslut", line("<i>Beslut</i>"));
      assertEquals("Finsam", line("<a href=\"https://www.finsam.se\">Finsam</a>"));
      assertEquals("Justerare", line("<u>Justerare</u>"));
    }

    @Test
    void lines_aLineBreakParagraphEndOrListItemTagBecomesASpace() {
      assertEquals("Ordförande Peter Vigren", line("Ordförande<br>Peter Vigren"));
      assertEquals("Ordförande Peter Vigren", line("Ordförande<br/>Peter Vigren"));
      assertEquals("Beslut Protokoll ", line("<p>Beslut</p><p>Protokoll</p>"));
      assertEquals("Närvarande: Umeå Vännäs",
          line("Närvarande:<ul><li>Umeå</li><li>Vännäs</li></ul>"));
    }

    @Test
    void lines_aLessThanSignThatStartsNoTagIsText() {
      assertEquals("Andel < 30 % och > 10 %", line("Andel < 30 % och > 10 %"));
      assertEquals("Resultat <0 ger underskott>", line("Resultat <0 ger underskott>"));
      // an HTML tag's name is ASCII: a browser shows these as text too
      assertEquals("Kostnad per <årsplats> 2017", line("Kostnad per <årsplats> 2017"));
      assertEquals("<Ärende> och <é>", line("<Ärende> och <é>"));
    }

    @Test
    void lines_anUnclosedTagIsText() {
      assertEquals("Se bilaga <i", line("Se bilaga <i"));
      assertEquals("Se bilaga <", line("Se bilaga <"));
      assertEquals("Se bilaga <i", texts("Se bilaga <i\nSumma").get(0));
    }

    @Test
    void lines_aTagEndsAtItsFirstGreaterThanSignAndCannotHoldALessThanSign() {
      // an address in angle brackets left open, then a real tag
      assertEquals("Kontakt <kansliet@umea.se senast 1 maj",
          line("Kontakt <kansliet@umea.se <b>senast 1 maj</b>"));
    }

    @Test
    void lines_everyLowerCaseLetterStartsATag() {
      for (char c = 'a'; c <= 'z'; c++) {
        assertEquals("Summa 480", line("Summa <" + c + ">480"), "<" + c + ">");
      }
    }

    @Test
    void lines_specialSpacesBecomeOrdinarySpaces() {
      // CLDR groups digits with U+00A0; typesetters use U+202F or the thin space U+2009
      assertEquals("3 108 000", line("3\u00A0108\u00A0000"));
      assertEquals("3 108 000", line("3\u202F108\u202F000"));
      assertEquals("3 108 000", line("3\u2009108\u2009000"));
      assertEquals(List.of("Medlemsavgifter", "3 108 000"),
          PrintedText.lines("Medlemsavgifter\u00A0\u00A03\u00A0108\u00A0000").get(0).cells());
    }
  }

  @Nested
  class Lines {

    @Test
    void line_numberStartsAtOne() {
      assertEquals(1, at("x").number());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new PrintedText.Line(0, "x"));
      assertEquals("number (0) must be >= 1", e.getMessage());
    }

    @Test
    void isBlank_onlyForALineOfSpaces() {
      assertTrue(at("").isBlank());
      assertTrue(at(" \t ").isBlank());
      assertFalse(at("  Summa").isBlank());
    }

    @Test
    void indent_countsTheLeadingWhitespace() {
      assertEquals(0, at("Summa 480").indent());
      assertEquals(3, at("   Vännäs 380").indent());
      assertEquals(2, at("\t\tVännäs\t380").indent());
      assertEquals(4, at("    ").indent(), "a blank line's indent is its length");
      assertEquals(0, at("").indent());
    }

    @Test
    void isPipeRow_aLineBetweenBars() {
      assertTrue(at("| Kvinnor | Män | Totalt |").isPipeRow());
      assertTrue(at("  | Kvinnor | Män |").isPipeRow());
      assertFalse(at("Kvinnor Män Totalt").isPipeRow());
      assertFalse(at("Totalt | 92").isPipeRow(), "a bar inside the text does not start a row");
    }

    @Test
    void isPipeRow_notALoneBar() {
      assertFalse(at("|").isPipeRow());
      assertFalse(at("| ").isPipeRow());
      assertFalse(at("   |").isPipeRow());
      assertFalse(at("   ").isPipeRow());
      assertFalse(at("").isPipeRow());
    }

    @Test
    void isPipeRule_onlyForATablesRule() {
      assertTrue(at("|---|:---:|--:|").isPipeRule());
      assertTrue(at("  | --- | --- |  ").isPipeRule());
      assertFalse(at("| Kvinnor | Män |").isPipeRule());
      assertFalse(at("----------------------").isPipeRule(), "a signature line");
      assertFalse(at("   ").isPipeRule());
      assertFalse(at("").isPipeRule());
    }

    @Test
    void cells_aBlankLineHasNone() {
      assertEquals(List.of(), at("").cells());
      assertEquals(List.of(), at("    ").cells());
      assertEquals(List.of(), at(" \t ").cells());
      assertEquals(0, at("").cellBounds().length);
    }

    @Test
    void cells_ofAMarkdownRowWithTrailingSpaces() {
      assertEquals(List.of("Kvinnor", "Män", "Totalt"),
          at("| Kvinnor | Män | Totalt |   ").cells());
      assertEquals(List.of("varav till arbete", "34", "58", "92", "31%"),
          at("| varav till arbete | 34 | 58 | 92 | 31% |").cells());
      assertEquals(List.of("Kvinnor", "Män"), at("| Kvinnor | Män").cells(),
          "the closing bar may be missing");
    }

    @Test
    void cells_aLoneBarIsText() {
      assertEquals(List.of("|"), at("|").cells());
      assertEquals(List.of("|"), at("   |").cells());
    }

    @Test
    void cells_aTrailingTabDoesNotMakeAWordRow() {
      assertEquals(List.of("Summa insatser", "11 650", "9 635"),
          at("Summa insatser  11 650  9 635\t").cells());
      assertEquals(List.of("Summa insatser", "11 650"), at("Summa insatser\t11 650\t").cells());
    }

    @Test
    void cells_twoSpacesSeparateColumnsInAPdfsText() {
      assertEquals(List.of("Finansiella kostnader", "-135", "-267"),
          at("Finansiella kostnader  -135  -267").cells());
      assertEquals(List.of("Vännäs 380 380 0"), at("Vännäs 380 380 0").cells());
      assertEquals(List.of("Likvida medel vid årets början", "9 370 101", "7 621 512"),
          at("  Likvida medel vid årets början     9 370 101   7 621 512  ").cells());
    }

    @Test
    void cellBounds_letACellBeReadInPlace() {
      PrintedText.Line l = at("Finansiella kostnader  -135  -267");
      int[] b = l.cellBounds();
      assertEquals(6, b.length);
      assertEquals("-267", l.text().substring(b[4], b[5]));
    }

    @Test
    void startsWithEmptyCell_onlyWhenSpacesComeBeforeTheFirstTab() {
      assertTrue(at("\t380\t380").startsWithEmptyCell());
      assertTrue(at(" \t380").startsWithEmptyCell());
      assertFalse(at("Vännäs\t380").startsWithEmptyCell());
      assertFalse(at("   Vännäs\t380").startsWithEmptyCell(), "indented by spaces, not a tab");
      assertFalse(at("\t").startsWithEmptyCell(), "nothing after the tab");
    }
  }

  @Nested
  class Pieces {

    private List<String> labels(List<PrintedText.Piece> pieces) {
      return pieces.stream().map(p -> (p.isHeading() ? "# " : "") + p.label()
          + p.tokens().stream().map(t -> " " + t.text()).collect(Collectors.joining()))
          .collect(Collectors.toList());
    }

    @Test
    void pieces_twoSpacesSeparateAHeadingFromTheRowAfterIt() {
      assertEquals(List.of("# Insatser", "Vännäs 380 380 0"),
          labels(PrintedText.pieces("Insatser  Vännäs 380 380 0")));
      assertEquals(List.of("Insatser Vännäs 380 380 0"),
          labels(PrintedText.pieces("Insatser Vännäs 380 380 0")));
    }

    @Test
    void pieces_aLineWithoutNumbersIsAHeading() {
      List<PrintedText.Piece> p = PrintedText.pieces("Kansli och administrativa kostnader");
      assertEquals(List.of("# Kansli och administrativa kostnader"), labels(p));
      assertTrue(p.get(0).isHeading());
    }

    @Test
    void pieces_aRowOfNumbersOnlyHasAnEmptyLabel() {
      List<PrintedText.Piece> p = PrintedText.pieces("867 365 654 293");
      assertEquals(1, p.size());
      assertEquals("", p.get(0).label());
      assertFalse(p.get(0).isHeading());
      assertEquals(4, p.get(0).tokens().size());
    }

    @Test
    void pieces_aRowThenAHeadingAtTheEnd() {
      assertEquals(List.of("Resultat -1 318 867 -2 185", "# Noter"),
          labels(PrintedText.pieces("Resultat -1 318 867 -2 185     Noter")));
    }

    @Test
    void pieces_ofABlankLineAreNone() {
      assertEquals(List.of(), PrintedText.pieces(""));
      assertEquals(List.of(), PrintedText.pieces("     "));
    }
  }
}
