package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import dev.finsam.core.Fraction;
import dev.finsam.core.Tertial;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.PrintedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.money.MonetaryAmount;

/**
 * A comparison of budget and outcome (<i>resultatrapport</i>, <i>sammanställning av budget och
 * utfall</i>, <i>ekonomisk uppföljning</i>): sections of cost and revenue lines with any of budget,
 * outcome to date, forecast and last year, printed sums at each level, revenue − costs = result,
 * and the deviation outcome − budget in money and percent.
 *
 * <p>For example, 2017: costs 11 676 tkr against a budget of 13 836 tkr deviate by −2 160 tkr,
 * −15,6 %; revenue 12 543 tkr gives a result of 867 tkr.
 *
 * <p>The report is a {@link Statement}; {@link #check()} checks it by the rules of
 * {@link StatementCheck} (sums within the rounding of their lines, differences in the table's own
 * sign convention, forecasts against what is booked). {@link #parse} reads one as associations
 * print it; {@link #toText} prints one that {@code parse} reads back equal; {@link #toString()} is
 * the table the board reads, with computed sums and deviations.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResultReport {

  /** Whether a section holds costs or revenue (<i>kostnader, intäkter</i>). */
  public enum Kind {
    /** Costs: subtracted in the result. */
    COST,
    /** Revenue: added in the result. */
    REVENUE
  }

  private static final String CAPTION = "Resultatrapport";

  private final String period;
  private final Statement statement;

  private ResultReport(String period, Statement statement) {
    this.period = period;
    this.statement = statement;
  }

  /**
   * @param year the budget year
   * @return a builder for the whole year, printed in tkr, never null
   */
  public static Builder builder(int year) {
    return new Builder(String.valueOf(year));
  }

  /**
   * @param through the last tertial included (<i>utfall t.o.m. T2</i>), not null
   * @return a builder for the year up to that tertial, never null
   */
  public static Builder builder(Tertial through) {
    requireNonNull(through, "through");
    return new Builder("t.o.m. " + through);
  }

  /**
   * Reads a result report or summary as associations print it, e.g. "Belopp tkr. Budget 2017
   * Utfall 2017 Avvikelse" and its rows; the rules are those of {@link Statement#parse}. The
   * period is the caption's tertial or year ("t.o.m. T2 2021", "2017"), else the first year in
   * the header, else empty.
   *
   * @param text the report's text, not null
   * @return the report; rows that stay ambiguous are reported by {@link #check()}
   * @throws IllegalArgumentException if there is no header row or a line cannot be read; the
   *     message names the line
   */
  public static ResultReport parse(CharSequence text) {
    List<PrintedText.Line> lines = PrintedText.lines(requireNonNull(text, "text"));
    return of(StatementReader.read(lines, 0, lines.size(), StatementReader.Context.RESULT));
  }

  /**
   * @param statement a statement read as a result report, not null
   * @return the report, its period taken from the caption or header, never null
   */
  static ResultReport of(Statement statement) {
    return new ResultReport(period(statement), statement);
  }

  private static String period(Statement s) {
    String caption = s.caption();
    if (caption.startsWith(CAPTION + " ")) {
      return caption.substring(CAPTION.length() + 1).strip();
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

  /** @return the period, e.g. "2017" or "t.o.m. T2 2021", possibly empty, never null */
  public String period() {
    return period;
  }

  /** @return the report as a printed statement: its columns, headings, lines and sums */
  public Statement statement() {
    return statement;
  }

  /** @return every cost and revenue line in order, never null */
  public List<Line> lines() {
    List<Line> out = new ArrayList<>();
    String section = "";
    for (StatementRow r : statement.rows()) {
      if (r.isHeading()) {
        section = r.label();
      } else if (r.role() == Statement.RowRole.LINE && kind(r.kind()) != null) {
        out.add(new Line(section, r.label(), kind(r.kind()), r.ore(), statement));
      }
    }
    return out;
  }

  /**
   * @param section a section's name (a heading), not null
   * @return the sum of its lines as a line labelled "Summa …", never null
   * @throws IllegalArgumentException if the report has no such section
   */
  public Line sum(String section) {
    requireNonNull(section, "section");
    boolean found = statement.rows().stream().anyMatch(r -> r.isHeading()
        && r.label().equals(section));
    Checks.checkArgument(found, "section (%s) must be one of the report's headings", section);
    List<Line> ls = lines().stream().filter(l -> l.section().equals(section)).toList();
    return total(section, "Summa " + section.toLowerCase(Locale.ROOT), ls, 1);
  }

  /** @return the sum of all cost lines, never null */
  public Line totalCosts() {
    return total("", "Totala kostnader", ofKind(Kind.COST), 1);
  }

  /** @return the sum of all revenue lines, never null */
  public Line totalRevenue() {
    return total("", "Totala intäkter", ofKind(Kind.REVENUE), 1);
  }

  /** @return revenue − costs for every column, never null */
  public Line result() {
    List<Line> both = new ArrayList<>(ofKind(Kind.REVENUE));
    Line costs = totalCosts();
    both.add(costs.negated());
    return total("", "Resultat", both, 1);
  }

  private List<Line> ofKind(Kind kind) {
    return lines().stream().filter(l -> l.kind == kind).toList();
  }

  private Line total(String section, String label, List<Line> ls, int sign) {
    int n = statement.columns().size();
    List<OptionalLong> sums = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      boolean any = false;
      long sum = 0;
      for (Line l : ls) {
        OptionalLong v = l.values.get(c);
        if (v.isPresent()) {
          any = true;
          sum = Checks.add(sum, sign * v.getAsLong(), "sum of " + label);
        }
      }
      sums.add(any ? OptionalLong.of(sum) : OptionalLong.empty());
    }
    return new Line(section, label, null, sums, statement);
  }

  private static Kind kind(Statement.Kind k) {
    return k == Statement.Kind.COST ? Kind.COST : k == Statement.Kind.REVENUE ? Kind.REVENUE
        : null;
  }

  /**
   * Checks every printed sum and difference and every forecast, as {@link Statement#check()}.
   *
   * @return the findings, never null
   */
  public Findings check() {
    return statement.check();
  }

  /**
   * The report as records for other applications: one map per line, section sum, total and the
   * result, with keys section, label, budget, outcome, deviation, deviationPercent, forecast,
   * lastYear (amounts in öre; null where the report has no such column).
   *
   * @return the rows, never null
   */
  public List<Map<String, Object>> toRecords() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Line l : ResultReportTable.rows(this)) {
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

  /**
   * @param layout the layout, not null
   * @param signs whether to print costs negative, not null
   * @return the report as text that {@link #parse} reads back equal, never null
   */
  public String toText(Statement.Layout layout, Statement.Signs signs) {
    return statement.toText(layout, signs);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ResultReport && ((ResultReport) obj).period.equals(period)
        && ((ResultReport) obj).statement.equals(statement);
  }

  @Override
  public int hashCode() {
    return period.hashCode() * 31 + statement.hashCode();
  }

  /** @return the table the board reads: sections, sums, totals and result, with deviations */
  @Override
  public String toString() {
    return ResultReportTable.print(this);
  }

  /**
   * One line of a report, or a sum of lines (<i>rad</i>), with the report's columns.
   *
   * <p>This class is immutable and thread-safe; it is not constructible by callers.
   */
  public static final class Line {
    private final String section;
    private final String label;
    private final Kind kind;
    private final List<OptionalLong> values;
    private final Statement statement;

    Line(String section, String label, Kind kind, List<OptionalLong> values, Statement s) {
      this.section = section;
      this.label = label;
      this.kind = kind;
      this.values = List.copyOf(values);
      this.statement = s;
    }

    Line negated() {
      List<OptionalLong> neg = new ArrayList<>();
      for (OptionalLong v : values) {
        neg.add(v.isPresent() ? OptionalLong.of(-v.getAsLong()) : v);
      }
      return new Line(section, label, kind, neg, statement);
    }

    /** @return the section (heading) the line is under, empty for totals, never null */
    public String section() {
      return section;
    }

    /** @return the label, never null */
    public String label() {
      return label;
    }

    /**
     * @param column a column kind, not null
     * @return the amount in the report's first column of that kind, if it has one and a value
     */
    public Optional<MonetaryAmount> amount(Statement.ColumnKind column) {
      OptionalLong v = ore(column);
      return v.isPresent() ? Optional.of(Amounts.ofOre(v.getAsLong())) : Optional.empty();
    }

    OptionalLong ore(Statement.ColumnKind column) {
      int c = statement.column(column);
      return c < 0 ? OptionalLong.empty() : values.get(c);
    }

    /** @return the budget in öre, 0 if the report has none (see {@link #amount}) */
    public long budget() {
      OptionalLong b = ore(Statement.ColumnKind.BUDGET);
      return b.isPresent() ? b.getAsLong() : ore(Statement.ColumnKind.ANNUAL_BUDGET).orElse(0);
    }

    /** @return the outcome (to date) in öre, 0 if the report has none */
    public long outcome() {
      return ore(Statement.ColumnKind.OUTCOME).orElse(0);
    }

    /** @return the forecast for the year in öre, if the report has one */
    public Optional<Long> forecast() {
      OptionalLong f = ore(Statement.ColumnKind.FORECAST);
      return f.isPresent() ? Optional.of(f.getAsLong()) : Optional.empty();
    }

    /** @return last year's outcome in öre, if the report has it */
    public Optional<Long> lastYear() {
      OptionalLong y = ore(Statement.ColumnKind.LAST_YEAR);
      return y.isPresent() ? Optional.of(y.getAsLong()) : Optional.empty();
    }

    /** @return outcome − budget, never null */
    public MonetaryAmount deviation() {
      return Amounts.ofOre(Checks.subtract(outcome(), budget(), "deviation of " + label));
    }

    /**
     * @return (outcome − budget) / |budget| in percent with one decimal, half up, so that a
     *     better-than-budgeted result is positive even when the budget is a deficit; empty if the
     *     budget is zero
     */
    public Optional<BigDecimal> deviationPercent() {
      long b = budget();
      return b == 0 ? Optional.empty() : Optional.of(Fraction.of(Checks.subtract(outcome(), b,
          "deviation"), Math.abs(b)).toPercent(RoundingMode.HALF_UP, 1));
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Line && ((Line) obj).section.equals(section)
          && ((Line) obj).label.equals(label) && ((Line) obj).kind == kind
          && ((Line) obj).values.equals(values)
          && ((Line) obj).statement.columns().equals(statement.columns());
    }

    @Override
    public int hashCode() {
      return Objects.hash(section, label, kind, values);
    }

    /** @return e.g. {@code "Insatser / Vännäs: budget 380 tkr, utfall 380 tkr"} */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(section.isEmpty() ? "" : section + " / ").append(label)
          .append(':');
      for (int c = 0; c < values.size(); c++) {
        sb.append(c == 0 ? " " : ", ").append(statement.columns().get(c).name().toLowerCase(
            Locale.ROOT)).append(' ').append(values.get(c).isPresent()
                ? Amounts.formatOre(values.get(c).getAsLong(), statement.unit()) : "–");
      }
      return sb.toString();
    }
  }

  /** Builds a {@link ResultReport} section by section. */
  public static final class Builder {
    private final String period;
    private AmountUnit unit = AmountUnit.TKR;
    private final List<Object[]> rows = new ArrayList<>();
    private final Map<String, MonetaryAmount[]> totals = new java.util.HashMap<>();
    private final List<String> sections = new ArrayList<>();
    private Kind current;
    private boolean wide;

    private Builder(String period) {
      this.period = period;
    }

    /**
     * @param printed the unit the table prints in (default tkr): kr or tkr, not null
     * @return this builder
     */
    public Builder printedIn(AmountUnit printed) {
      this.unit = requireNonNull(printed, "printed");
      return this;
    }

    /**
     * Starts a section; the lines that follow belong to it.
     *
     * @param name the section's name, e.g. "Insatser", not blank, not repeated
     * @param kind cost or revenue, not null
     * @return this builder
     */
    public Builder section(String name, Kind kind) {
      Checks.checkNotBlank(name, "name");
      requireNonNull(kind, "kind");
      Checks.checkArgument(!sections.contains(name.strip()), "section (\"%s\") must be new",
          name);
      sections.add(name.strip());
      current = kind;
      rows.add(new Object[] {StatementRow.heading(name, kind(kind))});
      return this;
    }

    /**
     * @param label the line's label, not blank
     * @param budget the budget, not null
     * @param outcome the outcome, not null
     * @return this builder
     */
    public Builder line(String label, MonetaryAmount budget, MonetaryAmount outcome) {
      return add(label, requireNonNull(budget, "budget"), requireNonNull(outcome, "outcome"),
          null, null);
    }

    /**
     * @param label the line's label, not blank
     * @param budget the budget, not null
     * @param outcome the outcome to date, not null
     * @param forecast the forecast for the year, not null
     * @param lastYear last year's outcome, not null
     * @return this builder
     */
    public Builder line(String label, MonetaryAmount budget, MonetaryAmount outcome,
        MonetaryAmount forecast, MonetaryAmount lastYear) {
      wide = true;
      return add(label, requireNonNull(budget, "budget"), requireNonNull(outcome, "outcome"),
          requireNonNull(forecast, "forecast"), requireNonNull(lastYear, "lastYear"));
    }

    private Builder add(String label, MonetaryAmount budget, MonetaryAmount outcome,
        MonetaryAmount forecast, MonetaryAmount lastYear) {
      Checks.checkArgument(current != null, "line (%s) must follow a section(...)", label);
      Checks.checkNotBlank(label, "label");
      rows.add(new Object[] {kind(current), label, budget, outcome, forecast, lastYear});
      return this;
    }

    /**
     * Records the current section's sum as printed, to be checked.
     *
     * @param budget the printed budget sum, not null
     * @param outcome the printed outcome sum, not null
     * @return this builder
     */
    public Builder printedSum(MonetaryAmount budget, MonetaryAmount outcome) {
      Checks.checkArgument(current != null, "printedSum (%s) must follow a section(...)", budget);
      String name = sections.get(sections.size() - 1);
      rows.add(new Object[] {kind(current), "Summa " + name.toLowerCase(Locale.ROOT),
          requireNonNull(budget, "budget"), requireNonNull(outcome, "outcome"), null, null,
          Boolean.TRUE});
      return this;
    }

    /**
     * @param budget the printed total costs' budget, not null
     * @param outcome the printed total costs' outcome, not null
     * @return this builder
     */
    public Builder printedTotalCosts(MonetaryAmount budget, MonetaryAmount outcome) {
      totals.put("Summa kostnader", pair(budget, outcome));
      return this;
    }

    /**
     * @param budget the printed total revenue's budget, not null
     * @param outcome the printed total revenue's outcome, not null
     * @return this builder
     */
    public Builder printedTotalRevenue(MonetaryAmount budget, MonetaryAmount outcome) {
      totals.put("Summa intäkter", pair(budget, outcome));
      return this;
    }

    /**
     * @param budget the printed result's budget, not null
     * @param outcome the printed result's outcome, not null
     * @return this builder
     */
    public Builder printedResult(MonetaryAmount budget, MonetaryAmount outcome) {
      totals.put("Resultat", pair(budget, outcome));
      return this;
    }

    private static MonetaryAmount[] pair(MonetaryAmount budget, MonetaryAmount outcome) {
      return new MonetaryAmount[] {requireNonNull(budget, "budget"),
          requireNonNull(outcome, "outcome")};
    }

    private static Statement.Kind kind(Kind k) {
      return k == Kind.COST ? Statement.Kind.COST : Statement.Kind.REVENUE;
    }

    /**
     * @return the report, never null
     * @throws IllegalArgumentException if there is no section
     */
    public ResultReport build() {
      Checks.checkArgument(!sections.isEmpty(), "sections (%s) must not be empty", sections);
      Statement.Builder s = Statement.builder(unit).caption(CAPTION + " " + period)
          .column("Budget", Statement.ColumnKind.BUDGET)
          .column("Utfall", Statement.ColumnKind.OUTCOME);
      if (wide) {
        s.column("Prognos", Statement.ColumnKind.FORECAST)
            .column("Föreg. år", Statement.ColumnKind.LAST_YEAR);
      }
      for (Object[] r : rows) {
        if (r.length == 1) {
          s.row((StatementRow) r[0]);
          continue;
        }
        List<Optional<MonetaryAmount>> v = new ArrayList<>(List.of(Optional.of(
            (MonetaryAmount) r[2]), Optional.of((MonetaryAmount) r[3])));
        if (wide) {
          v.add(Optional.ofNullable((MonetaryAmount) r[4]));
          v.add(Optional.ofNullable((MonetaryAmount) r[5]));
        }
        s.row(r.length == 7 ? StatementRow.sum((String) r[1], (Statement.Kind) r[0], v)
            : StatementRow.line((String) r[1], (Statement.Kind) r[0], v));
      }
      for (String label : List.of("Summa kostnader", "Summa intäkter", "Resultat")) {
        MonetaryAmount[] p = totals.get(label);
        if (p == null) {
          continue;
        }
        List<Optional<MonetaryAmount>> v = new ArrayList<>(List.of(Optional.of(p[0]),
            Optional.of(p[1])));
        if (wide) {
          v.add(Optional.empty());
          v.add(Optional.empty());
        }
        s.row(StatementRow.sum(label, label.equals("Resultat") ? Statement.Kind.RESULT
            : label.endsWith("kostnader") ? Statement.Kind.COST : Statement.Kind.REVENUE, v));
      }
      return new ResultReport(period, s.build());
    }
  }

}
