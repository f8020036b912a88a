package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The rows a {@link ResultReport.Builder} collects (<i>rapportens rader</i>), made into a
 * {@link Statement}: the columns Budget and Utfall (and Prognos and Föreg. år once a line has
 * them), a heading per section, its lines and its printed sum ("Summa insatser"), and the
 * printed totals after every section, so that they add the whole report whatever the order they
 * were given in: "Summa kostnader", "Summa intäkter", "Resultat".
 */
final class ResultReportRows {

  static final String COSTS = "Summa kostnader";
  static final String REVENUE = "Summa intäkter";
  static final String RESULT = "Resultat";

  AmountUnit unit = AmountUnit.TKR;
  private final List<Object[]> rows = new ArrayList<>();
  private final Map<String, MonetaryAmount[]> totals = new HashMap<>();
  private final List<String> sections = new ArrayList<>();
  private Statement.Kind current;
  private boolean wide;

  void section(String name, Statement.Kind kind) {
    Checks.checkNotBlank(name, "name");
    Checks.checkArgument(!sections.contains(name.strip()), "section (\"%s\") must be new", name);
    sections.add(name.strip());
    current = kind;
    rows.add(new Object[] {StatementRow.heading(name, kind)});
  }

  void line(String label, MonetaryAmount budget, MonetaryAmount outcome,
      Optional<MonetaryAmount> forecast, Optional<MonetaryAmount> lastYear) {
    requireNonNull(label, "label");
    Checks.checkArgument(current != null, "line (%s) must follow a section(...)", label);
    Checks.checkNotBlank(label, "label");
    checkAmount(label, "budget", budget);
    checkAmount(label, "outcome", outcome);
    forecast.ifPresent(a -> checkAmount(label, "forecast", a));
    lastYear.ifPresent(a -> checkAmount(label, "lastYear", a));
    wide |= forecast.isPresent();
    rows.add(new Object[] {current, label, budget, outcome, forecast, lastYear, false});
  }

  /** Names the column and the line in a message: {@code "budget of Bidrag (EUR 100.00) …"}. */
  private static void checkAmount(String label, String column, MonetaryAmount a) {
    String field = column + " of " + label;
    Checks.checkArgument(Amounts.toOre(a, field) != Long.MIN_VALUE,
        "%s (%s) must be above the smallest 64-bit count of öre", field, a);
  }

  void sum(MonetaryAmount budget, MonetaryAmount outcome) {
    Checks.checkArgument(current != null, "printedSum (%s) must follow a section(...)", budget);
    String name = sections.get(sections.size() - 1);
    rows.add(new Object[] {current, "Summa " + name.toLowerCase(Locale.ROOT), budget, outcome,
        Optional.empty(), Optional.empty(), true});
  }

  void total(String label, MonetaryAmount budget, MonetaryAmount outcome) {
    totals.put(label, new MonetaryAmount[] {requireNonNull(budget, "budget"),
        requireNonNull(outcome, "outcome")});
  }

  @SuppressWarnings("unchecked")
  Statement statement(String caption) {
    Checks.checkArgument(!sections.isEmpty(), "sections (%s) must not be empty", sections);
    Statement.Builder s = Statement.builder(unit).caption(caption)
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
      List<Optional<MonetaryAmount>> v = values((MonetaryAmount) r[2], (MonetaryAmount) r[3],
          (Optional<MonetaryAmount>) r[4], (Optional<MonetaryAmount>) r[5]);
      s.row((Boolean) r[6] ? StatementRow.sum((String) r[1], (Statement.Kind) r[0], v)
          : StatementRow.line((String) r[1], (Statement.Kind) r[0], v));
    }
    for (String label : List.of(COSTS, REVENUE, RESULT)) {
      MonetaryAmount[] p = totals.get(label);
      if (p != null) {
        s.row(StatementRow.sum(label, label.equals(RESULT) ? Statement.Kind.RESULT
            : label.equals(COSTS) ? Statement.Kind.COST : Statement.Kind.REVENUE,
            values(p[0], p[1], Optional.empty(), Optional.empty())));
      }
    }
    return s.build();
  }

  private List<Optional<MonetaryAmount>> values(MonetaryAmount budget, MonetaryAmount outcome,
      Optional<MonetaryAmount> forecast, Optional<MonetaryAmount> lastYear) {
    List<Optional<MonetaryAmount>> v = new ArrayList<>(List.of(Optional.of(budget),
        Optional.of(outcome)));
    if (wide) {
      v.add(forecast);
      v.add(lastYear);
    }
    return v;
  }
}
