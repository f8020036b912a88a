package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A way of sorting the participants who ended (<i>kategoriindelning för avslut</i>): its categories
 * in print order, their labels, which are positive (or long-term) endings, and the row labels a
 * report prints.
 *
 * <p>For example, {@link #CLASSIC} (annual report 2017): work, studies, other needs-adapted
 * solution, other drop-outs, the first three positive. {@link #SUS} (reports from 2021): the five
 * long-term solutions, then health drop-outs and other drop-outs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeScheme {

  /** The classic scheme of the 2017 annual report. */
  public static final OutcomeScheme CLASSIC = new OutcomeScheme("CLASSIC",
      List.of(OutcomeCategory.WORK, OutcomeCategory.STUDIES,
          OutcomeCategory.OTHER_ADAPTED_SOLUTION, OutcomeCategory.OTHER_DROPOUT),
      Set.of(OutcomeCategory.WORK, OutcomeCategory.STUDIES,
          OutcomeCategory.OTHER_ADAPTED_SOLUTION),
      Map.of(OutcomeCategory.WORK, "varav till arbete",
          OutcomeCategory.STUDIES, "varav till studier",
          OutcomeCategory.OTHER_ADAPTED_SOLUTION, "varav annan behovsanpassad lösning",
          OutcomeCategory.OTHER_DROPOUT, "Övriga avbrott"),
      null);

  /** The SUS-coded scheme of reports from 2021. */
  public static final OutcomeScheme SUS = new OutcomeScheme("SUS",
      List.of(OutcomeCategory.LONG_TERM_WORK, OutcomeCategory.LONG_TERM_EXTRA_JOB,
          OutcomeCategory.LONG_TERM_STUDIES, OutcomeCategory.LONG_TERM_CONTINUED_REHAB,
          OutcomeCategory.LONG_TERM_NO_WORK_CAPACITY, OutcomeCategory.HEALTH_DROPOUT,
          OutcomeCategory.OTHER_DROPOUT),
      Set.of(OutcomeCategory.LONG_TERM_WORK, OutcomeCategory.LONG_TERM_EXTRA_JOB,
          OutcomeCategory.LONG_TERM_STUDIES, OutcomeCategory.LONG_TERM_CONTINUED_REHAB,
          OutcomeCategory.LONG_TERM_NO_WORK_CAPACITY),
      Map.of(OutcomeCategory.LONG_TERM_WORK, "- till arbete (SUS 1)",
          OutcomeCategory.LONG_TERM_EXTRA_JOB, "- extratjänst (SUS 1)",
          OutcomeCategory.LONG_TERM_STUDIES, "- till studier (SUS 1)",
          OutcomeCategory.LONG_TERM_CONTINUED_REHAB, "- fortsatt rehab och öppet a-sök (SUS 1, 2)",
          OutcomeCategory.LONG_TERM_NO_WORK_CAPACITY, "- saknar arbetsförmåga (SUS 3)",
          OutcomeCategory.HEALTH_DROPOUT, "Avbrott av hälsoskäl (SUS 3)",
          OutcomeCategory.OTHER_DROPOUT, "Övriga avbrott (SUS 4, 5, 7, 9)"),
      "Avslutade till långsiktig lösning");

  private final String name;
  private final List<OutcomeCategory> categories;
  private final Set<OutcomeCategory> positive;
  private final Map<OutcomeCategory, String> rowLabels;
  private final String subtotalLabel;

  private OutcomeScheme(String name, List<OutcomeCategory> categories,
      Set<OutcomeCategory> positive, Map<OutcomeCategory, String> rowLabels,
      String subtotalLabel) {
    this.name = name;
    this.categories = List.copyOf(categories);
    this.positive = Set.copyOf(positive);
    Map<OutcomeCategory, String> labels = new LinkedHashMap<>();
    for (OutcomeCategory c : categories) {
      labels.put(c, rowLabels.getOrDefault(c, c.label()));
    }
    this.rowLabels = labels;
    this.subtotalLabel = subtotalLabel;
  }

  /**
   * Defines a scheme.
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
    requireNonNull(name, "name");
    requireNonNull(categories, "categories");
    requireNonNull(positive, "positive");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name (\"" + name + "\") must not be blank");
    }
    if (categories.isEmpty() || Set.copyOf(categories).size() != categories.size()) {
      throw new IllegalArgumentException(
          "categories (" + categories + ") must be distinct and not empty");
    }
    if (!categories.containsAll(positive)) {
      throw new IllegalArgumentException(
          "positive (" + positive + ") must be among categories (" + categories + ")");
    }
    return new OutcomeScheme(name, categories, positive, Map.of(), null);
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
   * @param category a category
   * @return true if it is a positive (long-term) ending in this scheme
   */
  public boolean isPositive(OutcomeCategory category) {
    return positive.contains(category);
  }

  /**
   * @param category a category of this scheme
   * @return the row label a report prints, e.g. {@code "varav till arbete"}
   */
  public String rowLabel(OutcomeCategory category) {
    String label = rowLabels.get(category);
    if (label == null) {
      throw new IllegalArgumentException(
          "category (" + category + ") is not in scheme " + name + " " + categories);
    }
    return label;
  }

  /** @return the label of the long-term subtotal row, if the scheme prints one */
  public java.util.Optional<String> subtotalLabel() {
    return java.util.Optional.ofNullable(subtotalLabel);
  }

  @Override
  public String toString() {
    return name;
  }
}
