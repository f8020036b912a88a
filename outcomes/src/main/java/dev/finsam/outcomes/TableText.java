package dev.finsam.outcomes;

import dev.finsam.core.NumberStyle;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
      } else if (hasPercent && ended) {
        pct = percent(dev.finsam.core.Fraction.of(c.total(), t.ended().total())
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
    return LegacyReader.parse(text, scheme);
  }
}
