package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.finsam.core.testing.TestSupport;
import dev.finsam.core.text.PrintedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Mutated statements give a value or an {@code IllegalArgumentException} naming the line, never
 * anything else, and quickly; reading is linear in the text.
 */
class StatementFuzzTest {

  static final int MUTANTS = 100_000;
  static final long MAX_MILLIS = 50;
  private static final String[] PIECES = {"0", "1", "7", "000", "123", " ", "  ", "\t", "|", "-",
      "\u2212", ",", ".", "%", "\n", "Summa ", "Resultat ", "Tot. kostnader ", "Belopp i tkr ",
      "Not 2. ", "2017-12-31 ", "Avvikelse ", "x", "Å", "<b>", "**", "Sida 19 ", "999 999 999 "};

  /** The 2017 statements from their header rows on, and the builder's table in each layout. */
  static List<String> seeds() {
    List<String> seeds = new ArrayList<>();
    for (String[] at : new String[][] {{"Belopp tkr. Utfall jan-dec", "6.2"},
        {"Belopp i kr. Not  2017-01-01", "Belopp i kr"}, {"Belopp i kr. Not  2017-12-31", "6.4"},
        {"Belopp tkr. Budget 2017", "Sida 19"}, {"Not 1. Verksamhetens", "Not 2."},
        {"Not 2. Fordringar", "Not 3."}}) {
      String text = AnnualReport2017Examples.excerpt(at[0], at[1]).strip();
      seeds.add(text.substring(text.indexOf(at[0])));
    }
    Statement built = ReportsTest.budgetAndOutcome2017().build().statement();
    for (Statement.Layout layout : Statement.Layout.values()) {
      seeds.add(built.toText(layout, Statement.Signs.SIGNED));
    }
    return seeds;
  }

  static String mutate(String seed, Random rnd) {
    StringBuilder s = new StringBuilder(seed);
    int n = 1 + rnd.nextInt(4);
    for (int k = 0; k < n; k++) {
      int at = s.length() == 0 ? 0 : rnd.nextInt(s.length());
      switch (rnd.nextInt(6)) {
        case 0:
          s.insert(at, PIECES[rnd.nextInt(PIECES.length)]);
          break;
        case 1:
          if (s.length() > 0) {
            s.deleteCharAt(at);
          }
          break;
        case 2:
          s.setCharAt(Math.min(at, Math.max(0, s.length() - 1)), (char) ('0' + rnd.nextInt(10)));
          break;
        case 3: {
          int end = s.indexOf("\n", at);
          if (end > at) {
            s.insert(end, s.substring(at, end)); // a run of the line repeated
          }
          break;
        }
        case 4: {
          List<String> lines = new ArrayList<>(List.of(s.toString().split("\n", -1)));
          if (lines.size() > 1) {
            int i = rnd.nextInt(lines.size());
            int j = rnd.nextInt(lines.size());
            String x = lines.get(i);
            lines.set(i, lines.get(j));
            lines.set(j, x);
          }
          s.setLength(0);
          s.append(String.join("\n", lines));
          break;
        }
        default:
          int nl = s.indexOf("\n", at);
          if (nl >= 0) {
            s.setCharAt(nl, ' '); // two rows run together
          }
      }
    }
    return s.toString();
  }

  private static void fuzz(String what, Function<String, Object> reader, int mutants) {
    Random rnd = new Random(20171231L ^ what.hashCode());
    List<String> seeds = seeds();
    long worst = 0;
    String slowest = "";
    for (int i = 0; i < mutants; i++) {
      String text = mutate(seeds.get(i % seeds.size()), rnd);
      long t = System.nanoTime();
      try {
        reader.apply(text);
      } catch (IllegalArgumentException e) {
        if (e.getMessage() == null || !e.getMessage().contains("line")) {
          fail(what + ": the message must name the line: " + e.getMessage() + "\n" + text);
        }
      } catch (RuntimeException e) {
        throw new AssertionError(what + " threw " + e + " on\n" + text, e);
      }
      long took = System.nanoTime() - t;
      if (took > worst) {
        worst = took;
        slowest = text;
      }
    }
    // a pause of the collector or the compiler is not the reader's: time the slowest again
    long again = Long.MAX_VALUE;
    for (int k = 0; k < 3; k++) {
      long t = System.nanoTime();
      try {
        reader.apply(slowest);
      } catch (IllegalArgumentException expected) {
        // timed all the same
      }
      again = Math.min(again, System.nanoTime() - t);
    }
    assertTrue(again / 1_000_000 <= MAX_MILLIS, what + " took " + again / 1_000_000
        + " ms on\n" + slowest);
  }

  @Test
  void resultReportParse_givesAReportOrNamesTheLine() {
    fuzz("ResultReport.parse", t -> ResultReport.parse(t).check(), MUTANTS);
  }

  @Test
  void balanceSheetParse_givesASheetOrNamesTheLine() {
    fuzz("BalanceSheet.parse", t -> BalanceSheet.parse(t).check(), MUTANTS);
  }

  @Test
  void statementParse_givesAStatementOrNamesTheLine() {
    fuzz("Statement.parse", t -> Statement.parse(t).check(), MUTANTS / 10);
  }

  @Test
  void documentReader_neverThrowsFromFindAndPartsThrowOnlyNamingTheLine() {
    PublishedStatements reader = new PublishedStatements();
    fuzz("PublishedStatements", t -> {
      for (var part : reader.find(PrintedText.lines(t))) {
        part.check().get();
      }
      return null;
    }, MUTANTS / 10);
  }

  @Test
  void readingIsLinear() {
    TestSupport.assertLinear(big(256 * 1024), big(1024 * 1024),
        text -> ResultReport.parse(text).check());
  }

  /** A PDF-like report of many sections, each with ambiguous rows its sum resolves. */
  static String big(int size) {
    StringBuilder sb = new StringBuilder("Resultatrapport 2017\n"
        + "Belopp tkr. Budget 2017 Utfall 2017 Avvikelse\n");
    int k = 0;
    while (sb.length() < size) {
      String name = letters(k);
      sb.append("Insatser ").append(name).append("\n");
      sb.append("Vännäs 380 380 0\nUngdomstorget 3.0 2 700 2 359 341\n"
          + "Förebyggande ohälsa 1 060 685 375\nInsats NAFS 390 394 -4\n");
      sb.append("Summa insatser ").append(name.toLowerCase()).append(" 4 530 3 818 712\n");
      k++;
    }
    return sb.toString();
  }

  private static String letters(int k) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('A' + k % 26));
      k /= 26;
    } while (k > 0);
    return sb.toString();
  }
}
