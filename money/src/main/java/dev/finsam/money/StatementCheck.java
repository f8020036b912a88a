package dev.finsam.money;

import dev.finsam.core.Findings;
import dev.finsam.core.text.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The arithmetic of a printed {@link Statement} (<i>kontroll av summor och avvikelser</i>): every
 * printed sum against the rows it adds, every printed difference against its two columns, and a
 * forecast against what is already booked.
 *
 * <p>For example, in the annual report 2017 the summary table prints Nettokostnad's difference as
 * −2 160 tkr where every other row, and the header, say outcome − budget, which gives +2 160: a
 * {@code statement.difference.sign} WARNING.
 *
 * <p>Rules and their reasons:
 * <ul>
 *   <li><b>Rounding of sums.</b> Lines are rounded to the printed unit before they are added, so a
 *       sum of n rows may differ from the sum of the printed rows by up to n/2 units without
 *       anyone having made a mistake (DOMAIN.md §4); n counts the rows the sum adds directly
 *       (lines and sub-sums, each rounded once). A sum of sub-sums is compared both with its
 *       printed sub-sums and with the sums of their lines, and the nearer counts, since tables
 *       are made both ways. Within n/2 units: {@code statement.sum.rounding} (INFO,
 *       "avrundning"); beyond: {@code statement.sum.mismatch} (ERROR), one per row, naming the
 *       row and each column with the printed and the computed amount.
 *   <li><b>No cascades.</b> A sum found wrong is replaced by its computed amount when the sums
 *       above it and its differences are checked, so one wrong figure gives one ERROR.
 *   <li><b>Differences.</b> A printed difference is the difference of two rounded amounts, so it
 *       may be one unit off (two halves): {@code statement.difference.rounding} (INFO). The table's
 *       sign convention is detected from its rows: outcome − budget, budget − outcome, or
 *       "favourable positive" (budget − outcome for costs, outcome − budget for revenue and
 *       results). Each convention scores the rows it explains; the highest score wins; a tie goes
 *       to the convention the column's name declares ("utfall - budget"), then to outcome −
 *       budget (DOMAIN.md §4), then favourable positive. A row explained only by the opposite sign
 *       is {@code statement.difference.sign} (WARNING): the figure is right, its sign is not the
 *       table's. Any other row is {@code statement.difference.mismatch} (ERROR). In a table
 *       printed with signed costs, outcome − budget already is favourable positive.
 *   <li><b>Forecast.</b> A full-year forecast of a cost or revenue line below what is already
 *       booked to date cannot come true without reversals: {@code statement.forecast.below-booked}
 *       (WARNING).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
final class StatementCheck {

  /** The sign conventions of a difference column, in the order ties are broken. */
  enum Convention {
    ACTUAL_MINUS_PLANNED("utfall − budget"),
    FAVOURABLE_POSITIVE("gynnsam avvikelse positiv"),
    PLANNED_MINUS_ACTUAL("budget − utfall");

    final String text;

    Convention(String text) {
      this.text = text;
    }
  }

  private final Statement s;
  private final int[][] scope;
  private final long[][] used;
  private final long[][] computed;
  private final boolean[][] present;
  private final boolean[] tainted;
  private final Findings findings;

  private StatementCheck(Statement s) {
    this.s = s;
    List<StatementRow> rows = s.rows();
    int n = rows.size();
    int cols = s.columns().size();
    this.scope = StatementScope.of(rows);
    this.used = new long[cols][n];
    this.computed = new long[cols][n];
    this.present = new boolean[cols][n];
    this.tainted = new boolean[n];
    Findings.Builder f = Findings.builder();
    for (int i = 0; i < n; i++) {
      StatementRow r = rows.get(i);
      if (r.isHeading()) {
        continue;
      }
      List<String> wrong = new ArrayList<>();
      List<String> rounded = new ArrayList<>();
      boolean unsure = r.isSum() && taints(rows, i);
      for (int c = 0; c < cols; c++) {
        OptionalLong printed = r.ore().get(c);
        present[c][i] = printed.isPresent();
        if (!r.isSum()) {
          used[c][i] = printed.orElse(0);
          computed[c][i] = used[c][i];
          continue;
        }
        long byUsed = 0;
        long byLines = 0;
        for (int j : scope[i]) {
          int sign = rows.get(j).kind().sign();
          byUsed = Checks.add(byUsed, sign * used[c][j], "sum of " + r.label());
          byLines = Checks.add(byLines, sign * computed[c][j], "sum of " + r.label());
          present[c][i] |= present[c][j];
        }
        byUsed = r.kind().sign() * byUsed;
        computed[c][i] = r.kind().sign() * byLines;
        used[c][i] = byUsed;
        if (printed.isPresent()) {
          long p = printed.getAsLong();
          long offUsed = Checks.subtract(p, byUsed, "difference");
          long offLines = Checks.subtract(p, computed[c][i], "difference");
          long best = Math.abs(offUsed) <= Math.abs(offLines) ? byUsed : computed[c][i];
          long off = Math.min(Math.abs(offUsed), Math.abs(offLines)) == Math.abs(offUsed)
              ? offUsed : offLines;
          if (off == 0 || unsure) {
            used[c][i] = p;
          } else if (withinHalves(off, items(i))) {
            used[c][i] = p;
            rounded.add(cell(r, c, p, best));
          } else {
            wrong.add(cell(r, c, p, best) + " (skillnad " + plain(off) + ")");
          }
        }
      }
      String head = "Raden \"" + label(r) + "\"" + line(r) + ": ";
      if (!wrong.isEmpty()) {
        f.error("statement.sum.mismatch", head + String.join("; ", wrong) + ". Avrundning av "
            + items(i) + " rader förklarar högst " + halfUnits(items(i)) + ".");
      } else if (!rounded.isEmpty()) {
        f.info("statement.sum.rounding", head + String.join("; ", rounded) + ": skillnaden ryms "
            + "i avrundningen av " + items(i) + " rader (högst " + halfUnits(items(i)) + ").");
      }
    }
    for (int d = 0; d < s.differences().size(); d++) {
      differences(d, f);
    }
    forecasts(f);
    this.findings = f.build();
  }

  /** Does a sum add a row the reader could not resolve, directly or through a sum? */
  private boolean taints(List<StatementRow> rows, int i) {
    for (int j : scope[i]) {
      if (rows.get(j).isUnresolved() || rows.get(j).isSum() && tainted[j]) {
        tainted[i] = true;
      }
    }
    return tainted[i];
  }

  static StatementCheck of(Statement s) {
    return new StatementCheck(s);
  }

  Findings findings() {
    return findings;
  }

  /** @return the amount of a row in a column as the rows above use it (kind-positive, öre) */
  long used(int row, int column) {
    return used[column][row];
  }

  /** @return how many rows a sum adds directly (lines or sums), 0 for a line */
  int items(int row) {
    return scope[row].length;
  }

  /** Is |off| at most n/2 units? */
  boolean withinHalves(long off, int n) {
    return Math.abs(off) <= Checks.multiply(n, s.unit().ore(), "tolerance") / 2;
  }

  private void differences(int d, Findings.Builder f) {
    Statement.Difference diff = s.differences().get(d);
    List<StatementRow> rows = s.rows();
    Convention[] all = s.signs() == Statement.Signs.SIGNED
        ? new Convention[] {Convention.ACTUAL_MINUS_PLANNED, Convention.PLANNED_MINUS_ACTUAL}
        : Convention.values();
    int[] score = new int[Convention.values().length];
    for (int i = 0; i < rows.size(); i++) {
      if (checkable(i, d, diff)) {
        for (Convention c : all) {
          if (matches(i, d, diff, c, 1)) {
            score[c.ordinal()]++;
          }
        }
      }
    }
    Convention declared = declared(diff.name());
    Convention best = declared != null ? declared : all[0];
    for (Convention c : all) {
      if (score[c.ordinal()] > score[best.ordinal()]) {
        best = c;
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      if (!checkable(i, d, diff) || exact(i, d, diff, best)) {
        continue;
      }
      StatementRow r = rows.get(i);
      long printed = r.differenceOre().get(d).getAsLong();
      String head = "Raden \"" + label(r) + "\"" + line(r) + ", kolumnen \"" + diff.name()
          + "\": avvikelsen är tryckt " + amount(r, printed);
      long expected = expected(i, diff, best, false);
      if (matches(i, d, diff, best, 1)) {
        f.info("statement.difference.rounding", head + ", " + best.text + " ger "
            + amount(r, expected) + ": skillnaden ryms i avrundningen (högst 1 " + unit() + ").");
      } else if (matches(i, d, diff, best, -1)) {
        f.warning("statement.difference.sign", head + ", men tabellen räknar " + best.text
            + ", som ger " + amount(r, expected) + ": beloppet stämmer, tecknet är omvänt.");
      } else {
        f.error("statement.difference.mismatch", head + ", men " + best.text + " ger "
            + amount(r, expected) + " (skillnad " + plain(printed - expected) + ").");
      }
    }
  }

  private boolean checkable(int i, int d, Statement.Difference diff) {
    StatementRow r = s.rows().get(i);
    return !r.isHeading() && !r.differenceOre().isEmpty() && r.differenceOre().get(d).isPresent()
        && present[diff.actual()][i] && present[diff.planned()][i];
  }

  private boolean exact(int i, int d, Statement.Difference diff, Convention c) {
    long printed = s.rows().get(i).differenceOre().get(d).getAsLong();
    return printed == expected(i, diff, c, false) || printed == expected(i, diff, c, true);
  }

  /** Does the printed difference match the convention (times sign) within one unit? */
  private boolean matches(int i, int d, Statement.Difference diff, Convention c, int sign) {
    long printed = s.rows().get(i).differenceOre().get(d).getAsLong();
    for (boolean computedValues : new boolean[] {false, true}) {
      long e = sign * expected(i, diff, c, computedValues);
      if (Math.abs(Checks.subtract(printed, e, "difference")) <= s.unit().ore()) {
        return true;
      }
    }
    return false;
  }

  private long expected(int i, Statement.Difference diff, Convention c, boolean fromComputed) {
    StatementRow r = s.rows().get(i);
    long a = fromComputed ? computed[diff.actual()][i]
        : r.ore().get(diff.actual()).orElse(used[diff.actual()][i]);
    long p = fromComputed ? computed[diff.planned()][i]
        : r.ore().get(diff.planned()).orElse(used[diff.planned()][i]);
    long x = Checks.subtract(a, p, "difference of " + r.label());
    switch (c) {
      case PLANNED_MINUS_ACTUAL:
        return -x;
      case FAVOURABLE_POSITIVE:
        return r.kind().sign() * x;
      default:
        return x;
    }
  }

  private static Convention declared(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('\u2212', '-').replace('\u2013', '-');
    int budget = n.indexOf("budget");
    int actual = Math.max(n.indexOf("utfall"), n.indexOf("prognos"));
    if (budget < 0 || actual < 0 || n.indexOf('-') < 0) {
      return null;
    }
    return actual < budget ? Convention.ACTUAL_MINUS_PLANNED : Convention.PLANNED_MINUS_ACTUAL;
  }

  private void forecasts(Findings.Builder f) {
    int forecast = s.column(Statement.ColumnKind.FORECAST);
    int outcome = s.column(Statement.ColumnKind.OUTCOME);
    if (forecast < 0 || outcome < 0) {
      return;
    }
    for (StatementRow r : s.rows()) {
      if (r.role() != Statement.RowRole.LINE || (r.kind() != Statement.Kind.COST
          && r.kind() != Statement.Kind.REVENUE)) {
        continue;
      }
      OptionalLong fc = r.ore().get(forecast);
      OptionalLong out = r.ore().get(outcome);
      if (fc.isPresent() && out.isPresent() && out.getAsLong() > 0
          && fc.getAsLong() < out.getAsLong()) {
        f.warning("statement.forecast.below-booked", "Raden \"" + label(r) + "\"" + line(r)
            + ": helårsprognosen " + amount(r, fc.getAsLong()) + " är lägre än det som redan "
            + "är bokfört (" + amount(r, out.getAsLong()) + ").");
      }
    }
  }

  private String cell(StatementRow r, int c, long printed, long computedValue) {
    return "kolumnen \"" + s.columns().get(c).name() + "\" tryckt " + amount(r, printed)
        + ", raderna summerar till " + amount(r, computedValue);
  }

  static String label(StatementRow r) {
    return r.label().isEmpty() ? "(summa utan text)" : r.label();
  }

  static String line(StatementRow r) {
    return r.sourceLine() > 0 ? " (rad " + r.sourceLine() + ")" : "";
  }

  /** An amount as the table printed it: with its sign in a signed table. */
  private String amount(StatementRow r, long kindPositive) {
    long printed = s.signs() == Statement.Signs.SIGNED ? r.kind().sign() * kindPositive
        : kindPositive;
    return Amounts.formatOre(printed, s.unit());
  }

  private String plain(long ore) {
    return Amounts.formatOre(ore, s.unit());
  }

  private String unit() {
    return s.unit().symbol();
  }

  private String halfUnits(int n) {
    return Amounts.formatOre(Checks.multiply(n, s.unit().ore(), "tolerance") / 2, s.unit());
  }
}
