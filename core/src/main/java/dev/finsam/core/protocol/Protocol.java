package dev.finsam.core.protocol;

import dev.finsam.core.text.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The minutes of one board meeting (<i>protokoll</i>): the meeting date, the paragraphs held, and
 * the dates it was checked and signed (<i>justerat</i>), its notice posted (<i>anslag
 * uppsatt</i>) and taken down (<i>anslag nedtaget</i>), with those present.
 *
 * <p>For example, the meeting of 2017-11-30:
 * <pre>{@code
 * Protocol p = Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
 *     .paragraphs(ParagraphSet.parse("§ 71-83")).adjustedOn(LocalDate.of(2017, 12, 21))
 *     .postedOn(LocalDate.of(2017, 12, 22)).takenDownOn(LocalDate.of(2018, 1, 12)).build();
 * }</pre>
 * Impossible values are rejected with an {@code IllegalArgumentException} naming the field:
 * justering before the meeting, posting before justering, taking down before posting, an
 * attendee present for a paragraph the protocol did not hold, a paragraph written twice or
 * outside the paragraphs; late dates are for {@link ProtocolRules} to find, and a missing quorum
 * for {@link #attendance(int)}.
 *
 * <p>A protocol also keeps what its published text says (the association, place, secretary,
 * chair, justerare, where the notice was posted and the protocol kept, the BEVIS block's
 * signature, and the paragraphs as written), so that {@link #parse} reads the published layout
 * and {@link #toString()} prints it: {@code Protocol.parse(p.toString())} equals {@code p}.
 * Every text field is one line of plain text.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Protocol {

  Protocol() {}

  /** @return a new builder, never null */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the meeting date (<i>sammanträdesdatum</i>), never null */
  public abstract LocalDate meetingDate();

  /** @return the paragraphs held, never empty */
  public abstract ParagraphSet paragraphs();

  /** @return the justering date (<i>justeringsdatum</i>), if justerat */
  public abstract Optional<LocalDate> adjustedOn();

  /** @return the day the notice was posted (<i>anslag uppsatt</i>), if posted */
  public abstract Optional<LocalDate> postedOn();

  /** @return the day the notice was taken down (<i>anslag nedtaget</i>), if taken down */
  public abstract Optional<LocalDate> takenDownOn();

  /** @return those present, in the protocol's order, never null */
  public abstract List<Attendee> attendees();

  /**
   * @return those present whose names are written together and could not be paired with their
   *     organisations, as written; never null
   */
  public abstract List<AttendeeGroup> attendeeGroups();

  /** @return the association's name as the header gives it (<i>förbund</i>), if given */
  public abstract Optional<String> association();

  /** @return where and when the meeting was held (<i>plats och tid</i>), if given */
  public abstract Optional<String> place();

  /** @return the secretary (<i>sekreterare</i>), if given */
  public abstract Optional<String> secretary();

  /** @return the chair (<i>ordförande</i>) who signed, if given */
  public abstract Optional<String> chair();

  /** @return those who checked and signed the protocol (<i>justerare</i>), never null */
  public abstract List<String> adjusters();

  /**
   * @return where the justering was announced (<i>anslag hos</i>), as the BEVIS block writes it
   *     after "Justeringen har tillkännagivits genom anslag hos", if given
   */
  public abstract Optional<String> noticeAt();

  /** @return where the protocol is kept (<i>förvaringsplats</i>), if given */
  public abstract Optional<String> keptAt();

  /** @return who signed the BEVIS block (<i>underskrift</i>), if given */
  public abstract Optional<String> signedBy();

  /**
   * @return the paragraphs as written (<i>paragrafer</i>): number, title and text, in the
   *     protocol's order; never null, empty if only the numbers are known
   */
  public abstract List<Paragraph> minutes();

  /** @return days from the meeting to the justering, if justerat */
  public Optional<Long> daysToAdjustment() {
    return adjustedOn().map(a -> ChronoUnit.DAYS.between(meetingDate(), a));
  }

  /**
   * Who decided each paragraph and whether the board was quorate.
   *
   * @param seats the number of seats (<i>ledamöter</i>) on the board, at least 1; the
   *     förbundsordning sets it (FinsamL 9 §), the protocol does not say it
   * @return the attendance, never null
   * @throws IllegalArgumentException if {@code seats < 1}
   */
  public Attendance attendance(int seats) {
    Checks.checkArgument(seats >= 1, "seats (%s) must be at least 1", seats);
    return new Attendance(this, seats);
  }

  /**
   * Tells whether more than half of the seats were filled while a paragraph was handled: the same
   * as {@code attendance(seats).isQuorate(paragraph)}.
   *
   * @param paragraph a paragraph of this protocol
   * @param seats the number of seats on the board, at least 1
   * @return true if the board was quorate for that paragraph
   * @throws IllegalArgumentException if the paragraph is not in this protocol or seats is below 1
   */
  public boolean isQuorate(int paragraph, int seats) {
    return attendance(seats).isQuorate(paragraph);
  }

  /**
   * The seats the protocol itself shows: each ledamot listed, each seat a serving substitute
   * fills, and the known count of each group of ledamöter written together. A stand-in for the
   * board's size, which the protocol does not state.
   *
   * @return the seats listed, at least 0
   */
  public int seatsListed() {
    Set<String> seats = new HashSet<>();
    int own = 0;
    for (Attendee a : attendees()) {
      if (a.role() == Attendee.Role.MEMBER) {
        seats.add(a.name());
      } else if (a.role() == Attendee.Role.SERVING_SUBSTITUTE) {
        seats.add(a.servesFor().orElse("\u0000" + own++));
      }
    }
    long n = seats.size();
    for (AttendeeGroup g : attendeeGroups()) {
      if (g.role() == Attendee.Role.MEMBER) {
        n += g.count().orElse(0);
      }
    }
    return (int) Math.min(n, Integer.MAX_VALUE);
  }

  @Value.Check
  void check() {
    if (paragraphs().isEmpty()) {
      throw new IllegalArgumentException("paragraphs (" + paragraphs() + ") must not be empty");
    }
    LocalDate meeting = meetingDate();
    LocalDate adjusted = adjustedOn().orElse(null);
    LocalDate posted = postedOn().orElse(null);
    if (adjusted != null && adjusted.isBefore(meeting)) {
      throw new IllegalArgumentException("adjustedOn (" + adjusted
          + ") must not be before meetingDate (" + meeting + ")");
    }
    if (posted != null && adjusted == null) {
      throw new IllegalArgumentException(
          "postedOn (" + posted + ") needs adjustedOn: a notice is posted after justering");
    }
    if (posted != null && posted.isBefore(adjusted)) {
      throw new IllegalArgumentException("postedOn (" + posted
          + ") must not be before adjustedOn (" + adjusted + ")");
    }
    association().ifPresent(v -> PrintableText.check(v, "association"));
    place().ifPresent(v -> PrintableText.check(v, "place"));
    secretary().ifPresent(v -> PrintableText.check(v, "secretary"));
    chair().ifPresent(v -> PrintableText.check(v, "chair"));
    for (int i = 0; i < adjusters().size(); i++) {
      PrintableText.check(adjusters().get(i), "adjusters[" + i + "]");
    }
    noticeAt().ifPresent(v -> PrintableText.check(v, "noticeAt"));
    keptAt().ifPresent(v -> PrintableText.check(v, "keptAt"));
    signedBy().ifPresent(v -> PrintableText.check(v, "signedBy"));
    Set<Integer> numbers = new HashSet<>();
    for (Paragraph m : minutes()) {
      Checks.checkArgument(paragraphs().contains(m.number()), "minutes (§ %s) must be one of "
          + "the paragraphs (%s)", m.number(), paragraphs());
      Checks.checkArgument(numbers.add(m.number()), "minutes (§ %s) must be written once",
          m.number());
    }
    for (int i = 0; i < attendees().size(); i++) {
      Attendee a = attendees().get(i);
      checkWithin(a.paragraphs(), "attendees[" + i + "] (" + a.name() + ")");
    }
    for (int i = 0; i < attendeeGroups().size(); i++) {
      AttendeeGroup g = attendeeGroups().get(i);
      checkWithin(g.paragraphs(), "attendeeGroups[" + i + "] (" + g.names() + ")");
    }
    takenDownOn().ifPresent(down -> {
      if (posted == null) {
        throw new IllegalArgumentException("takenDownOn (" + down + ") needs postedOn");
      }
      if (!down.isAfter(posted)) {
        throw new IllegalArgumentException("takenDownOn (" + down
            + ") must be after postedOn (" + posted + ")");
      }
    });
  }

  private void checkWithin(Optional<ParagraphSet> present, String who) {
    if (present.isPresent() && !paragraphs().containsAll(present.get())) {
      ParagraphSet outside = present.get().minus(paragraphs());
      Checks.checkArgument(outside.isEmpty(), "%s present for %s must be present only for the "
          + "protocol's paragraphs (%s); %s is outside", who, present.get(), paragraphs(), outside);
    }
  }

  /**
   * Reads a protocol as published: the header (Sammanträdesdatum, Plats och tid, Beslutande,
   * Ersättare and Övriga deltagare with their organisations and paragraphs, Sekreterare,
   * Ordförande, Justerare), the BEVIS block (Justeringsdatum, Datum för anslags uppsättande and
   * nedtagande, Paragrafer, where the protocol is kept, Underskrift) and the paragraphs, each a
   * {@code "§ n title"} line with its text up to the next.
   *
   * <p>Labels are matched ignoring case, their values on the same line (after spaces, a colon or
   * signature dots) or on the next, the labels in any order; cells may be separated by tabs, wide
   * spaces or {@code |}; bold and {@code <i>} markup is ignored ({@link
   * dev.finsam.core.text.PrintedText#lines}); "§ 42-47, 49-56" may follow the name or the
   * organisation. Names and organisations written together in one cell each are paired when the
   * organisations split at their member-kind words and there are two words a name for each;
   * otherwise they are kept as written in an {@link AttendeeGroup}. Dates are ISO dates. A line
   * "BEVIS" after the paragraphs starts the BEVIS block there. The paragraphs are those written
   * in "Paragrafer", else those with a § line.
   *
   * <p>{@code parse(p.toString())} equals {@code p} for every protocol.
   *
   * @param text the protocol's text, not null
   * @return the protocol, never null
   * @throws IllegalArgumentException naming the line (and quoting it) that cannot be read, or
   *     the last line if the meeting date or the paragraphs are missing
   */
  public static Protocol parse(CharSequence text) {
    return ProtocolParser.parse(text);
  }

  /**
   * The canonical text: the published layout, one labelled row a line with tabs between cells,
   * then the BEVIS block and the paragraphs; {@link #parse} reads it back to this protocol.
   *
   * @return the protocol's text, never null
   */
  @Override
  public String toString() {
    return ProtocolPrinter.print(this);
  }

  /**
   * Builds a {@link Protocol}; {@link #build()} checks the dates and throws
   * {@code IllegalArgumentException} naming the field if they are impossible, or if the meeting
   * date or the paragraphs are missing.
   */
  public static final class Builder extends ImmutableProtocol.Builder {

    Builder() {}

    /**
     * @param attendee one present, not null
     * @return this builder
     */
    public Builder addAttendee(Attendee attendee) {
      return addAttendees(attendee);
    }

    /**
     * @param name one who checked and signed the protocol (<i>justerare</i>), not null
     * @return this builder
     */
    public Builder addAdjuster(String name) {
      return addAdjusters(name);
    }

    /**
     * @param paragraph a paragraph as written, not null
     * @return this builder
     */
    public Builder addParagraph(Paragraph paragraph) {
      return addMinutes(paragraph);
    }

    /**
     * @param group people present written together, not null
     * @return this builder
     */
    public Builder addAttendeeGroup(AttendeeGroup group) {
      return addAttendeeGroups(group);
    }

    /**
     * @return the protocol, never null
     * @throws IllegalArgumentException if the meeting date or the paragraphs are missing, or a
     *     value is impossible; the message names the field and the value
     */
    @Override
    public Protocol build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        // the style throws IllegalArgumentException for missing attributes too; only that
        // message ("Cannot build Protocol, some of required attributes are not set [...]") is
        // rewritten, the checks' own messages already name the field
        String m = String.valueOf(e.getMessage());
        if (!m.startsWith("Cannot build ")) {
          throw e;
        }
        int open = m.indexOf('[');
        int close = m.indexOf(']', open + 1);
        String missing = open >= 0 && close > open ? m.substring(open + 1, close) : m;
        throw new IllegalArgumentException(missing + " (missing) must be given", e);
      }
    }
  }
}
