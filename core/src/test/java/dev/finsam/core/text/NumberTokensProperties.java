package dev.finsam.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The readings of a run of number words against a brute force: every way to cut the words into
 * the wanted number of cells, kept if each cell is a number by the rules of the class comment.
 * The words are labelled by hand below, so the oracle does not classify them with the code it
 * checks.
 */
class NumberTokensProperties {

  /**
   * A word of a printed row as a reader sees it.
   *
   * @param text the word
   * @param number true if it is digits (with a minus, a decimal comma or a percent sign)
   * @param minus true if it starts with a minus
   * @param body how many digits come before any comma
   * @param decimals true if it has a decimal comma
   * @param percent true if it ends in a percent sign
   * @param dash true if it is a lone dash, an empty cell
   * @param percentSign true if it is a lone percent sign
   */
  private record Word(String text, boolean number, boolean minus, int body, boolean decimals,
      boolean percent, boolean dash, boolean percentSign) {

    static Word digits(String text, int body) {
      return new Word(text, true, false, body, false, false, false, false);
    }

    static Word negative(String text, int body) {
      return new Word(text, true, true, body, false, false, false, false);
    }

    static Word decimal(String text, int body) {
      return new Word(text, true, false, body, true, false, false, false);
    }

    static Word percentage(String text, int body, boolean decimals) {
      return new Word(text, true, false, body, decimals, true, false, false);
    }

    boolean leadingZero() {
      return body > 1 && text.charAt(minus ? 1 : 0) == '0';
    }
  }

  /** Words of the tables in the 2017 annual report, and the edges of the rules. */
  private static final List<Word> WORDS = List.of(
      Word.digits("0", 1), Word.digits("2", 1), Word.digits("12", 2), Word.digits("130", 3),
      Word.digits("650", 3), Word.digits("000", 3), Word.digits("050", 3), Word.digits("1234", 4),
      Word.negative("-11", 2), Word.negative("\u22122", 1), Word.negative("\u2013135", 3),
      Word.decimal("12,5", 2), Word.decimal("136,25", 3), Word.percentage("31%", 2, false),
      Word.percentage("5,4%", 1, true), Word.percentage("676%", 3, false),
      new Word("-", false, false, 0, false, false, true, false),
      new Word("\u2013", false, false, 0, false, false, true, false),
      new Word("%", false, false, 0, false, false, false, true));

  /** What may come between two words, and whether it is a wide gap (a column break). */
  private static final List<String> GAPS = List.of(" ", "  ", "\t", "\u00A0", "   ");

  private static boolean wide(String gap) {
    return gap.equals("\t") || gap.length() >= PrintedText.WIDE_GAP;
  }

  /** The cell that words {@code from} to {@code to} make, or null if they are not one. */
  private static String cell(List<Word> words, List<Boolean> wideBefore, int from, int to) {
    List<Word> ws = words.subList(from, to);
    String text = ws.stream().map(Word::text).collect(Collectors.joining(" "));
    Word first = ws.get(0);
    if (first.dash()) {
      return ws.size() == 1 ? text + "=blank" : null;
    }
    int numberEnd = ws.size();
    boolean percent = false;
    if (ws.get(ws.size() - 1).percentSign()) {
      // a lone % belongs to the number right before it, unless that already has one
      if (ws.size() < 2 || !ws.get(ws.size() - 2).number() || ws.get(ws.size() - 2).percent()) {
        return null;
      }
      numberEnd--;
      percent = true;
    }
    if (!first.number() || first.leadingZero()) {
      return null;
    }
    StringBuilder value = new StringBuilder(first.minus() ? "-" : "");
    for (int k = 0; k < numberEnd; k++) {
      Word w = ws.get(k);
      if (!w.number()) {
        return null;
      }
      if (k > 0) {
        Word before = ws.get(k - 1);
        if (w.minus() || w.body() != 3 || wideBefore.get(from + k)
            || before.decimals() || before.percent() || before.body() > 3) {
          return null;
        }
      }
      value.append(w.text().replaceAll("[-\u2212\u2013%]", "").replace(',', '.'));
      percent |= w.percent();
    }
    return text + "=" + new BigDecimal(value.toString()).toPlainString() + (percent ? "%" : "");
  }

  /** Every way to cut words {@code from}.. into {@code cells} cells that are all numbers. */
  private static void cut(List<Word> words, List<Boolean> wideBefore, int from, int cells,
      List<String> current, List<String> out) {
    if (cells == 0) {
      if (from == words.size()) {
        out.add(String.join(" | ", current));
      }
      return;
    }
    for (int to = from + 1; to <= words.size(); to++) {
      String c = cell(words, wideBefore, from, to);
      if (c != null) {
        current.add(c);
        cut(words, wideBefore, to, cells - 1, current, out);
        current.remove(current.size() - 1);
      }
    }
  }

  private static String shown(List<NumberTokens.Cell> reading) {
    return reading.stream().map(c -> c.text() + "=" + (c.isBlank() ? "blank"
        : c.value().toPlainString() + (c.percent() ? "%" : ""))).collect(Collectors.joining(" | "));
  }

  @Test
  void theReadingsAreExactlyTheCutsIntoCellsThatAreNumbers() {
    qt().withExamples(4000).forAll(
        lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 6),
        lists().of(integers().between(0, GAPS.size() - 1)).ofSizeBetween(6, 6),
        integers().between(1, 6))
        .checkAssert((picks, gapPicks, cells) -> {
          List<Word> words = new ArrayList<>();
          List<Boolean> wideBefore = new ArrayList<>();
          StringBuilder line = new StringBuilder();
          for (int k = 0; k < picks.size(); k++) {
            String gap = k == 0 ? "" : GAPS.get(gapPicks.get(k));
            words.add(WORDS.get(picks.get(k)));
            wideBefore.add(wide(gap));
            line.append(gap).append(WORDS.get(picks.get(k)).text());
          }
          List<String> want = new ArrayList<>();
          cut(words, wideBefore, 0, cells, new ArrayList<>(), want);

          List<NumberTokens.Token> tokens = NumberTokens.tokens(line.toString());
          assertEquals(words.stream().map(Word::text).collect(Collectors.toList()),
              tokens.stream().map(NumberTokens.Token::text).collect(Collectors.toList()),
              line::toString);
          List<String> got = NumberTokens.readings(tokens, cells).stream()
              .map(NumberTokensProperties::shown).sorted().collect(Collectors.toList());
          assertEquals(want.stream().sorted().collect(Collectors.toList()), got,
              () -> "\"" + line + "\" as " + cells + " cells");
          assertEquals(want.size(), NumberTokens.count(tokens, cells),
              () -> "count of \"" + line + "\" as " + cells + " cells");
        });
  }
}
