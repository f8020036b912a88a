package dev.finsam.core.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as a user copies it from a published report (<i>publicerad text</i>): lines with their
 * numbers, typographic markup removed, and each line split into cells or into headings and rows.
 *
 * <p>For example, {@code PrintedText.lines("a\n**b**")} gives line 1 {@code "a"} and line 2
 * {@code "b"}. Three layouts occur: a Word table copied as tab-separated cells, a Markdown-style
 * table of {@code |}-separated cells, and a PDF's text where spaces both separate columns and group
 * digits and several rows may run together on one line ({@link #pieces}).
 *
 * <p>Everything here is one pass over the text, with no regular expressions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrintedText {

  /** How many spaces in a row separate columns (or a heading from a row) in a PDF's text. */
  public static final int WIDE_GAP = 2;

  private PrintedText() {}

  /**
   * One line of printed text.
   *
   * @param number the line number, from 1
   * @param text the line without markup, not stripped of spaces
   */
  public record Line(int number, String text) {

    /**
     * Validates the components.
     *
     * @param number the line number, from 1
     * @param text the text, not null
     */
    public Line {
      requireNonNull(text, "text");
      Checks.checkArgument(number >= 1, "number (%s) must be >= 1", number);
    }

    /** @return true if the line holds nothing but spaces */
    public boolean isBlank() {
      return text.isBlank();
    }

    /**
     * @return the index of the line's first character that is not whitespace (as
     *     {@link String#strip()} sees it), or the text's length if the line is blank
     */
    public int indent() {
      int i = 0;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    /** The index after the line's last character that is not whitespace; 0 if it is blank. */
    private int end() {
      int end = text.length();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return end;
    }

    /**
     * Whether the line is a tab-separated row whose first cell is empty: before its first tab
     * there is nothing but spaces. Its {@link #cells() cells} leave that cell out, as they do
     * for a row indented by a tab, so a reader that needs a label in the first cell asks here
     * whether the first of its cells is the label or the next column.
     *
     * @return true if the line has a tab, only spaces before it, and something after it
     */
    public boolean startsWithEmptyCell() {
      int tab = text.indexOf('\t');
      int indent = indent();
      return tab >= 0 && tab < indent && indent < text.length();
    }

    /** @return true if the line is a Markdown table row, between {@code |} */
    public boolean isPipeRow() {
      int from = indent();
      return from < text.length() && text.charAt(from) == '|' && end() - from > 1;
    }

    /** @return true if the line is a Markdown table's rule, e.g. {@code |---|--|} */
    public boolean isPipeRule() {
      if (!isPipeRow()) {
        return false;
      }
      for (int i = indent(), end = end(); i < end; i++) {
        char c = text.charAt(i);
        if (c != '|' && c != '-' && c != ':' && c != ' ') {
          return false;
        }
      }
      return true;
    }

    /**
     * The line's cells: between {@code |} for a Markdown row, between tabs if the line has one,
     * else between gaps of at least {@link #WIDE_GAP} spaces; each cell stripped.
     *
     * @return the cells, never null; a blank line has none
     */
    public List<String> cells() {
      int[] bounds = cellBounds();
      List<String> cells = new ArrayList<>(bounds.length / 2);
      for (int k = 0; k < bounds.length; k += 2) {
        cells.add(text.substring(bounds[k], bounds[k + 1]));
      }
      return cells;
    }

    /**
     * Where the line's {@link #cells() cells} are, so that a reader can read a cell in place (for
     * example with {@link Swedish#tryParseDecimal(CharSequence, int, int)}): cell {@code k} is
     * {@code text().substring(bounds[2 * k], bounds[2 * k + 1])}.
     *
     * @return the bounds, two for each cell, never null; a blank line has none
     */
    public int[] cellBounds() {
      int[] bounds = new int[2 * split(null)];
      split(bounds);
      return bounds;
    }

    /** Finds the cells and, if {@code bounds} is not null, puts their bounds in it; how many. */
    private int split(int[] bounds) {
      int begin = indent();
      int end = end();
      if (begin >= end) {
        return 0;
      }
      int n = 0;
      if (text.charAt(begin) == '|' && end - begin > 1) {
        int from = begin + 1;
        int last = text.charAt(end - 1) == '|' ? end - 1 : end;
        for (int i = begin + 1; i <= last; i++) {
          if (i == last || text.charAt(i) == '|') {
            n = cell(bounds, n, from, Math.max(from, i));
            from = i + 1;
          }
        }
        return n;
      }
      int tab = text.indexOf('\t', begin);
      if (tab >= 0 && tab < end) {
        int from = begin;
        for (int i = begin; i <= end; i++) {
          if (i == end || text.charAt(i) == '\t') {
            n = cell(bounds, n, from, i);
            from = i + 1;
          }
        }
        return n;
      }
      int from = begin;
      int spaces = 0;
      for (int i = begin; i < end; i++) {
        if (isSpace(text.charAt(i))) {
          spaces++;
        } else {
          if (spaces >= WIDE_GAP && from < i - spaces) {
            n = cell(bounds, n, from, i - spaces);
            from = i;
          }
          spaces = 0;
        }
      }
      return cell(bounds, n, from, end);
    }

    /**
     * Puts the bounds of cell {@code n}, the text from {@code from} to {@code to} stripped as
     * {@link String#strip()} strips it, in {@code bounds} if that is not null; one more cell.
     */
    private int cell(int[] bounds, int n, int from, int to) {
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (bounds != null) {
        bounds[2 * n] = from;
        bounds[2 * n + 1] = to;
      }
      return n + 1;
    }
  }

  /**
   * Splits text into lines (at {@code \n}, {@code \r\n} or {@code \r}), removing markup: bold
   * and underline markers ({@code **}, {@code __}) and HTML-like tags ({@code <i>}, {@code </u>},
   * {@code <p>}); a {@code <br>}, {@code </p>} or {@code <li>} becomes a space.
   *
   * @param text the text, not null
   * @return the lines in order, numbered from 1, never null
   */
  public static List<Line> lines(CharSequence text) {
    requireNonNull(text, "text");
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int number = 1;
    int start = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        lines.add(new Line(number++, stripMarkup(text, start, i)));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /**
   * The characters from {@code from} to {@code to} without bold and underline markers and
   * HTML-like tags; non-breaking and thin spaces become ordinary spaces, so that later steps see
   * one kind of space.
   */
  private static String stripMarkup(CharSequence s, int from, int to) {
    if (!hasMarkup(s, from, to)) {
      return s.subSequence(from, to).toString(); // most lines: copied once, as they stand
    }
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if ((c == '*' || c == '_') && i + 1 < to && s.charAt(i + 1) == c) {
        i++;
        continue;
      }
      if (c == '<') {
        int close = tagEnd(s, i, to);
        if (close > 0) {
          String tag = s.subSequence(i, close + 1).toString();
          if (tag.startsWith("<br") || tag.startsWith("</p") || tag.startsWith("<li")) {
            out.append(' ');
          }
          i = close;
          continue;
        }
      }
      out.append(c == '\u00A0' || c == '\u202F' || c == '\u2009' ? ' ' : c);
    }
    return out.toString();
  }

  /** True if a character from {@code from} to {@code to} may start markup or is a special space. */
  private static boolean hasMarkup(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '_' || c == '<' || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of an HTML-like tag starting at {@code i}, before {@code to}: an ASCII lower-case
   * letter or '/' then up to '>'.
   */
  private static int tagEnd(CharSequence s, int i, int to) {
    if (i + 1 >= to) {
      return -1;
    }
    char first = s.charAt(i + 1);
    if (!(first == '/' || (first >= 'a' && first <= 'z'))) {
      return -1;
    }
    int limit = Math.min(to, i + 200);
    for (int j = i + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '>') {
        return j;
      }
      if (c == '<' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  /**
   * A part of a line of a PDF's text: a heading (text without numbers, or text followed by a wide
   * gap and more text), or a row: a label and the number tokens after it.
   *
   * @param label the heading's text, or the row's label (may be empty for a row of numbers only)
   * @param tokens the row's number tokens in order, each with the gap before it; empty for a
   *     heading
   */
  public record Piece(String label, List<NumberTokens.Token> tokens) {

    /**
     * Validates the components.
     *
     * @param label the heading or label, not null
     * @param tokens the number tokens, not null
     */
    public Piece {
      requireNonNull(label, "label");
      tokens = List.copyOf(tokens);
    }

    /** @return true if this piece is a heading, with no numbers */
    public boolean isHeading() {
      return tokens.isEmpty();
    }
  }

  /**
   * Splits one line of a PDF's text into headings and rows: after a run of number tokens, the next
   * word starts a new row; inside a label, a wide gap separates a heading from the label after it.
   * For example, {@code "Insatser    Vännäs 380 380 0"} is the heading "Insatser" and the row
   * "Vännäs" with tokens 380, 380, 0.
   *
   * @param text the line's text, not null
   * @return the pieces in order, never null
   */
  public static List<Piece> pieces(String text) {
    requireNonNull(text, "text");
    List<Piece> pieces = new ArrayList<>();
    List<NumberTokens.Token> words = NumberTokens.tokens(text);
    StringBuilder label = new StringBuilder();
    List<NumberTokens.Token> numbers = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      NumberTokens.Token w = words.get(k);
      if (w.isNumeric()) {
        numbers.add(w);
        continue;
      }
      if (!numbers.isEmpty()) {
        pieces.add(new Piece(label.toString(), List.copyOf(numbers)));
        label.setLength(0);
        numbers.clear();
      }
      if (label.length() > 0 && w.gapBefore() >= WIDE_GAP) {
        pieces.add(new Piece(label.toString(), List.of()));
        label.setLength(0);
      }
      label.append(label.length() == 0 ? "" : " ").append(w.text());
    }
    if (!numbers.isEmpty() || label.length() > 0) {
      pieces.add(new Piece(label.toString(), List.copyOf(numbers)));
    }
    return pieces;
  }
}
