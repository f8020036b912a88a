package dev.finsam.outcomes;

import dev.finsam.core.Finding;
import dev.finsam.core.Fraction;
import dev.finsam.core.Severity;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * A percentage claimed in a report's prose, checked against the counts (<i>kontroll av
 * procentuppgift</i>). Only the checks make one; callers read it.
 *
 * <p>For example, Vännäs 2017: "Till arbete och studier har 55 % gått" — 10 of 18 is 55,6 %, which
 * rounds to 56; 55 is the sum of the rounded rows (44 + 11): {@link Verdict#SUM_OF_ROUNDED_PARTS}.
 * Våga växa's "Totalt har 92 % gått vidare" — 33 of 40 is 82,5 %: {@link Verdict#CONTRADICTED}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClaimCheck {

  ClaimCheck() {}

  /** What a claimed percentage is, given the counts. */
  public enum Verdict {
    /** The claim is the exact share rounded half up at the claim's number of decimals. */
    MATCHES,
    /** The claim is not the rounded share but the sum of the rounded rows: a rounding artefact. */
    SUM_OF_ROUNDED_PARTS,
    /** Neither: the counts contradict the claim. */
    CONTRADICTED,
    /**
     * A claim about several platforms together that is the unweighted mean of their percentages,
     * not the share of their pooled counts: a platform with 3 ended weighs like one with 40.
     */
    MEAN_OF_GROUP_PERCENTAGES
  }

  /** @return the percentage the prose states, with its printed decimals, never null */
  public abstract BigDecimal claimed();

  /** @return the exact share, from the counts, never null */
  public abstract Fraction share();

  /** @return the exact share as whole percent, half up */
  public abstract int halfUp();

  /** @return the sum of the rows' printed (else half-up) whole percentages */
  public abstract int sumOfRoundedParts();

  /** @return what the claim is, never null */
  public abstract Verdict verdict();

  /** @return a short description of the categories, e.g. "till arbete, till studier" */
  public abstract String what();

  /** @return the exact share in percent rounded half up at the claim's decimals, never null */
  public BigDecimal rounded() {
    return share().toPercent(RoundingMode.HALF_UP, claimed().scale());
  }

  /** @return true unless the counts contradict the claim (or it is a mean of percentages) */
  public boolean isSupported() {
    return verdict() == Verdict.MATCHES || verdict() == Verdict.SUM_OF_ROUNDED_PARTS;
  }

  /**
   * @return the check as a finding: INFO {@code outcomes.claim.matches}, INFO
   *     {@code outcomes.claim.rounding-artefact}, ERROR {@code outcomes.claim.contradicted} or
   *     ERROR {@code outcomes.claim.mean-of-groups}; never null
   */
  public Finding toFinding() {
    String claim = "Uppgiften " + Swedish.percent(claimed()) + " (" + what() + ")";
    String exact = Swedish.percent(share(), claimed().scale() + 1);
    switch (verdict()) {
      case MATCHES:
        return Finding.of(Severity.INFO, "outcomes.claim.matches",
            claim + " stämmer: " + exact + ".");
      case SUM_OF_ROUNDED_PARTS:
        return Finding.of(Severity.INFO, "outcomes.claim.rounding-artefact", claim
            + " är summan av avrundade rader; den exakta andelen är " + exact + ", avrundat "
            + Swedish.percent(rounded()) + ".");
      case MEAN_OF_GROUP_PERCENTAGES:
        return Finding.of(Severity.ERROR, "outcomes.claim.mean-of-groups", claim
            + " är medelvärdet av plattformarnas procent; andelen av de sammanlagda antalen är "
            + Swedish.percent(share(), Math.max(1, claimed().scale())) + ".");
      default:
        return Finding.of(Severity.ERROR, "outcomes.claim.contradicted", claim
            + " stämmer inte med antalen: den exakta andelen är " + exact + ", avrundat "
            + Swedish.percent(rounded()) + ".");
    }
  }

  @Override
  public String toString() {
    return toFinding().toString();
  }
}
