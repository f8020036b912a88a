package dev.finsam.core.text;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.internal.Nullable;
import java.math.BigDecimal;
import java.math.BigInteger;
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

    /** The digits before any comma, without minus or percent. */
    String body() {
      int from = hasMinus() ? 1 : 0;
      int to = text.length();
      if (text.charAt(to - 1) == '%') {
        to--;
      }
      int comma = text.indexOf(',');
      return text.substring(from, comma >= 0 ? comma : to);
    }

    String decimals() {
      int comma = text.indexOf(',');
      if (comma < 0) {
        return "";
      }
      int to = text.charAt(text.length() - 1) == '%' ? text.length() - 1 : text.length();
      return text.substring(comma + 1, to);
    }

    boolean isPercent() {
      return kind == Kind.DIGITS && text.charAt(text.length() - 1) == '%';
    }

    /** May this word continue the number before it? */
    boolean canContinue() {
      return kind == Kind.DIGITS && !hasMinus() && body().length() == 3 && gapBefore < PrintedText.WIDE_GAP;
    }

    /** May a following word continue the number this word ends? */
    boolean canBeContinued() {
      return kind == Kind.DIGITS && !isPercent() && decimals().isEmpty() && body().length() <= 3;
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
    long[][] ways = ways(words, cells);
    return ways == null ? 0 : (int) Math.min(ways[0][cells], MAX_READINGS + 1);
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
    long[][] ways = ways(words, cells);
    List<List<Cell>> out = new ArrayList<>();
    if (ways == null || ways[0][cells] == 0) {
      return out;
    }
    collect(words, 0, cells, ways, new ArrayList<>(), out);
    return out;
  }

  /**
   * ways[i][c]: how many ways words i.. can be read as c cells (capped), or null if the input is
   * unusable.
   */
  private static long[][] ways(List<Token> words, int cells) {
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
    ways[n][0] = 1;
    for (int i = n - 1; i >= 0; i--) {
      int[] ends = cellEnds(words, i);
      for (int c = 1; c <= cells; c++) {
        long w = 0;
        for (int e : ends) {
          if (e < 0) {
            break;
          }
          w = Math.min(cap, w + ways[e][c - 1]);
        }
        ways[i][c] = w;
      }
    }
    return ways;
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
    if (first.body().length() > 1 && first.body().charAt(0) == '0') {
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

  private static void collect(List<Token> words, int i, int cells, long[][] ways,
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
    if (ways[i][cells] == 0) {
      return;
    }
    for (int e : cellEnds(words, i)) {
      if (e < 0) {
        break;
      }
      if (ways[e][cells - 1] == 0) {
        continue;
      }
      current.add(cell(words.subList(i, e)));
      collect(words, e, cells - 1, ways, current, out);
      current.remove(current.size() - 1);
    }
  }

  private static Cell cell(List<Token> ws) {
    StringBuilder text = new StringBuilder();
    for (Token t : ws) {
      text.append(text.length() == 0 ? "" : " ").append(t.text());
    }
    Token first = ws.get(0);
    if (first.kind() == Kind.BLANK) {
      return new Cell(text.toString(), null, false);
    }
    StringBuilder digits = new StringBuilder();
    String decimals = "";
    boolean percent = false;
    for (Token t : ws) {
      if (t.kind() == Kind.PERCENT_SIGN) {
        percent = true;
        continue;
      }
      digits.append(t.body());
      decimals = t.decimals();
      percent |= t.isPercent();
    }
    BigDecimal v = new BigDecimal(new BigInteger(digits.append(decimals).toString()),
        decimals.length());
    return new Cell(text.toString(), first.hasMinus() ? v.negate() : v, percent);
  }
}
