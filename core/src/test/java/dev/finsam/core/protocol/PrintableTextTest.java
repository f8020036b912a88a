package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The text a protocol's fields may hold, and how lines are collapsed before they are read. */
class PrintableTextTest {

  /** Words of a protocol and the white space that printed documents put between them. */
  private static final List<String> PIECES = List.of("Mötets", "öppnande", "§", "71", " ", " ",
      "  ", "\t", "\u00a0", "\u2003", "\n", "\r\n");

  private static Gen<String> spacedText() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.size() - 1))
        .ofSizeBetween(0, 12).map(ix -> {
          StringBuilder sb = new StringBuilder();
          ix.forEach(k -> sb.append(PIECES.get(k)));
          return sb.toString();
        });
  }

  @Test
  void collapse_everyRunOfWhiteSpaceBecomesOneSpace_andTheEndsAreStripped() {
    qt().forAll(spacedText()).checkAssert(s -> {
      // oracle: the words between white space (including no-break and em spaces), one space apart
      List<String> words = List.of(s.split("[\\s\\u00a0\\u2003]+")).stream()
          .filter(w -> !w.isEmpty()).toList();
      assertEquals(String.join(" ", words), PrintableText.collapse(s), () -> "<" + s + ">");
    });
    assertEquals("Ekonomisk rapport", PrintableText.collapse(" Ekonomisk rapport"));
    assertEquals("Ekonomisk rapport", PrintableText.collapse("Ekonomisk rapport "));
    assertEquals("Ekonomisk rapport", PrintableText.collapse("Ekonomisk\trapport"));
    assertEquals("Ekonomisk rapport", PrintableText.collapse("Ekonomisk  rapport"));
    assertEquals("Ekonomisk rapport", PrintableText.collapse("Ekonomisk\u00a0rapport"));
  }

  @Test
  void check_rejectsWhatWouldNotPrintAsOnePlainLine() {
    for (String bad : List.of(" Mikael Holmlund", "Mikael Holmlund ", "Mikael  Holmlund",
        "Mikael\tHolmlund", "Mikael\u00a0Holmlund", "Mikael\u2003Holmlund", "Mikael\nHolmlund",
        "Mikael\u0007Holmlund", "Mikael | Holmlund", "Holmlund § 71", "**Mikael Holmlund**",
        "<i>Mikael Holmlund</i>")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> PrintableText.check(bad, "secretary"), bad);
      assertTrue(e.getMessage().contains("must be one line of plain text"), e.getMessage());
    }
    assertEquals("secretary (\"   \") must not be blank", assertThrows(
        IllegalArgumentException.class, () -> PrintableText.check("   ", "secretary"))
            .getMessage());
    assertEquals("Mikael Holmlund", PrintableText.check("Mikael Holmlund", "secretary"));
    assertEquals("Ungdomstorget, Umeå, klockan 08.15-12.00", PrintableText.check(
        "Ungdomstorget, Umeå, klockan 08.15-12.00", "place"));
  }

  @Test
  void checkPersonName_upToThreeWords() {
    assertEquals("Johanna Långdahl Persson", PrintableText.checkPersonName(
        "Johanna Långdahl Persson", "name"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PrintableText.checkPersonName("Johanna Långdahl Persson Katarina", "name"));
    assertTrue(e.getMessage().contains("must have at most three words"), e.getMessage());
  }

  @Test
  void aTitleWithAControlCharacter_isRejectedWhereTheProtocolIsRead() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Protocol.parse("Sammanträdesdatum 2017-11-30\n§ 74 Ekonomisk\u0001rapport"));
    assertTrue(e.getMessage().startsWith("protocol text, line 2 "), e.getMessage());
    assertTrue(e.getMessage().endsWith("the title must hold no markup"), e.getMessage());
  }
}
