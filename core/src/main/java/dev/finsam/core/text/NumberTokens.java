package dev.finsam.core.text;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.internal.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a printed line and the ways a run of number words can be read as cells
 * (<i>tolkning av talkolumner</i>) where spaces both group digits and separate columns.
 *
 * <p>For example, {@code "130 650 136 730"} read as two cells has three readings (130 | 650 136 730,
 * 130 650 | 136 730, 130 650 136 | 730), and {@code "2 700 2 359 341"} read as three cells has
 * three too, of which only 2 700 | 2 359 | 341 satisfies budget − outcome = difference: a one-digit
 * word such as "2" must start a number, and only a three-digit word may continue one. The table's
 * own arithmetic must choose; a row that stays ambiguous is reported, never guessed.
 *
 * <p>Rules: a number is a first word of digits (with an optional minus), then words of exactly
 * three digits; a first word never starts with the digit 0 unless it is 0 (so "000" only ever
 * continues a number); only its last word may carry a decimal comma or a percent sign; a word of more
 * than three digits is a whole number by itself; no number continues across a gap of
 * {@link PrintedText#WIDE_GAP} spaces or more; a lone dash is an empty cell; a lone "%" belongs to
 * the number before it. The readings are counted and listed in O(words × cells) steps, and at most
 * {@link #MAX_READINGS} are listed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NumberTokens {

  /** The most readings listed for one run of words; more are reported as too ambiguous. */
  public static final int MAX_READINGS = 64;
  /** The most words a run of numbers may have (longer runs are not a table's row). */
  public static final int MAX_WORDS = 64;

  private NumberTokens() {}

  /** What a word can be in a run of numbers. */
  public enum Kind {
    /** Not a number: part of a label. */
    WORD,
    /** A lone dash: a cell with no value. */
    BLANK,
    /** A lone percent sign, belonging to the number before it. */
    PERCENT_SIGN,
    /** Digits, possibly with a minus, a decimal comma or a percent sign. */
    DIGITS
  }

  /**
   * One word of a line.
   *
   * @param text the word
   * @param gapBefore how many spaces came before it (0 for the first word of a line)
   * @param kind what the word can be
   */
  public record Token(String text, int gapBefore, Kind kind) {

    /**
     * Validates the components.
     *
     * @param text the word, not empty
     * @param gapBefore the spaces before it
     * @param kind what it can be, not null
     */
    public Token {
      requireNonNull(text, "text");
      requireNonNull(kind, "kind");
      Checks.checkArgument(!text.isEmpty(), "text (%s) must not be empty", text);
    }

    /** @return true if the word can be part of a run of numbers */
    public boolean isNumeric() {
      return kind != Kind.WORD;
    }

    boolean hasMinus() {
      return kind == Kind.DIGITS && Swedish.isMinus(text.charAt(0));
    }

    /** Where the digits before any comma start: after a minus. */
    int bodyStart() {
      return hasMinus() ? 1 : 0;
    }

    /** Where the digits before any comma end: at the comma, else before a percent sign. */
    int bodyEnd() {
      int comma = text.indexOf(',');
      return comma >= 0 ? comma : decimalsEnd();
    }

    /** How many digits come before any comma. */
    int bodyLength() {
      return bodyEnd() - bodyStart();
    }

    /** Where the decimals end: before a percent sign. */
    int decimalsEnd() {
      return text.charAt(text.length() - 1) == '%' ? text.length() - 1 : text.length();
    }

    boolean hasDecimals() {
      return text.indexOf(',') >= 0;
    }

    boolean isPercent() {
      return kind == Kind.DIGITS && text.charAt(text.length() - 1) == '%';
    }

    /** May this word continue the number before it? */
    boolean canContinue() {
      return kind == Kind.DIGITS && !hasMinus() && bodyLength() == 3
          && gapBefore < PrintedText.WIDE_GAP;
    }

    /** May a following word continue the number this word ends? */
    boolean canBeContinued() {
      return kind == Kind.DIGITS && !isPercent() && !hasDecimals() && bodyLength() <= 3;
    }
  }

  /**
   * One cell as read: a number (maybe a percentage) or an empty cell.
   *
   * @param text the cell's words as printed, joined by single spaces
   * @param value the number, or null for an empty cell
   * @param percent true if the number carried a percent sign
   */
  public record Cell(String text, @Nullable BigDecimal value, boolean percent) {

    /**
     * Validates the components.
     *
     * @param text the cell's words, not null
     * @param value the number, or null for an empty cell
     * @param percent true if the number carried a percent sign
     */
    public Cell {
      requireNonNull(text, "text");
    }

    /** @return true if the cell has no value (a lone dash) */
    public boolean isBlank() {
      return value == null;
    }
  }

  /**
   * Splits a line into words at spaces (any kind) and tabs, noting the gap before each.
   *
   * @param text the line, not null
   * @return the words, never null
   */
  public static List<Token> tokens(String text) {
    requireNonNull(text, "text");
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int gap = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (PrintedText.isSpace(c)) {
        gap += c == '\t' ? PrintedText.WIDE_GAP : 1;
        i++;
        continue;
      }
      int start = i;
      while (i < n && !PrintedText.isSpace(text.charAt(i))) {
        i++;
      }
      String w = text.substring(start, i);
      out.add(new Token(w, out.isEmpty() ? 0 : gap, kind(w)));
      gap = 0;
    }
    return out;
  }

  static Kind kind(String w) {
    if (w.length() == 1 && Swedish.isMinus(w.charAt(0))) {
      return Kind.BLANK;
    }
    if (w.equals("%")) {
      return Kind.PERCENT_SIGN;
    }
    int i = 0;
    int n = w.length();
    if (Swedish.isMinus(w.charAt(0))) {
      i = 1;
    }
    if (n > 0 && w.charAt(n - 1) == '%') {
      n--;
    }
    int digits = 0;
    for (; i < n && Swedish.isDigit(w.charAt(i)); i++) {
      digits++;
    }
    if (digits == 0) {
      return Kind.WORD;
    }
    if (i < n && w.charAt(i) == ',') {
      i++;
      int decimals = 0;
      for (; i < n && Swedish.isDigit(w.charAt(i)); i++) {
        decimals++;
      }
      if (decimals == 0) {
        return Kind.WORD;
      }
    }
    return i == n ? Kind.DIGITS : Kind.WORD;
  }

  /**
   * How many ways the words can be read as exactly {@code cells} cells (capped at
   * {@code MAX_READINGS + 1}).
   *
   * @param words number words (each {@link Token#isNumeric()}), not null
   * @param cells the number of cells wanted, at least 1
   * @return the number of readings, at most {@code MAX_READINGS + 1}
   */
  public static int count(List<Token> words, int cells) {
    Ways ways = ways(words, cells);
    return ways == null ? 0 : (int) Math.min(ways.count()[0][cells], MAX_READINGS + 1);
  }

  /**
   * Every way to read the words as exactly {@code cells} cells, at most {@link #MAX_READINGS}.
   *
   * @param words number words (each {@link Token#isNumeric()}), not null
   * @param cells the number of cells wanted, at least 1
   * @return the readings, each a list of {@code cells} cells; empty if there is none or the run
   *     is longer than {@link #MAX_WORDS}; never null
   */
  public static List<List<Cell>> readings(List<Token> words, int cells) {
    Ways ways = ways(words, cells);
    List<List<Cell>> out = new ArrayList<>();
    if (ways == null || ways.count()[0][cells] == 0) {
      return out;
    }
    collect(words, 0, cells, ways, new ArrayList<>(), out);
    return out;
  }

  /**
   * The table behind the readings: {@code count[i][c]}, how many ways words i.. can be read as c
   * cells (capped); {@code ends[i]}, the positions after each cell that can start at word i.
   */
  private record Ways(long[][] count, int[][] ends) {}

  /** The table of the ways to read the words as cells, or null if the input is unusable. */
  private static Ways ways(List<Token> words, int cells) {
    requireNonNull(words, "words");
    int n = words.size();
    if (n == 0 || n > MAX_WORDS || cells < 1 || cells > n) {
      return null;
    }
    for (Token t : words) {
      if (!t.isNumeric()) {
        return null;
      }
    }
    long cap = MAX_READINGS + 1L;
    long[][] ways = new long[n + 1][cells + 1];
    int[][] ends = new int[n][];
    ways[n][0] = 1;
    for (int i = n - 1; i >= 0; i--) {
      ends[i] = cellEnds(words, i);
      for (int c = 1; c <= cells; c++) {
        long w = 0;
        for (int e : ends[i]) {
          if (e < 0) {
            break;
          }
          w = Math.min(cap, w + ways[e][c - 1]);
        }
        ways[i][c] = w;
      }
    }
    return new Ways(ways, ends);
  }

  /** The positions after each possible cell starting at word i; -1 ends the list. */
  private static int[] cellEnds(List<Token> words, int i) {
    int[] ends = new int[8];
    java.util.Arrays.fill(ends, -1);
    Token first = words.get(i);
    if (first.kind() == Kind.PERCENT_SIGN) {
      return ends; // a lone % cannot start a cell
    }
    if (first.kind() == Kind.BLANK) {
      ends[0] = i + 1;
      return ends;
    }
    if (first.bodyLength() > 1 && first.text().charAt(first.bodyStart()) == '0') {
      return ends; // "000" or "050" only continue a number: no number starts with a zero digit
    }
    int k = 0;
    int j = i;
    // a number: words i..j, then optionally a lone % after it
    while (true) {
      ends[k++] = j + 1;
      if (j + 1 < words.size() && words.get(j + 1).kind() == Kind.PERCENT_SIGN
          && !words.get(j).isPercent()) {
        ends[k - 1] = j + 2; // a lone % must join its number: replace the plain ending
      }
      if (k >= 7 || !words.get(j).canBeContinued() || j + 1 >= words.size()
          || !words.get(j + 1).canContinue()) {
        break;
      }
      j++;
    }
    return ends;
  }

  private static void collect(List<Token> words, int i, int cells, Ways ways,
      List<Cell> current, List<List<Cell>> out) {
    if (out.size() >= MAX_READINGS) {
      return;
    }
    if (cells == 0) {
      if (i == words.size()) {
        out.add(List.copyOf(current));
      }
      return;
    }
    if (ways.count()[i][cells] == 0) {
      return;
    }
    for (int e : ways.ends()[i]) {
      if (e < 0) {
        break;
      }
      if (ways.count()[e][cells - 1] == 0) {
        continue;
      }
      current.add(cell(words.subList(i, e)));
      collect(words, e, cells - 1, ways, current, out);
      current.remove(current.size() - 1);
    }
  }

  private static Cell cell(List<Token> ws) {
    Token first = ws.get(0);
    String text = first.text();
    if (ws.size() > 1) {
      StringBuilder joined = new StringBuilder(text);
      for (int k = 1; k < ws.size(); k++) {
        joined.append(' ').append(ws.get(k).text());
      }
      text = joined.toString();
    }
    if (first.kind() == Kind.BLANK) {
      return new Cell(text, null, false);
    }
    // the number as BigDecimal reads it ("-1234.5"): never longer than the cell's text
    char[] number = new char[text.length()];
    int length = 0;
    if (first.hasMinus()) {
      number[length++] = '-';
    }
    boolean percent = false;
    for (Token t : ws) {
      if (t.kind() == Kind.PERCENT_SIGN) {
        percent = true;
        continue;
      }
      String w = t.text();
      for (int i = t.bodyStart(); i < t.bodyEnd(); i++) {
        number[length++] = w.charAt(i);
      }
      if (t.hasDecimals()) { // only a number's last word has them
        number[length++] = '.';
        for (int i = t.bodyEnd() + 1; i < t.decimalsEnd(); i++) {
          number[length++] = w.charAt(i);
        }
      }
      percent |= t.isPercent();
    }
    return new Cell(text, new BigDecimal(number, 0, length), percent);
  }
}
