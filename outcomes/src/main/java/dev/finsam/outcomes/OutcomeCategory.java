package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.List;
import java.util.Optional;

/**
 * Where a participant went when they ended (<i>avslutskategori</i>), with its Swedish label and, for
 * the SUS-coded scheme, Försäkringskassan's end-reason codes.
 *
 * <p>For example, {@link #WORK} is "till arbete" in the classic scheme of the 2017 annual report;
 * {@link #LONG_TERM_CONTINUED_REHAB} is "fortsatt rehab och öppet a-sök" with SUS codes 1 and 2.
 * Users can define their own with {@link #of}. Two categories are equal when their ids are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeCategory {

  /** To work (<i>till arbete</i>); classic scheme. */
  public static final OutcomeCategory WORK = of("WORK", "till arbete", List.of());
  /** To studies (<i>till studier</i>); classic scheme. */
  public static final OutcomeCategory STUDIES = of("STUDIES", "till studier", List.of());
  /** Other needs-adapted solution (<i>annan behovsanpassad lösning</i>); classic scheme. */
  public static final OutcomeCategory OTHER_ADAPTED_SOLUTION =
      of("OTHER_ADAPTED_SOLUTION", "annan behovsanpassad lösning", List.of());
  /** Other drop-outs (<i>övriga avbrott</i>); both schemes (SUS 4, 5, 7, 9). */
  public static final OutcomeCategory OTHER_DROPOUT =
      of("OTHER_DROPOUT", "övriga avbrott", List.of(4, 5, 7, 9));
  /** Long-term solution: work (SUS 1). */
  public static final OutcomeCategory LONG_TERM_WORK =
      of("LONG_TERM_WORK", "till arbete", List.of(1));
  /** Long-term solution: subsidised extra job (<i>extratjänst</i>, SUS 1). */
  public static final OutcomeCategory LONG_TERM_EXTRA_JOB =
      of("LONG_TERM_EXTRA_JOB", "extratjänst", List.of(1));
  /** Long-term solution: studies (SUS 1). */
  public static final OutcomeCategory LONG_TERM_STUDIES =
      of("LONG_TERM_STUDIES", "till studier", List.of(1));
  /** Long-term solution: continued rehabilitation or open job-seeking (SUS 1, 2). */
  public static final OutcomeCategory LONG_TERM_CONTINUED_REHAB =
      of("LONG_TERM_CONTINUED_REHAB", "fortsatt rehab och öppet a-sök", List.of(1, 2));
  /** Long-term solution: no work capacity (<i>saknar arbetsförmåga</i>, SUS 3). */
  public static final OutcomeCategory LONG_TERM_NO_WORK_CAPACITY =
      of("LONG_TERM_NO_WORK_CAPACITY", "saknar arbetsförmåga", List.of(3));
  /** Drop-out for health reasons (<i>avbrott av hälsoskäl</i>, SUS 3). */
  public static final OutcomeCategory HEALTH_DROPOUT =
      of("HEALTH_DROPOUT", "avbrott av hälsoskäl", List.of(3));

  private final String id;
  private final String label;
  private final List<Integer> susCodes;
  /** The category's row, made once: tables look it up for every row they read or check. */
  private final OutcomeRow row;

  private OutcomeCategory(String id, String label, List<Integer> susCodes) {
    this.id = id;
    this.label = label;
    this.susCodes = susCodes;
    this.row = new OutcomeRow(OutcomeRow.Kind.CATEGORY, Optional.of(this)); // reads no field
  }

  /**
   * Defines a category.
   *
   * @param id a stable identifier, upper case with underscores, not null
   * @param label the Swedish label in lower case, e.g. "till arbete", not blank; the scheme
   *     derives the printed row label from it
   * @param susCodes the SUS end-reason codes (1 to 99), may be empty, not null
   * @return the category, never null
   * @throws IllegalArgumentException if the id or label is malformed or a code out of range
   */
  public static OutcomeCategory of(String id, String label, List<Integer> susCodes) {
    requireNonNull(id, "id");
    Checks.checkNotBlank(label, "label");
    requireNonNull(susCodes, "susCodes");
    Checks.checkArgument(isUpperCaseId(id), "id (\"%s\") must be UPPER_CASE", id);
    List<Integer> codes = List.copyOf(susCodes);
    for (int code : codes) {
      Checks.checkBetween(code, 1, 99, "susCodes element");
    }
    return new OutcomeCategory(id, label.strip(), codes);
  }

  private static boolean isUpperCaseId(String id) {
    if (id.isEmpty() || id.charAt(0) < 'A' || id.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** @return the stable identifier, e.g. {@code "WORK"} */
  public String id() {
    return id;
  }

  /** @return the Swedish label, e.g. {@code "till arbete"} */
  public String label() {
    return label;
  }

  /** @return the SUS end-reason codes, possibly empty, never null */
  public List<Integer> susCodes() {
    return susCodes;
  }

  /** The category's row, as {@link OutcomeRow#of} gives it. */
  OutcomeRow row() {
    return row;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof OutcomeCategory && ((OutcomeCategory) obj).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** @return the identifier */
  @Override
  public String toString() {
    return id;
  }
}
