package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class ProtocolTextProperties {

  @Test
  void parseOfToStringGivesTheProtocolBack() {
    qt().withExamples(5000).forAll(ProtocolGenerators.protocols()).checkAssert(p -> {
      String text = p.toString();
      assertEquals(p, Protocol.parse(text), text);
      ProtocolRules.standard().withSeats(Math.max(1, p.seatsListed())).check(p);
    });
  }

  @Test
  void theCanonicalTextIsReachedInOneRead() {
    qt().withExamples(2000).forAll(ProtocolGenerators.protocols()).checkAssert(p -> {
      String text = p.toString();
      assertEquals(text, Protocol.parse(text).toString());
      assertTrue(text.startsWith("PROTOKOLL\n"));
    });
  }

  static final java.util.regex.Pattern NAMES_A_LINE =
      java.util.regex.Pattern.compile("protocol text, line [0-9]+ \\(\"");
}
