package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A way of sorting the participants who ended (<i>kategoriindelning för avslut</i>): its categories
 * in print order, which are positive (or long-term) endings, and the labels a report prints for its
 * rows, derived from each category's label and SUS codes.
 *
 * <p>For example, {@link #CLASSIC} (annual report 2017): work, studies, other needs-adapted
 * solution, other drop-outs, the first three positive, printed "varav till arbete", …,
 * "Övriga avbrott". {@link #SUS} (reports from 2021): the five long-term solutions printed
 * "- till arbete (SUS 1)", …, then "Avbrott av hälsoskäl (SUS 3)" and "Övriga avbrott (SUS 4, 5, 7,
 * 9)", with the subtotal row "Avslutade till långsiktig lösning".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeScheme {

  // The labels of the rows that are not categories, as the annual report 2017 prints them.
  private static final String PARTICIPANTS = "Antal deltagare totalt";
  private static final String NEWCOMERS = "varav nya för året";
  private static final String ENDED = "Totalt antal avslutade under året";
  private static final String REMAINING = "Antal kvar i verksamheten";
  private static final String SUBTOTAL = "Delsumma";
  private static final String LONG_TERM_SUBTOTAL = "Avslutade till långsiktig lösning";

  /** The classic scheme of the 2017 annual report. */
  public static final OutcomeScheme CLASSIC = new OutcomeScheme("CLASSIC",
      List.of(OutcomeCategory.WORK, OutcomeCategory.STUDIES,
          OutcomeCategory.OTHER_ADAPTED_SOLUTION, OutcomeCategory.OTHER_DROPOUT),
      Set.of(OutcomeCategory.WORK, OutcomeCategory.STUDIES,
          OutcomeCategory.OTHER_ADAPTED_SOLUTION),
      false);

  /** The SUS-coded scheme of reports from 2021. */
  public static final OutcomeScheme SUS = new OutcomeScheme("SUS",
      List.of(OutcomeCategory.LONG_TERM_WORK, OutcomeCategory.LONG_TERM_EXTRA_JOB,
          OutcomeCategory.LONG_TERM_STUDIES, OutcomeCategory.LONG_TERM_CONTINUED_REHAB,
          OutcomeCategory.LONG_TERM_NO_WORK_CAPACITY, OutcomeCategory.HEALTH_DROPOUT,
          OutcomeCategory.OTHER_DROPOUT),
      Set.of(OutcomeCategory.LONG_TERM_WORK, OutcomeCategory.LONG_TERM_EXTRA_JOB,
          OutcomeCategory.LONG_TERM_STUDIES, OutcomeCategory.LONG_TERM_CONTINUED_REHAB,
          OutcomeCategory.LONG_TERM_NO_WORK_CAPACITY),
      true);

  private final String name;
  private final List<OutcomeCategory> categories;
  private final Set<OutcomeCategory> positive;
  private final boolean susCoded;
  private final Vocabulary vocabulary;

  private OutcomeScheme(String name, List<OutcomeCategory> categories,
      Set<OutcomeCategory> positive, boolean susCoded) {
    this.name = name;
    this.categories = List.copyOf(categories);
    this.positive = Set.copyOf(positive);
    this.susCoded = susCoded;
    this.vocabulary = new Vocabulary(this);
  }

  /**
   * Defines a scheme that prints like the classic one: positive categories as "varav …" rows,
   * no SUS codes, no subtotal.
   *
   * @param name a name, not blank
   * @param categories the categories in print order, distinct, not empty
   * @param positive the positive (long-term) categories, a subset of {@code categories}
   * @return the scheme, never null
   * @throws IllegalArgumentException if the categories repeat or the positive ones are not among
   *     them
   */
  public static OutcomeScheme of(String name, List<OutcomeCategory> categories,
      Set<OutcomeCategory> positive) {
    Checks.checkNotBlank(name, "name");
    requireNonNull(categories, "categories");
    requireNonNull(positive, "positive");
    List<OutcomeCategory> list = List.copyOf(categories);
    Checks.checkArgument(!list.isEmpty() && Set.copyOf(list).size() == list.size(),
        "categories (%s) must be distinct and not empty", list);
    Checks.checkArgument(list.containsAll(positive),
        "positive (%s) must be among categories (%s)", positive, list);
    return new OutcomeScheme(name.strip(), list, positive, false);
  }

  /** @return the scheme's name, e.g. {@code "CLASSIC"} */
  public String name() {
    return name;
  }

  /** @return the categories in print order, never null */
  public List<OutcomeCategory> categories() {
    return categories;
  }

  /** @return the positive (for SUS: long-term) categories in print order, never null */
  public List<OutcomeCategory> positive() {
    return categories.stream().filter(positive::contains).toList();
  }

  /**
   * @param category a category, not null
   * @return true if it is a positive (long-term) ending in this scheme
   */
  public boolean isPositive(OutcomeCategory category) {
    return positive.contains(requireNonNull(category, "category"));
  }

  /** The words of this scheme's row labels, normalised once. */
  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** @return true if the scheme's rows carry SUS codes and a long-term subtotal row */
  public boolean isSusCoded() {
    return susCoded;
  }

  /**
   * The row label a report prints for a category, derived from the category: a positive one as a
   * sub-row ("varav till arbete", or "- till arbete (SUS 1)"), another one capitalised
   * ("Övriga avbrott"), with the SUS codes where the scheme prints them.
   *
   * @param category a category of this scheme, not null
   * @return the label, never null
   * @throws IllegalArgumentException if the category is not in this scheme
   */
  public String rowLabel(OutcomeCategory category) {
    requireNonNull(category, "category");
    Checks.checkArgument(categories.contains(category), "category (%s) is not in scheme %s %s",
        category, name, categories);
    String label = category.label();
    String row = positive.contains(category) ? (susCoded ? "- " : "varav ") + label
        : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    if (!susCoded || category.susCodes().isEmpty()) {
      return row;
    }
    StringBuilder codes = new StringBuilder(row).append(" (SUS ");
    for (int i = 0; i < category.susCodes().size(); i++) {
      codes.append(i > 0 ? ", " : "").append(Swedish.integer(category.susCodes().get(i)));
    }
    return codes.append(')').toString();
  }

  /**
   * The label a report prints for a row.
   *
   * @param row a row, not null
   * @return e.g. "Antal deltagare totalt" or "varav till arbete", never null
   * @throws IllegalArgumentException if the row is a category not in this scheme
   */
  public String label(OutcomeRow row) {
    requireNonNull(row, "row");
    switch (row.kind()) {
      case PARTICIPANTS:
        return PARTICIPANTS;
      case NEWCOMERS:
        return NEWCOMERS;
      case ENDED:
        return ENDED;
      case LONG_TERM_SUBTOTAL:
        return subtotalLabel().orElse(SUBTOTAL);
      case REMAINING:
        return REMAINING;
      default:
        return rowLabel(row.category().orElseThrow());
    }
  }

  /** @return the label of the long-term subtotal row, if the scheme prints one */
  public Optional<String> subtotalLabel() {
    return susCoded ? Optional.of(LONG_TERM_SUBTOTAL) : Optional.empty();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof OutcomeScheme)) {
      return false;
    }
    OutcomeScheme o = (OutcomeScheme) obj;
    return o.name.equals(name) && o.categories.equals(categories) && o.positive.equals(positive)
        && o.susCoded == susCoded;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, categories, positive, susCoded);
  }

  /** @return the name */
  @Override
  public String toString() {
    return name;
  }
}
