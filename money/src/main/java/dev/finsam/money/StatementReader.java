package dev.finsam.money;

import dev.finsam.core.text.Checks;
import dev.finsam.core.text.NumberTokens;
import dev.finsam.core.text.PrintedText;
import dev.finsam.core.text.Swedish;
import dev.finsam.money.StatementResolver.Raw;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a printed statement (<i>läsning av en tryckt rapport</i>) from its header row to its last
 * row: tab-separated (Word), between {@code |} (Markdown), or a PDF's text, where spaces both
 * group digits and separate columns and several rows may run together on one line.
 *
 * <p>For example, the line {@code "Summa omsättningstillgångar  10 194 601 9 517 431     Summa
 * tillgångar  10 194 601 9 517 431     Eget kapital och skulder"} is two sums and a heading.
 *
 * <p>Each row's cells are resolved from the header's column count and the table's own arithmetic:
 * first the row's own (budget − outcome = difference, up to sign, within one unit), then the
 * table's (each printed sum against the rows it adds, per column, see {@link StatementScope}), by
 * the bounded search of {@link RowSearch}. A row that stays ambiguous is reported as
 * {@code statement.row.ambiguous} (WARNING, listing its readings) and read without values; it is
 * never guessed. The statement ends at the next header row, at a numbered heading ("6.7 Noter",
 * "7 Styrelsens beslut") or at prose (a text of more than {@link #PROSE_WORDS} words); a page
 * footer ("Sida 19") and a footnote ("* Projektet är nettobudgeterat") are skipped; headings
 * after the last row are dropped. Everything is linear in
 * the text apart from the bounded search.
 */
final class StatementReader {

  /** A heading or label with more words than this is prose and ends the statement. */
  static final int PROSE_WORDS = 14;

  /** What kind of statement is read: it decides which words give a row its kind. */
  enum Context {
    /** A result report or summary: costs, revenue, results. */
    RESULT,
    /** A balance report: assets, equity, liabilities. */
    BALANCE,
    /** A note (<i>not</i>): its lines add as printed. */
    NOTE;

    /**
     * @param lines the statement's lines, not null
     * @return BALANCE if they speak of assets, NOTE if the first header is a note's ("Not 1.
     *     …"), else RESULT
     */
    static Context detect(List<PrintedText.Line> lines) {
      for (PrintedText.Line l : lines) {
        String t = l.text().toLowerCase(Locale.ROOT);
        if (t.contains("tillgång")) {
          return BALANCE;
        }
      }
      for (PrintedText.Line l : lines) {
        if (StatementHeader.read(l, true) != null) {
          return l.text().strip().startsWith("Not ") ? NOTE : RESULT;
        }
      }
      return RESULT;
    }
  }

  private StatementReader() {}

  /**
   * Reads the statement whose header is the first header row in {@code lines[from, to)}.
   *
   * @param lines the document's lines, not null
   * @param from the first line to look at (index)
   * @param to the line after the last (index)
   * @param context what is read, not null
   * @return the statement, never null
   * @throws IllegalArgumentException if there is no header or no row, or a row cannot be read;
   *     the message names the line
   */
  static Statement read(List<PrintedText.Line> lines, int from, int to, Context context) {
    return read(lines, from, to, context, null);
  }

  /**
   * As {@link #read(List, int, int, Context)}, with the sign convention declared.
   *
   * @param signs the convention, or null to detect it
   * @return the statement, never null
   */
  static Statement read(List<PrintedText.Line> lines, int from, int to, Context context,
      Statement.Signs signs) {
    boolean dated = context != Context.RESULT;
    int h = from;
    StatementHeader header = null;
    for (; h < to && header == null; h++) {
      header = StatementHeader.read(lines.get(h), dated);
    }
    if (header == null) {
      throw new IllegalArgumentException("statement (lines " + (from + 1) + " to " + to
          + ") must have a header row such as \"Belopp i tkr  Budget  Utfall  Avvikelse\"");
    }
    int headerLine = h; // 1-based number of the header line
    String caption = header.caption.isEmpty() ? captionBefore(lines, headerLine - 1)
        : header.caption;
    List<Raw> raws = rows(lines, headerLine, to, header, dated);
    while (!raws.isEmpty() && raws.get(raws.size() - 1).role == Statement.RowRole.HEADING) {
      raws.remove(raws.size() - 1);
    }
    if (raws.stream().noneMatch(r -> r.role != Statement.RowRole.HEADING)) {
      throw new IllegalArgumentException("statement at line " + headerLine
          + " must have at least one row of amounts under its header");
    }
    return StatementResolver.resolve(raws, header, caption, context, signs);
  }

  private static List<Raw> rows(List<PrintedText.Line> lines, int start, int to,
      StatementHeader header, boolean dated) {
    List<Raw> raws = new ArrayList<>();
    boolean continuation = true;
    for (int i = start; i < to; i++) {
      PrintedText.Line line = lines.get(i);
      if (line.isBlank() || line.isPipeRule()) {
        continue;
      }
      if (StatementHeader.read(line, dated) != null) {
        break;
      }
      if (line.isPipeRow() || line.text().indexOf('\t') >= 0) {
        Raw r = separated(line, header);
        if (r != null) {
          raws.add(r);
        }
        continuation = false;
        continue;
      }
      List<PrintedText.Piece> pieces = PrintedText.pieces(line.text());
      for (int j = 0; j < pieces.size(); j++) {
        PrintedText.Piece p = pieces.get(j);
        if (continuation && isHeaderContinuation(p)) {
          continue;
        }
        continuation = false;
        if (isEnd(pieces, j)) {
          return raws;
        }
        if (p.isHeading()) {
          if (!p.label().startsWith("*")) { // "* Projektet är nettobudgeterat" is a footnote
            raws.add(new Raw(line.number(), p.label(), Statement.RowRole.HEADING));
          }
          continue;
        }
        if (p.label().equalsIgnoreCase("sida") && p.tokens().size() == 1) {
          continue;
        }
        String label = p.label();
        if (label.isEmpty() && j == 0 && !raws.isEmpty()
            && raws.get(raws.size() - 1).role == Statement.RowRole.HEADING
            && raws.get(raws.size() - 1).line == line.number() - 1) {
          label = raws.remove(raws.size() - 1).label; // the label on one line, its amounts below
        }
        split(line.number(), label, p.tokens(), header, raws);
      }
    }
    return raws;
  }

  /**
   * Adds a row; if its numbers are more than the header's cells, the numbers after the last wide
   * gap are a row of their own without a label (a sum printed beside the last line).
   */
  private static void split(int line, String label, List<NumberTokens.Token> tokens,
      StatementHeader header, List<Raw> raws) {
    List<NumberTokens.Token> head = tokens;
    List<Raw> tail = new ArrayList<>();
    RowReadings.Readings[] full = new RowReadings.Readings[1];
    while (!readable(label, head, header, full)) {
      int gap = -1;
      for (int k = head.size() - 1; k > 0 && gap < 0; k--) {
        if (head.get(k).gapBefore() >= PrintedText.WIDE_GAP) {
          gap = k;
        }
      }
      if (gap < 0) {
        break;
      }
      Raw t = new Raw(line, "", Statement.RowRole.SUM);
      t.tokens = head.subList(gap, head.size());
      tail.add(0, t);
      head = head.subList(0, gap);
    }
    Raw r = new Raw(line, label, role(label));
    r.tokens = head;
    r.full = full[0];
    raws.add(r);
    raws.addAll(tail);
  }

  private static boolean readable(String label, List<NumberTokens.Token> tokens,
      StatementHeader header, RowReadings.Readings[] out) {
    boolean sum = role(label) == Statement.RowRole.SUM;
    boolean checked = !header.differences.isEmpty();
    RowReadings.Readings full = RowReadings.of(tokens, header.cells(), header.note, sum,
        header.unit, false, checked);
    out[0] = full;
    return full.truncated() || !full.list().isEmpty() || !RowReadings.of(tokens, header.cells(),
        header.note, sum, header.unit, true, checked).list().isEmpty();
  }

  private static Statement.RowRole role(String label) {
    return StatementScope.type(label) == StatementScope.SumType.NONE ? Statement.RowRole.LINE
        : Statement.RowRole.SUM;
  }

  /** A tab-separated or Markdown row: its cells are known, so it has one reading. */
  private static Raw separated(PrintedText.Line line, StatementHeader header) {
    List<String> cells = line.cells();
    if (cells.isEmpty()) {
      return null;
    }
    String label = cells.get(0);
    // "\t3 108 000\t2 900 000": the label's cell is empty; the first amount is not the label
    if (line.startsWithEmptyCell() && Swedish.tryParseDecimal(label) != null) {
      throw new IllegalArgumentException("line " + line.number() + " (\""
          + Checks.abbreviate(line.text().strip()) + "\") must have a label in its first cell; "
          + "it is empty");
    }
    List<String> rest = cells.subList(1, cells.size());
    if (rest.stream().allMatch(c -> c.isEmpty())) {
      return label.isEmpty() ? null : new Raw(line.number(), label, Statement.RowRole.HEADING);
    }
    int expected = header.cells() + (header.note ? 1 : 0);
    Checks.checkArgument(rest.size() <= expected,
        "line %s (\"%s\") must have at most %s cells after its label, as its header has",
        line.number(), line.text().strip(), expected);
    int note = 0;
    int k = 0;
    if (header.note) {
      String n = rest.get(0);
      if (!n.isEmpty()) {
        Checks.checkArgument(StatementHeader.isNoteNumber(n),
            "note of line %s (\"%s\") must be a number from 1 to 999", line.number(), n);
        note = Integer.parseInt(n.replace(".", ""));
      }
      k = 1;
    }
    Long[] values = new Long[header.cells()];
    for (int c = 0; c < header.cells(); c++, k++) {
      String cell = k < rest.size() ? rest.get(k) : "";
      if (cell.isEmpty() || (cell.length() == 1 && Swedish.isMinus(cell.charAt(0)))) {
        continue;
      }
      BigDecimal v = Swedish.tryParseDecimal(cell);
      Long ore = v == null ? null : RowReadings.ore(v, header.unit);
      Checks.checkArgument(ore != null, "cell %s of line %s (\"%s\") must be an amount such as "
          + "\"3 108 000\" or \"−68\"", c + 1, line.number(), cell);
      values[c] = ore;
    }
    Raw r = new Raw(line.number(), label, role(label));
    r.fixed = true;
    r.readings.add(new RowReadings.Reading("", note, values));
    return r;
  }

  /** The rest of a header split over two lines: "- 2017-12-31  - 2016-12-31". */
  private static boolean isHeaderContinuation(PrintedText.Piece p) {
    for (String w : StatementHeader.SPACES.split(p.label())) {
      if (!w.isEmpty() && !StatementHeader.isDate(w) && !(w.length() == 1
          && Swedish.isMinus(w.charAt(0)))) {
        return false;
      }
    }
    return p.tokens().stream().allMatch(t -> t.kind() == NumberTokens.Kind.BLANK);
  }

  /** A numbered heading ("6.7 Noter", "7 Styrelsens beslut") or prose ends a statement. */
  private static boolean isEnd(List<PrintedText.Piece> pieces, int j) {
    PrintedText.Piece p = pieces.get(j);
    String label = p.label();
    int words = label.isEmpty() ? 0 : 1;
    for (int k = 0; k < label.length() && words <= PROSE_WORDS; k++) {
      words += label.charAt(k) == ' ' ? 1 : 0;
    }
    if (words > PROSE_WORDS) {
      return true;
    }
    if (p.isHeading()) {
      int space = label.indexOf(' ');
      return isSectionNumber(space < 0 ? label : label.substring(0, space));
    }
    return p.label().isEmpty() && p.tokens().size() == 1 && j + 1 < pieces.size()
        && pieces.get(j + 1).isHeading() && p.tokens().get(0).text().length() <= 2
        && p.tokens().get(0).kind() == NumberTokens.Kind.DIGITS;
  }

  private static boolean isSectionNumber(String w) {
    boolean dot = false;
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '.') {
        dot = true;
      } else if (Swedish.isDigit(c)) {
        digit = true;
      } else {
        return false;
      }
    }
    return dot && digit && !w.startsWith(".");
  }

  /**
   * The caption: the last short heading on the nearest text line up to three lines above the
   * header (a PDF's text puts it at the end of the line before, after the last table's rows).
   */
  static String captionBefore(List<PrintedText.Line> lines, int header) {
    for (int i = header - 1; i >= Math.max(0, header - 3); i--) {
      PrintedText.Line l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      if (l.isPipeRow() || l.text().indexOf('\t') >= 0) {
        return "";
      }
      List<PrintedText.Piece> pieces = PrintedText.pieces(l.text());
      PrintedText.Piece last = pieces.get(pieces.size() - 1);
      StringBuilder text = new StringBuilder(last.label());
      for (NumberTokens.Token t : last.tokens()) {
        text.append(text.length() == 0 ? "" : " ").append(t.text());
      }
      String caption = text.toString().strip();
      return StatementHeader.SPACES.split(caption).length <= 10 ? caption : "";
    }
    return "";
  }

}
