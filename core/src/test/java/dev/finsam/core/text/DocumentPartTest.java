package dev.finsam.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.finsam.core.Findings;
import org.junit.jupiter.api.Test;

/** A part of a document spans lines in order, from line 1 on. */
class DocumentPartTest {

  private static DocumentPart part(int firstLine, int lastLine) {
    return new DocumentPart(firstLine, lastLine, "Tabell 7. Resultat på individnivå i Vindeln",
        "resultattabell", Findings::none);
  }

  @Test
  void aPartMayBeOneLineAndMayStartAtTheFirstLine() {
    assertEquals(1, part(1, 1).lastLine());
    assertEquals(551, part(540, 551).lastLine());
    assertEquals(540, part(540, 540).firstLine());
  }

  @Test
  void linesOutOfOrderOrBeforeTheFirstAreRejected() {
    assertEquals("lines (0 to 3) must be in order from 1",
        assertThrows(IllegalArgumentException.class, () -> part(0, 3)).getMessage());
    assertEquals("lines (551 to 540) must be in order from 1",
        assertThrows(IllegalArgumentException.class, () -> part(551, 540)).getMessage());
  }
}
