package dev.finsam.money;

import dev.finsam.core.Findings;
import dev.finsam.core.text.NumberTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Turns the rows a {@link StatementReader} found into a {@link Statement}
 * (<i>tolkning av tabellen</i>): gives each row its kind, tells whether the table prints costs
 * signed, and chooses each row's reading by the table's arithmetic.
 *
 * <p>For example, under the heading "Kansli och administrativa kostnader" every line is a cost; a
 * table where cost lines are mostly negative prints costs signed.
 *
 * <p>Kinds come from words: in a result report "intäkt", "bidrag" and "avgift" mean revenue,
 * "kostnad", "insats", "kansli", "administration", "personal" and "lokal" costs, "resultat" a
 * result; in a balance report "eget kapital" equity, "skuld" and "avsättning" liabilities,
 * "tillgång", "fordr", "kassa" and "bank" assets. A heading without such a word keeps the kind of
 * the heading before it, and a result ends the sections before it (a net-budgeted project's
 * lines may follow the association's result). A line of a result report takes its heading's
 * kind; in a table with signed costs, outside any heading, or in a balance report, its own words
 * come first ("Kortfristiga skulder" under "Eget kapital och skulder" is a liability). In a note
 * every line adds as printed. A sum gets its kind from {@link StatementScope}. A table prints
 * costs signed if its cost, equity and liability rows have more negative than positive amounts.
 */
final class StatementResolver {

  /** A row as found, before its cells are resolved. */
  static final class Raw {
    final int line;
    final String label;
    Statement.RowRole role;
    Statement.Kind kind;
    List<NumberTokens.Token> tokens;
    final List<RowReadings.Reading> readings = new ArrayList<>();
    boolean fixed;
    /** Too many readings to list: the row cannot be resolved. */
    boolean tooMany;
    /** The first level of readings, if the reader has worked them out already. */
    RowReadings.Readings full;

    Raw(int line, String label, Statement.RowRole role) {
      this.line = line;
      this.label = label;
      this.role = role;
    }
  }

  private final List<Raw> raws;
  private final StatementHeader header;
  private final StatementReader.Context context;
  private final Findings.Builder findings = Findings.builder();
  private Statement.Signs signs = Statement.Signs.BY_KIND;
  private Statement.Signs declared;

  private StatementResolver(List<Raw> raws, StatementHeader header,
      StatementReader.Context context) {
    this.raws = raws;
    this.header = header;
    this.context = context;
  }

  static Statement resolve(List<Raw> raws, StatementHeader header, String caption,
      StatementReader.Context context, Statement.Signs declared) {
    StatementResolver r = new StatementResolver(raws, header, context);
    r.declared = declared;
    List<StatementRow> rows = r.resolve();
    return new Statement(caption, header.unit, r.signs, header.columns, header.differences, rows,
        r.findings.build());
  }

  private List<StatementRow> resolve() {
    for (Raw r : raws) {
      if (r.role != Statement.RowRole.HEADING && !r.fixed) {
        read(r);
      }
    }
    kinds();
    int n = raws.size();
    Statement.Kind[] kinds = new Statement.Kind[n];
    for (int i = 0; i < n; i++) {
      kinds[i] = raws.get(i).kind;
    }
    int[][] scope = StatementScope.of(provisional(), kinds);
    for (int i = 0; i < n; i++) {
      Raw r = raws.get(i);
      if (r.role == Statement.RowRole.SUM && scope[i].length == 0 && !r.label.isEmpty()) {
        r.role = Statement.RowRole.LINE;
      } else if (r.role == Statement.RowRole.SUM) {
        r.kind = kinds[i];
      }
    }
    int[] choice = new ReadingChoice(raws, header, signs, scope, findings).choose();
    List<StatementRow> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(row(raws.get(i), choice[i]));
    }
    return rows;
  }

  private void read(Raw r) {
    boolean checked = !header.differences.isEmpty();
    boolean sum = r.role == Statement.RowRole.SUM;
    RowReadings.Readings full = r.full != null ? r.full : RowReadings.of(r.tokens,
        header.cells(), header.note, sum, header.unit, false, checked);
    List<RowReadings.Reading> all = full.list();
    if (all.isEmpty() && !full.truncated()) {
      all = RowReadings.of(r.tokens, header.cells(), header.note, sum, header.unit, true, checked)
          .list();
    }
    if (all.isEmpty() && !full.truncated()) {
      throw new IllegalArgumentException("line " + r.line + " (\"" + r.label + " "
          + tokensText(r) + "\") must have at most " + header.cells() + " amounts, as its "
          + "header has, and whole öre");
    }
    List<RowReadings.Reading> kept = new ArrayList<>();
    for (RowReadings.Reading x : all) {
      if (differencesAddUp(x)) {
        kept.add(x);
      }
    }
    r.readings.addAll(kept.isEmpty() ? all : kept);
    r.tooMany = full.truncated();
  }

  private static String tokensText(Raw r) {
    StringBuilder sb = new StringBuilder();
    for (NumberTokens.Token t : r.tokens) {
      sb.append(sb.length() == 0 ? "" : " ").append(t.text());
    }
    return sb.toString();
  }

  /** Row-level arithmetic: |actual − planned| = |difference| within one unit, where printed. */
  boolean differencesAddUp(RowReadings.Reading x) {
    for (int d = 0; d < header.differences.size(); d++) {
      Statement.Difference diff = header.differences.get(d);
      Long a = x.cells()[position(diff.actual())];
      Long p = x.cells()[position(diff.planned())];
      Long v = x.cells()[position(-1 - d)];
      if (a != null && p != null && v != null) {
        long e = Math.abs(a - p);
        if (Math.abs(Math.abs(v) - e) > header.unit.ore()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The printed position of a value column (≥ 0) or difference (−1 − d). */
  int position(int column) {
    for (int k = 0; k < header.order.length; k++) {
      if (header.order[k] == column) {
        return k;
      }
    }
    throw new IllegalStateException("column " + column);
  }

  private void kinds() {
    Statement.Kind section = null;
    for (Raw r : raws) {
      if (r.role == Statement.RowRole.HEADING) {
        Statement.Kind k = words(r.label, true);
        section = k != null ? k : section != null ? section : fallback(true);
        r.kind = section;
      } else {
        Statement.Kind own = words(r.label, false);
        r.kind = own != null ? own : section != null ? section : fallback(false);
        section = isResult(r) ? null : section;
      }
    }
    int negative = 0;
    int positive = 0;
    for (Raw r : raws) {
      if (r.role != Statement.RowRole.HEADING && r.kind.sign() < 0 && !r.readings.isEmpty()) {
        Long[] cells = r.readings.get(0).cells();
        for (int k = 0; k < cells.length; k++) {
          if (header.order[k] >= 0 && cells[k] != null && cells[k] != 0) {
            if (cells[k] < 0) {
              negative++;
            } else {
              positive++;
            }
          }
        }
      }
    }
    signs = declared != null ? declared
        : negative > positive ? Statement.Signs.SIGNED : Statement.Signs.BY_KIND;
    if (signs == Statement.Signs.BY_KIND && context == StatementReader.Context.RESULT) {
      section = null;
      for (Raw r : raws) {
        if (r.role == Statement.RowRole.HEADING) {
          section = r.kind;
        } else if (section != null) {
          r.kind = section;
          section = isResult(r) ? null : section;
        }
      }
    }
  }

  /** A result ends the sections before it: a net-budgeted project's lines may follow. */
  private static boolean isResult(Raw r) {
    return r.role == Statement.RowRole.SUM
        && StatementScope.type(r.label) == StatementScope.SumType.RESULT;
  }

  private Statement.Kind fallback(boolean heading) {
    switch (context) {
      case BALANCE:
        return Statement.Kind.ASSET;
      case NOTE:
        return Statement.Kind.OTHER;
      default:
        return heading ? Statement.Kind.COST : Statement.Kind.OTHER;
    }
  }

  private Statement.Kind words(String label, boolean heading) {
    String t = label.toLowerCase(Locale.ROOT);
    switch (context) {
      case NOTE:
        return Statement.Kind.OTHER;
      case BALANCE:
        if (t.contains("eget kapital")) {
          return Statement.Kind.EQUITY;
        }
        if (t.contains("skuld") || t.contains("avsättning")) {
          return Statement.Kind.LIABILITY;
        }
        if (t.contains("tillgång") || t.contains("fordr") || t.contains("kassa")
            || t.contains("bank")) {
          return Statement.Kind.ASSET;
        }
        return null;
      default:
        if (t.contains("intäkt") || t.contains("bidrag") || t.contains("avgift")) {
          return Statement.Kind.REVENUE;
        }
        if (t.contains("kostnad") || heading && (t.contains("insats") || t.contains("kansli")
            || t.contains("administration") || t.contains("personal")
            || t.contains("lokal"))) {
          return Statement.Kind.COST;
        }
        if (t.contains("resultat")) {
          return Statement.Kind.RESULT;
        }
        return null;
    }
  }

  /** Rows with their kinds and first readings, for working out the sums' scopes. */
  private List<StatementRow> provisional() {
    List<StatementRow> rows = new ArrayList<>(raws.size());
    for (Raw r : raws) {
      rows.add(new StatementRow(r.role, r.label, r.kind, List.of(), List.of(),
          OptionalInt.empty(), r.line));
    }
    return rows;
  }

  private StatementRow row(Raw r, int choice) {
    if (r.role == Statement.RowRole.HEADING) {
      return new StatementRow(r.role, r.label, r.kind, List.of(), List.of(), OptionalInt.empty(),
          r.line);
    }
    List<OptionalLong> values = new ArrayList<>();
    List<OptionalLong> diffs = new ArrayList<>();
    if (choice < 0) {
      for (int c = 0; c < header.columns.size(); c++) {
        values.add(OptionalLong.empty());
      }
      for (int d = 0; d < header.differences.size(); d++) {
        diffs.add(OptionalLong.empty());
      }
      return new StatementRow(r.role, r.label, r.kind, values, diffs, OptionalInt.empty(), r.line,
          true);
    }
    RowReadings.Reading x = r.readings.get(choice);
    int sign = signs == Statement.Signs.SIGNED ? r.kind.sign() : 1;
    for (int c = 0; c < header.columns.size(); c++) {
      Long v = x.cells()[position(c)];
      values.add(v == null ? OptionalLong.empty() : OptionalLong.of(sign * v));
    }
    for (int d = 0; d < header.differences.size(); d++) {
      Long v = x.cells()[position(-1 - d)];
      diffs.add(v == null ? OptionalLong.empty() : OptionalLong.of(sign * v));
    }
    String label = x.labelSuffix().isEmpty() ? r.label
        : (r.label + " " + x.labelSuffix()).strip();
    return new StatementRow(r.role, label, r.kind, values, diffs,
        x.note() == 0 ? OptionalInt.empty() : OptionalInt.of(x.note()), r.line, false);
  }
}
