package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * People present written together (<i>närvarande, skrivna i klump</i>): a cell of several names
 * beside a cell of their organisations or roles, where the names cannot be paired with the
 * organisations without guessing. The names are kept as written; nothing is paired.
 *
 * <p>For example, the 2017-02-24 protocol lists its other participants as "Mikael Holmlund
 * Johanna Långdahl Persson Katarina Hansson Emma Anderbom" beside "Förbundschef Administratör
 * Biträdande förbundschef Utredare": nine words of names, a three-word name among them, so
 * {@code new AttendeeGroup(Role.OTHER, names, roles, Optional.empty())} and {@link #count()} is
 * unknown. When the organisations split at their member-kind words ("… kommun", "Region …",
 * "Försäkringskassan") their number is the group's count.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the role of everyone in the group; never a serving substitute, whose seat is
 *     unknown
 * @param names the names as written, one line of plain text
 * @param represents the organisations or roles as written, one line of plain text or empty
 * @param paragraphs the paragraphs the group was present for; empty means the whole meeting
 */
public record AttendeeGroup(Attendee.Role role, String names, String represents,
    Optional<ParagraphSet> paragraphs) {

  /**
   * Validates the components.
   *
   * @param role the role, not a serving substitute
   * @param names the names as written
   * @param represents the organisations or roles as written, may be empty
   * @param paragraphs the paragraphs, not an empty set
   * @throws IllegalArgumentException if a text is not one line of plain text, the role is a
   *     serving substitute, the cells hold one person (name and organisation are an
   *     {@link Attendee}), the names can be paired (they are attendees), {@code represents}
   *     names an ersättare, or the paragraph set is empty
   */
  public AttendeeGroup {
    requireNonNull(role, "role");
    requireNonNull(names, "names");
    requireNonNull(represents, "represents");
    requireNonNull(paragraphs, "paragraphs");
    PrintableText.check(names, "names");
    if (!represents.isEmpty()) {
      PrintableText.check(represents, "represents");
    }
    Checks.checkArgument(role != Attendee.Role.SERVING_SUBSTITUTE, "role (%s) must not be a "
        + "serving substitute: whose seat each fills is not written", role);
    Checks.checkArgument(RunTogether.isSeveral(names, represents), "names (%s) must be several "
        + "names: four or more words, or two or more organisations beside them", names);
    Checks.checkArgument(RunTogether.pairedNames(names, represents).isEmpty(), "names (%s) pair "
        + "with the organisations (%s); give them as attendees", names, represents);
    Checks.checkArgument(!RunTogether.mentionsSubstitute(represents), "represents (%s) must not "
        + "name an ersättare", represents);
    paragraphs.ifPresent(p -> Checks.checkArgument(!p.isEmpty(), "paragraphs (%s) must not be "
        + "empty; leave them out for the whole meeting", p));
  }

  /**
   * @return how many people the group holds, if known: the number of organisations its
   *     {@code represents} splits into at the member-kind words
   */
  public OptionalInt count() {
    List<String> orgs = RunTogether.organisations(represents);
    return orgs.isEmpty() ? OptionalInt.empty() : OptionalInt.of(orgs.size());
  }

  /**
   * @param paragraph a paragraph number
   * @return true if the group was present for it
   */
  public boolean isPresentFor(int paragraph) {
    return paragraphs.map(p -> p.contains(paragraph)).orElse(true);
  }
}
