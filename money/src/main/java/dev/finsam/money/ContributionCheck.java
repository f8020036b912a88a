package dev.finsam.money;

import static dev.finsam.money.Amounts.kronor;
import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import dev.finsam.core.text.Checks;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * Checks reported contributions against the rule (<i>kontroll av medlemsavgifter</i>): what each
 * member should have paid by the plan, and whether the state's half and the two quarters are in
 * proportion.
 *
 * <p>For example, the 2016 figures of Umeåregionen: the state paid 6 214 932 kr, 68 kr less than
 * twice the region's 3 107 500 kr; {@code ContributionCheck.against(plan, reported, Amounts.sek(0))}
 * reports it as {@code contribution.state.not-twice-region}.
 *
 * <p>A deviation larger than the tolerance is an ERROR; a deviation within it is INFO, so it is
 * seen but does not make the answer unclean. Codes:
 * <ul>
 *   <li>{@code contribution.deviation}: a member paid other than the plan says, beyond tolerance;
 *   <li>{@code contribution.deviation.within-tolerance}: the same, within tolerance;
 *   <li>{@code contribution.municipality.missing}: the plan has a municipality the report lacks;
 *   <li>{@code contribution.municipality.unexpected}: the report has one the plan lacks;
 *   <li>{@code contribution.state.not-twice-region}: the state did not pay twice the region;
 *   <li>{@code contribution.region.not-equal-municipalities}: the two quarters differ.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContributionCheck {

  private ContributionCheck() {}

  /**
   * Compares what was reported with the plan, member by member, and checks the proportions.
   *
   * @param plan the plan by the rule, not null
   * @param reported what a document says was paid, not null
   * @param tolerance the largest deviation that is only INFO, not negative, not null
   * @return the findings, never null; clean if every member paid within tolerance
   * @throws IllegalArgumentException if the tolerance is negative
   */
  public static Findings against(ContributionPlan plan, ReportedContributions reported,
      MonetaryAmount tolerance) {
    requireNonNull(plan, "plan");
    requireNonNull(reported, "reported");
    long tol = tolerance(tolerance);
    Findings.Builder f = Findings.builder();
    compare(f, "Staten (Försäkringskassan)", Amounts.toOre(plan.state()), reported.stateOre(), tol);
    compare(f, "Regionen", Amounts.toOre(plan.region()), reported.regionOre(), tol);
    Allocation<String> m = plan.municipalities();
    Map<String, Long> rep = reported.municipalOre();
    long ore = plan.unit().ore();
    for (int i = 0; i < m.size(); i++) {
      String name = m.keyAt(i);
      long expected = m.unitsAt(i) * ore; // a share of a total that fits in öre
      Long actual = rep.get(name);
      if (actual == null) {
        if (expected != 0) {
          f.error("contribution.municipality.missing", name + " ska enligt fördelningsnyckeln "
              + "betala " + kronor(expected) + " men saknas i redovisningen.");
        }
      } else {
        compare(f, name, expected, actual, tol);
      }
    }
    Set<String> planned = new HashSet<>(m.keys());
    for (Map.Entry<String, Long> e : rep.entrySet()) {
      if (!planned.contains(e.getKey()) && e.getValue() != 0) {
        f.error("contribution.municipality.unexpected", e.getKey() + " redovisas med "
            + kronor(e.getValue()) + " men finns inte i fördelningsnyckeln.");
      }
    }
    return f.build().plus(proportions(reported, tolerance));
  }

  /**
   * Checks the Finsam proportions on reported figures alone: the state pays as much as the region
   * and the municipalities together, and the region as much as the municipalities together.
   *
   * @param reported what a document says was paid, not null
   * @param tolerance the largest deviation that is only INFO, not negative, not null
   * @return the findings, never null
   * @throws IllegalArgumentException if the tolerance is negative
   */
  public static Findings proportions(ReportedContributions reported, MonetaryAmount tolerance) {
    requireNonNull(reported, "reported");
    long tol = tolerance(tolerance);
    Findings.Builder f = Findings.builder();
    BigInteger state = BigInteger.valueOf(reported.stateOre());
    BigInteger region = BigInteger.valueOf(reported.regionOre());
    BigInteger municipal = BigInteger.valueOf(reported.municipalSumOre());
    BigInteger twiceRegion = region.shiftLeft(1);
    if (!state.equals(twiceRegion)) {
      BigInteger diff = state.subtract(twiceRegion);
      String text = "Staten betalade " + kronor(state) + ", " + kronor(diff.abs())
          + (diff.signum() < 0 ? " mindre" : " mer") + " än två gånger regionens "
          + kronor(region) + " (" + kronor(twiceRegion)
          + "); enligt FinsamL 5 § betalar staten hälften.";
      add(f, beyond(diff, tol), "contribution.state.not-twice-region", text);
    }
    if (!reported.municipalOre().isEmpty() && !region.equals(municipal)) {
      BigInteger diff = municipal.subtract(region);
      String text = "Kommunerna betalade tillsammans " + kronor(municipal) + ", "
          + kronor(diff.abs()) + (diff.signum() < 0 ? " mindre" : " mer") + " än regionens "
          + kronor(region) + "; de ska betala var sin fjärdedel.";
      add(f, beyond(diff, tol), "contribution.region.not-equal-municipalities", text);
    }
    return f.build();
  }

  private static void compare(Findings.Builder f, String who, long expected, long actual,
      long tol) {
    if (expected == actual) {
      return;
    }
    // may not fit in a long
    BigInteger diff = BigInteger.valueOf(actual).subtract(BigInteger.valueOf(expected));
    String text = who + " redovisas med " + kronor(actual) + " men ska enligt regeln betala "
        + kronor(expected) + " (skillnad " + (diff.signum() > 0 ? "+" : "") + kronor(diff) + ").";
    if (beyond(diff, tol)) {
      f.error("contribution.deviation", text);
    } else {
      f.info("contribution.deviation.within-tolerance",
          text + " Inom toleransen " + kronor(tol) + ".");
    }
  }

  /** Is the deviation larger than the tolerance? Exact for every deviation of two longs. */
  private static boolean beyond(BigInteger diff, long tol) {
    return diff.abs().compareTo(BigInteger.valueOf(tol)) > 0;
  }

  private static void add(Findings.Builder f, boolean error, String code, String text) {
    if (error) {
      f.error(code, text);
    } else {
      f.info(code + ".within-tolerance", text);
    }
  }

  private static long tolerance(MonetaryAmount tolerance) {
    long tol = Amounts.toOre(requireNonNull(tolerance, "tolerance"), "tolerance");
    Checks.checkArgument(tol >= 0, "tolerance (%s) must not be negative",
        Amounts.format(tolerance));
    return tol;
  }

}
