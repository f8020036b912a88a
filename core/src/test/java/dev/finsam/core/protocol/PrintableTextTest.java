package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text a protocol's fields may hold (collapsing is a property in ProtocolTextProperties). */
class PrintableTextTest {

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
