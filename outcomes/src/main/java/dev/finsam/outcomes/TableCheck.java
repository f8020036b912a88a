package dev.finsam.outcomes;

import dev.finsam.core.Findings;
import dev.finsam.core.Fraction;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of an {@link OutcomeTable}: what construction accepts and how it normalises, and the
 * arithmetic that {@link OutcomeTable#check()} verifies.
 *
 * <p>The sums are linear equations over the printed counts. When every broken equation is
 * explained by one count (one printed number changed), the check names that row once and checks
 * the rest as if the count were right; otherwise it reports each broken rule.
 */
final class TableCheck {

  /** The most decimals a printed percentage may have. */
  static final int MAX_PERCENT_DECIMALS = 6;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TableCheck() {}

  /** Rejects impossible values; orders categories by the scheme; drops agreeing percentages. */
  static OutcomeTable normalise(OutcomeTable t) {
    OutcomeScheme scheme = t.scheme();
    // ended() adds the categories when no ended row is printed: that sum must be a count too
    long women = 0;
    long men = 0;
    long total = 0;
    for (Map.Entry<OutcomeCategory, Count> e : t.categories().entrySet()) {
      Checks.checkArgument(scheme.categories().contains(e.getKey()),
          "category (%s) is not in scheme %s %s", e.getKey(), scheme, scheme.categories());
      women += e.getValue().women();
      men += e.getValue().men();
      total += e.getValue().total();
    }
    Checks.checkArgument(Math.max(total, Math.max(women, men)) <= Integer.MAX_VALUE,
        "categories (%s) must add up to a count that fits an int, not %s + %s = %s",
        t.categories(), women, men, total);
    Map<OutcomeCategory, Count> cats = t.categories();
    boolean ordered = inSchemeOrder(cats.keySet(), scheme.categories());
    if (!ordered) {
      cats = new LinkedHashMap<>();
      for (OutcomeCategory c : scheme.categories()) {
        if (t.categories().containsKey(c)) {
          cats.put(c, t.categories().get(c));
        }
      }
    }
    // the printed percentages that disagree with their counts, in print order; only the
    // subtotal and the categories may have one, as the checks below require
    Map<OutcomeRow, BigDecimal> published = new LinkedHashMap<>();
    long ended = t.ended().total();
    if (t.longTermSubtotal().isPresent()) {
      keepIfDisagreeing(t, OutcomeRow.LONG_TERM_SUBTOTAL, t.longTermSubtotal().get(), ended,
          published);
    }
    for (Map.Entry<OutcomeCategory, Count> e : t.categories().entrySet()) {
      keepIfDisagreeing(t, OutcomeRow.of(e.getKey()), e.getValue(), ended, published);
    }
    for (Map.Entry<OutcomeRow, BigDecimal> e : t.publishedPercents().entrySet()) {
      OutcomeRow row = e.getKey();
      BigDecimal p = e.getValue();
      Checks.checkArgument(row.kind() == OutcomeRow.Kind.CATEGORY
          || row.kind() == OutcomeRow.Kind.LONG_TERM_SUBTOTAL,
          "publishedPercents (%s) must be of a category or the long-term subtotal", row);
      boolean counted = row.kind() == OutcomeRow.Kind.CATEGORY
          ? t.categories().containsKey(row.category().orElseThrow())
          : t.longTermSubtotal().isPresent();
      Checks.checkArgument(counted, "publishedPercents (%s) has no count for that row", row);
      Checks.checkArgument(p.signum() >= 0 && p.compareTo(HUNDRED) <= 0
          && p.scale() >= 0 && p.scale() <= MAX_PERCENT_DECIMALS,
          "publishedPercents of %s (%s) must be 0 to 100 with at most %s decimals", row,
          p, MAX_PERCENT_DECIMALS); // not toPlainString: 1E-999999999 would be 10⁹ characters
    }
    if (ordered && sameOrder(published.keySet(), t.publishedPercents().keySet())) {
      return t;
    }
    return ImmutableOutcomeTable.create(scheme, t.participants(), t.newcomers(), t.endedRow(),
        t.longTermSubtotal(), cats, t.remaining(), published);
  }

  /** True if the categories, all of the scheme, come in the scheme's order. */
  private static boolean inSchemeOrder(Collection<OutcomeCategory> cats,
      List<OutcomeCategory> scheme) {
    int next = 0;
    for (OutcomeCategory c : cats) {
      while (next < scheme.size() && !scheme.get(next).equals(c)) {
        next++;
      }
      if (next == scheme.size()) {
        return false;
      }
      next++;
    }
    return true;
  }

  /** True if both hold equal elements in the same order. */
  private static boolean sameOrder(Collection<?> a, Collection<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    Iterator<?> other = b.iterator();
    for (Object x : a) {
      if (!x.equals(other.next())) {
        return false;
      }
    }
    return true;
  }

  /** Keeps a row's printed percentage, if it has one, unless it agrees with the row's count. */
  private static void keepIfDisagreeing(OutcomeTable t, OutcomeRow row, Count count, long ended,
      Map<OutcomeRow, BigDecimal> kept) {
    BigDecimal p = t.publishedPercents().get(row);
    if (p != null && !agrees(count, ended, p)) {
      kept.put(row, p);
    }
  }

  /** True if a printed percentage is the row's share rounded half up at its decimals. */
  private static boolean agrees(Count row, long ended, BigDecimal p) {
    return ended > 0 && p.scale() >= 0 && p.scale() <= MAX_PERCENT_DECIMALS
        && Shares.percentHalfUp(row.total(), ended, p.scale()).compareTo(p) == 0;
  }

  static Findings check(OutcomeTable t) {
    Findings.Builder f = Findings.builder();
    Equations eq = Equations.of(t);
    List<Equations.Equation> broken = eq.broken();
    OutcomeTable repaired = t;
    OutcomeRow suspect = null;
    boolean unsure = false;
    Equations.Culprit culprit = eq.culprit(broken).orElse(null);
    if (culprit != null) {
      // one row explains every broken sum: report it once, and check the rest without it
      // the later checks are of totals: a row whose women or men are wrong is no suspect there
      f.error(culprit.code(), culprit.message());
      suspect = culprit.totalInDoubt() ? culprit.row() : null;
      if (culprit.repaired() != null) {
        repaired = culprit.repaired();
      } else {
        unsure = culprit.totalInDoubt();
      }
    } else {
      for (String[] finding : eq.describe(broken)) {
        f.error(finding[0], finding[1]);
      }
    }
    // an ended row's total in doubt is always the one count that explains it, and is repaired;
    // a category's total in doubt leaves the ended unknown when they are the categories' sum
    boolean endedUnknown = unsure && suspect.kind() == OutcomeRow.Kind.CATEGORY
        && t.endedRow().isEmpty();
    limits(f, repaired, unsure ? suspect : null);
    if (!endedUnknown) {
      percents(f, t, repaired.ended().total(), suspect);
    }
    return f.build();
  }

  private static void limits(Findings.Builder f, OutcomeTable t, OutcomeRow suspect) {
    long participants = t.participants().total();
    t.newcomers().ifPresent(n -> {
      if (n.total() > participants && !OutcomeRow.NEWCOMERS.equals(suspect)
          && !OutcomeRow.PARTICIPANTS.equals(suspect)) {
        f.error("outcomes.newcomers.exceed", "Nya för perioden (" + Swedish.integer(n.total())
            + ") är fler än deltagarna (" + Swedish.integer(participants) + ").");
      }
    });
    long ended = t.ended().total();
    if (ended > participants && suspect == null) {
      f.error("outcomes.ended.exceed", "Avslutade (" + Swedish.integer(ended)
          + ") är fler än deltagarna (" + Swedish.integer(participants) + ").");
    }
  }

  /** Printed percentages against the counts as printed, of the ended as the sums give them. */
  private static void percents(Findings.Builder f, OutcomeTable t, long ended,
      OutcomeRow suspect) {
    if (ended == 0) {
      return;
    }
    Map<OutcomeRow, Count> rows = t.rows();
    List<OutcomeRow> order = new ArrayList<>(t.publishedPercents().keySet());
    for (OutcomeRow row : order) {
      BigDecimal p = t.publishedPercents().get(row);
      if (row.equals(suspect)) {
        continue;
      }
      long n = rows.get(row).total();
      Fraction exact = Fraction.of(n, ended);
      BigDecimal rounded = exact.toPercent(RoundingMode.HALF_UP, p.scale());
      if (rounded.compareTo(p) == 0) {
        continue;
      }
      String text = "Raden \"" + t.scheme().label(row) + "\" anger " + Swedish.percent(p) + " men "
          + Swedish.integer(n) + " av " + Swedish.integer(ended) + " är "
          + Swedish.percent(exact, p.scale() + 1) + ", avrundat " + Swedish.percent(rounded) + ".";
      Fraction off = Fraction.of(p).minus(exact.times(100));
      Fraction unit = Fraction.of(BigDecimal.ONE.movePointLeft(p.scale()));
      if (off.signum() < 0) {
        off = off.negated();
      }
      if (off.compareTo(unit) < 0) {
        f.warning("outcomes.percent.rounding", text);
      } else {
        f.error("outcomes.percent.published", text);
      }
    }
  }
}
