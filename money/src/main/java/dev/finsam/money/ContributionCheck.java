package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import java.util.Map;
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
    for (String name : m.keys()) {
      long expected = Math.multiplyExact(m.units(name), plan.unit().ore());
      Long actual = rep.get(name);
      if (actual == null) {
        if (expected != 0) {
          f.error("contribution.municipality.missing", name + " ska enligt fördelningsnyckeln "
              + "betala " + kr(expected) + " men saknas i redovisningen.");
        }
      } else {
        compare(f, name, expected, actual, tol);
      }
    }
    for (Map.Entry<String, Long> e : rep.entrySet()) {
      if (!m.keys().contains(e.getKey()) && e.getValue() != 0) {
        f.error("contribution.municipality.unexpected", e.getKey() + " redovisas med "
            + kr(e.getValue()) + " men finns inte i fördelningsnyckeln.");
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
   */
  public static Findings proportions(ReportedContributions reported, MonetaryAmount tolerance) {
    requireNonNull(reported, "reported");
    long tol = tolerance(tolerance);
    Findings.Builder f = Findings.builder();
    long state = reported.stateOre();
    long region = reported.regionOre();
    long municipal = reported.municipalSumOre();
    long twiceRegion = Math.multiplyExact(region, 2);
    if (state != twiceRegion) {
      long diff = state - twiceRegion;
      String text = "Staten betalade " + kr(state) + ", " + kr(Math.abs(diff))
          + (diff < 0 ? " mindre" : " mer") + " än två gånger regionens " + kr(region)
          + " (" + kr(twiceRegion) + "); enligt FinsamL 5 § betalar staten hälften.";
      add(f, Math.abs(diff) > tol, "contribution.state.not-twice-region", text);
    }
    if (!reported.municipalOre().isEmpty() && region != municipal) {
      long diff = municipal - region;
      String text = "Kommunerna betalade tillsammans " + kr(municipal) + ", " + kr(Math.abs(diff))
          + (diff < 0 ? " mindre" : " mer") + " än regionens " + kr(region)
          + "; de ska betala var sin fjärdedel.";
      add(f, Math.abs(diff) > tol, "contribution.region.not-equal-municipalities", text);
    }
    return f.build();
  }

  private static void compare(Findings.Builder f, String who, long expected, long actual,
      long tol) {
    if (expected == actual) {
      return;
    }
    long diff = actual - expected;
    String text = who + " redovisas med " + kr(actual) + " men ska enligt regeln betala "
        + kr(expected) + " (skillnad " + (diff > 0 ? "+" : "") + kr(diff) + ").";
    if (Math.abs(diff) > tol) {
      f.error("contribution.deviation", text);
    } else {
      f.info("contribution.deviation.within-tolerance", text + " Inom toleransen " + kr(tol) + ".");
    }
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
    if (tol < 0) {
      throw new IllegalArgumentException(
          "tolerance (" + Amounts.format(tolerance) + ") must not be negative");
    }
    return tol;
  }

  private static String kr(long ore) {
    return Amounts.formatOre(ore, AmountUnit.KRONA);
  }
}
