package dev.finsam.money;

import dev.finsam.core.text.Swedish;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The table a board reads from a {@link ResultReport} (<i>sammanställning för styrelsen</i>):
 * each section's lines and computed sum, total costs, total revenue and the result, with the
 * deviation outcome − budget in money and in percent.
 *
 * <p>For example, the row {@code "Totala kostnader  13 836  11 676  −2 160  −15,6"}.
 */
final class ResultReportTable {

  private ResultReportTable() {}

  /** Lines before any heading, then each section's lines and sum, then the totals and result. */
  static List<ResultReport.Line> rows(ResultReport r) {
    List<ResultReport.Line> rows = new ArrayList<>();
    List<ResultReport.Line> lines = r.lines();
    lines.stream().filter(l -> l.section().isEmpty()).forEach(rows::add);
    for (StatementRow h : r.statement().rows()) {
      if (h.isHeading() && lines.stream().anyMatch(l -> l.section().equals(h.label()))) {
        lines.stream().filter(l -> l.section().equals(h.label())).forEach(rows::add);
        rows.add(r.sum(h.label()));
      }
    }
    rows.add(r.totalCosts());
    rows.add(r.totalRevenue());
    rows.add(r.result());
    return rows;
  }

  static String print(ResultReport r) {
    Statement s = r.statement();
    List<String> header = new ArrayList<>();
    header.add(("Belopp " + s.unit().symbol() + " " + r.period()).strip());
    s.columns().forEach(c -> header.add(c.name()));
    header.add("Avvikelse");
    header.add("Avv. %");
    List<String[]> rows = new ArrayList<>();
    String section = null;
    List<ResultReport.Line> all = rows(r);
    for (ResultReport.Line l : all) {
      boolean total = l.section().isEmpty() || l.label().startsWith("Summa ");
      if (!l.section().isEmpty() && !l.section().equals(section)) {
        section = l.section();
        String[] blank = new String[header.size()];
        java.util.Arrays.fill(blank, "");
        blank[0] = section;
        rows.add(blank);
      }
      List<String> cells = new ArrayList<>();
      cells.add((total ? "" : "  ") + l.label());
      for (int c = 0; c < s.columns().size(); c++) {
        OptionalLong v = l.ore(s.columns().get(c).kind());
        cells.add(v.isPresent() ? Amounts.number(v.getAsLong(), s.unit()) : "");
      }
      cells.add(Amounts.number(l.outcome() - l.budget(), s.unit()));
      cells.add(l.deviationPercent().map(Swedish::decimal).orElse(""));
      rows.add(cells.toArray(new String[0]));
    }
    return Tables.columns(header, rows);
  }
}
