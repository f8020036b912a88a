package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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
  void collapseLeavesTheWordsWithOneSpaceBetween() {
    Gen<String> pieces = Generate.pick(List.of("Umeå", "§", "12", "a", "Beslut:", " ", "  ",
        "\t", "\u00A0", "\u2009", "\n", " \u00A0 "));
    qt().forAll(lists().of(pieces).ofSizeBetween(0, 12)).checkAssert(parts -> {
      String text = String.join("", parts);
      List<String> words = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      for (char c : (text + " ").toCharArray()) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
          }
        } else {
          word.append(c);
        }
      }
      String collapsed = PrintableText.collapse(text);
      assertEquals(String.join(" ", words), collapsed, text);
      assertEquals(collapsed, PrintableText.collapse(collapsed));
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
