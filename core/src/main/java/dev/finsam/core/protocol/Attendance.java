package dev.finsam.core.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who decided each paragraph of a protocol and whether the board was quorate
 * (<i>beslutförhet</i>): more than half of the board's seats filled by present ledamöter or
 * serving substitutes (FinsamL with kommunallagen's rule for a nämnd, "fler än hälften av
 * ledamöterna"; {@link Quorum}).
 *
 * <p>For example, {@code protocol.attendance(8).withoutQuorum()} is {@code "§ 74–76"} when only
 * four seats were filled while those paragraphs were handled. A seat is filled by its ledamot
 * when present, or else by a substitute serving for that ledamot; two substitutes serving for one
 * seat fill it once; a serving substitute whose ledamot is not named fills a seat of their own; a
 * group of ledamöter written together counts as many seats as organisations beside them. A group
 * whose count is unknown is not counted ({@link #hasUncounted()}).
 *
 * <p>Obtain one with {@link Protocol#attendance(int)}. This class is immutable and thread-safe.
 */
public final class Attendance {

  private final Protocol protocol;
  private final int seats;

  Attendance(Protocol protocol, int seats) {
    this.protocol = protocol;
    this.seats = seats;
  }

  /** @return the protocol, never null */
  public Protocol protocol() {
    return protocol;
  }

  /** @return the number of seats on the board, at least 1 */
  public int seats() {
    return seats;
  }

  /**
   * @return true if a group of ledamöter written together has an unknown count, so that the
   *     filled seats may be more than counted here
   */
  public boolean hasUncounted() {
    return protocol.attendeeGroups().stream().anyMatch(g -> g.role() == Attendee.Role.MEMBER
        && g.count().isEmpty());
  }

  /**
   * The people who decided a paragraph: the ledamöter present, then the serving substitutes who
   * filled a seat, in the protocol's order.
   *
   * @param paragraph a paragraph of the protocol
   * @return the deciders, never null
   * @throws IllegalArgumentException if the paragraph is not in the protocol
   */
  public List<Attendee> decidedBy(int paragraph) {
    checkParagraph(paragraph);
    List<Attendee> out = new ArrayList<>();
    Set<String> filled = new HashSet<>();
    for (Attendee a : protocol.attendees()) {
      if (a.role() == Attendee.Role.MEMBER && a.isPresentFor(paragraph) && filled.add(a.name())) {
        out.add(a);
      }
    }
    int own = 0;
    for (Attendee a : protocol.attendees()) {
      if (a.role() == Attendee.Role.SERVING_SUBSTITUTE && a.isPresentFor(paragraph)
          && filled.add(a.servesFor().orElse("\u0000" + own++))) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * @param paragraph a paragraph of the protocol
   * @return the seats filled while it was handled, counting groups by their known count; may
   *     exceed {@link #seats()} if the protocol lists more than the board has
   * @throws IllegalArgumentException if the paragraph is not in the protocol
   */
  public long filledSeats(int paragraph) {
    long n = decidedBy(paragraph).size();
    for (AttendeeGroup g : protocol.attendeeGroups()) {
      if (g.role() == Attendee.Role.MEMBER && g.isPresentFor(paragraph)) {
        n += g.count().orElse(0);
      }
    }
    return n;
  }

  /**
   * @param paragraph a paragraph of the protocol
   * @return true if more than half of the seats were filled while it was handled
   * @throws IllegalArgumentException if the paragraph is not in the protocol
   */
  public boolean isQuorate(int paragraph) {
    return 2 * Math.min(filledSeats(paragraph), seats) > seats;
  }

  /**
   * The paragraphs handled without a quorum, found by one sweep over where attendance changes
   * (never by expanding the paragraphs).
   *
   * @return the paragraphs, possibly empty, never null
   */
  public ParagraphSet withoutQuorum() {
    TreeMap<Long, List<Change>> events = new TreeMap<>();
    Map<String, Integer> present = new HashMap<>();
    long filled = 0;
    int own = 0;
    for (Attendee a : protocol.attendees()) {
      if (!a.isDeciding()) {
        continue;
      }
      String key = a.role() == Attendee.Role.MEMBER ? a.name()
          : a.servesFor().orElse("\u0000" + own++);
      if (a.paragraphs().isEmpty()) {
        filled += change(present, key, 1);
      } else {
        addEvents(events, a.paragraphs().get(), key, 1);
      }
    }
    long groups = 0;
    for (AttendeeGroup g : protocol.attendeeGroups()) {
      if (g.role() != Attendee.Role.MEMBER || g.count().isEmpty()) {
        continue;
      }
      if (g.paragraphs().isEmpty()) {
        groups += g.count().getAsInt();
      } else {
        addEvents(events, g.paragraphs().get(), null, g.count().getAsInt());
      }
    }
    for (ParagraphSet.Range r : protocol.paragraphs().ranges()) {
      events.computeIfAbsent((long) r.first(), k -> new ArrayList<>());
      events.computeIfAbsent((long) r.last() + 1, k -> new ArrayList<>());
    }
    List<ParagraphSet.Range> missing = new ArrayList<>();
    Long from = null;
    for (Map.Entry<Long, List<Change>> e : events.entrySet()) {
      long at = e.getKey();
      if (from != null && from < at && protocol.paragraphs().contains((int) (long) from)
          && 2 * Math.min(filled + groups, seats) <= seats) {
        missing.add(new ParagraphSet.Range((int) (long) from, (int) (at - 1)));
      }
      for (Change c : e.getValue()) {
        if (c.seat() == null) {
          groups += c.weight();
        } else {
          filled += change(present, c.seat(), c.weight());
        }
      }
      from = at;
    }
    return ParagraphSet.ofRanges(missing);
  }

  /** At a boundary, a seat's present holders change by {@code weight} (a group's: seat null). */
  private record Change(String seat, int weight) {}

  private static void addEvents(TreeMap<Long, List<Change>> events, ParagraphSet set,
      String seat, int weight) {
    for (ParagraphSet.Range r : set.ranges()) {
      events.computeIfAbsent((long) r.first(), k -> new ArrayList<>()).add(new Change(seat,
          weight));
      events.computeIfAbsent((long) r.last() + 1, k -> new ArrayList<>()).add(new Change(seat,
          -weight));
    }
  }

  /** Changes a seat's present holders; returns the change in filled seats (-1, 0 or 1). */
  private static int change(Map<String, Integer> present, String key, int delta) {
    int before = present.getOrDefault(key, 0);
    int after = before + delta;
    present.put(key, after);
    return (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
  }

  private void checkParagraph(int paragraph) {
    if (!protocol.paragraphs().contains(paragraph)) {
      throw new IllegalArgumentException(
          "paragraph (" + paragraph + ") is not in this protocol's " + protocol.paragraphs());
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Attendance && ((Attendance) obj).seats == seats
        && ((Attendance) obj).protocol.equals(protocol);
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocol, seats);
  }

  /** @return e.g. {@code "Närvaro 2017-11-30, 8 platser, utan beslutförhet: § 74–76"} */
  @Override
  public String toString() {
    ParagraphSet missing = withoutQuorum();
    return "Närvaro " + protocol.meetingDate() + ", " + seats + " platser"
        + (missing.isEmpty() ? ", beslutför i alla paragrafer" : ", utan beslutförhet: "
            + missing);
  }
}
