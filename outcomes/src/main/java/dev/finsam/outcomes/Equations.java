package dev.finsam.outcomes;

import dev.finsam.core.text.Swedish;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sums of an {@link OutcomeTable} as linear equations over its printed counts (<i>tabellens
 * summor</i>): women + men = total on each row; the categories add up to the ended; the long-term
 * categories to the subtotal; participants − ended = remaining. Finds the one count that explains
 * every broken equation, if there is one.
 */
final class Equations {

  /** A column of a row. */
  enum Part {
    WOMEN("kvinnor"), MEN("män"), TOTAL("totalt");

    final String swedish;

    Part(String swedish) {
      this.swedish = swedish;
    }

    int of(Count c) {
      return this == WOMEN ? c.women() : this == MEN ? c.men() : c.total();
    }
  }

  /** One printed number: a row's column. */
  record Cell(OutcomeRow row, Part part) {}

  /** One equation: the sum of signed cells is zero. */
  record Equation(String group, OutcomeRow about, Part part, Map<Cell, Integer> terms,
      long residual) {}

  /**
   * The row that explains every broken equation; the table with it corrected when one count does
   * (else null); and whether its total may be the wrong count (else only women or men may be).
   */
  record Culprit(String code, String message, OutcomeRow row, OutcomeTable repaired,
      boolean totalInDoubt) {}

  private final OutcomeTable table;
  private final Map<OutcomeRow, Count> rows;
  private final List<Equation> all = new ArrayList<>();

  private Equations(OutcomeTable table) {
    this.table = table;
    this.rows = table.rows();
  }

  static Equations of(OutcomeTable t) {
    Equations e = new Equations(t);
    e.build();
    return e;
  }

  private void build() {
    rows.forEach((row, c) -> {
      if (c.bySex()) {
        add("sex-sum", row, Part.TOTAL, List.of(new Cell(row, Part.WOMEN),
            new Cell(row, Part.MEN)), List.of(new Cell(row, Part.TOTAL)));
      }
    });
    List<OutcomeRow> cats = new ArrayList<>();
    table.categories().keySet().forEach(c -> cats.add(OutcomeRow.of(c)));
    table.endedRow().ifPresent(e -> sums("categories-sum", OutcomeRow.ENDED, cats));
    table.longTermSubtotal().ifPresent(s -> {
      List<OutcomeRow> positive = new ArrayList<>();
      for (OutcomeRow r : cats) {
        if (table.scheme().isPositive(r.category().orElseThrow())) {
          positive.add(r);
        }
      }
      sums("subtotal", OutcomeRow.LONG_TERM_SUBTOTAL, positive);
    });
    table.remaining().ifPresent(r -> {
      List<OutcomeRow> ended = table.endedRow().isPresent() ? List.of(OutcomeRow.ENDED) : cats;
      List<OutcomeRow> minus = new ArrayList<>(ended);
      minus.add(OutcomeRow.REMAINING);
      for (Part p : parts(minus, OutcomeRow.PARTICIPANTS)) {
        List<Cell> take = new ArrayList<>();
        minus.forEach(m -> take.add(new Cell(m, p)));
        add("remaining", OutcomeRow.REMAINING, p, List.of(new Cell(OutcomeRow.PARTICIPANTS, p)),
            take);
      }
    });
  }

  /** Σ parts = whole, in total and, where every row is split, per sex. */
  private void sums(String group, OutcomeRow whole, List<OutcomeRow> parts) {
    for (Part p : parts(parts, whole)) {
      List<Cell> plus = new ArrayList<>();
      parts.forEach(r -> plus.add(new Cell(r, p)));
      add(group, whole, p, plus, List.of(new Cell(whole, p)));
    }
  }

  private List<Part> parts(List<OutcomeRow> rowsInvolved, OutcomeRow other) {
    boolean bySex = rows.get(other).bySex();
    for (OutcomeRow r : rowsInvolved) {
      bySex &= rows.get(r).bySex();
    }
    return bySex ? List.of(Part.TOTAL, Part.WOMEN, Part.MEN) : List.of(Part.TOTAL);
  }

  private void add(String group, OutcomeRow about, Part part, List<Cell> plus, List<Cell> minus) {
    Map<Cell, Integer> terms = new LinkedHashMap<>();
    long residual = 0;
    for (Cell c : plus) {
      terms.merge(c, 1, Integer::sum);
      residual += value(c);
    }
    for (Cell c : minus) {
      terms.merge(c, -1, Integer::sum);
      residual -= value(c);
    }
    all.add(new Equation(group, about, part, terms, residual));
  }

  private long value(Cell c) {
    return c.part().of(rows.get(c.row()));
  }

  List<Equation> broken() {
    List<Equation> b = new ArrayList<>();
    for (Equation e : all) {
      if (e.residual() != 0) {
        b.add(e);
      }
    }
    return b;
  }

  /**
   * The row whose one count explains exactly the broken equations: every equation that holds
   * the cell is broken, every broken one holds it, and all agree on its value.
   */
  Optional<Culprit> culprit(List<Equation> broken) {
    if (broken.isEmpty()) {
      return Optional.empty();
    }
    Set<Cell> cells = new LinkedHashSet<>();
    all.forEach(e -> cells.addAll(e.terms().keySet()));
    List<Cell> candidates = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (Cell x : cells) {
      Long v = explains(x, broken);
      if (v != null) {
        candidates.add(x);
        values.add(v);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    OutcomeRow row = candidates.get(0).row();
    for (Cell c : candidates) {
      if (!c.row().equals(row)) {
        return Optional.empty();
      }
    }
    String label = table.scheme().label(row);
    if (candidates.size() > 1) {
      List<String[]> d = describe(broken);
      boolean total = false;
      for (Cell c : candidates) {
        total |= c.part() == Part.TOTAL;
      }
      return Optional.of(new Culprit(d.get(0)[0], d.get(0)[1], row, null, total));
    }
    Cell x = candidates.get(0);
    long v = values.get(0);
    String message = "Raden \"" + label + "\" anger " + x.part().swedish + " "
        + Swedish.integer(value(x)) + ", men tabellens övriga rader och summor ger "
        + Swedish.integer(v) + ".";
    return Optional.of(new Culprit("outcomes.count.mismatch", message, row, repaired(x, (int) v),
        x.part() == Part.TOTAL));
  }

  private Long explains(Cell x, List<Equation> broken) {
    Long delta = null;
    int holding = 0;
    for (Equation e : all) {
      Integer sign = e.terms().get(x);
      if (sign == null || sign == 0) {
        continue;
      }
      holding++;
      if (e.residual() == 0 || Math.abs(sign) != 1) {
        return null;
      }
      long d = -e.residual() * sign;
      if (delta != null && delta != d) {
        return null;
      }
      delta = d;
    }
    if (delta == null || holding != broken.size()) {
      return null;
    }
    long v = value(x) + delta;
    return v >= 0 && v <= Integer.MAX_VALUE ? v : null;
  }

  private OutcomeTable repaired(Cell x, int v) {
    Count c = rows.get(x.row());
    Count fixed = x.part() == Part.WOMEN ? Count.of(v, c.men(), c.total())
        : x.part() == Part.MEN ? Count.of(c.women(), v, c.total())
        : new Count(c.women(), c.men(), v, c.bySex());
    OutcomeTable.Builder b = OutcomeTable.builder(table.scheme());
    rows.forEach((row, n) -> put(b, row, row.equals(x.row()) ? fixed : n));
    table.publishedPercents().forEach(b::putPublishedPercents);
    return b.build();
  }

  static void put(OutcomeTable.Builder b, OutcomeRow row, Count n) {
    switch (row.kind()) {
      case PARTICIPANTS:
        b.participants(n);
        break;
      case NEWCOMERS:
        b.newcomers(n);
        break;
      case ENDED:
        b.endedRow(n);
        break;
      case LONG_TERM_SUBTOTAL:
        b.longTermSubtotal(n);
        break;
      case REMAINING:
        b.remaining(n);
        break;
      default:
        b.ended(row.category().orElseThrow(), n);
    }
  }

  /** One finding (code, message) per broken group: per row for sex sums, else per sum. */
  List<String[]> describe(List<Equation> broken) {
    Map<String, List<Equation>> groups = new LinkedHashMap<>();
    for (Equation e : broken) {
      groups.computeIfAbsent(e.group() + " " + e.about(), k -> new ArrayList<>()).add(e);
    }
    List<String[]> out = new ArrayList<>();
    for (List<Equation> g : groups.values()) {
      Equation first = g.get(0);
      OutcomeRow about = first.about();
      String label = table.scheme().label(about);
      Count c = rows.get(about);
      if (first.group().equals("sex-sum")) {
        out.add(new String[] {"outcomes.row.sex-sum", "Raden \"" + label + "\": kvinnor "
            + Swedish.integer(c.women()) + " + män " + Swedish.integer(c.men()) + " = "
            + Swedish.integer((long) c.women() + c.men()) + ", men totalen är "
            + Swedish.integer(c.total()) + "."});
        continue;
      }
      String code = first.group().equals("subtotal") ? "outcomes.subtotal.sum"
          : first.group().equals("remaining") ? "outcomes.remaining"
          : "outcomes.ended.categories-sum";
      String phrase = first.group().equals("subtotal") ? "De långsiktiga lösningarna summerar till "
          : first.group().equals("remaining") ? "Deltagare minus avslutade är "
          : "Avslutskategorierna summerar till ";
      long[] expected = {c.women(), c.men(), c.total()};
      boolean total = false;
      for (Equation e : g) {
        expected[e.part().ordinal()] += e.residual();
        total |= e.part() == Part.TOTAL;
      }
      String text = total
          ? phrase + Swedish.integer(expected[2]) + ", men raden \"" + label + "\" anger "
              + Swedish.integer(c.total()) + "."
          : phrase + "kvinnor " + Swedish.integer(expected[0]) + " och män "
              + Swedish.integer(expected[1]) + ", men raden \"" + label + "\" anger "
              + Swedish.integer(c.women()) + " och " + Swedish.integer(c.men()) + ".";
      out.add(new String[] {code, text});
    }
    return out;
  }
}
