package dev.finsam.outcomes;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of outcome tables in domain terms, with edges (zeros, ties, one person) mixed in. */
final class OutcomeGenerators {

  private OutcomeGenerators() {}

  /** A count of people: mostly small, often zero, sometimes large. */
  static Gen<Integer> people() {
    return integers().between(0, 60).mix(Generate.pick(List.of(0, 1)), 30)
        .mix(integers().between(0, 5000), 10);
  }

  /** A count of people up to a million, with the edges 999, 1 000, 999 999 and 10^6 mixed in. */
  static Gen<Integer> manyPeople() {
    return people().mix(integers().between(0, 1_000_000), 30)
        .mix(Generate.pick(List.of(999, 1000, 1001, 100_000, 999_999, 1_000_000)), 10);
  }

  /** Any count an {@link OutcomeTable} holds, up to {@link Integer#MAX_VALUE} itself. */
  static Gen<Integer> anyCounts() {
    return manyPeople().mix(integers().between(0, Integer.MAX_VALUE), 30)
        .mix(Generate.pick(List.of(Integer.MAX_VALUE, Integer.MAX_VALUE - 1)), 10);
  }

  /** The two schemes that reports print. */
  static Gen<OutcomeScheme> schemes() {
    return Generate.pick(List.of(OutcomeScheme.CLASSIC, OutcomeScheme.SUS));
  }

  /** Consistent classic tables: categories add up, remaining = participants - ended. */
  static Gen<OutcomeTable> outcomeTables() {
    Gen<List<Integer>> eight = lists().of(people()).ofSize(8);
    Gen<List<Integer>> ties = people().zip(people(), (a, b) -> List.of(a, b, a, b, a, b, a, b));
    return eight.mix(ties, 20).zip(people(), people(), (c, remainingW, remainingM) -> {
      OutcomeTable.Builder b = OutcomeTable.builder(OutcomeScheme.CLASSIC);
      int women = 0;
      int men = 0;
      List<OutcomeCategory> cats = OutcomeScheme.CLASSIC.categories();
      for (int i = 0; i < 4; i++) {
        b.ended(cats.get(i), c.get(2 * i), c.get(2 * i + 1));
        women += c.get(2 * i);
        men += c.get(2 * i + 1);
      }
      return b.participants(women + remainingW, men + remainingM)
          .newcomers(Math.min(women + remainingW, remainingW), remainingM / 2)
          .endedTotal(women, men).remaining(remainingW, remainingM).build();
    });
  }

  /**
   * Consistent tables of either scheme, split by sex, with every row printed (the SUS subtotal
   * too) and printed percentages that agree: the shape of a published table.
   */
  static Gen<OutcomeTable> publishedTables() {
    return schemes().zip(lists().of(manyPeople()).ofSize(18), (scheme, n) -> {
      List<OutcomeCategory> cats = scheme.categories();
      OutcomeTable.Builder b = OutcomeTable.builder(scheme);
      Count ended = Count.ZERO;
      Count longTerm = Count.ZERO;
      for (int i = 0; i < cats.size(); i++) {
        Count c = Count.of(n.get(2 * i) / 8, n.get(2 * i + 1) / 8);
        b.ended(cats.get(i), c);
        ended = ended.plus(c);
        longTerm = scheme.isPositive(cats.get(i)) ? longTerm.plus(c) : longTerm;
      }
      Count remaining = Count.of(n.get(14) / 8, n.get(15) / 8);
      Count participants = ended.plus(remaining);
      b.participants(participants).endedRow(ended).remaining(remaining)
          .newcomers(Count.of(Math.min(participants.women(), n.get(16)),
              Math.min(participants.men(), n.get(17))));
      if (scheme.isSusCoded()) {
        b.longTermSubtotal(longTerm);
      }
      return b.build();
    });
  }

  /**
   * Any table that construction accepts: either scheme, rows present or absent, blank sex columns
   * ({@link Count#ofTotal}), printed percentages with and without decimals (right, rounded another
   * way, or wrong), and counts that do not add up.
   */
  static Gen<OutcomeTable> anyTables() {
    Gen<Count> counts = manyPeople().zip(manyPeople(), manyPeople(), booleans().all(),
        (w, m, t, bySex) -> bySex ? Count.of(w / 2, m / 2) : Count.ofTotal(t));
    Gen<Count> wrong = manyPeople().zip(manyPeople(), manyPeople(), Count::of);
    Gen<Count> rows = counts.mix(wrong, 15);
    Gen<Integer> optional = integers().between(0, 3);
    return schemes().zip(lists().of(rows).ofSize(12), lists().of(optional).ofSize(12),
        lists().of(integers().between(0, 1000)).ofSize(8), (scheme, c, present, pct) -> {
          OutcomeTable.Builder b = OutcomeTable.builder(scheme).participants(c.get(0));
          List<OutcomeRow> percentRows = new ArrayList<>();
          if (present.get(0) > 0) {
            b.newcomers(c.get(1));
          }
          if (present.get(1) > 0) {
            b.endedRow(c.get(2));
          }
          if (present.get(2) > 0) {
            b.remaining(c.get(3));
          }
          if (scheme.isSusCoded() && present.get(3) > 0) {
            b.longTermSubtotal(c.get(4));
            percentRows.add(OutcomeRow.LONG_TERM_SUBTOTAL);
          }
          List<OutcomeCategory> cats = scheme.categories();
          for (int i = 0; i < cats.size(); i++) {
            if (present.get(4 + i) > 0) {
              b.ended(cats.get(i), c.get(5 + i));
              percentRows.add(OutcomeRow.of(cats.get(i)));
            }
          }
          for (int i = 0; i < percentRows.size() && i < pct.size(); i++) {
            int p = pct.get(i);
            if (p <= 100) {
              b.putPublishedPercents(percentRows.get(i), BigDecimal.valueOf(p));
            } else if (p % 3 == 0) {
              b.putPublishedPercents(percentRows.get(i), BigDecimal.valueOf(p, 1));
            }
          }
          return b.build();
        });
  }

  /**
   * Published tables (their sums hold) with printed percentages right, rounded another way, one
   * printed unit off, or wrong.
   */
  static Gen<OutcomeTable> tablesWithPrintedPercents() {
    return publishedTables().zip(lists().of(integers().between(0, 1000)).ofSize(8),
        (t, pct) -> {
          OutcomeTable.Builder b = OutcomeTable.builder(t.scheme()).from(t);
          List<OutcomeRow> rows = new ArrayList<>();
          t.longTermSubtotal().ifPresent(s -> rows.add(OutcomeRow.LONG_TERM_SUBTOTAL));
          t.categories().keySet().forEach(c -> rows.add(OutcomeRow.of(c)));
          for (int i = 0; i < rows.size() && i < pct.size(); i++) {
            int p = pct.get(i);
            if (p <= 100) {
              b.putPublishedPercents(rows.get(i), BigDecimal.valueOf(p));
            } else if (p % 2 == 0 && t.hasEnded()) {
              long n = t.rows().get(rows.get(i)).total();
              // the share rounded down, and at one or two decimals
              b.putPublishedPercents(rows.get(i), BigDecimal.valueOf(100 * n).divide(
                  BigDecimal.valueOf(t.ended().total()), p % 3, java.math.RoundingMode.DOWN));
            } else if (t.hasEnded()) {
              // the share rounded half up, then one printed unit off: exactly one unit from an
              // exact share, less than one from another
              long n = t.rows().get(rows.get(i)).total();
              BigDecimal rounded = BigDecimal.valueOf(100 * n).divide(
                  BigDecimal.valueOf(t.ended().total()), p % 3, java.math.RoundingMode.HALF_UP);
              BigDecimal unit = BigDecimal.ONE.movePointLeft(p % 3);
              BigDecimal off = rounded.signum() > 0 && p % 4 == 1 ? rounded.subtract(unit)
                  : rounded.add(unit);
              b.putPublishedPercents(rows.get(i), off.compareTo(BigDecimal.valueOf(100)) > 0
                  ? rounded.subtract(unit) : off);
            }
          }
          return b.build();
        });
  }

  /** Published tables where some rows leave women and men blank, as reports sometimes do. */
  static Gen<OutcomeTable> publishedTablesSomeWithoutSex() {
    return publishedTables().zip(lists().of(booleans().all()).ofSize(12), (t, blank) -> {
      OutcomeTable.Builder b = OutcomeTable.builder(t.scheme());
      int i = 0;
      for (java.util.Map.Entry<OutcomeRow, Count> e : t.rows().entrySet()) {
        Count c = e.getValue();
        Equations.put(b, e.getKey(), blank.get(i++ % blank.size()) ? Count.ofTotal(c.total()) : c);
      }
      return b.build();
    });
  }
}
