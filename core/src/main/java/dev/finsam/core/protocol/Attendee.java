package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A person in a protocol's list of those present (<i>närvarande</i>): a name, whom they represent,
 * whether they took part in decisions (<i>beslutande</i>: a member or a serving substitute), and the
 * paragraphs they were present for if not all.
 *
 * <p>For example, the 2017-11-30 protocol lists "Utvecklingsledare NAFS § 71-77":
 * {@code Attendee.other("Tommy Henfridsson", "Utvecklingsledare NAFS", ParagraphSet.parse("§ 71-77"))}.
 *
 * @param name the person's name, not blank
 * @param represents the member or role they represent, not null (may be empty)
 * @param deciding true for <i>beslutande</i> (a seat-holder or serving substitute)
 * @param paragraphs the paragraphs they were present for; empty means the whole meeting
 */
public record Attendee(String name, String represents, boolean deciding,
    Optional<ParagraphSet> paragraphs) {

  /**
   * Validates the components.
   *
   * @param name the person's name, not blank
   * @param represents the member or role they represent, not null (may be empty)
   * @param deciding true for <i>beslutande</i> (a seat-holder or serving substitute)
   * @param paragraphs the paragraphs they were present for; empty means the whole meeting
   * @throws IllegalArgumentException if the name is blank
   */
  public Attendee {
    requireNonNull(name, "name");
    requireNonNull(represents, "represents");
    requireNonNull(paragraphs, "paragraphs");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name (\"" + name + "\") must not be blank");
    }
  }

  /**
   * @param name the person's name, not blank
   * @param represents the member they represent, e.g. "Arbetsförmedlingen"
   * @return a deciding attendee present for the whole meeting, never null
   */
  public static Attendee deciding(String name, String represents) {
    return new Attendee(name, represents, true, Optional.empty());
  }

  /**
   * @param name the person's name, not blank
   * @param represents the member they represent
   * @param paragraphs the paragraphs they were present for, not null
   * @return a deciding attendee present for some paragraphs, never null
   */
  public static Attendee deciding(String name, String represents, ParagraphSet paragraphs) {
    return new Attendee(name, represents, true, Optional.of(paragraphs));
  }

  /**
   * @param name the person's name, not blank
   * @param role the role, e.g. "Förbundschef"
   * @param paragraphs the paragraphs they were present for, not null
   * @return a non-deciding attendee, never null
   */
  public static Attendee other(String name, String role, ParagraphSet paragraphs) {
    return new Attendee(name, role, false, Optional.of(paragraphs));
  }

  /**
   * @param paragraph a paragraph number
   * @return true if the person was present for it
   */
  public boolean isPresentFor(int paragraph) {
    return paragraphs.map(p -> p.contains(paragraph)).orElse(true);
  }
}
