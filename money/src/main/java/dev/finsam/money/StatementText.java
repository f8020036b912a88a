package dev.finsam.money;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Prints a {@link Statement} as associations lay one out (<i>tryckt tabell</i>): a caption, a
 * header row "Belopp i tkr" with the column names, then one row a line, in one of the layouts of
 * {@link Statement.Layout}, with costs signed or positive by kind.
 *
 * <p>For example, in {@link Statement.Layout#SPACES} with signed costs: {@code "Insats NAFS -390
 * -394 -4"}. A difference column is printed right after the later of its two columns; an empty
 * cell is "-" (a row of empty cells between tabs would look like a heading). Numbers are printed by
 * {@link Amounts}.
 */
final class StatementText {

  private StatementText() {}

  static String print(Statement s, Statement.Layout layout, Statement.Signs signs) {
    List<Integer> order = order(s);
    boolean note = s.rows().stream().anyMatch(r -> r.note().isPresent());
    StringBuilder out = new StringBuilder();
    if (!s.caption().isEmpty()) {
      out.append(s.caption()).append('\n');
    }
    List<String> header = new ArrayList<>();
    header.add("Belopp i " + s.unit().symbol());
    if (note) {
      header.add("Not");
    }
    for (int k : order) {
      header.add(k >= 0 ? s.columns().get(k).name() : s.differences().get(-1 - k).name());
    }
    line(out, header, layout);
    if (layout == Statement.Layout.PIPES) {
      out.append("|---".repeat(header.size())).append("|\n");
    }
    for (StatementRow r : s.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(r.label());
      if (r.isHeading()) {
        line(out, cells, layout);
        continue;
      }
      if (note) {
        cells.add(r.note().isPresent() ? String.valueOf(r.note().getAsInt())
            : layout == Statement.Layout.SPACES ? null : "");
      }
      int sign = signs == Statement.Signs.SIGNED ? r.kind().sign() : 1;
      for (int k : order) {
        OptionalLong v = k >= 0 ? r.ore().get(k)
            : r.differenceOre().isEmpty() ? OptionalLong.empty()
                : r.differenceOre().get(-1 - k);
        cells.add(v.isPresent() ? number(sign * v.getAsLong(), s.unit(), layout) : "-");
      }
      cells.removeIf(c -> c == null);
      line(out, cells, layout);
    }
    return out.toString();
  }

  /** Value columns in order, each difference (as −1 − d) right after the later of its columns. */
  static List<Integer> order(Statement s) {
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < s.columns().size(); c++) {
      order.add(c);
      for (int d = 0; d < s.differences().size(); d++) {
        Statement.Difference diff = s.differences().get(d);
        if (Math.max(diff.actual(), diff.planned()) == c) {
          order.add(-1 - d);
        }
      }
    }
    return order;
  }

  private static String number(long ore, AmountUnit unit, Statement.Layout layout) {
    String n = Amounts.number(ore, unit);
    return layout == Statement.Layout.SPACES
        ? n.replace('\u202F', ' ').replace('\u00A0', ' ').replace('\u2009', ' ') : n;
  }

  private static void line(StringBuilder out, List<String> cells, Statement.Layout layout) {
    switch (layout) {
      case PIPES:
        out.append("| ").append(String.join(" | ", cells)).append(" |");
        break;
      case TABS:
        out.append(String.join("\t", cells));
        break;
      default:
        out.append(String.join(" ", cells));
    }
    out.append('\n');
  }
}
