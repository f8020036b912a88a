package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import dev.finsam.core.Fraction;
import dev.finsam.core.Tertial;
import dev.finsam.core.text.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A comparison of budget and outcome (<i>sammanställning av budget och utfall</i>, <i>ekonomisk
 * uppföljning</i>): sections of cost and revenue lines, each with budget, outcome to date,
 * optionally forecast and last year; the deviation outcome − budget in money and percent; sums per
 * section; revenue − costs = result; and a check that printed totals equal their lines.
 *
 * <p>For example, 2017: costs 11 676 tkr against a budget of 13 836 tkr deviate by −2 160 tkr,
 * −15,6 %; revenue 12 543 tkr gives a result of 867 tkr.
 *
 * <p>Every sum the report shows (per section, the totals, the result, each deviation) is proven
 * to fit in a 64-bit count of öre when the report is built, so no accessor or check can overflow.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Enclosing
@Value.Immutable
public abstract class ResultReport {

  /** Whether a section holds costs or revenue (<i>kostnader, intäkter</i>). */
  public enum Kind {
    /** Costs: subtracted in the result. */
    COST,
    /** Revenue: added in the result. */
    REVENUE
  }

  /**
   * One line of the report (<i>rad</i>): budget, outcome to date, and optionally the forecast and
   * last year, all in öre. A result of the report: callers read lines, they do not make them.
   *
   * <p>For example, "Vuxentorget": budget 1 180 tkr, outcome 585 tkr, deviation −595 tkr.
   */
  @Value.Immutable
  public abstract static class Line {

    Line() {}

    /** @return the section's name, empty for the totals and the result; never null */
    public abstract String section();

    /** @return the line's label, never null */
    public abstract String label();

    /** @return the budget, in öre */
    public abstract long budget();

    /** @return the outcome to date, in öre */
    public abstract long outcome();

    /** @return the forecast for the year, in öre, if given; never null */
    public abstract Optional<Long> forecast();

    /** @return last year's outcome, in öre, if given; never null */
    public abstract Optional<Long> lastYear();

    @Value.Check
    void validate() {
      Checks.subtract(outcome(), budget(), "deviation of " + label());
    }

    /** @return e.g. {@code "Insatser / Vännäs: budget 380 000 kr, utfall 364 000 kr"} */
    @Override
    public String toString() {
      return (section().isEmpty() ? "" : section() + " / ") + label() + ": budget "
          + Amounts.kronor(budget()) + ", utfall " + Amounts.kronor(outcome())
          + forecast().map(f -> ", prognos " + Amounts.kronor(f)).orElse("")
          + lastYear().map(y -> ", föregående år " + Amounts.kronor(y)).orElse("");
    }

    /** @return outcome − budget, never null */
    public MonetaryAmount deviation() {
      return Amounts.ofOre(outcome() - budget()); // fits: checked when the line was made
    }

    /**
     * @return (outcome − budget) / |budget| in percent with one decimal, half up, so that a
     *     better-than-budgeted result is positive even when the budget is a deficit; empty if the
     *     budget is zero
     */
    public Optional<BigDecimal> deviationPercent() {
      return budget() == 0 ? Optional.empty() : Optional.of(
          Fraction.of(BigInteger.valueOf(outcome() - budget()), BigInteger.valueOf(budget()).abs())
              .toPercent(RoundingMode.HALF_UP, 1));
    }
  }

  /** A total as the report prints it, to be checked against its lines. */
  record Printed(long budget, long outcome) {}

  ResultReport() {}

  /** @return the period, e.g. "2017" or "t.o.m. T2 2021", never null */
  public abstract String period();

  abstract List<String> sections();

  abstract Map<String, Kind> kinds();

  /** @return every line in order, never null */
  public abstract List<Line> lines();

  abstract Map<String, Printed> printedTotals();

  abstract AmountUnit unit();

  @Value.Check
  void validate() {
    // every sum an accessor or check computes: an overflow is found here, not later
    for (String s : sections()) {
      sum(s);
    }
    result();
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
   * @param section a section's name, not null
   * @return the sum of its lines as a line labelled "Summa …", never null
   */
  public Line sum(String section) {
    requireNonNull(section, "section");
    Checks.checkArgument(kinds().containsKey(section), "section (%s) is not in %s", section,
        sections());
    return ResultSums.of(section, "Summa " + section.toLowerCase(Locale.ROOT),
        lines().stream().filter(l -> l.section().equals(section)).toList());
  }

  /** @return the sum of all cost lines, never null */
  public Line totalCosts() {
    return ResultSums.of("", "Totala kostnader", ofKind(Kind.COST));
  }

  /** @return the sum of all revenue lines, never null */
  public Line totalRevenue() {
    return ResultSums.of("", "Totala intäkter", ofKind(Kind.REVENUE));
  }

  /** @return revenue − costs for budget, outcome, forecast and last year, never null */
  public Line result() {
    Line r = totalRevenue();
    Line c = totalCosts();
    return ResultSums.difference("Resultat", r, c);
  }

  private List<Line> ofKind(Kind kind) {
    return lines().stream().filter(l -> kinds().get(l.section()) == kind).toList();
  }

  /**
   * Checks that every printed total equals the sum of its lines (real reports get this wrong).
   * Codes: {@code report.total.mismatch} (ERROR).
   *
   * @return the findings, never null
   */
  public Findings check() {
    Findings.Builder f = Findings.builder();
    printedTotals().forEach((key, printed) -> {
      Line computed = key.equals(COSTS) ? totalCosts() : key.equals(REVENUE) ? totalRevenue()
          : key.equals(RESULT) ? result() : sum(key);
      if (computed.budget() != printed.budget() || computed.outcome() != printed.outcome()) {
        f.error("report.total.mismatch", "Raden \"" + computed.label() + "\" anger budget "
            + n(printed.budget()) + " och utfall " + n(printed.outcome()) + " " + unit().symbol()
            + ", men raderna summerar till " + n(computed.budget()) + " och "
            + n(computed.outcome()) + " " + unit().symbol() + ".");
      }
    });
    return f.build();
  }

  static final String COSTS = "\u0000costs";
  static final String REVENUE = "\u0000revenue";
  static final String RESULT = "\u0000result";

  /**
   * The report as records for other applications: one map per line (sections, sums, totals,
   * result) with keys section, label, budget, outcome, deviation, deviationPercent, forecast,
   * lastYear (amounts in öre).
   *
   * @return the rows, never null
   */
  public List<Map<String, Object>> toRecords() {
    return ResultTable.records(this);
  }

  /** @return the table the board reads: sections, sums, totals and result, aligned, in tkr */
  @Override
  public String toString() {
    return ResultTable.print(this);
  }

  String n(long ore) {
    return Amounts.number(ore, unit());
  }

  /** Builds a {@link ResultReport} section by section (<i>uppställning av rapporten</i>). */
  public static final class Builder {
    private final String period;
    private final List<String> sections = new ArrayList<>();
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Printed> printedTotals = new LinkedHashMap<>();
    private AmountUnit unit = AmountUnit.TKR;
    private String current;

    private Builder(String period) {
      this.period = period;
    }

    /**
     * @param unit the unit the table prints in (default tkr), not null
     * @return this builder
     */
    public Builder printedIn(AmountUnit unit) {
      this.unit = requireNonNull(unit, "unit");
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
      requireNonNull(name, "name");
      requireNonNull(kind, "kind");
      Checks.checkArgument(!name.isBlank() && !kinds.containsKey(name),
          "section (\"%s\") must be new and not blank", name);
      sections.add(name);
      kinds.put(name, kind);
      current = name;
      return this;
    }

    /**
     * @param label the line's label, not blank
     * @param budget the budget, not null
     * @param outcome the outcome, not null
     * @return this builder
     */
    public Builder line(String label, MonetaryAmount budget, MonetaryAmount outcome) {
      return line(label, budget, outcome, Optional.empty(), Optional.empty());
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
     * A line where the forecast or last year may be missing.
     *
     * @param label the line's label, not blank
     * @param budget the budget, not null
     * @param outcome the outcome to date, not null
     * @param forecast the forecast for the year, if given; not null
     * @param lastYear last year's outcome, if given; not null
     * @return this builder
     */
    public Builder line(String label, MonetaryAmount budget, MonetaryAmount outcome,
        Optional<MonetaryAmount> forecast, Optional<MonetaryAmount> lastYear) {
      requireNonNull(label, "label");
      requireNonNull(budget, "budget");
      requireNonNull(outcome, "outcome");
      requireNonNull(forecast, "forecast");
      requireNonNull(lastYear, "lastYear");
      if (current == null) {
        throw new IllegalStateException("call section(...) before line(...)");
      }
      Checks.checkNotBlank(label, "label");
      lines.add(ResultSums.line(current, label, Amounts.toOre(budget, "budget of " + label),
          Amounts.toOre(outcome, "outcome of " + label),
          forecast.map(x -> Amounts.toOre(x, "forecast of " + label)),
          lastYear.map(x -> Amounts.toOre(x, "last year of " + label))));
      return this;
    }

    /**
     * Records the current section's total as printed, to be checked.
     *
     * @param budget the printed budget total, not null
     * @param outcome the printed outcome total, not null
     * @return this builder
     */
    public Builder printedSum(MonetaryAmount budget, MonetaryAmount outcome) {
      Printed printed = printed(budget, outcome);
      if (current == null) {
        throw new IllegalStateException("call section(...) before printedSum(...)");
      }
      printedTotals.put(current, printed);
      return this;
    }

    private static Printed printed(MonetaryAmount budget, MonetaryAmount outcome) {
      requireNonNull(budget, "budget");
      requireNonNull(outcome, "outcome");
      return new Printed(Amounts.toOre(budget, "budget"), Amounts.toOre(outcome, "outcome"));
    }

    /**
     * @param budget printed
     * @param outcome printed
     * @return this builder
     */
    public Builder printedTotalCosts(MonetaryAmount budget, MonetaryAmount outcome) {
      printedTotals.put(COSTS, printed(budget, outcome));
      return this;
    }

    /**
     * @param budget printed
     * @param outcome printed
     * @return this builder
     */
    public Builder printedTotalRevenue(MonetaryAmount budget, MonetaryAmount outcome) {
      printedTotals.put(REVENUE, printed(budget, outcome));
      return this;
    }

    /**
     * @param budget printed
     * @param outcome printed
     * @return this builder
     */
    public Builder printedResult(MonetaryAmount budget, MonetaryAmount outcome) {
      printedTotals.put(RESULT, printed(budget, outcome));
      return this;
    }

    /** @return the report, never null */
    public ResultReport build() {
      Checks.checkArgument(!sections.isEmpty(), "sections ([]) must not be empty");
      return ImmutableResultReport.create(period, sections, kinds, lines, printedTotals, unit);
    }
  }
}
