package dev.finsam.money;

import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The table a board reads from a {@link ResultReport} (<i>sammanställning för styrelsen</i>):
 * each section's lines and computed sum, total costs, total revenue and the result, with the
 * deviation outcome − budget in money and in percent.
 *
 * <p>For example, the row {@code "Totala kostnader  13 836  11 676  −2 160  −15,6"}. Also the
 * report's sums of lines, its records for other applications and its period.
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

  /** The period: the caption's after "Resultatrapport", else its year, else the header's. */
  static String period(Statement s, String captionWord) {
    String caption = s.caption();
    if (caption.startsWith(captionWord + " ")) {
      return caption.substring(captionWord.length() + 1).strip();
    }
    String year = year(caption);
    for (int i = 0; year.isEmpty() && i < s.columns().size(); i++) {
      year = year(s.columns().get(i).name());
    }
    return year;
  }

  private static String year(String text) {
    for (String w : text.split("[\\s\\-]+")) {
      if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20"))
          && w.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return w;
      }
    }
    return "";
  }

  /** Makes every sum the report's accessors give, so that one that cannot be made fails now. */
  static void requireSums(ResultReport r) {
    r.statement().rows().stream().filter(StatementRow::isHeading).map(StatementRow::label)
        .forEach(r::sum);
    r.result();
  }

  /** (outcome − budget) / |budget| in percent, one decimal, half up; empty for a zero budget. */
  static java.util.Optional<java.math.BigDecimal> deviationPercent(long outcome, long budget) {
    return budget == 0 ? java.util.Optional.empty() : java.util.Optional.of(
        dev.finsam.core.Fraction.of(java.math.BigInteger.valueOf(outcome)
            .subtract(java.math.BigInteger.valueOf(budget)), java.math.BigInteger.valueOf(
                Math.abs(budget))).toPercent(java.math.RoundingMode.HALF_UP, 1));
  }

  static java.util.Optional<Long> boxed(OptionalLong v) {
    return v.isPresent() ? java.util.Optional.of(v.getAsLong()) : java.util.Optional.empty();
  }

  /** The sum of lines per column; a column where no line has a value has none. */
  static ResultReport.Line total(Statement s, String section, String label,
      List<ResultReport.Line> ls) {
    List<OptionalLong> sums = new ArrayList<>();
    for (int c = 0; c < s.columns().size(); c++) {
      boolean any = false;
      long sum = 0;
      for (ResultReport.Line l : ls) {
        OptionalLong v = l.values.get(c);
        if (v.isPresent()) {
          any = true;
          sum = Checks.add(sum, v.getAsLong(), "sum of " + label);
        }
      }
      sums.add(any ? OptionalLong.of(sum) : OptionalLong.empty());
    }
    return new ResultReport.Line(section, label, null, sums, s);
  }

  static List<Map<String, Object>> records(ResultReport r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ResultReport.Line l : rows(r)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("section", l.section());
      m.put("label", l.label());
      m.put("budget", l.budget());
      m.put("outcome", l.outcome());
      m.put("deviation", l.outcome() - l.budget());
      m.put("deviationPercent", l.deviationPercent().orElse(null));
      m.put("forecast", l.forecast().orElse(null));
      m.put("lastYear", l.lastYear().orElse(null));
      out.add(m);
    }
    return out;
  }

  static String describe(ResultReport.Line l, Statement s) {
    StringBuilder sb = new StringBuilder(l.section().isEmpty() ? "" : l.section() + " / ")
        .append(l.label()).append(':');
    for (int c = 0; c < l.values.size(); c++) {
      OptionalLong v = l.values.get(c);
      sb.append(c == 0 ? " " : ", ").append(s.columns().get(c).name().toLowerCase(
          java.util.Locale.ROOT)).append(' ')
          .append(v.isPresent() ? Amounts.formatOre(v.getAsLong(), s.unit()) : "–");
    }
    return sb.toString();
  }

  /** Every cost and revenue line, with the heading above it as its section. */
  static List<ResultReport.Line> lines(Statement s) {
    List<ResultReport.Line> out = new ArrayList<>();
    String section = "";
    for (StatementRow r : s.rows()) {
      if (r.isHeading()) {
        section = r.label();
      } else if (r.role() == Statement.RowRole.LINE && (r.kind() == Statement.Kind.COST
          || r.kind() == Statement.Kind.REVENUE)) {
        out.add(new ResultReport.Line(section, r.label(), r.kind() == Statement.Kind.COST
            ? ResultReport.Kind.COST : ResultReport.Kind.REVENUE, r.ore(), s));
      }
    }
    return out;
  }

  /** Revenue − costs, per column. */
  static ResultReport.Line result(Statement s, List<ResultReport.Line> revenue,
      ResultReport.Line costs) {
    List<ResultReport.Line> both = new ArrayList<>(revenue);
    List<OptionalLong> negated = new ArrayList<>();
    for (OptionalLong v : costs.values) {
      negated.add(v.isPresent() ? OptionalLong.of(-v.getAsLong()) : v);
    }
    both.add(new ResultReport.Line("", costs.label(), null, negated, s));
    return total(s, "", "Resultat", both);
  }
}
