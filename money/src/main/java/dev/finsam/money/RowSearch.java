package dev.finsam.money;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded search for the readings of ambiguous rows that make a table's printed sums add up
 * (<i>tabellens egen aritmetik</i>).
 *
 * <p>For example, in Not 1 of the annual report 2017 the rows of Nordmaling, Vindeln and Vännäs
 * each have three readings; of the 27 combinations only 130 650 | 136 730, 96 688 | 102 548 and
 * 165 672 | 174 020 make both columns add up to the printed "Summa".
 *
 * <p>The rows a sum adds form a constraint; rows joined by constraints form a component, and each
 * component is searched on its own, depth first in row order, each constraint checked as soon as
 * its last ambiguous row has a reading. A row is resolved only if every solution gives it the
 * same reading: after a first solution, one more search per ambiguous row looks for a solution
 * with another reading for it. Each search stops after {@link #BUDGET} steps; a row that the
 * budget leaves unproven stays ambiguous. Nothing is guessed.
 */
final class RowSearch {

  /** The most steps of one search. */
  static final int BUDGET = 5_000;
  /** The most ambiguous rows of one component that are searched; more stay ambiguous. */
  static final int MAX_VARS = 16;
  /** A cell with no value. */
  static final long NONE = Long.MIN_VALUE;

  /**
   * A printed sum and the rows it adds.
   *
   * @param sum the sum's row
   * @param sumSign the sum's kind sign
   * @param items the rows it adds
   * @param signs their kind signs
   * @param tolerance the largest difference accepted, in öre (the rounding of its lines)
   */
  record Constraint(int sum, int sumSign, int[] items, int[] signs, long tolerance) {}

  /** The answer for one component: a reading per row, −1 where it stays ambiguous. */
  record Answer(int[] choice, List<List<Integer>> alternatives, boolean exhausted) {}

  private final List<List<long[]>> candidates;
  private final List<Constraint> constraints;
  private final int columns;
  private int steps;
  private boolean exhausted;

  RowSearch(List<List<long[]>> candidates, List<Constraint> constraints, int columns) {
    this.candidates = candidates;
    this.constraints = constraints;
    this.columns = columns;
  }

  /**
   * Solves the rows of one component.
   *
   * @param rows the component's rows in order
   * @param cons the constraints over them
   * @return the readings; null if no combination satisfies every constraint
   */
  Answer solve(List<Integer> rows, List<Constraint> cons) {
    List<Integer> vars = new ArrayList<>();
    int[] position = new int[candidates.size()];
    java.util.Arrays.fill(position, -1);
    for (int r : rows) {
      if (candidates.get(r).size() > 1) {
        position[r] = vars.size();
        vars.add(r);
      }
    }
    int[] choice = new int[candidates.size()];
    if (vars.size() > MAX_VARS) {
      return new Answer(minusOnes(vars, choice), alternatives(vars), true);
    }
    List<List<Prepared>> trigger = new ArrayList<>();
    for (int k = 0; k <= vars.size(); k++) {
      trigger.add(new ArrayList<>());
    }
    for (Constraint c : cons) {
      Prepared p = new Prepared(c, position);
      trigger.get(p.last + 1).add(p);
    }
    for (Prepared c : trigger.get(0)) {
      if (!c.holds(choice)) {
        return null;
      }
    }
    int[] banned = new int[candidates.size()];
    java.util.Arrays.fill(banned, -1);
    steps = 0;
    exhausted = false;
    if (!search(vars, 0, choice, trigger, banned)) {
      return exhausted ? new Answer(minusOnes(vars, choice), alternatives(vars), true) : null;
    }
    int[] first = choice.clone();
    int[] result = first.clone();
    List<List<Integer>> alts = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      alts.add(List.of());
    }
    boolean unproven = false;
    for (int v : vars) {
      banned[v] = first[v];
      int[] c = first.clone();
      steps = 0;
      exhausted = false;
      boolean other = search(vars, 0, c, trigger, banned);
      banned[v] = -1;
      if (other || exhausted) {
        result[v] = -1;
        alts.set(v, other ? List.of(first[v], c[v]) : allOf(v));
        unproven |= !other;
      }
    }
    return new Answer(result, alts, unproven);
  }

  /** A constraint with the sum of its unambiguous rows worked out once. */
  private final class Prepared {
    final Constraint c;
    final long[] constant;
    final int[] varItems;
    final int[] varSigns;
    final int last;

    Prepared(Constraint c, int[] position) {
      this.c = c;
      this.constant = new long[columns];
      List<Integer> vi = new ArrayList<>();
      List<Integer> vs = new ArrayList<>();
      int lastVar = position[c.sum()];
      for (int i = 0; i < c.items().length; i++) {
        int row = c.items()[i];
        if (position[row] >= 0) {
          vi.add(row);
          vs.add(c.signs()[i]);
          lastVar = Math.max(lastVar, position[row]);
        } else {
          long[] v = candidates.get(row).get(0);
          for (int col = 0; col < columns; col++) {
            if (v[col] != NONE) {
              constant[col] = saturated(constant[col], c.signs()[i] * v[col]);
            }
          }
        }
      }
      this.varItems = vi.stream().mapToInt(Integer::intValue).toArray();
      this.varSigns = vs.stream().mapToInt(Integer::intValue).toArray();
      this.last = lastVar;
    }

    boolean holds(int[] choice) {
      long[] sum = candidates.get(c.sum()).get(choice[c.sum()]);
      for (int col = 0; col < columns; col++) {
        if (sum[col] == NONE) {
          continue;
        }
        long total = constant[col];
        for (int i = 0; i < varItems.length; i++) {
          long v = candidates.get(varItems[i]).get(choice[varItems[i]])[col];
          if (v != NONE) {
            total = saturated(total, varSigns[i] * v);
          }
        }
        long off = saturated(sum[col], -c.sumSign() * total);
        if (Math.abs(off) > c.tolerance()) {
          return false;
        }
      }
      return true;
    }
  }

  private boolean search(List<Integer> vars, int k, int[] choice, List<List<Prepared>> trigger,
      int[] banned) {
    if (k == vars.size()) {
      return true;
    }
    int v = vars.get(k);
    for (int x = 0; x < candidates.get(v).size(); x++) {
      if (x == banned[v]) {
        continue;
      }
      if (++steps > BUDGET) {
        exhausted = true;
        return false;
      }
      choice[v] = x;
      boolean ok = true;
      for (Prepared c : trigger.get(k + 1)) {
        if (!c.holds(choice)) {
          ok = false;
          break;
        }
      }
      if (ok && search(vars, k + 1, choice, trigger, banned)) {
        return true;
      }
      if (exhausted) {
        return false;
      }
    }
    return false;
  }

  private static long saturated(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      return a < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
    }
    return r;
  }

  private int[] minusOnes(List<Integer> vars, int[] choice) {
    int[] r = new int[choice.length];
    for (int v : vars) {
      r[v] = -1;
    }
    return r;
  }

  private List<List<Integer>> alternatives(List<Integer> vars) {
    List<List<Integer>> alts = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      alts.add(List.of());
    }
    for (int v : vars) {
      alts.set(v, allOf(v));
    }
    return alts;
  }

  private List<Integer> allOf(int row) {
    List<Integer> all = new ArrayList<>();
    for (int x = 0; x < candidates.get(row).size(); x++) {
      all.add(x);
    }
    return all;
  }
}
