package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import java.math.BigDecimal;
import java.util.List;

/**
 * Working with several outcome tables (<i>resultattabeller</i>): summing platforms, comparing
 * periods in percentage points, and reading tables as reports print them.
 *
 * <p>For example, {@code OutcomeTables.parse(text, OutcomeScheme.SUS)} reads
 * <pre>
 * Tertial 1                 Kvinnor  Män  Totalt  %
 * Antal deltagare T1          1 234  468   1 702
 * - till extratjänster (SUS 1)    3    4       7  35 %
 * </pre>
 */
public final class OutcomeTables {

  private OutcomeTables() {}

  /**
   * Adds tables: counts add, percentages are recomputed, never averaged.
   *
   * @param tables tables of one scheme, not empty, not null
   * @return the sum, never null
   * @throws IllegalArgumentException if the list is empty or the schemes differ
   */
  public static OutcomeTable sum(List<OutcomeTable> tables) {
    requireNonNull(tables, "tables");
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("tables ([]) must not be empty");
    }
    OutcomeTable sum = tables.get(0);
    for (int i = 1; i < tables.size(); i++) {
      sum = sum.plus(tables.get(i));
    }
    return sum;
  }

  /**
   * The change of a share from one period to the next, in percentage points
   * (<i>procentenheter</i>): "ökat med 4 %" in a report means points.
   *
   * @param before the earlier period, not null
   * @param after the later period, not null
   * @param categories the categories whose share is compared, not null
   * @return {@code after% − before%}, exact, never null
   * @throws ArithmeticException if nobody ended in either period
   */
  public static Fraction changeInPoints(OutcomeTable before, OutcomeTable after,
      OutcomeCategory... categories) {
    return after.share(categories).minus(before.share(categories)).times(100);
  }

  /**
   * Checks a percentage claimed in prose for several platforms together (<i>sammanlagt för
   * plattformarna</i>): it should be the share of their pooled counts. A claim that is instead the
   * unweighted mean of the platforms' percentages gets the verdict
   * {@link ClaimCheck.Verdict#MEAN_OF_GROUP_PERCENTAGES}, and its finding names the pooled figure.
   *
   * @param claimed the percentage as printed, compared at its number of decimals, not null
   * @param groups the platforms' tables, one scheme, not empty, not null
   * @param categories the categories the claim is about, not null, not empty
   * @return the check, never null
   * @throws IllegalArgumentException if the groups are empty or of different schemes
   * @throws ArithmeticException if nobody ended in any group
   */
  public static ClaimCheck verifyClaim(BigDecimal claimed, List<OutcomeTable> groups,
      OutcomeCategory... categories) {
    return Claims.verify(claimed, groups, categories);
  }

  /**
   * Reads a table as a report prints it: a header row (with "Kvinnor" and "Män"), then one row a
   * line: a Swedish label, women, men, total and an optional percentage. Cells come from tabs (Word)
   * or pipes (Markdown) as they stand, blank or "-" for no value; a PDF's space-separated row gives
   * number words, where digits may be grouped by any space, and the reading is the one that
   * women + men = total, the printed percentage and the table's sums allow. Rows are matched by
   * meaning: key words and SUS codes, singular or plural, whatever period the label names ("T1",
   * "2021", "t.o.m. T2"). Headings, captions ("Tabell 7. …") and footnotes ("* …") are skipped. A
   * printed percentage that disagrees with the counts is kept for {@link OutcomeTable#check()} to
   * report; it is not a reading error. Numbers are ASCII digits only, as in every finsam parser:
   * Arabic-Indic or full-width digits are not a number. Linear in the text.
   *
   * @param text the table, not null
   * @param scheme the category scheme, not null
   * @return the table, never null
   * @throws IllegalArgumentException if a row is not understood or given twice, a number is
   *     malformed or negative, a row stays ambiguous, or the participants row is missing; the
   *     message names the line (both lines for a row given twice)
   */
  public static OutcomeTable parse(String text, OutcomeScheme scheme) {
    requireNonNull(text, "text");
    requireNonNull(scheme, "scheme");
    return TableText.parse(text, scheme);
  }
}
