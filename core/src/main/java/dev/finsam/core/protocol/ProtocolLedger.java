package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The protocols held so far (<i>protokollförteckning</i>), in meeting order: what the next
 * meeting's paragraph numbers follow on from.
 *
 * <p>For example, {@code ProtocolLedger.of(List.of(february, november))} and then
 * {@code ParagraphNumbering.perCalendarYear().next(ledger, LocalDate.of(2018, 2, 20), 12)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProtocolLedger {

  private final List<Protocol> protocols;

  private ProtocolLedger(List<Protocol> protocols) {
    this.protocols = protocols;
  }

  /**
   * @param protocols the protocols so far, in any order, not null
   * @return the ledger, sorted by meeting date, never null
   */
  public static ProtocolLedger of(List<Protocol> protocols) {
    List<Protocol> sorted = new ArrayList<>(requireNonNull(protocols, "protocols"));
    sorted.sort(Comparator.comparing(Protocol::meetingDate));
    return new ProtocolLedger(List.copyOf(sorted));
  }

  /** @return an empty ledger, never null */
  public static ProtocolLedger empty() {
    return new ProtocolLedger(List.of());
  }

  /**
   * @param protocol a further protocol, not null
   * @return a ledger with it added, never null
   */
  public ProtocolLedger plus(Protocol protocol) {
    List<Protocol> all = new ArrayList<>(protocols);
    all.add(requireNonNull(protocol, "protocol"));
    return of(all);
  }

  /** @return the protocols in meeting order, never null */
  public List<Protocol> protocols() {
    return protocols;
  }

  /** @return the latest protocol, if any */
  public Optional<Protocol> latest() {
    return protocols.isEmpty() ? Optional.empty()
        : Optional.of(protocols.get(protocols.size() - 1));
  }

  /** @return the highest paragraph number in the ledger, or 0 if empty */
  public int lastParagraph() {
    return protocols.stream().mapToInt(p -> p.paragraphs().last()).max().orElse(0);
  }

  /**
   * @param year a calendar year
   * @return the highest paragraph number of meetings that year, or 0 if none
   */
  public int lastParagraphIn(int year) {
    return protocols.stream().filter(p -> p.meetingDate().getYear() == year)
        .mapToInt(p -> p.paragraphs().last()).max().orElse(0);
  }

  /** @return the latest meeting date, if any */
  public Optional<LocalDate> latestMeeting() {
    return latest().map(Protocol::meetingDate);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ProtocolLedger && ((ProtocolLedger) obj).protocols.equals(protocols);
  }

  @Override
  public int hashCode() {
    return protocols.hashCode();
  }

  @Override
  public String toString() {
    return protocols.toString();
  }
}
