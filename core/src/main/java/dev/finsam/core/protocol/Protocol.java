package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * Impossible dates (justering before the meeting, posting before justering, taking down before
 * posting) are rejected; late ones are for {@link ProtocolRules} to find.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Protocol {

  private final LocalDate meetingDate;
  private final ParagraphSet paragraphs;
  private final Optional<LocalDate> adjustedOn;
  private final Optional<LocalDate> postedOn;
  private final Optional<LocalDate> takenDownOn;
  private final List<Attendee> attendees;

  private Protocol(Builder b) {
    this.meetingDate = b.meetingDate;
    this.paragraphs = b.paragraphs;
    this.adjustedOn = Optional.ofNullable(b.adjustedOn);
    this.postedOn = Optional.ofNullable(b.postedOn);
    this.takenDownOn = Optional.ofNullable(b.takenDownOn);
    this.attendees = List.copyOf(b.attendees);
  }

  /** @return a new builder, never null */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the meeting date (<i>sammanträdesdatum</i>), never null */
  public LocalDate meetingDate() {
    return meetingDate;
  }

  /** @return the paragraphs held, never empty */
  public ParagraphSet paragraphs() {
    return paragraphs;
  }

  /** @return the justering date, if justerat */
  public Optional<LocalDate> adjustedOn() {
    return adjustedOn;
  }

  /** @return the day the notice was posted, if posted */
  public Optional<LocalDate> postedOn() {
    return postedOn;
  }

  /** @return the day the notice was taken down, if taken down */
  public Optional<LocalDate> takenDownOn() {
    return takenDownOn;
  }

  /** @return those present, in the protocol's order, never null */
  public List<Attendee> attendees() {
    return attendees;
  }

  /**
   * @return days from the meeting to the justering, if justerat
   */
  public Optional<Long> daysToAdjustment() {
    return adjustedOn.map(a -> ChronoUnit.DAYS.between(meetingDate, a));
  }

  /**
   * Tells whether enough deciding members were present for a paragraph: more than half of the
   * seats (FinsamL; {@link Quorum}).
   *
   * @param paragraph a paragraph of this protocol
   * @param seats the number of seats on the board, at least 1
   * @return true if the board was quorate for that paragraph
   * @throws IllegalArgumentException if the paragraph is not in this protocol
   */
  public boolean isQuorate(int paragraph, int seats) {
    if (!paragraphs.contains(paragraph)) {
      throw new IllegalArgumentException(
          "paragraph (" + paragraph + ") is not in this protocol's " + paragraphs);
    }
    long present = attendees.stream().filter(a -> a.deciding() && a.isPresentFor(paragraph))
        .count();
    return Quorum.isPresent(seats, (int) Math.min(present, seats));
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Protocol)) {
      return false;
    }
    Protocol o = (Protocol) obj;
    return o.meetingDate.equals(meetingDate) && o.paragraphs.equals(paragraphs)
        && o.adjustedOn.equals(adjustedOn) && o.postedOn.equals(postedOn)
        && o.takenDownOn.equals(takenDownOn) && o.attendees.equals(attendees);
  }

  @Override
  public int hashCode() {
    return meetingDate.hashCode() * 31 + paragraphs.hashCode();
  }

  /** @return e.g. {@code "Protokoll 2017-11-30 § 71–83, justerat 2017-12-21, …"} */
  @Override
  public String toString() {
    return "Protokoll " + meetingDate + " " + paragraphs
        + adjustedOn.map(d -> ", justerat " + d).orElse(", ej justerat")
        + postedOn.map(d -> ", anslag " + d).orElse("")
        + takenDownOn.map(d -> "\u2013" + d).orElse("");
  }

  /** Builds a {@link Protocol}; nothing is built until {@link #build()} has checked the dates. */
  public static final class Builder {
    private LocalDate meetingDate;
    private ParagraphSet paragraphs;
    private LocalDate adjustedOn;
    private LocalDate postedOn;
    private LocalDate takenDownOn;
    private final List<Attendee> attendees = new ArrayList<>();

    private Builder() {}

    /**
     * @param date the meeting date, not null
     * @return this builder
     */
    public Builder meetingDate(LocalDate date) {
      this.meetingDate = requireNonNull(date, "meetingDate");
      return this;
    }

    /**
     * @param paragraphs the paragraphs held, not null, not empty
     * @return this builder
     */
    public Builder paragraphs(ParagraphSet paragraphs) {
      this.paragraphs = requireNonNull(paragraphs, "paragraphs");
      return this;
    }

    /**
     * @param date the justering date, not null
     * @return this builder
     */
    public Builder adjustedOn(LocalDate date) {
      this.adjustedOn = requireNonNull(date, "adjustedOn");
      return this;
    }

    /**
     * @param date the day the notice was posted, not null
     * @return this builder
     */
    public Builder postedOn(LocalDate date) {
      this.postedOn = requireNonNull(date, "postedOn");
      return this;
    }

    /**
     * @param date the day the notice was taken down, not null
     * @return this builder
     */
    public Builder takenDownOn(LocalDate date) {
      this.takenDownOn = requireNonNull(date, "takenDownOn");
      return this;
    }

    /**
     * @param attendee one present, not null
     * @return this builder
     */
    public Builder addAttendee(Attendee attendee) {
      attendees.add(requireNonNull(attendee, "attendee"));
      return this;
    }

    /**
     * @return the protocol, never null
     * @throws IllegalArgumentException if the meeting date or paragraphs are missing, the
     *     paragraphs empty, or the dates impossible
     */
    public Protocol build() {
      if (meetingDate == null) {
        throw new IllegalArgumentException("meetingDate (missing) must be given");
      }
      if (paragraphs == null || paragraphs.isEmpty()) {
        throw new IllegalArgumentException("paragraphs (" + paragraphs + ") must not be empty");
      }
      if (adjustedOn != null && adjustedOn.isBefore(meetingDate)) {
        throw new IllegalArgumentException("adjustedOn (" + adjustedOn
            + ") must not be before meetingDate (" + meetingDate + ")");
      }
      if (postedOn != null && adjustedOn == null) {
        throw new IllegalArgumentException(
            "postedOn (" + postedOn + ") needs adjustedOn: a notice is posted after justering");
      }
      if (postedOn != null && postedOn.isBefore(adjustedOn)) {
        throw new IllegalArgumentException("postedOn (" + postedOn
            + ") must not be before adjustedOn (" + adjustedOn + ")");
      }
      if (takenDownOn != null && postedOn == null) {
        throw new IllegalArgumentException("takenDownOn (" + takenDownOn + ") needs postedOn");
      }
      if (takenDownOn != null && !takenDownOn.isAfter(postedOn)) {
        throw new IllegalArgumentException("takenDownOn (" + takenDownOn
            + ") must be after postedOn (" + postedOn + ")");
      }
      return new Protocol(this);
    }
  }
}
