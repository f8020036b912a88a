package dev.finsam.outcomes;

import dev.finsam.core.Finding;
import dev.finsam.core.Fraction;
import dev.finsam.core.Severity;
import java.math.RoundingMode;

/**
 * A percentage claimed in a report's prose, checked against the counts (<i>kontroll av
 * procentuppgift</i>).
 *
 * <p>For example, Vännäs 2017: "Till arbete och studier har 55 % gått" — 10 of 18 is 55,6 %, which
 * rounds to 56; 55 is the sum of the rounded rows (44 + 11): {@link Verdict#SUM_OF_ROUNDED_PARTS}.
 * Våga växa's "Totalt har 92 % gått vidare" — 33 of 40 is 82,5 %: {@link Verdict#CONTRADICTED}.
 *
 * @param claimed the percentage the prose states
 * @param share the exact share, from the counts
 * @param halfUp the exact share as whole percent, half up
 * @param sumOfRoundedParts the sum of the rows' published (half-up) percentages
 * @param verdict what the claim is
 * @param what a short description of the categories, e.g. "till arbete, till studier"
 */
public record ClaimCheck(int claimed, Fraction share, int halfUp, int sumOfRoundedParts,
    Verdict verdict, String what) {

  /** What a claimed percentage is, given the counts. */
  public enum Verdict {
    /** The claim is the exact share rounded half up. */
    MATCHES,
    /** The claim is not the rounded share but the sum of the rounded rows: a rounding artefact. */
    SUM_OF_ROUNDED_PARTS,
    /** Neither: the counts contradict the claim. */
    CONTRADICTED
  }

  /** @return true unless the counts contradict the claim */
  public boolean isSupported() {
    return verdict != Verdict.CONTRADICTED;
  }

  /**
   * @return the check as a finding: INFO {@code outcomes.claim.matches}, INFO
   *     {@code outcomes.claim.rounding-artefact} or ERROR {@code outcomes.claim.contradicted}
   */
  public Finding toFinding() {
    String exact = share.toPercent(RoundingMode.HALF_UP, 1).toPlainString().replace('.', ',');
    switch (verdict) {
      case MATCHES:
        return Finding.of(Severity.INFO, "outcomes.claim.matches",
            "Uppgiften " + claimed + " % (" + what + ") stämmer: " + exact + " %.");
      case SUM_OF_ROUNDED_PARTS:
        return Finding.of(Severity.INFO, "outcomes.claim.rounding-artefact",
            "Uppgiften " + claimed + " % (" + what + ") är summan av avrundade rader; den exakta "
                + "andelen är " + exact + " %, avrundat " + halfUp + " %.");
      default:
        return Finding.of(Severity.ERROR, "outcomes.claim.contradicted",
            "Uppgiften " + claimed + " % (" + what + ") stämmer inte med antalen: den exakta "
                + "andelen är " + exact + " %, avrundat " + halfUp + " %.");
    }
  }
}
