package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import dev.finsam.core.Tertial;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.PrintedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>The report is a {@link Statement}, checked by the rules of {@link StatementCheck}: sums
 * within the rounding of their lines, differences in the table's own sign convention, forecasts
 * against what is booked. {@link #parse} reads what {@link #toText} prints; {@link #toString()}
 * is the table the board reads, with computed sums and deviations.
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
    return new Builder("t.o.m. " + requireNonNull(through, "through"));
  }

  /**
   * Reads a result report or summary as associations print it ("Belopp tkr. Budget 2017 Utfall
   * 2017 Avvikelse" and its rows) by the rules of {@link Statement#parse}; the period is the
   * caption's ("t.o.m. T2 2021", "2017"), else the header's first year, else empty.
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

  /** A statement read as a result report, its period from the caption or header. */
  static ResultReport of(Statement statement) {
    return new ResultReport(ResultReportTable.period(statement, CAPTION), statement);
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
    return ResultReportTable.lines(statement);
  }

  /**
   * @param section a section's name (a heading), not null
   * @return the sum of its lines as a line labelled "Summa …", never null
   * @throws IllegalArgumentException if the report has no such section
   */
  public Line sum(String section) {
    Checks.checkArgument(statement.rows().stream().anyMatch(r -> r.isHeading()
        && r.label().equals(requireNonNull(section, "section"))),
        "section (%s) must be one of the report's headings", section);
    return ResultReportTable.total(statement, section, "Summa " + section.toLowerCase(
        Locale.ROOT), lines().stream().filter(l -> l.section().equals(section)).toList());
  }

  /** @return the sum of all cost lines, never null */
  public Line totalCosts() {
    return ResultReportTable.total(statement, "", "Totala kostnader", ofKind(Kind.COST));
  }

  /** @return the sum of all revenue lines, never null */
  public Line totalRevenue() {
    return ResultReportTable.total(statement, "", "Totala intäkter", ofKind(Kind.REVENUE));
  }

  /** @return revenue − costs for every column, never null */
  public Line result() {
    return ResultReportTable.result(statement, ofKind(Kind.REVENUE), totalCosts());
  }

  private List<Line> ofKind(Kind kind) {
    return lines().stream().filter(l -> l.kind == kind).toList();
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
   * @return one map per line, section sum, total and the result, for other applications: keys
   *     section, label, budget, outcome, deviation, deviationPercent, forecast, lastYear (öre;
   *     null where the report has no such column); never null
   */
  public List<Map<String, Object>> toRecords() {
    return ResultReportTable.records(this);
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
    final Kind kind;
    final List<OptionalLong> values;
    private final Statement statement;

    Line(String section, String label, Kind kind, List<OptionalLong> values, Statement s) {
      this.section = section;
      this.label = label;
      this.kind = kind;
      this.values = List.copyOf(values);
      this.statement = s;
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
      return ResultReportTable.boxed(ore(Statement.ColumnKind.FORECAST));
    }

    /** @return last year's outcome in öre, if the report has it */
    public Optional<Long> lastYear() {
      return ResultReportTable.boxed(ore(Statement.ColumnKind.LAST_YEAR));
    }

    /** @return outcome − budget, never null */
    public MonetaryAmount deviation() {
      return Amounts.ofOre(Checks.subtract(outcome(), budget(), "deviation of " + label));
    }

    /**
     * @return (outcome − budget) / |budget| in percent, one decimal, half up (a better result than
     *     a budgeted deficit is positive); empty if the budget is zero
     */
    public Optional<BigDecimal> deviationPercent() {
      return ResultReportTable.deviationPercent(outcome(), budget());
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Line && toString().equals(obj.toString())
          && ((Line) obj).kind == kind && ((Line) obj).values.equals(values);
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }

    /** @return e.g. {@code "Insatser / Vännäs: budget 380 tkr, utfall 380 tkr"} */
    @Override
    public String toString() {
      return ResultReportTable.describe(this, statement);
    }
  }

  /** Builds a {@link ResultReport} section by section. */
  public static final class Builder {
    private final String period;
    private final ResultReportRows rows = new ResultReportRows();

    private Builder(String period) {
      this.period = period;
    }

    /**
     * @param printed the unit the table prints in (default tkr): kr or tkr, not null
     * @return this builder
     */
    public Builder printedIn(AmountUnit printed) {
      rows.unit = requireNonNull(printed, "printed");
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
      rows.section(name, requireNonNull(kind, "kind") == Kind.COST ? Statement.Kind.COST
          : Statement.Kind.REVENUE);
      return this;
    }

    /**
     * @param label the line's label, not blank
     * @param budget the budget, not null
     * @param outcome the outcome, not null
     * @return this builder
     */
    public Builder line(String label, MonetaryAmount budget, MonetaryAmount outcome) {
      rows.line(label, requireNonNull(budget, "budget"), requireNonNull(outcome, "outcome"),
          Optional.empty(), Optional.empty());
      return this;
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
      return line(label, budget, outcome, Optional.of(requireNonNull(forecast, "forecast")),
          Optional.of(requireNonNull(lastYear, "lastYear")));
    }

    /**
     * @param label the line's label, not blank
     * @param budget the budget, not null
     * @param outcome the outcome to date, not null
     * @param forecast the forecast for the year, if any, not null
     * @param lastYear last year's outcome, if any, not null
     * @return this builder
     */
    public Builder line(String label, MonetaryAmount budget, MonetaryAmount outcome,
        Optional<MonetaryAmount> forecast, Optional<MonetaryAmount> lastYear) {
      rows.line(label, requireNonNull(budget, "budget"), requireNonNull(outcome, "outcome"),
          requireNonNull(forecast, "forecast"), requireNonNull(lastYear, "lastYear"));
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
      rows.sum(requireNonNull(budget, "budget"), requireNonNull(outcome, "outcome"));
      return this;
    }

    /**
     * @param budget the printed total costs' budget, not null
     * @param outcome the printed total costs' outcome, not null
     * @return this builder
     */
    public Builder printedTotalCosts(MonetaryAmount budget, MonetaryAmount outcome) {
      rows.total(ResultReportRows.COSTS, budget, outcome);
      return this;
    }

    /**
     * @param budget the printed total revenue's budget, not null
     * @param outcome the printed total revenue's outcome, not null
     * @return this builder
     */
    public Builder printedTotalRevenue(MonetaryAmount budget, MonetaryAmount outcome) {
      rows.total(ResultReportRows.REVENUE, budget, outcome);
      return this;
    }

    /**
     * @param budget the printed result's budget, not null
     * @param outcome the printed result's outcome, not null
     * @return this builder
     */
    public Builder printedResult(MonetaryAmount budget, MonetaryAmount outcome) {
      rows.total(ResultReportRows.RESULT, budget, outcome);
      return this;
    }

    /**
     * @return the report, never null
     * @throws IllegalArgumentException if there is no section
     */
    public ResultReport build() {
      ResultReport r = new ResultReport(period, rows.statement(CAPTION + " " + period));
      ResultReportTable.requireSums(r); // sums that cannot be made are rejected here
      return r;
    }
  }
}
