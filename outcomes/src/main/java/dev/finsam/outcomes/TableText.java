package dev.finsam.outcomes;

import dev.finsam.core.Fraction;
import dev.finsam.core.NumberStyle;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.PrintedText;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An outcome table as text (<i>tabellen i text</i>): printed as a report shows it and as CSV, and
 * read back from what reports print. Printing and reading live here together, so that
 * {@code OutcomeTables.parse(t.toString())} gives {@code t} back.
 */
final class TableText {

  /** The column headings, as the annual report 2017 prints them. */
  static final String WOMEN = "Kvinnor";
  static final String MEN = "Män";
  static final String TOTAL = "Totalt";
  static final String PERCENT = "%";
  private static final String GAP = "  ";

  private TableText() {}

  /** Label, women, men, total, percent per row; blanks where not given. */
  static List<String[]> cells(OutcomeTable t, NumberStyle style) {
    List<String[]> rows = new ArrayList<>();
    boolean ended = t.hasEnded();
    for (Map.Entry<OutcomeRow, Count> e : t.rows().entrySet()) {
      OutcomeRow row = e.getKey();
      Count c = e.getValue();
      BigDecimal printed = t.publishedPercents().get(row);
      boolean hasPercent = row.kind() == OutcomeRow.Kind.CATEGORY
          || row.kind() == OutcomeRow.Kind.LONG_TERM_SUBTOTAL;
      String pct = "";
      if (printed != null) {
        pct = percent(printed, style);
      } else if (hasPercent && ended && c.total() <= t.ended().total()) {
        pct = percent(Fraction.of(c.total(), t.ended().total())
            .toPercent(RoundingMode.HALF_UP, 0), style);
      }
      rows.add(new String[] {t.scheme().label(row),
          c.bySex() ? Swedish.integer(c.women(), style) : "",
          c.bySex() ? Swedish.integer(c.men(), style) : "", Swedish.integer(c.total(), style),
          pct});
    }
    return rows;
  }

  private static String percent(BigDecimal p, NumberStyle style) {
    return Swedish.withUnit(Swedish.decimal(p, style), "%", style);
  }

  /** The table as a report prints it: a header row, then aligned columns two spaces apart. */
  static String print(OutcomeTable t) {
    List<String[]> rows = cells(t, NumberStyle.SWEDISH);
    rows.add(0, new String[] {"", WOMEN, MEN, TOTAL, PERCENT});
    int[] width = new int[5];
    for (String[] r : rows) {
      for (int i = 0; i < 5; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(r[0]);
      pad(line, width[0] - r[0].length());
      for (int i = 1; i < 5; i++) {
        line.append(GAP);
        pad(line, width[i] - r[i].length());
        line.append(r[i]);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  private static void pad(StringBuilder sb, int n) {
    for (int i = 0; i < n; i++) {
      sb.append(' ');
    }
  }

  /** The table as CSV: a header row, then one row a line, numbers in the ASCII style. */
  static String toCsv(OutcomeTable t) {
    StringBuilder sb = new StringBuilder("rad;kvinnor;män;totalt;procent\n");
    for (String[] r : cells(t, NumberStyle.ASCII)) {
      sb.append(String.join(";", r)).append('\n');
    }
    return sb.toString();
  }

  static OutcomeTable parse(String text, OutcomeScheme scheme) {
    return read(PrintedText.lines(text), scheme);
  }

  /**
   * Reads a table from its lines: rows matched by meaning, each at most once; headings, captions
   * and footnotes skipped; among a row's readings the one the table's arithmetic allows.
   */
  static OutcomeTable read(List<PrintedText.Line> lines, OutcomeScheme scheme) {
    Map<OutcomeRow, RowReader.Row> rows = new LinkedHashMap<>();
    for (PrintedText.Line line : lines) {
      if (line.isBlank() || line.isPipeRule() || isHeader(line) || isCaption(line)
          || isFootnote(line)) {
        continue;
      }
      RowReader.Row r = RowReader.read(line);
      if (r == null) {
        if (isText(line)) {
          continue;
        }
        throw RowReader.bad(line, "is not a row of the table: it has no numbers");
      }
      OutcomeRow row;
      try {
        row = scheme.vocabulary().row(r.label());
      } catch (IllegalArgumentException e) {
        throw RowReader.bad(line, "has the label \"" + Checks.abbreviate(r.label()) + "\": "
            + e.getMessage());
      }
      if (row == null) {
        throw RowReader.bad(line, "has the label \"" + Checks.abbreviate(r.label())
            + "\", which is not a row of the " + scheme + " scheme");
      }
      RowReader.Row before = rows.putIfAbsent(row, r);
      if (before != null) {
        throw RowReader.bad(line, "gives the row \"" + scheme.label(row) + "\" again; line "
            + before.line().number() + " (\"" + Checks.abbreviate(before.line().text().strip())
            + "\") gave it first");
      }
    }
    if (!rows.containsKey(OutcomeRow.PARTICIPANTS)) {
      String where = lines.isEmpty() ? "line 1" : "lines " + lines.get(0).number() + " to "
          + lines.get(lines.size() - 1).number();
      throw new IllegalArgumentException(where + ": the table has no row of participants (\""
          + scheme.label(OutcomeRow.PARTICIPANTS) + "\")");
    }
    return build(scheme, rows);
  }

  private static OutcomeTable build(OutcomeScheme scheme, Map<OutcomeRow, RowReader.Row> rows) {
    long ended = -1;
    RowReader.Row endedRow = rows.get(OutcomeRow.ENDED);
    if (endedRow != null && endedRow.readings().size() == 1) {
      ended = endedRow.readings().get(0).count().total();
    }
    // a row read more ways than one: the printed percentage, then the table's sums, choose;
    // a row keeps only the readings its percentage allows, if it allows any
    long combinations = 1;
    for (Map.Entry<OutcomeRow, RowReader.Row> e : rows.entrySet()) {
      RowReader.Row row = e.getValue();
      if (row.readings().size() > 1) {
        List<RowReader.Reading> fit = byPercent(row.readings(), ended);
        if (!fit.isEmpty()) {
          row = new RowReader.Row(row.line(), row.label(), fit);
          e.setValue(row);
        }
      }
      combinations = Math.min(MAX_COMBINATIONS + 1, combinations * row.readings().size());
    }
    if (combinations == 1) {
      return table(scheme, rows, new int[rows.size()]);
    }
    OutcomeTable found = null;
    int matches = 0;
    int[] pick = new int[rows.size()];
    for (long k = 0; k < combinations && combinations <= MAX_COMBINATIONS; k++) {
      OutcomeTable t = table(scheme, rows, pick);
      if (Equations.of(t).broken().isEmpty()) {
        found = t;
        matches++;
      }
      next(pick, rows);
    }
    if (matches == 1) {
      return found;
    }
    for (RowReader.Row row : rows.values()) {
      if (row.readings().size() > 1) {
        StringBuilder ways = new StringBuilder();
        for (RowReader.Reading x : row.readings()) {
          ways.append(ways.length() == 0 ? "" : "; or ").append(x.text());
        }
        throw RowReader.bad(row.line(), "can be read in " + row.readings().size()
            + " ways (" + ways + "), and the table's sums do not tell which");
      }
    }
    throw new IllegalStateException("unreachable: no row was read more ways than one");
  }

  /** The most combinations of readings tried against the table's sums. */
  private static final int MAX_COMBINATIONS = 64;

  private static void next(int[] pick, Map<OutcomeRow, RowReader.Row> rows) {
    int i = 0;
    for (RowReader.Row row : rows.values()) {
      if (++pick[i] < row.readings().size()) {
        return;
      }
      pick[i++] = 0;
    }
  }

  /** The table of one reading of each row: {@code pick[i]} of the i-th row's readings. */
  private static OutcomeTable table(OutcomeScheme scheme, Map<OutcomeRow, RowReader.Row> rows,
      int[] pick) {
    OutcomeTable.Builder b = OutcomeTable.builder(scheme);
    int i = 0;
    for (Map.Entry<OutcomeRow, RowReader.Row> e : rows.entrySet()) {
      RowReader.Reading reading = e.getValue().readings().get(pick[i++]);
      Equations.put(b, e.getKey(), reading.count());
      OutcomeRow.Kind kind = e.getKey().kind();
      if (reading.percent() != null && (kind == OutcomeRow.Kind.CATEGORY
          || kind == OutcomeRow.Kind.LONG_TERM_SUBTOTAL)) {
        b.putPublishedPercents(e.getKey(), reading.percent());
      }
    }
    return b.build();
  }

  /** The readings whose printed percentage is their share of the ended. */
  private static List<RowReader.Reading> byPercent(List<RowReader.Reading> readings, long ended) {
    List<RowReader.Reading> fit = new ArrayList<>();
    for (RowReader.Reading x : readings) {
      BigDecimal p = x.percent();
      if (p != null && ended > 0
          && Shares.percentHalfUp(x.count().total(), ended, p.scale()).compareTo(p) == 0) {
        fit.add(x);
      }
    }
    return fit;
  }

  /** A header row: the words "Kvinnor" and "Män" in a short line. */
  static boolean isHeader(PrintedText.Line line) {
    String text = line.text();
    if (text.length() > 200 || !Vocabulary.mentions(text, "kvinnor")
        || !Vocabulary.mentions(text, "män")) {
      return false; // most lines: no need to split them into words
    }
    List<String> words = Vocabulary.of(text).words();
    return words.size() <= 12 && words.contains("kvinnor") && words.contains("män");
  }

  /** A caption: "Tabell 7. …". */
  static boolean isCaption(PrintedText.Line line) {
    String s = line.text();
    int from = line.indent();
    return from + 7 < s.length() && s.regionMatches(true, from, "tabell ", 0, 7)
        && Swedish.isDigit(s.charAt(from + 7));
  }

  /** A footnote: "* …"; the line is not blank. */
  private static boolean isFootnote(PrintedText.Line line) {
    char c = line.text().charAt(line.indent());
    return c == '*' || c == '\u2020';
  }

  /** Text that is not a row: a heading or a footnote, starting with a letter or a mark. */
  private static boolean isText(PrintedText.Line line) {
    char c = line.text().charAt(line.indent());
    return Character.isLetter(c) || c == '*' || c == '|' || c == '\u00B9' || c == '\u00B2'
        || c == '\u00B3' || c == '\u2020';
  }
}
