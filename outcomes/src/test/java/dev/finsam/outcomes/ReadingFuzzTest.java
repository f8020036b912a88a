package dev.finsam.outcomes;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.finsam.core.testing.TestSupport;
import dev.finsam.core.text.PrintedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Untrusted text: mutated tables give a table or an IllegalArgumentException that names the line,
 * each quickly, and a large input is read in time linear in its length.
 */
class ReadingFuzzTest {

  static final int INPUTS = 100_000;
  static final long MAX_NANOS = 50_000_000L; // 50 ms per input
  private static final String ALPHABET = "0123456789 \u00A0\u202F\u2009\t%,-\u2212()|*.\nabcöäSUS";

  static List<String> seeds() {
    List<String> seeds = new ArrayList<>(List.of(AnnualReport2017.WHOLE_ASSOCIATION,
        AnnualReport2017.STEGET_VIDARE, AnnualReport2017.VUXENTORGET,
        AnnualReport2017.parse(AnnualReport2017.VAGA_VAXA).toString()));
    OutcomeTable big = OutcomeTable.builder(OutcomeScheme.SUS).participants(123_456, 654_321)
        .endedRow(Count.of(1_234, 100_001)).ended(OutcomeCategory.LONG_TERM_WORK, 1_000, 100_000)
        .ended(OutcomeCategory.OTHER_DROPOUT, 234, 1).longTermSubtotal(Count.of(1_000, 100_000))
        .remaining(122_222, 554_320).build();
    for (Layouts.Layout layout : Layouts.Layout.values()) {
      seeds.add(Layouts.print(big, layout, layout.ordinal(), layout.ordinal()));
    }
    seeds.add(big.toString());
    return seeds;
  }

  static String mutate(String s, Random r) {
    StringBuilder sb = new StringBuilder(s);
    int mutations = 1 + r.nextInt(3);
    for (int k = 0; k < mutations; k++) {
      int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
      switch (r.nextInt(7)) {
        case 0:
          sb.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
          break;
        case 1:
          if (sb.length() > 0) {
            sb.deleteCharAt(at);
          }
          break;
        case 2:
          if (sb.length() > 0) {
            sb.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
          }
          break;
        case 3: {
          String[] lines = sb.toString().split("\n", -1);
          int i = r.nextInt(lines.length);
          sb.insert(Math.max(0, sb.indexOf(lines[i])), lines[i] + "\n");
          break;
        }
        case 4:
          sb.insert(at, r.nextBoolean() ? " 99999999999999999999" : " 2 147 483 648");
          break;
        case 5:
          sb.insert(at, "(".repeat(1 + r.nextInt(2000)));
          break;
        default:
          sb.insert(at, r.nextBoolean() ? " (SUS 1)" : "\n(SUS 4, 5, 7 och 9)\n");
      }
    }
    return sb.toString();
  }

  @Test
  void mutatedTablesGiveATableOrAnErrorNamingTheLine() {
    Random r = new Random(20_170_320L);
    List<String> seeds = seeds();
    for (int n = 0; n < INPUTS; n++) {
      String text = mutate(seeds.get(n % seeds.size()), r);
      OutcomeScheme scheme = n % 2 == 0 ? OutcomeScheme.CLASSIC : OutcomeScheme.SUS;
      boolean document = n % 10 == 0; // every tenth also as a document, through the reader
      long nanos = readOnce(text, scheme, document);
      if (nanos > MAX_NANOS) {
        nanos = readOnce(text, scheme, document); // a garbage collection may have paused it
      }
      if (nanos > MAX_NANOS) {
        fail("took " + nanos / 1_000_000 + " ms: " + text);
      }
    }
  }

  private static long readOnce(String text, OutcomeScheme scheme, boolean document) {
    long start = System.nanoTime();
    for (dev.finsam.core.text.DocumentPart part : document
        ? new OutcomeTableReader().find(PrintedText.lines(text))
        : List.<dev.finsam.core.text.DocumentPart>of()) {
      try {
        part.check().get();
      } catch (IllegalArgumentException e) {
        if (!e.getMessage().startsWith("line")) {
          fail("message does not name the line: " + e.getMessage() + "\n" + text);
        }
      }
    }
    try {
      OutcomeTables.parse(text, scheme).check();
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      if (m == null || !(m.startsWith("line ") || m.startsWith("lines "))) {
        fail("message does not name the line: " + m + "\n" + text);
      }
    } catch (RuntimeException e) {
      throw new AssertionError("not an IllegalArgumentException for:\n" + text, e);
    }
    return System.nanoTime() - start;
  }

  @Test
  void aLargeInputIsReadInLinearTime() {
    TestSupport.assertLinear(large(256 * 1024), large(1024 * 1024), text -> {
      OutcomeTables.parse(text, OutcomeScheme.CLASSIC);
      new OutcomeTableReader().find(PrintedText.lines(text));
    });
  }

  /** A table, then headings, footnotes, blank lines and long prose up to the size. */
  static String large(int size) {
    StringBuilder sb = new StringBuilder(AnnualReport2017.WHOLE_ASSOCIATION);
    String[] filler = {"Resultat på individnivå för samverkan i kommunerna\n",
        "* Fotnot: 3 deltagare har flyttat, 12 har avbrutit (SUS 4, 5, 7 och 9).\n", "\n",
        "Kvinnor och män deltog i samma omfattning som förra året " + "och så vidare ".repeat(40)
            + "\n"};
    for (int i = 0; sb.length() < size; i++) {
      sb.append(filler[i % filler.length]);
    }
    return sb.toString();
  }
}
