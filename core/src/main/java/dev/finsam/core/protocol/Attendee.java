package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.Optional;

/**
 * A person in a protocol's list of those present (<i>närvarande</i>): a name, whom they represent,
 * their {@link Role} — a seat-holder (<i>ledamot</i>), a substitute (<i>ersättare</i>) serving for
 * one or only present, or another participant — and the paragraphs they were present for if not
 * all.
 *
 * <p>For example, the 2017-11-30 protocol lists "Utvecklingsledare NAFS § 71-77":
 * {@code Attendee.other("Tommy Henfridsson", "Utvecklingsledare NAFS", ParagraphSet.parse("§
 * 71-77"))}; a substitute serving for an absent ledamot is {@code Attendee.serving("Anna Ek",
 * "Umeå kommun", "Peter Vigren")} and fills that ledamot's seat (FinsamL 12 §: substitutes are
 * called in a set order to serve).
 *
 * <p>Text fields are one line of plain text each (no tabs, markup, '|' or '§'), so that a
 * protocol's printed text reads back to the same attendee; a name has at most three words, and a
 * person represents at most one member organisation, and a ledamot or serving substitute names no
 * <i>ersättare</i> in {@code represents}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the person's name, one to three words
 * @param represents the member or role they represent, may be empty
 * @param role ledamot, serving substitute, substitute or other
 * @param servesFor for a serving substitute, the ledamot whose seat they fill, if known
 * @param paragraphs the paragraphs they were present for; empty means the whole meeting
 */
public record Attendee(String name, String represents, Role role, Optional<String> servesFor,
    Optional<ParagraphSet> paragraphs) {

  /** What a person present does at the meeting (<i>roll</i>). */
  public enum Role {
    /** A seat-holder (<i>ledamot</i>): decides, and fills their own seat. */
    MEMBER("ledamot"),
    /** A substitute serving (<i>tjänstgörande ersättare</i>): decides, filling a seat. */
    SERVING_SUBSTITUTE("tjänstgörande ersättare"),
    /** A substitute present but not serving (<i>ersättare</i>): does not decide. */
    SUBSTITUTE("ersättare"),
    /** Anyone else present (<i>övrig deltagare</i>): staff, guests; does not decide. */
    OTHER("övrig deltagare");

    private final String swedish;

    Role(String swedish) {
      this.swedish = swedish;
    }

    /** @return the Swedish term, e.g. "ledamot"; never null */
    public String swedish() {
      return swedish;
    }

    /** @return true for the roles that take part in decisions (<i>beslutande</i>) */
    public boolean isDeciding() {
      return this == MEMBER || this == SERVING_SUBSTITUTE;
    }
  }

  /**
   * Validates the components.
   *
   * @param name the person's name, one to three words
   * @param represents the member or role they represent, may be empty
   * @param role the role
   * @param servesFor whom a serving substitute serves for, empty for any other role
   * @param paragraphs the paragraphs they were present for, not an empty set
   * @throws IllegalArgumentException if a text is not one line of plain text, the name has more
   *     than three words, {@code servesFor} is given for another role than a serving substitute
   *     or names the person, {@code represents} names several members (or, for a deciding
   *     attendee, an ersättare), or the paragraph set is empty
   */
  public Attendee {
    requireNonNull(name, "name");
    requireNonNull(represents, "represents");
    requireNonNull(role, "role");
    requireNonNull(servesFor, "servesFor");
    requireNonNull(paragraphs, "paragraphs");
    PrintableText.checkPersonName(name, "name");
    if (!represents.isEmpty()) {
      PrintableText.check(represents, "represents");
    }
    servesFor.ifPresent(s -> {
      PrintableText.checkPersonName(s, "servesFor");
      Checks.checkArgument(role == Role.SERVING_SUBSTITUTE, "servesFor (%s) must be empty for "
          + "a %s; only a serving substitute serves for someone", s, role.swedish());
      Checks.checkArgument(!s.equals(name), "servesFor (%s) must not be the attendee", s);
    });
    Checks.checkArgument(RunTogether.organisations(represents).size() <= 1,
        "represents (%s) must name at most one member for one person", represents);
    if (role.isDeciding()) {
      Checks.checkArgument(!RunTogether.mentionsSubstitute(represents), "represents (%s) must "
          + "not name an ersättare; give the role and servesFor instead", represents);
    }
    paragraphs.ifPresent(p -> Checks.checkArgument(!p.isEmpty(), "paragraphs (%s) must not be "
        + "empty; leave them out for the whole meeting", p));
  }

  /**
   * @param name the person's name
   * @param represents the member they represent, e.g. "Arbetsförmedlingen"
   * @return a ledamot present for the whole meeting, never null
   */
  public static Attendee member(String name, String represents) {
    return new Attendee(name, represents, Role.MEMBER, Optional.empty(), Optional.empty());
  }

  /**
   * @param name the person's name
   * @param represents the member they represent
   * @param paragraphs the paragraphs they were present for, not null
   * @return a ledamot present for some paragraphs, never null
   */
  public static Attendee member(String name, String represents, ParagraphSet paragraphs) {
    return new Attendee(name, represents, Role.MEMBER, Optional.empty(), Optional.of(paragraphs));
  }

  /**
   * The same as {@link #member(String, String)}: a deciding ledamot (<i>beslutande</i>).
   *
   * @param name the person's name
   * @param represents the member they represent, e.g. "Arbetsförmedlingen"
   * @return a ledamot present for the whole meeting, never null
   */
  public static Attendee deciding(String name, String represents) {
    return member(name, represents);
  }

  /**
   * The same as {@link #member(String, String, ParagraphSet)}.
   *
   * @param name the person's name
   * @param represents the member they represent
   * @param paragraphs the paragraphs they were present for, not null
   * @return a ledamot present for some paragraphs, never null
   */
  public static Attendee deciding(String name, String represents, ParagraphSet paragraphs) {
    return member(name, represents, paragraphs);
  }

  /**
   * @param name the substitute's name
   * @param represents the member they represent
   * @param servesFor the ledamot whose seat they fill
   * @return a serving substitute (<i>tjänstgörande ersättare</i>) for the whole meeting, never
   *     null
   */
  public static Attendee serving(String name, String represents, String servesFor) {
    return new Attendee(name, represents, Role.SERVING_SUBSTITUTE,
        Optional.of(requireNonNull(servesFor, "servesFor")), Optional.empty());
  }

  /**
   * @param name the substitute's name
   * @param represents the member they represent
   * @return a substitute present but not serving, never null
   */
  public static Attendee substitute(String name, String represents) {
    return new Attendee(name, represents, Role.SUBSTITUTE, Optional.empty(), Optional.empty());
  }

  /**
   * @param name the person's name
   * @param role the role, e.g. "Förbundschef"
   * @return another participant present for the whole meeting, never null
   */
  public static Attendee other(String name, String role) {
    return new Attendee(name, role, Role.OTHER, Optional.empty(), Optional.empty());
  }

  /**
   * @param name the person's name
   * @param role the role, e.g. "Utvecklingsledare NAFS"
   * @param paragraphs the paragraphs they were present for, not null
   * @return another participant present for some paragraphs, never null
   */
  public static Attendee other(String name, String role, ParagraphSet paragraphs) {
    return new Attendee(name, role, Role.OTHER, Optional.empty(), Optional.of(paragraphs));
  }

  /**
   * @param set the paragraphs the person was present for, not null, not empty
   * @return this attendee present for those paragraphs only, never null
   */
  public Attendee withParagraphs(ParagraphSet set) {
    return new Attendee(name, represents, role, servesFor, Optional.of(set));
  }

  /** @return true if the person takes part in decisions (a ledamot or serving substitute) */
  public boolean isDeciding() {
    return role.isDeciding();
  }

  /**
   * @param paragraph a paragraph number
   * @return true if the person was present for it
   */
  public boolean isPresentFor(int paragraph) {
    return paragraphs.map(p -> p.contains(paragraph)).orElse(true);
  }
}
