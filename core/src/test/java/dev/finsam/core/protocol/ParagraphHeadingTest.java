package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line that starts a paragraph: "§ 71 Mötets öppnande", "§71 …", "§ 3. …". */
class ParagraphHeadingTest {

  @Test
  void of_readsTheNumberAndTheTitleAsWritten() {
    assertEquals(new ParagraphHeading(71, "Mötets öppnande"),
        ParagraphHeading.of("§ 71 Mötets öppnande"));
    assertEquals(new ParagraphHeading(15, "Ekonomisk rapport"),
        ParagraphHeading.of("§15 Ekonomisk rapport"));
    assertEquals(new ParagraphHeading(10, "Val av justerare"),
        ParagraphHeading.of("§ 10 Val av justerare"));
    assertEquals(new ParagraphHeading(9, "Beslut"), ParagraphHeading.of("§ 9 Beslut"));
    assertEquals(new ParagraphHeading(83, ""), ParagraphHeading.of("§ 83"));
  }

  @Test
  void of_aFullStopAfterTheNumberIsNotPartOfTheTitle() {
    assertEquals(new ParagraphHeading(3, "Godkännande av dagordning"),
        ParagraphHeading.of("§ 3. Godkännande av dagordning"));
    assertEquals(new ParagraphHeading(3, ""), ParagraphHeading.of("§ 3."));
    // "3.5" is not paragraph 3 with the title ".5", nor paragraph 35
    assertNull(ParagraphHeading.of("§ 3.5 Budget"));
    assertNull(ParagraphHeading.of("§ 3.a"));
  }

  @Test
  void of_largestParagraphNumberButNotBeyond() {
    assertEquals(new ParagraphHeading(Integer.MAX_VALUE, "Sista"),
        ParagraphHeading.of("§ 2147483647 Sista"));
    assertNull(ParagraphHeading.of("§ 2147483648 Sista"));
    assertNull(ParagraphHeading.of("§ 99999999999 Sista"));
    assertNull(ParagraphHeading.of("§ 999999999999999999999"));
  }

  @Test
  void of_linesThatStartNoParagraph() {
    for (String line : List.of("", "§", "§ Mötets öppnande", "§ 0 Mötets öppnande",
        "§ 71-77 Utvecklingsledare NAFS", "§ 42, 49 Arbetsförmedlingen", "§12a Bilaga",
        "Beslut § 5", "Paragrafer § 71-83", "Sammanträdesdatum 2017-11-30",
        // the numbered items of a föredragningslista are no paragraphs
        "11. Mötets avslutande", "1 Mötets öppnande")) {
      assertNull(ParagraphHeading.of(line), line);
    }
  }
}
