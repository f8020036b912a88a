package dev.finsam.money;

import dev.finsam.core.Findings;
import dev.finsam.core.text.NumberTokens;
import dev.finsam.money.StatementResolver.Raw;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses one reading per row by the table's sums (<i>val av tolkning</i>), component by
 * component, with {@link RowSearch}; reports the rows it cannot choose for.
 *
 * <p>For example, in Not 2 of the annual report 2017 no reading that fills both cells of
 * "Skandia, pensionsförsäkring 4 797" lets the note's sum add up; with empty cells allowed,
 * 4 797 | – (only 2017) does.
 *
 * <p>A row in no sum keeps its only reading, or is ambiguous. A component whose sums no full
 * reading explains is tried again with empty cells allowed in its short rows (at most as many
 * number words as cells, plus two for the label), but only in tables without difference columns,
 * where nothing else could tell. A component that even then has no solution keeps the rows that
 * have one reading and reports the others.
 */
final class ReadingChoice {

  private final List<Raw> raws;
  private final StatementHeader header;
  private final Statement.Signs signs;
  private final int[][] scope;
  private final Findings.Builder findings;
  private final int[] local;

  ReadingChoice(List<Raw> raws, StatementHeader header, Statement.Signs signs, int[][] scope,
      Findings.Builder findings) {
    this.raws = raws;
    this.header = header;
    this.signs = signs;
    this.scope = scope;
    this.findings = findings;
    this.local = new int[raws.size()];
  }

  int[] choose() {
    int n = raws.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      if (raws.get(i).role == Statement.RowRole.SUM) {
        for (int j : scope[i]) {
          union(parent, i, j);
        }
      }
    }
    List<List<Integer>> components = new ArrayList<>();
    int[] index = new int[n];
    java.util.Arrays.fill(index, -1);
    for (int i = 0; i < n; i++) {
      if (raws.get(i).role == Statement.RowRole.HEADING) {
        continue;
      }
      int root = find(parent, i);
      if (index[root] < 0) {
        index[root] = components.size();
        components.add(new ArrayList<>());
      }
      components.get(index[root]).add(i);
    }
    int[] choice = new int[n];
    for (List<Integer> component : components) {
      solve(component, choice);
    }
    for (int i = 0; i < n; i++) {
      Raw r = raws.get(i);
      if (r.tooMany && choice[i] >= 0) {
        choice[i] = -1;
        report(r, r.readings, "fler än " + NumberTokens.MAX_READINGS + " tolkningar är möjliga");
      }
    }
    return choice;
  }

  private void solve(List<Integer> rows, int[] choice) {
    boolean needed = rows.stream().anyMatch(r -> raws.get(r).readings.size() > 1);
    if (!needed) {
      return; // every row has one reading; the check reports any sum that does not add up
    }
    if (rows.size() == 1) {
      int r = rows.get(0); // in no sum: nothing can choose
      choice[r] = -1;
      report(raws.get(r), raws.get(r).readings, "ingen summa i tabellen avgör vilket");
      return;
    }
    RowSearch.Answer a = attempt(rows);
    if (a == null && header.differences.isEmpty()) {
      boolean more = false;
      for (int r : rows) {
        more |= addPartial(raws.get(r));
      }
      a = more ? attempt(rows) : null;
    }
    if (a == null) {
      for (int r : rows) {
        if (raws.get(r).readings.size() > 1) {
          choice[r] = -1;
          report(raws.get(r), raws.get(r).readings, "ingen av dem får tabellens summor att "
              + "stämma");
        }
      }
      return;
    }
    for (int k = 0; k < rows.size(); k++) {
      int r = rows.get(k);
      choice[r] = a.choice()[k];
      if (choice[r] < 0) {
        List<RowReadings.Reading> alts = new ArrayList<>();
        for (int x : a.alternatives().get(k)) {
          alts.add(raws.get(r).readings.get(x));
        }
        report(raws.get(r), alts, a.exhausted() ? "tabellen har för många tvetydiga rader för "
            + "att summorna ska avgöra" : "tabellens summor avgör inte vilket");
      }
    }
  }

  private RowSearch.Answer attempt(List<Integer> rows) {
    for (int k = 0; k < rows.size(); k++) {
      local[rows.get(k)] = k;
    }
    List<List<long[]>> candidates = new ArrayList<>();
    for (int r : rows) {
      Raw raw = raws.get(r);
      int sign = signs == Statement.Signs.SIGNED ? raw.kind.sign() : 1;
      List<long[]> cs = new ArrayList<>();
      for (RowReadings.Reading x : raw.readings) {
        long[] v = new long[header.columns.size()];
        for (int k = 0; k < x.cells().length; k++) {
          int c = header.order[k];
          if (c >= 0) {
            v[c] = x.cells()[k] == null ? RowSearch.NONE : sign * x.cells()[k];
          }
        }
        cs.add(v);
      }
      candidates.add(cs);
    }
    List<RowSearch.Constraint> cons = new ArrayList<>();
    for (int r : rows) {
      if (raws.get(r).role != Statement.RowRole.SUM || tooMany(r)) {
        continue;
      }
      int[] items = new int[scope[r].length];
      int[] signsOf = new int[items.length];
      for (int k = 0; k < items.length; k++) {
        items[k] = local[scope[r][k]];
        signsOf[k] = raws.get(scope[r][k]).kind.sign();
      }
      long tolerance = (long) scope[r].length * header.unit.ore() / 2;
      cons.add(new RowSearch.Constraint(local[r], raws.get(r).kind.sign(), items, signsOf,
          tolerance));
    }
    List<Integer> all = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      all.add(k);
    }
    return new RowSearch(candidates, cons, header.columns.size()).solve(all, cons);
  }

  /** Does a sum add, or is it, a row with too many readings to list? Its sum cannot decide. */
  private boolean tooMany(int sum) {
    if (raws.get(sum).tooMany) {
      return true;
    }
    for (int j : scope[sum]) {
      if (raws.get(j).tooMany) {
        return true;
      }
    }
    return false;
  }

  private boolean addPartial(Raw r) {
    if (r.fixed || r.tokens == null
        || r.tokens.size() > header.cells() + RowReadings.MAX_LABEL_WORDS) {
      return false;
    }
    List<RowReadings.Reading> more = RowReadings.of(r.tokens, header.cells(), header.note,
        r.role == Statement.RowRole.SUM, header.unit, true, !header.differences.isEmpty()).list();
    int before = r.readings.size();
    for (RowReadings.Reading x : more) {
      if (r.readings.stream().noneMatch(x::sameValues)) {
        r.readings.add(x);
      }
    }
    return r.readings.size() > before;
  }

  private void report(Raw r, List<RowReadings.Reading> readings, String why) {
    findings.warning("statement.row.ambiguous", "Raden \"" + r.label + "\" (rad " + r.line
        + ") kan läsas på flera sätt: " + RowReadings.list(readings, header.unit) + "; " + why
        + ", så raden läses utan belopp.");
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
