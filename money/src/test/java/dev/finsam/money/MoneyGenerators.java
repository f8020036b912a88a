package dev.finsam.money;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/** The generators of the money module, named in domain terms, with edges mixed in. */
final class MoneyGenerators {

  private MoneyGenerators() {}

  /** Totals in units: mostly moderate, with 0, 1, tiny, negative and huge values mixed in. */
  static Gen<Long> totals() {
    return longs().between(0, 20_000_000)
        .mix(longs().between(0, 10), 25)
        .mix(Generate.pick(List.of(0L, 1L, 2L, 3_108_000L, 6_216_000L, 1_000_000_000_000L)), 10)
        .mix(longs().between(-1_000_000, -1), 10)
        .mix(longs().between(1L << 40, 1L << 50), 10);
  }

  /**
   * Amounts in öre of every size and sign: ordinary budgets, amounts with and without öre, whole
   * tkr, and the edges 0, ±1 öre, ±1 krona and the ends of a long.
   */
  static Gen<Long> oreAmounts() {
    return longs().between(-10_000_000_000L, 10_000_000_000L)
        .mix(longs().all(), 20)
        .mix(longs().between(-1_000_000_000L, 1_000_000_000L).map(kr -> kr * 100), 25)
        .mix(longs().between(-100_000L, 100_000L).map(tkr -> tkr * 100_000), 10)
        .mix(Generate.pick(List.of(0L, 1L, -1L, 99L, -99L, 100L, -100L, 100_000L, -100_001L,
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 100 * 100,
            Long.MIN_VALUE / 100 * 100)), 15);
  }

  /** Populations (weights): ordinary municipalities, zeros, ties and very large values. */
  static Gen<Long> populations() {
    return longs().between(0, 130_000)
        .mix(Generate.pick(List.of(0L, 1L, 100L)), 25)
        .mix(longs().between(1L << 40, 1L << 45), 5);
  }

  /** Weights of 1 to 30 municipalities, some all equal (ties), some with zeros; not all zero. */
  static Gen<Map<String, Long>> weightMaps() {
    Gen<List<Long>> varied = lists().of(populations()).ofSizeBetween(1, 30);
    Gen<List<Long>> tiny = lists().of(populations()).ofSizeBetween(1, 3);
    Gen<List<Long>> ties = integers().between(1, 12).zip(longs().between(1, 50),
        (n, w) -> java.util.Collections.nCopies(n, w));
    return varied.mix(tiny, 30).mix(ties, 20)
        .assuming(l -> l.stream().anyMatch(w -> w > 0))
        .map(MoneyGenerators::named);
  }

  /**
   * Lists of keys for an allocation, with and without repeats: a few from a small pool (names,
   * strings that share a hash code such as "Aa" and "BB", numbers of two classes); hundreds of
   * numbered names drawn with replacement; and more than 65 536 distinct names, some with a
   * repeat planted or a block of 256 strings of one hash code.
   */
  static Gen<List<Object>> keyLists() {
    List<Object> pool = List.of("Umeå", "Vännäs", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", 1,
        2, 1L);
    Gen<List<Object>> few = lists().of(Generate.pick(pool)).ofSizeBetween(1, 12);
    Gen<List<Object>> hundreds = integers().between(9, 400).zip(integers().between(1, 160_000),
        longs().all(), (n, range, seed) -> {
          java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
          List<Object> keys = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            keys.add("m" + random.nextInt(range));
          }
          return keys;
        });
    Gen<List<Object>> many = integers().between(65_537, 70_000).zip(longs().all(),
        integers().between(0, 3), (n, seed, kind) -> {
          java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
          List<Object> keys = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            keys.add("m" + i);
          }
          if (kind >= 2) { // 256 strings of blocks "Aa" and "BB", all of one hash code
            for (int w = 0; w < 256; w++) {
              StringBuilder sb = new StringBuilder();
              for (int b = 0; b < 8; b++) {
                sb.append((w >>> b & 1) == 0 ? "Aa" : "BB");
              }
              keys.set(random.nextInt(n), sb.toString());
            }
          }
          if (kind % 2 == 1) {
            int later = 1 + random.nextInt(n - 1);
            keys.set(later, keys.get(random.nextInt(later)));
          }
          return keys;
        });
    return few.mix(hundreds, 40).mix(many, 5);
  }

  static Map<String, Long> named(List<Long> weights) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      m.put(String.format("k%03d", i), weights.get(i));
    }
    return m;
  }

  // ---- printed statements -----------------------------------------------------------------

  private static final List<String> COST_SECTIONS = List.of("Insatser",
      "Kansli och administration", "Projektnära kostnader", "Personalkostnader",
      "Lokalkostnader");
  private static final List<String> REVENUE_SECTIONS = List.of("Intäkter från medlemmar",
      "Bidrag", "Övriga intäkter", "Medlemsavgifter");
  private static final List<String> SUBSECTIONS = List.of("Unga", "Vuxna", "Samverkan");
  private static final List<String> LABELS = List.of("Vännäs", "Ungdomstorget 3.0",
      "Nordmaling", "Steget vidare", "Insats NAFS", "Vuxentorget", "Styrelsen, arvode",
      "Resor, konferenser", "Övrigt adm", "Social lots på Ungdomstorget");

  static long pick(RandomnessSource in, long lo, long hi) {
    return in.next(Constraint.between(lo, hi));
  }

  /** An amount in whole units: zero, one digit, moderate, the largest (10^9 kr), or small. */
  private static long units(RandomnessSource in, AmountUnit unit, boolean small) {
    long max = small ? 999 : unit == AmountUnit.TKR ? 1_000_000L : 1_000_000_000L;
    switch ((int) pick(in, 0, 9)) {
      case 0:
        return 0;
      case 1:
        return pick(in, 1, 9);
      case 2:
        return max;
      case 3:
      case 4:
      case 5:
        return pick(in, 0, Math.min(max, 9_999));
      default:
        return pick(in, 0, max);
    }
  }

  /**
   * Result reports as associations print them: 1–4 cost and revenue sections, some with
   * sub-sections, printed sums at each level, totals and a result, 2–7 columns (budget, outcome,
   * last year, annual budget, forecast and 0–2 difference columns in one sign convention), kr or
   * tkr, amounts up to 10^9 kr. Every printed figure is right, computed from the lines.
   *
   * @param small amounts below 1 000 units, so that each is one word of a PDF's text
   * @param plainLabels labels without a trailing number ("Fordran moms kvartal 4")
   */
  static Gen<Statement> resultStatements(boolean small, boolean plainLabels) {
    return in -> resultStatement(in, small, plainLabels);
  }

  private static Statement resultStatement(RandomnessSource in, boolean small,
      boolean plainLabels) {
    AmountUnit unit = pick(in, 0, 1) == 0 ? AmountUnit.KRONA : AmountUnit.TKR;
    int template = (int) pick(in, 0, 4);
    List<Statement.Column> cols = new ArrayList<>();
    List<Statement.Difference> diffs = new ArrayList<>();
    String period = "2017";
    switch (template) {
      case 0:
        cols.add(new Statement.Column("Budget 2017", Statement.ColumnKind.BUDGET));
        cols.add(new Statement.Column("Utfall 2017", Statement.ColumnKind.OUTCOME));
        if (pick(in, 0, 1) == 1) {
          diffs.add(new Statement.Difference("Avvikelse", 1, 0));
        }
        break;
      case 1:
        cols.add(new Statement.Column("Utfall jan-dec 2017", Statement.ColumnKind.OUTCOME));
        cols.add(new Statement.Column("Aktuell budget jan-dec 2017",
            Statement.ColumnKind.BUDGET));
        cols.add(new Statement.Column("Bokslut helår 2016", Statement.ColumnKind.LAST_YEAR));
        if (pick(in, 0, 1) == 1) {
          diffs.add(new Statement.Difference("Avvikelse utfall - budget", 0, 1));
        }
        break;
      case 2:
        period = "t.o.m. T1 2021";
        cols.add(new Statement.Column("Budget T1", Statement.ColumnKind.BUDGET));
        cols.add(new Statement.Column("Utfall T1", Statement.ColumnKind.OUTCOME));
        cols.add(new Statement.Column("Utfall T1 2020", Statement.ColumnKind.LAST_YEAR));
        cols.add(new Statement.Column("Årsbudget", Statement.ColumnKind.ANNUAL_BUDGET));
        cols.add(new Statement.Column("Helårsprognos", Statement.ColumnKind.FORECAST));
        if (pick(in, 0, 1) == 1) {
          diffs.add(new Statement.Difference("Avvikelse", 1, 0));
        }
        if (pick(in, 0, 1) == 1) {
          diffs.add(new Statement.Difference("Avvikelse prognos - budget", 4, 3));
        }
        break;
      case 3:
        cols.add(new Statement.Column("Budget", Statement.ColumnKind.BUDGET));
        cols.add(new Statement.Column("Utfall", Statement.ColumnKind.OUTCOME));
        cols.add(new Statement.Column("Prognos", Statement.ColumnKind.FORECAST));
        cols.add(new Statement.Column("Föreg. år", Statement.ColumnKind.LAST_YEAR));
        break;
      default:
        cols.add(new Statement.Column("Utfall 2017", Statement.ColumnKind.OUTCOME));
        cols.add(new Statement.Column("Budget 2017", Statement.ColumnKind.BUDGET));
        break;
    }
    int convention = (int) pick(in, 0, 2);
    Table t = new Table(unit, cols, diffs, convention);
    List<String> costs = new ArrayList<>(COST_SECTIONS);
    List<String> revenues = new ArrayList<>(REVENUE_SECTIONS);
    int sections = (int) pick(in, 1, 4);
    long[] costTotal = new long[cols.size()];
    long[] revenueTotal = new long[cols.size()];
    boolean anyCost = false;
    boolean anyRevenue = false;
    for (int k = 0; k < sections; k++) {
      boolean cost = pick(in, 0, 1) == 0;
      List<String> pool = cost ? costs : revenues;
      if (pool.isEmpty()) {
        continue;
      }
      String name = pool.remove((int) pick(in, 0, pool.size() - 1));
      Statement.Kind kind = cost ? Statement.Kind.COST : Statement.Kind.REVENUE;
      anyCost |= cost;
      anyRevenue |= !cost;
      t.rows.add(StatementRow.heading(name, kind));
      long[] section = new long[cols.size()];
      int subs = (int) pick(in, 0, 2);
      for (int sub = 0; sub < Math.max(1, subs); sub++) {
        long[] part = new long[cols.size()];
        if (subs > 0) {
          t.rows.add(StatementRow.heading(SUBSECTIONS.get(sub), kind));
        }
        int lines = (int) pick(in, 1, subs > 0 ? 3 : 5);
        for (int l = 0; l < lines; l++) {
          String label = !plainLabels && pick(in, 0, 5) == 0 ? "Fordran moms kvartal 4"
              : LABELS.get((int) pick(in, 0, LABELS.size() - 1));
          t.line(in, label, kind, part, small);
        }
        add(section, part);
        if (subs > 0 && pick(in, 0, 2) > 0) {
          t.sum("Summa " + SUBSECTIONS.get(sub).toLowerCase(), kind, part);
        }
      }
      if (pick(in, 0, 2) > 0) {
        t.sum("Summa " + name.toLowerCase(), kind, section);
      }
      add(cost ? costTotal : revenueTotal, section);
    }
    if (anyCost && pick(in, 0, 1) == 1) {
      t.sum("Tot. kostnader", Statement.Kind.COST, costTotal);
    }
    if (anyRevenue && pick(in, 0, 1) == 1) {
      t.sum("Tot. intäkter", Statement.Kind.REVENUE, revenueTotal);
    }
    if (pick(in, 0, 2) > 0) {
      long[] result = new long[cols.size()];
      for (int c = 0; c < result.length; c++) {
        result[c] = revenueTotal[c] - costTotal[c];
      }
      t.sum("Resultat", Statement.Kind.RESULT, result);
    }
    return t.build("Resultatrapport " + period);
  }

  /**
   * Balance reports: assets under Omsättningstillgångar (and sometimes Anläggningstillgångar),
   * equity and short-term liabilities, with sub-sums, SUMMA TILLGÅNGAR and SUMMA EGET KAPITAL
   * OCH SKULDER, for one or two dates, kr or tkr; every printed figure right and balanced.
   *
   * @param small amounts below 1 000 units
   */
  static Gen<Statement> balanceStatements(boolean small) {
    return in -> balanceStatement(in, small);
  }

  private static Statement balanceStatement(RandomnessSource in, boolean small) {
    AmountUnit unit = pick(in, 0, 1) == 0 ? AmountUnit.KRONA : AmountUnit.TKR;
    int dates = (int) pick(in, 1, 2);
    List<Statement.Column> cols = new ArrayList<>();
    for (int d = 0; d < dates; d++) {
      cols.add(new Statement.Column(LocalDate.of(2017 - d, 12, 31).toString(),
          Statement.ColumnKind.BALANCE));
    }
    Table t = new Table(unit, cols, List.of(), 0);
    long[] assets = new long[dates];
    t.rows.add(StatementRow.heading("Tillgångar", Statement.Kind.ASSET));
    if (pick(in, 0, 2) == 0) {
      t.rows.add(StatementRow.heading("Anläggningstillgångar", Statement.Kind.ASSET));
      long[] fixed = new long[dates];
      t.line(in, "Inventarier", Statement.Kind.ASSET, fixed, small);
      t.sum("Summa anläggningstillgångar", Statement.Kind.ASSET, fixed);
      add(assets, fixed);
    }
    t.rows.add(StatementRow.heading("Omsättningstillgångar", Statement.Kind.ASSET));
    long[] current = new long[dates];
    t.line(in, "Fordringar", Statement.Kind.ASSET, current, small);
    if (pick(in, 0, 1) == 0) {
      t.line(in, "Förutbetalda kostnader", Statement.Kind.ASSET, current, small);
    }
    t.line(in, "Kassa och bank", Statement.Kind.ASSET, current, small);
    t.sum("Summa omsättningstillgångar", Statement.Kind.ASSET, current);
    add(assets, current);
    t.sum("SUMMA TILLGÅNGAR", Statement.Kind.ASSET, assets);
    t.rows.add(StatementRow.heading("Eget kapital och skulder", Statement.Kind.EQUITY));
    long[] equity = new long[dates];
    long[] liabilities = new long[dates];
    for (int d = 0; d < dates; d++) {
      equity[d] = pick(in, 0, assets[d]);
      liabilities[d] = assets[d] - equity[d];
    }
    t.fixed("Eget kapital", Statement.Kind.EQUITY, equity);
    t.rows.add(StatementRow.heading("Kortfristiga skulder", Statement.Kind.LIABILITY));
    long[] first = new long[dates];
    for (int d = 0; d < dates; d++) {
      first[d] = pick(in, 0, liabilities[d]);
    }
    long[] second = new long[dates];
    for (int d = 0; d < dates; d++) {
      second[d] = liabilities[d] - first[d];
    }
    t.fixed("Leverantörsskulder", Statement.Kind.LIABILITY, first);
    t.fixed("Övriga kortfristiga skulder", Statement.Kind.LIABILITY, second);
    t.sum("Summa kortfristiga skulder", Statement.Kind.LIABILITY, liabilities);
    add(equity, liabilities);
    t.sum("SUMMA EGET KAPITAL OCH SKULDER", Statement.Kind.EQUITY, equity);
    return t.build("Balansräkning");
  }

  private static void add(long[] into, long[] part) {
    for (int c = 0; c < into.length; c++) {
      into[c] += part[c];
    }
  }

  /** A statement being generated: rows with their printed cells in whole units. */
  private static final class Table {
    final AmountUnit unit;
    final List<Statement.Column> cols;
    final List<Statement.Difference> diffs;
    final int convention;
    final List<StatementRow> rows = new ArrayList<>();

    Table(AmountUnit unit, List<Statement.Column> cols, List<Statement.Difference> diffs,
        int convention) {
      this.unit = unit;
      this.cols = cols;
      this.diffs = diffs;
      this.convention = convention;
    }

    /** A line with random cells (now and then an empty one), added to {@code total}. */
    void line(RandomnessSource in, String label, Statement.Kind kind, long[] total,
        boolean small) {
      Long[] v = new Long[cols.size()];
      for (int c = 0; c < v.length; c++) {
        v[c] = pick(in, 0, 11) == 0 ? null : units(in, unit, small);
      }
      int outcome = column(Statement.ColumnKind.OUTCOME);
      int forecast = column(Statement.ColumnKind.FORECAST);
      if (forecast >= 0 && outcome >= 0 && v[outcome] != null) {
        v[forecast] = v[outcome] + (small ? pick(in, 0, 999 - Math.min(999, v[outcome]))
            : units(in, unit, true)); // a forecast is at least what is booked
      }
      for (int c = 0; c < v.length; c++) {
        total[c] += v[c] == null ? 0 : v[c];
      }
      rows.add(row(Statement.RowRole.LINE, label, kind, v));
    }

    void fixed(String label, Statement.Kind kind, long[] values) {
      Long[] v = new Long[values.length];
      for (int c = 0; c < v.length; c++) {
        v[c] = values[c];
      }
      rows.add(row(Statement.RowRole.LINE, label, kind, v));
    }

    void sum(String label, Statement.Kind kind, long[] values) {
      Long[] v = new Long[values.length];
      for (int c = 0; c < v.length; c++) {
        v[c] = values[c];
      }
      rows.add(row(Statement.RowRole.SUM, label, kind, v));
    }

    private int column(Statement.ColumnKind kind) {
      for (int c = 0; c < cols.size(); c++) {
        if (cols.get(c).kind() == kind) {
          return c;
        }
      }
      return -1;
    }

    private StatementRow row(Statement.RowRole role, String label, Statement.Kind kind,
        Long[] v) {
      List<Optional<MonetaryAmount>> values = new ArrayList<>();
      for (Long x : v) {
        values.add(x == null ? Optional.empty() : Optional.of(Amounts.of(x, unit)));
      }
      List<Optional<MonetaryAmount>> printed = new ArrayList<>();
      for (Statement.Difference d : diffs) {
        Long a = v[d.actual()];
        Long p = v[d.planned()];
        if (a == null || p == null) {
          printed.add(Optional.empty());
          continue;
        }
        long x = convention == 0 ? a - p : convention == 1 ? p - a
            : kind == Statement.Kind.COST ? p - a : a - p;
        printed.add(Optional.of(Amounts.of(x, unit)));
      }
      StatementRow r = role == Statement.RowRole.SUM ? StatementRow.sum(label, kind, values)
          : StatementRow.line(label, kind, values);
      return diffs.isEmpty() ? r : r.withDifferences(printed);
    }

    Statement build(String caption) {
      Statement.Builder b = Statement.builder(unit).caption(caption);
      cols.forEach(c -> b.column(c.name(), c.kind()));
      diffs.forEach(d -> b.difference(d.name(), d.actual(), d.planned()));
      rows.forEach(b::row);
      return b.build();
    }
  }
}
