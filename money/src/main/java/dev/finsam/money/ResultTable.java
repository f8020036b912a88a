package dev.finsam.money;

import dev.finsam.core.text.Swedish;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ResultReport} as the table the board reads (<i>resultatrapportens tabell</i>):
 * sections, their lines and sums, the totals and the result, with the deviation in money and in
 * percent, and the forecast and last year where any line has them.
 */
final class ResultTable {

  private ResultTable() {}

  static String print(ResultReport r) {
    List<ResultReport.Line> lines = r.lines();
    boolean forecast = lines.stream().anyMatch(l -> l.forecast().isPresent());
    boolean last = lines.stream().anyMatch(l -> l.lastYear().isPresent());
    List<String> header = new ArrayList<>(List.of("Belopp " + r.unit().symbol() + " "
        + r.period(), "Budget", "Utfall", "Avvikelse", "Avv. %"));
    if (forecast) {
      header.add("Prognos");
    }
    if (last) {
      header.add("Föreg. år");
    }
    List<String[]> rows = new ArrayList<>();
    for (String s : r.sections()) {
      rows.add(blank(s, header.size()));
      for (ResultReport.Line l : lines) {
        if (l.section().equals(s)) {
          rows.add(row(r, "  " + l.label(), l, forecast, last));
        }
      }
      ResultReport.Line sum = r.sum(s);
      rows.add(row(r, sum.label(), sum, forecast, last));
    }
    rows.add(row(r, "Totala kostnader", r.totalCosts(), forecast, last));
    rows.add(row(r, "Totala intäkter", r.totalRevenue(), forecast, last));
    rows.add(row(r, "Resultat", r.result(), forecast, last));
    return Tables.columns(header, rows);
  }

  private static String[] blank(String label, int n) {
    String[] row = new String[n];
    Arrays.fill(row, "");
    row[0] = label;
    return row;
  }

  private static String[] row(ResultReport r, String label, ResultReport.Line l,
      boolean forecast, boolean last) {
    List<String> row = new ArrayList<>(List.of(label, r.n(l.budget()), r.n(l.outcome()),
        r.n(l.outcome() - l.budget()), l.deviationPercent().map(Swedish::decimal).orElse("")));
    if (forecast) {
      row.add(l.forecast().map(r::n).orElse(""));
    }
    if (last) {
      row.add(l.lastYear().map(r::n).orElse(""));
    }
    return row.toArray(new String[0]);
  }

  static List<Map<String, Object>> records(ResultReport r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ResultReport.Line l : allRows(r)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("section", l.section());
      m.put("label", l.label());
      m.put("budget", l.budget());
      m.put("outcome", l.outcome());
      m.put("deviation", l.outcome() - l.budget()); // fits: checked when the line was made
      m.put("deviationPercent", l.deviationPercent().orElse(null));
      m.put("forecast", l.forecast().orElse(null));
      m.put("lastYear", l.lastYear().orElse(null));
      out.add(m);
    }
    return out;
  }

  private static List<ResultReport.Line> allRows(ResultReport r) {
    List<ResultReport.Line> rows = new ArrayList<>();
    for (String s : r.sections()) {
      rows.addAll(r.lines().stream().filter(l -> l.section().equals(s)).toList());
      rows.add(r.sum(s));
    }
    rows.add(r.totalCosts());
    rows.add(r.totalRevenue());
    rows.add(r.result());
    return rows;
  }
}
