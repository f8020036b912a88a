package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import dev.finsam.core.Fraction;
import dev.finsam.core.text.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The outcomes of a platform's individual work for a period (<i>resultat på individnivå</i>): how
 * many took part, of which new; how many ended, and where they went; how many remain — for women,
 * men and in total.
 *
 * <p>For example, the whole association in 2017: {@code OutcomeTable.builder(CLASSIC)
 * .participants(422, 468).newcomers(221, 260).ended(WORK, 34, 58).ended(STUDIES, 28, 29)
 * .ended(OTHER_ADAPTED_SOLUTION, 45, 42).ended(OTHER_DROPOUT, 32, 30).remaining(283, 309)
 * .build()} has {@code percent(WORK)} 31 and {@code share(WORK, STUDIES)} 149/298.
 *
 * <p>Construction rejects only impossible values; inconsistent figures, which real reports contain,
 * are for {@link #check()} to find. Percentages are of those who ended. {@code toString()} prints
 * the table as a report does; {@link OutcomeTables#parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomeTable {

  OutcomeTable() {}

  /**
   * @param scheme the category scheme, not null
   * @return a new builder, never null
   */
  public static Builder builder(OutcomeScheme scheme) {
    return new Builder().scheme(requireNonNull(scheme, "scheme"));
  }

  /** @return the category scheme, never null */
  public abstract OutcomeScheme scheme();

  /** @return participants in the period (<i>antal deltagare</i>), never null */
  public abstract Count participants();

  /** @return of those, the new ones (<i>varav nya</i>), if given */
  public abstract Optional<Count> newcomers();

  /** @return the printed "ended" row (<i>totalt antal avslutade</i>), if given */
  public abstract Optional<Count> endedRow();

  /** @return the printed long-term subtotal row (SUS), if given */
  public abstract Optional<Count> longTermSubtotal();

  /** @return each category given, in the scheme's order, never null */
  public abstract Map<OutcomeCategory, Count> categories();

  /** @return those remaining (<i>kvar i verksamheten</i>), if given */
  public abstract Optional<Count> remaining();

  /**
   * @return percentages as printed that differ from the counts' share rounded half up at the
   *     printed number of decimals, for category rows and the long-term subtotal; never null
   */
  public abstract Map<OutcomeRow, BigDecimal> publishedPercents();

  /** @return those who ended (<i>avslutade</i>): the printed row, else the categories' sum */
  public Count ended() {
    return endedRow().orElseGet(() -> Shares.sum(categories().values()));
  }

  /**
   * @param category a category of the scheme, not null
   * @return its count, {@link Count#ZERO} if not given; never null
   * @throws IllegalArgumentException if the category is not in the scheme
   */
  public Count count(OutcomeCategory category) {
    Shares.requireInScheme(this, category);
    return categories().getOrDefault(category, Count.ZERO);
  }

  /** The rows in print order: participants, newcomers, ended, subtotal, categories, remaining. */
  Map<OutcomeRow, Count> rows() {
    return Shares.rows(this);
  }

  /** @return true if anyone ended, so that shares are defined */
  public boolean hasEnded() {
    return ended().total() > 0;
  }

  /**
   * The exact share of those who ended that went to the categories.
   * @param categories categories of the scheme, not null
   * @return the share, never null
   * @throws ArithmeticException if nobody ended
   */
  public Fraction share(OutcomeCategory... categories) {
    return Fraction.of(Shares.total(this, null, categories),
        Shares.denominator(ended().total()));
  }

  /**
   * The exact share of the women (or men) who ended that went to the categories.
   * @param sex women or men, not null
   * @param categories categories of the scheme, not null
   * @return the share, never null
   * @throws ArithmeticException if nobody of that sex ended
   * @throws IllegalStateException if the counts are not split by sex
   */
  public Fraction share(Sex sex, OutcomeCategory... categories) {
    return Fraction.of(Shares.total(this, requireNonNull(sex, "sex"), categories),
        Shares.denominator(ended().get(sex)));
  }

  /**
   * Of those who went to the categories, the share that were women (or men): "73 % av de som gått
   * till arbete var män".
   * @param sex women or men, not null
   * @param categories categories of the scheme, not null
   * @return the share, never null
   * @throws ArithmeticException if nobody went to the categories
   */
  public Fraction proportion(Sex sex, OutcomeCategory... categories) {
    return Fraction.of(Shares.total(this, requireNonNull(sex, "sex"), categories),
        Shares.denominator(Shares.total(this, null, categories)));
  }

  /**
   * The share to the categories as whole percent, rounded half up, as reports publish it.
   * @param categories categories of the scheme, not null
   * @return the percentage
   * @throws ArithmeticException if nobody ended
   */
  public int percent(OutcomeCategory... categories) {
    return share(categories).toPercent(RoundingMode.HALF_UP, 0).intValueExact();
  }

  /**
   * Every given category's percentage of those who ended.
   * @param rounding half up (as published) or largest remainder (adds up to 100), not null
   * @return category to whole percent, in the scheme's order, never null
   * @throws ArithmeticException if nobody ended
   */
  public Map<OutcomeCategory, Integer> percents(PercentRounding rounding) {
    return Shares.percents(this, null, rounding);
  }

  /**
   * Every given category's percentage of the women (or men) who ended.
   * @param sex women or men, not null
   * @param rounding the rounding, not null
   * @return category to whole percent, never null
   * @throws ArithmeticException if nobody of that sex ended
   */
  public Map<OutcomeCategory, Integer> percents(Sex sex, PercentRounding rounding) {
    return Shares.percents(this, requireNonNull(sex, "sex"), rounding);
  }

  /**
   * Checks a percentage claimed in prose against the counts.
   * @param claimedPercent the percentage the report states
   * @param categories the categories the claim is about, not null, not empty
   * @return the check, never null
   * @throws ArithmeticException if nobody ended
   */
  public ClaimCheck verifyClaim(int claimedPercent, OutcomeCategory... categories) {
    return Claims.verify(this, BigDecimal.valueOf(claimedPercent), categories);
  }

  /**
   * Checks a percentage with decimals claimed in prose ("64,3 %"), at its printed decimals.
   * @param claimed the percentage as printed, at least 0, not null
   * @param categories the categories the claim is about, not null, not empty
   * @return the check, never null
   * @throws ArithmeticException if nobody ended
   */
  public ClaimCheck verifyClaim(BigDecimal claimed, OutcomeCategory... categories) {
    return Claims.verify(this, claimed, categories);
  }

  /**
   * Checks the table's arithmetic: women + men = total on every row; the categories add up to
   * those who ended; the long-term subtotal adds up; participants − ended = remaining; newcomers
   * and ended do not exceed participants; printed percentages agree with the counts. Never throws.
   * Codes (ERROR unless said): {@code outcomes.row.sex-sum}, {@code outcomes.ended.categories-sum},
   * {@code outcomes.subtotal.sum}, {@code outcomes.remaining}, {@code outcomes.newcomers.exceed},
   * {@code outcomes.ended.exceed}, {@code outcomes.percent.published}, and
   * {@code outcomes.percent.rounding} (WARNING: a printed percentage rounded another way).
   * @return the findings, never null
   */
  public Findings check() {
    return TableCheck.check(this);
  }

  /**
   * Adds another table's counts, row by row; percentages are recomputed from the sums, never
   * averaged. Printed percentages are not carried over.
   * @param other a table of the same scheme, not null
   * @return the sum, never null
   * @throws IllegalArgumentException if the schemes differ
   */
  public OutcomeTable plus(OutcomeTable other) {
    return Shares.plus(this, other);
  }

  @Value.Check // sorts categories, drops agreeing percentages, rejects the impossible
  OutcomeTable normalise() {
    return TableCheck.normalise(this);
  }

  /** @return the table as CSV with a header row; percent as printed, blank where none */
  public String toCsv() {
    return TableText.toCsv(this);
  }

  /** @return the table as a report prints it: Swedish labels, aligned columns */
  @Override
  public String toString() {
    return TableText.print(this);
  }

  /**
   * Builds an {@link OutcomeTable} (<i>resultattabell</i>): women and men per row; nothing is
   * built until {@code build()} has checked it, and building leaves the builder as it was.
   */
  public static final class Builder extends ImmutableOutcomeTable.Builder {

    /** The categories given by {@link #ended}, so that one given twice is an error. */
    private final Set<OutcomeCategory> ended = new HashSet<>();
    Builder() {}

    /**
     * @param women women
     * @param men men
     * @return this builder
     */
    public Builder participants(int women, int men) {
      return participants(Count.of(women, men));
    }

    /**
     * @param women women
     * @param men men
     * @return this builder
     */
    public Builder newcomers(int women, int men) {
      return newcomers(Count.of(women, men));
    }

    /**
     * Gives the printed "ended" row; without it, ended is the sum of the categories.
     *
     * @param women women
     * @param men men
     * @return this builder
     */
    public Builder endedTotal(int women, int men) {
      return endedRow(Count.of(women, men));
    }

    /**
     * @param category a category of the scheme, not null
     * @param women women
     * @param men men
     * @return this builder
     */
    public Builder ended(OutcomeCategory category, int women, int men) {
      return ended(category, Count.of(women, men));
    }

    /**
     * @param category a category of the scheme, not null
     * @param count the count, not null
     * @return this builder
     * @throws IllegalArgumentException if the category was already ended on this builder
     */
    public Builder ended(OutcomeCategory category, Count count) {
      requireNonNull(category, "category");
      requireNonNull(count, "count");
      Checks.checkArgument(ended.add(category), "category (%s) is ended twice", category);
      return putCategories(category, count);
    }

    /**
     * @param women women
     * @param men men
     * @return this builder
     */
    public Builder remaining(int women, int men) {
      return remaining(Count.of(women, men));
    }
  }
}
