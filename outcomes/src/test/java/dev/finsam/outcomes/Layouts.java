package dev.finsam.outcomes;

import dev.finsam.core.Fraction;
import dev.finsam.core.NumberStyle;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints an outcome table the ways published reports do, written independently of the library's
 * own printing: Word (tabs), Markdown (pipes), a PDF's text (single spaces, digits grouped by any
 * Swedish group space), and labels carrying the period.
 */
final class Layouts {

  private Layouts() {}

  enum Layout { TABS, PIPES, SPACES }

  /** The group spaces a report may use between digit groups. */
  static final char[] GROUP_SPACES = {' ', '\u00A0', '\u202F', '\u2009'};

  /** The period a label may carry: none, a tertial, a year, "t.o.m.". */
  static final String[][] PERIODS = {
      {"Antal deltagare totalt", "varav nya för året", "Totalt antal avslutade under året",
          "Antal kvar i verksamheten"},
      {"Antal deltagare T1", "varav nya för T1", "Totalt antal avslutade T1", "Antal kvar T1"},
      {"Antal deltagare 2021", "varav nya 2021", "Totalt antal avslutade 2021",
          "Antal kvar i verksamheten 2021"},
      {"Antal deltagare t.o.m. T2", "varav nya t.o.m. T2", "Totalt antal avslutade t.o.m. T2",
          "Kvar i verksamheten t.o.m. T2"},
      {"Deltagare T3", "Nya T3", "Avslutade T3", "Kvar T3"}};

  static String print(OutcomeTable t, Layout layout, int period, int group) {
    char sep = GROUP_SPACES[group % GROUP_SPACES.length];
    StringBuilder sb = new StringBuilder();
    switch (layout) {
      case TABS:
        sb.append("Tertial 1\tKvinnor\tMän\tTotalt\t%\n");
        break;
      case PIPES:
        sb.append("| | Kvinnor | Män | Totalt | % |\n|---|---:|---:|---:|---:|\n");
        break;
      default:
        sb.append("Kvinnor Män Totalt %\n");
    }
    for (Map.Entry<OutcomeRow, Count> e : t.rows().entrySet()) {
      OutcomeRow row = e.getKey();
      Count c = e.getValue();
      String label = label(t.scheme(), row, period);
      String w = c.bySex() ? number(c.women(), sep) : "";
      String m = c.bySex() ? number(c.men(), sep) : "";
      String total = number(c.total(), sep);
      String pct = percent(t, row, c, group);
      switch (layout) {
        case TABS:
          sb.append(label).append('\t').append(w).append('\t').append(m).append('\t')
              .append(total).append('\t').append(pct).append('\n');
          break;
        case PIPES:
          sb.append("| ").append(label).append(" | ").append(w).append(" | ").append(m)
              .append(" | ").append(total).append(" | ").append(pct).append(" |\n");
          break;
        default:
          sb.append(label);
          for (String cell : new String[] {w, m, total, pct}) {
            if (!cell.isEmpty()) {
              sb.append(' ').append(cell);
            }
          }
          sb.append('\n');
      }
    }
    return sb.toString();
  }

  static String label(OutcomeScheme scheme, OutcomeRow row, int period) {
    String[] fixed = PERIODS[period % PERIODS.length];
    switch (row.kind()) {
      case PARTICIPANTS:
        return fixed[0];
      case NEWCOMERS:
        return fixed[1];
      case ENDED:
        return fixed[2];
      case REMAINING:
        return fixed[3];
      default:
        return scheme.label(row);
    }
  }

  /** Digits in groups of three, written out by hand. */
  static String number(long n, char sep) {
    String digits = Long.toString(n);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(sep);
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  /** The printed percentage, else the share half up; attached or apart from the sign. */
  static String percent(OutcomeTable t, OutcomeRow row, Count c, int group) {
    BigDecimal p = t.publishedPercents().get(row);
    boolean hasPercent = row.kind() == OutcomeRow.Kind.CATEGORY
        || row.kind() == OutcomeRow.Kind.LONG_TERM_SUBTOTAL;
    if (p == null && hasPercent && t.hasEnded() && c.total() <= t.ended().total()) {
      p = Fraction.of(c.total(), t.ended().total()).toPercent(RoundingMode.HALF_UP, 0);
    }
    if (p == null) {
      return "";
    }
    String text = Swedish.decimal(p, NumberStyle.ASCII);
    return group % 2 == 0 ? text + "%" : text + " %";
  }

  /** Every row's count as a list, for changing one. */
  static List<OutcomeRow> rows(OutcomeTable t) {
    return new ArrayList<>(t.rows().keySet());
  }
}
