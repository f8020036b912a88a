package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import dev.finsam.core.Fraction;
import dev.finsam.core.Tertial;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A comparison of budget and outcome (<i>sammanställning av budget och utfall</i>, <i>ekonomisk
 * uppföljning</i>): sections of cost and revenue lines, each with budget, outcome to date,
 * optionally forecast and last year; the deviation outcome − budget in money and percent; sums per
 * section; revenue − costs = result; and a check that printed totals equal their lines.
 *
 * <p>For example, 2017: costs 11 676 tkr against a budget of 13 836 tkr deviate by −2 160 tkr,
 * −15,6 %; revenue 12 543 tkr gives a result of 867 tkr.
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

  /**
   * One line of the report.
   *
   * @param section the section's name
   * @param label the line's label
   * @param budget the budget, in öre
   * @param outcome the outcome to date, in öre
   * @param forecast the forecast for the year, in öre, if given
   * @param lastYear last year's outcome, in öre, if given
   */
  public record Line(String section, String label, long budget, long outcome,
      Optional<Long> forecast, Optional<Long> lastYear) {

    /** @return outcome − budget, never null */
    public MonetaryAmount deviation() {
      return Amounts.ofOre(outcome - budget);
    }

    /**
     * @return (outcome − budget) / |budget| in percent with one decimal, half up, so that a
     *     better-than-budgeted result is positive even when the budget is a deficit; empty if the
     *     budget is zero
     */
    public Optional<BigDecimal> deviationPercent() {
      return budget == 0 ? Optional.empty() : Optional.of(
          Fraction.of(outcome - budget, Math.abs(budget)).toPercent(RoundingMode.HALF_UP, 1));
    }
  }

  private final String period;
  private final List<String> sections;
  private final Map<String, Kind> kinds;
  private final List<Line> lines;
  private final Map<String, long[]> printedTotals;
  private final AmountUnit unit;

  private ResultReport(Builder b) {
    this.period = b.period;
    this.sections = List.copyOf(b.sections);
    this.kinds = Map.copyOf(b.kinds);
    this.lines = List.copyOf(b.lines);
    this.printedTotals = new LinkedHashMap<>(b.printedTotals);
    this.unit = b.unit;
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

  /** @return the period, e.g. "2017" or "t.o.m. T2 2021", never null */
  public String period() {
    return period;
  }

  /** @return every line in order, never null */
  public List<Line> lines() {
    return lines;
  }

  /**
   * @param section a section's name, not null
   * @return the sum of its lines as a line labelled "Summa …", never null
   */
  public Line sum(String section) {
    requireNonNull(section, "section");
    if (!kinds.containsKey(section)) {
      throw new IllegalArgumentException("section (" + section + ") is not in " + sections);
    }
    return sumOf(section, "Summa " + section.toLowerCase(java.util.Locale.ROOT),
        lines.stream().filter(l -> l.section().equals(section)).toList());
  }

  /** @return the sum of all cost lines, never null */
  public Line totalCosts() {
    return sumOf("", "Totala kostnader", ofKind(Kind.COST));
  }

  /** @return the sum of all revenue lines, never null */
  public Line totalRevenue() {
    return sumOf("", "Totala intäkter", ofKind(Kind.REVENUE));
  }

  /** @return revenue − costs for budget, outcome, forecast and last year, never null */
  public Line result() {
    Line r = totalRevenue();
    Line c = totalCosts();
    return new Line("", "Resultat", r.budget() - c.budget(), r.outcome() - c.outcome(),
        both(r.forecast(), c.forecast()), both(r.lastYear(), c.lastYear()));
  }

  private static Optional<Long> both(Optional<Long> revenue, Optional<Long> costs) {
    return revenue.isPresent() && costs.isPresent()
        ? Optional.of(revenue.get() - costs.get()) : Optional.empty();
  }

  private List<Line> ofKind(Kind kind) {
    return lines.stream().filter(l -> kinds.get(l.section()) == kind).toList();
  }

  private static Line sumOf(String section, String label, List<Line> ls) {
    long b = 0;
    long o = 0;
    boolean allForecast = !ls.isEmpty();
    boolean allLast = !ls.isEmpty();
    long f = 0;
    long y = 0;
    for (Line l : ls) {
      b = Math.addExact(b, l.budget());
      o = Math.addExact(o, l.outcome());
      allForecast &= l.forecast().isPresent();
      allLast &= l.lastYear().isPresent();
      f += l.forecast().orElse(0L);
      y += l.lastYear().orElse(0L);
    }
    return new Line(section, label, b, o, allForecast ? Optional.of(f) : Optional.empty(),
        allLast ? Optional.of(y) : Optional.empty());
  }

  /**
   * Checks that every printed total equals the sum of its lines (real reports get this wrong).
   * Codes: {@code report.total.mismatch} (ERROR).
   *
   * @return the findings, never null
   */
  public Findings check() {
    Findings.Builder f = Findings.builder();
    printedTotals.forEach((key, printed) -> {
      Line computed = key.equals(COSTS) ? totalCosts() : key.equals(REVENUE) ? totalRevenue()
          : key.equals(RESULT) ? result() : sum(key);
      if (computed.budget() != printed[0] || computed.outcome() != printed[1]) {
        f.error("report.total.mismatch", "Raden \"" + computed.label() + "\" anger budget "
            + n(printed[0]) + " och utfall " + n(printed[1]) + " " + unit.symbol()
            + ", men raderna summerar till " + n(computed.budget()) + " och "
            + n(computed.outcome()) + " " + unit.symbol() + ".");
      }
    });
    return f.build();
  }

  static final String COSTS = "\u0000costs";
  static final String REVENUE = "\u0000revenue";
  static final String RESULT = "\u0000result";

  private String n(long ore) {
    return Amounts.number(ore, unit);
  }

  /**
   * The report as records for other applications: one map per line (sections, sums, totals,
   * result) with keys section, label, budget, outcome, deviation, deviationPercent, forecast,
   * lastYear (amounts in öre).
   *
   * @return the rows, never null
   */
  public List<Map<String, Object>> toRecords() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Line l : allRows()) {
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

  private List<Line> allRows() {
    List<Line> rows = new ArrayList<>();
    for (String s : sections) {
      rows.addAll(lines.stream().filter(l -> l.section().equals(s)).toList());
      rows.add(sum(s));
    }
    rows.add(totalCosts());
    rows.add(totalRevenue());
    rows.add(result());
    return rows;
  }

  /** @return the table the board reads: sections, sums, totals and result, aligned, in tkr */
  @Override
  public String toString() {
    boolean forecast = lines.stream().anyMatch(l -> l.forecast().isPresent());
    boolean last = lines.stream().anyMatch(l -> l.lastYear().isPresent());
    List<String> header = new ArrayList<>(List.of("Belopp " + unit.symbol() + " " + period,
        "Budget", "Utfall", "Avvikelse", "Avv. %"));
    if (forecast) {
      header.add("Prognos");
    }
    if (last) {
      header.add("Föreg. år");
    }
    List<String[]> rows = new ArrayList<>();
    for (String s : sections) {
      rows.add(blank(s, header.size()));
      for (Line l : lines) {
        if (l.section().equals(s)) {
          rows.add(row("  " + l.label(), l, forecast, last));
        }
      }
      rows.add(row(sum(s).label(), sum(s), forecast, last));
    }
    rows.add(row(totalCosts().label(), totalCosts(), forecast, last));
    rows.add(row(totalRevenue().label(), totalRevenue(), forecast, last));
    rows.add(row("Resultat", result(), forecast, last));
    return Tables.columns(header, rows);
  }

  private static String[] blank(String label, int n) {
    String[] r = new String[n];
    java.util.Arrays.fill(r, "");
    r[0] = label;
    return r;
  }

  private String[] row(String label, Line l, boolean forecast, boolean last) {
    List<String> r = new ArrayList<>(List.of(label, n(l.budget()), n(l.outcome()),
        n(l.outcome() - l.budget()), l.deviationPercent().map(p -> p.toPlainString()
            .replace('.', ',')).orElse("")));
    if (forecast) {
      r.add(l.forecast().map(this::n).orElse(""));
    }
    if (last) {
      r.add(l.lastYear().map(this::n).orElse(""));
    }
    return r.toArray(new String[0]);
  }

  /** Builds a {@link ResultReport} section by section. */
  public static final class Builder {
    private final String period;
    private final List<String> sections = new ArrayList<>();
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, long[]> printedTotals = new LinkedHashMap<>();
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
      if (name.isBlank() || kinds.containsKey(name)) {
        throw new IllegalArgumentException("section (\"" + name + "\") must be new and not blank");
      }
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
      return line(label, budget, outcome, null, null);
    }

    /**
     * @param label the line's label, not blank
     * @param budget the budget, not null
     * @param outcome the outcome to date, not null
     * @param forecast the forecast for the year, or null
     * @param lastYear last year's outcome, or null
     * @return this builder
     */
    public Builder line(String label, MonetaryAmount budget, MonetaryAmount outcome,
        MonetaryAmount forecast, MonetaryAmount lastYear) {
      if (current == null) {
        throw new IllegalStateException("call section(...) before line(...)");
      }
      requireNonNull(label, "label");
      if (label.isBlank()) {
        throw new IllegalArgumentException("label (\"" + label + "\") must not be blank");
      }
      lines.add(new Line(current, label, Amounts.toOre(budget, "budget of " + label),
          Amounts.toOre(outcome, "outcome of " + label),
          Optional.ofNullable(forecast).map(x -> Amounts.toOre(x, "forecast of " + label)),
          Optional.ofNullable(lastYear).map(x -> Amounts.toOre(x, "last year of " + label))));
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
      if (current == null) {
        throw new IllegalStateException("call section(...) before printedSum(...)");
      }
      printedTotals.put(current, new long[] {Amounts.toOre(budget), Amounts.toOre(outcome)});
      return this;
    }

    /**
     * @param budget printed
     * @param outcome printed
     * @return this builder
     */
    public Builder printedTotalCosts(MonetaryAmount budget, MonetaryAmount outcome) {
      printedTotals.put(COSTS, new long[] {Amounts.toOre(budget), Amounts.toOre(outcome)});
      return this;
    }

    /**
     * @param budget printed
     * @param outcome printed
     * @return this builder
     */
    public Builder printedTotalRevenue(MonetaryAmount budget, MonetaryAmount outcome) {
      printedTotals.put(REVENUE, new long[] {Amounts.toOre(budget), Amounts.toOre(outcome)});
      return this;
    }

    /**
     * @param budget printed
     * @param outcome printed
     * @return this builder
     */
    public Builder printedResult(MonetaryAmount budget, MonetaryAmount outcome) {
      printedTotals.put(RESULT, new long[] {Amounts.toOre(budget), Amounts.toOre(outcome)});
      return this;
    }

    /** @return the report, never null */
    public ResultReport build() {
      if (sections.isEmpty()) {
        throw new IllegalArgumentException("sections ([]) must not be empty");
      }
      return new ResultReport(this);
    }
  }
}
