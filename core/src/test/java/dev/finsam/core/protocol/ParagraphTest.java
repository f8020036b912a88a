package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A paragraph as written: its number, title and lines of text. */
class ParagraphTest {

  @Test
  void numbersStartAtOne() {
    assertEquals("number (0) must be at least 1", assertThrows(IllegalArgumentException.class,
        () -> new Paragraph(0, "Mötets öppnande", "")).getMessage());
  }

  @Test
  void lines_splitAtEveryKindOfLineBreak() {
    Paragraph p = new Paragraph(72, "Incheckning", "Var och en\r\npresenterade sig.\rBeslut\n");
    assertEquals(List.of("Var och en", "presenterade sig.", "Beslut"), p.lines());
    assertEquals("Var och en\npresenterade sig.\nBeslut", p.text());
    assertEquals(List.of(), new Paragraph(83, "Mötets avslutande", " \n ").lines());
  }

  @Test
  void aTextLineThatWouldStartAParagraph_isNamedByItsPlace() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Paragraph(71, "Mötets öppnande", "Ordförande förklarade mötet öppnat.\n"
            + "§ 72 Incheckning"));
    assertEquals("text line 2 (\"§ 72 Incheckning\") must not start a paragraph or the BEVIS "
        + "block", e.getMessage());
  }
}
