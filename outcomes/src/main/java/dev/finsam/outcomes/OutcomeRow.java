package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.Optional;

/**
 * One row of an outcome table (<i>rad i resultattabellen</i>): what it counts, and for a category
 * row, which category. Rows are found by what they mean, never by their printed label; the label
 * is the scheme's ({@link OutcomeScheme#label(OutcomeRow)}).
 *
 * <p>For example, {@link #PARTICIPANTS} is "Antal deltagare totalt" and
 * {@code OutcomeRow.of(OutcomeCategory.WORK)} is "varav till arbete" in the classic scheme.
 *
 * @param kind what the row counts, not null
 * @param category the category of a {@link Kind#CATEGORY} row, empty for the other kinds
 */
public record OutcomeRow(Kind kind, Optional<OutcomeCategory> category) {

  /** What a row of an outcome table counts (<i>radslag</i>). */
  public enum Kind {
    /** Participants in the period (<i>antal deltagare</i>). */
    PARTICIPANTS,
    /** Of those, the new ones (<i>varav nya</i>). */
    NEWCOMERS,
    /** Those who ended (<i>antal avslutade</i>). */
    ENDED,
    /** Those who ended to a long-term solution (<i>avslutade till långsiktig lösning</i>). */
    LONG_TERM_SUBTOTAL,
    /** Those who ended to one category (<i>avslutskategori</i>). */
    CATEGORY,
    /** Those remaining (<i>kvar i verksamheten</i>). */
    REMAINING
  }

  /** The participants row. */
  public static final OutcomeRow PARTICIPANTS = new OutcomeRow(Kind.PARTICIPANTS, Optional.empty());
  /** The newcomers row. */
  public static final OutcomeRow NEWCOMERS = new OutcomeRow(Kind.NEWCOMERS, Optional.empty());
  /** The row of those who ended. */
  public static final OutcomeRow ENDED = new OutcomeRow(Kind.ENDED, Optional.empty());
  /** The long-term subtotal row (SUS). */
  public static final OutcomeRow LONG_TERM_SUBTOTAL =
      new OutcomeRow(Kind.LONG_TERM_SUBTOTAL, Optional.empty());
  /** The remaining row. */
  public static final OutcomeRow REMAINING = new OutcomeRow(Kind.REMAINING, Optional.empty());

  /**
   * Validates the components.
   *
   * @param kind what the row counts, not null
   * @param category present exactly for a category row, not null
   * @throws IllegalArgumentException if a category row lacks its category or another row has one
   */
  public OutcomeRow {
    requireNonNull(kind, "kind");
    requireNonNull(category, "category");
    Checks.checkArgument(category.isPresent() == (kind == Kind.CATEGORY),
        "category (%s) must be given exactly for a %s row, not a %s row", category,
        Kind.CATEGORY, kind);
  }

  /**
   * @param category the category, not null
   * @return the category's row, never null
   */
  public static OutcomeRow of(OutcomeCategory category) {
    return requireNonNull(category, "category").row();
  }

  /** @return e.g. {@code "PARTICIPANTS"} or {@code "CATEGORY WORK"} */
  @Override
  public String toString() {
    return category.map(c -> kind + " " + c).orElse(kind.toString());
  }
}
