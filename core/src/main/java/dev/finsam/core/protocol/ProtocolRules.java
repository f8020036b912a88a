package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The deadlines and numbering a protocol must meet (<i>regler för protokoll</i>), as data: by
 * default justering within 14 days of the meeting (practice, {@link ProtocolDeadline#JUSTERING}),
 * the notice posted at the latest the second day after justering (statutory, kommunallagen
 * (2017:725) 8 kap. 12 §, {@link ProtocolDeadline#POSTING}) and the notice up for the three weeks
 * of the appeal period (statutory, KL 13 kap. 5 §, {@link ProtocolDeadline#NOTICE}); paragraphs
 * numbered per calendar year.
 *
 * <p>A statutory deadline whose last day is a Saturday, Sunday, public holiday, midsommarafton,
 * julafton or nyårsafton moves to the next weekday (lag (1930:173) 2 §, {@link
 * dev.finsam.core.LegalCalendar#nextWeekday}); the practice deadline does not. Each finding says
 * which deadline applied, whether it is law or practice, and why it moved, e.g. "… senast lördag
 * 19 april → tisdag 22 april enligt lag (1930:173) (…)".
 *
 * <p>For example, {@code ProtocolRules.standard().check(p)} finds "Protokollet från 2017-11-30
 * justerades 21 dagar efter sammanträdet; gränsen är 14 dagar (enligt praxis …)" for the meeting
 * of 2017-11-30. Another <i>förbundsordning</i> may set other limits: {@link #of}.
 *
 * <p>Codes: {@code protocol.justering.late}, {@code protocol.justering.missing} (INFO),
 * {@code protocol.posting.late}, {@code protocol.posting.missing} (WARNING),
 * {@code protocol.notice.too-short}, {@code protocol.notice.up} (INFO, not yet taken down);
 * with {@link #withSeats} {@code protocol.quorum.missing}, {@code protocol.quorum.unknown} (INFO);
 * for series {@code protocol.series.out-of-order}, {@code protocol.series.overlap},
 * {@code protocol.series.gap}, {@code protocol.series.no-restart},
 * {@code protocol.series.unexpected-restart}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProtocolRules {

  /**
   * Most days from the meeting to the justering: 14. Practice, not statute: kommunallagen
   * (2017:725) as the association applies it (for a fullmäktige the limit is statutory, KL 5 kap.
   * 69 §; a samordningsförbund's board follows it by practice).
   */
  public static final int JUSTERING_DAYS = 14; // practice, kommunallagen (2017:725) as applied

  /**
   * Most days from the justering to the posting of its notice: the second day after. Statutory:
   * kommunallagen (2017:725) 8 kap. 12 §.
   */
  public static final int POSTING_DAYS = 2; // statutory, KL (2017:725) 8 kap. 12 §

  /**
   * Fewest days the notice stays up: three weeks, the appeal period, which runs from the posting.
   * Statutory: kommunallagen (2017:725) 13 kap. 5 §.
   */
  public static final int NOTICE_DAYS = 21; // statutory, KL (2017:725) 13 kap. 5 §

  private static final ProtocolRules STANDARD = new ProtocolRules(JUSTERING_DAYS, POSTING_DAYS,
      NOTICE_DAYS, ParagraphNumbering.perCalendarYear());

  private final int justeringDays;
  private final int postingDays;
  private final int noticeDays;
  private final ParagraphNumbering numbering;
  private final int seats; // 0: not known, quorum not checked

  private ProtocolRules(int justeringDays, int postingDays, int noticeDays,
      ParagraphNumbering numbering) {
    this(justeringDays, postingDays, noticeDays, numbering, 0);
  }

  private ProtocolRules(int justeringDays, int postingDays, int noticeDays,
      ParagraphNumbering numbering, int seats) {
    this.justeringDays = justeringDays;
    this.postingDays = postingDays;
    this.noticeDays = noticeDays;
    this.numbering = numbering;
    this.seats = seats;
  }

  /** @return 14 days, the second day, three weeks, per calendar year; never null */
  public static ProtocolRules standard() {
    return STANDARD;
  }

  /**
   * Rules with other limits.
   *
   * @param justeringDays most days from meeting to justering, at least 0
   * @param postingDays most days from justering to posting, at least 0
   * @param noticeDays fewest days the notice stays up, at least 1
   * @param numbering the numbering policy, not null
   * @return the rules, never null
   * @throws IllegalArgumentException if a limit is out of range
   */
  public static ProtocolRules of(int justeringDays, int postingDays, int noticeDays,
      ParagraphNumbering numbering) {
    requireNonNull(numbering, "numbering");
    if (justeringDays < 0) {
      throw new IllegalArgumentException("justeringDays (" + justeringDays + ") must be >= 0");
    }
    if (postingDays < 0) {
      throw new IllegalArgumentException("postingDays (" + postingDays + ") must be >= 0");
    }
    if (noticeDays < 1) {
      throw new IllegalArgumentException("noticeDays (" + noticeDays + ") must be >= 1");
    }
    return new ProtocolRules(justeringDays, postingDays, noticeDays, numbering);
  }

  /** @return the numbering policy, never null */
  public ParagraphNumbering numbering() {
    return numbering;
  }

  /**
   * These rules, also checking that the board was quorate for every paragraph
   * ({@code protocol.quorum.missing}): more than half of {@code seats} filled by present
   * ledamöter or serving substitutes ({@link Protocol#attendance(int)}).
   *
   * @param seats the seats on the board as the förbundsordning sets them (FinsamL 9 §), at
   *     least 1
   * @return the rules with the board's size, never null
   * @throws IllegalArgumentException if {@code seats < 1}
   */
  public ProtocolRules withSeats(int seats) {
    Checks.checkArgument(seats >= 1, "seats (%s) must be at least 1", seats);
    return new ProtocolRules(justeringDays, postingDays, noticeDays, numbering, seats);
  }

  /** @return the seats on the board, if the rules know them (and so check the quorum) */
  public OptionalInt seats() {
    return seats == 0 ? OptionalInt.empty() : OptionalInt.of(seats);
  }

  /**
   * The last day a deadline allows for a protocol: for {@link ProtocolDeadline#JUSTERING} the
   * meeting date plus the justering days; for {@link ProtocolDeadline#POSTING} the justering date
   * plus the posting days, and for {@link ProtocolDeadline#NOTICE} the posting date plus the
   * notice days (the last day of the appeal period, which the notice must stay up until), both
   * moved to the next weekday under lag (1930:173) 2 §.
   *
   * @param deadline the deadline, not null
   * @param p the protocol, not null
   * @return the last day, or empty if the day it counts from is not in the protocol or the
   *     deadline falls beyond {@link LocalDate#MAX}
   */
  public Optional<LocalDate> due(ProtocolDeadline deadline, Protocol p) {
    requireNonNull(deadline, "deadline");
    requireNonNull(p, "protocol");
    return deadline(deadline, p).map(Deadline::due);
  }

  private Optional<Deadline> deadline(ProtocolDeadline d, Protocol p) {
    switch (d) {
      case JUSTERING:
        return Deadline.after(p.meetingDate(), justeringDays, d.isStatutory());
      case POSTING:
        return p.adjustedOn().flatMap(a -> Deadline.after(a, postingDays, d.isStatutory()));
      default:
        return p.postedOn().flatMap(a -> Deadline.after(a, noticeDays, d.isStatutory()));
    }
  }

  /**
   * Checks one protocol's deadlines. Never throws for a missed deadline, nor for dates at the end
   * of {@link LocalDate}'s range.
   *
   * @param p the protocol, not null
   * @return the findings, never null
   */
  public Findings check(Protocol p) {
    requireNonNull(p, "protocol");
    Findings.Builder f = Findings.builder();
    String which = "Protokollet från " + p.meetingDate();
    checkDeadlines(p, which, f);
    if (seats > 0) {
      checkQuorum(p, which, f);
    }
    return f.build();
  }

  private void checkQuorum(Protocol p, String which, Findings.Builder f) {
    Attendance a = p.attendance(seats);
    if (a.hasUncounted()) {
      f.info("protocol.quorum.unknown", which + ": beslutförheten kan inte bedömas, eftersom "
          + "några beslutande står skrivna tillsammans utan att deras antal framgår.");
      return;
    }
    ParagraphSet missing = a.withoutQuorum();
    if (!missing.isEmpty()) {
      f.error("protocol.quorum.missing", which + ": styrelsen var inte beslutför i " + missing
          + " (" + Swedish.integer(a.filledSeats(missing.first())) + " av "
          + Swedish.integer(seats) + " platser besatta i § "
          + missing.first() + "); fler än hälften av platserna ska vara besatta av närvarande "
          + "ledamöter eller tjänstgörande ersättare.");
    }
  }

  private void checkDeadlines(Protocol p, String which, Findings.Builder f) {
    Optional<Deadline> justering = deadline(ProtocolDeadline.JUSTERING, p);
    String justeringRule = "gränsen är " + Swedish.integer(justeringDays) + " dagar ("
        + ProtocolDeadline.JUSTERING.basis() + ")";
    if (p.adjustedOn().isEmpty()) {
      f.info("protocol.justering.missing", which + " är ännu inte justerat; " + justeringRule
          + justering.map(d -> ", " + d.text()).orElse("") + ".");
      return;
    }
    LocalDate adjusted = p.adjustedOn().get();
    long toAdjust = ChronoUnit.DAYS.between(p.meetingDate(), adjusted);
    if (justering.isPresent() && !justering.get().isMetBy(adjusted)) {
      f.error("protocol.justering.late", which + " justerades " + Swedish.integer(toAdjust)
          + " dagar efter sammanträdet; " + justeringRule + ", " + justering.get().text() + ".");
    }
    Optional<Deadline> posting = deadline(ProtocolDeadline.POSTING, p);
    String postingRule = ProtocolDeadline.POSTING.basis() + " ska det ske senast "
        + Swedish.ordinal(postingDays) + " dagen efter justeringen";
    if (p.postedOn().isEmpty()) {
      f.warning("protocol.posting.missing", which + " saknar datum för anslag; " + postingRule
          + posting.map(d -> ", " + d.text()).orElse("") + ".");
      return;
    }
    LocalDate posted = p.postedOn().get();
    if (posting.isPresent() && !posting.get().isMetBy(posted)) {
      f.error("protocol.posting.late", which + ": anslaget sattes upp "
          + Swedish.integer(ChronoUnit.DAYS.between(adjusted, posted)) + " dagar efter "
          + "justeringen; " + postingRule
          + ", " + posting.get().text() + ".");
    }
    Optional<Deadline> notice = deadline(ProtocolDeadline.NOTICE, p);
    String noticeRule = ProtocolDeadline.NOTICE.basis() + " ska det sitta uppe hela "
        + "överklagandetiden, " + Swedish.integer(noticeDays) + " dagar";
    if (p.takenDownOn().isEmpty()) {
      notice.ifPresent(d -> f.info("protocol.notice.up", which + ": anslaget får tas ned när "
          + "överklagandetiden har gått ut; " + noticeRule + ", till och med "
          + d.days() + "."));
      return;
    }
    LocalDate down = p.takenDownOn().get();
    if (notice.isPresent() && down.isBefore(notice.get().due())) {
      f.error("protocol.notice.too-short", which + ": anslaget satt uppe "
          + Swedish.integer(ChronoUnit.DAYS.between(posted, down)) + " dagar; " + noticeRule + ", till och med "
          + notice.get().days() + ".");
    }
  }

  /**
   * Checks a series of protocols (e.g. a year's) for order and numbering: meetings out of date
   * order, overlapping or missing paragraphs, and a new year that does or does not restart at § 1
   * against the policy. Each protocol's own deadlines are checked too.
   *
   * @param protocols the protocols in the order given, not null
   * @return the findings, never null
   */
  public Findings checkSeries(List<Protocol> protocols) {
    requireNonNull(protocols, "protocols");
    Findings.Builder f = Findings.builder();
    for (int i = 1; i < protocols.size(); i++) {
      Protocol prev = protocols.get(i - 1);
      Protocol p = protocols.get(i);
      if (p.meetingDate().isBefore(prev.meetingDate())) {
        f.warning("protocol.series.out-of-order", "Protokollet från " + p.meetingDate()
            + " står efter protokollet från " + prev.meetingDate() + " men mötet hölls före.");
      }
    }
    List<Protocol> sorted = ProtocolLedger.of(protocols).protocols();
    for (int i = 1; i < sorted.size(); i++) {
      Protocol prev = sorted.get(i - 1);
      Protocol p = sorted.get(i);
      boolean newYear = prev.meetingDate().getYear() != p.meetingDate().getYear();
      long expected = numbering.expectedFirst(prev.meetingDate(), prev.paragraphs().last(),
          p.meetingDate());
      int first = p.paragraphs().first();
      if (newYear && numbering.restartsEachYear() && first != 1) {
        f.error("protocol.series.no-restart", "Protokollet från " + p.meetingDate()
            + " är årets första men börjar på § " + first + "; numreringen ska börja om på § 1.");
      } else if (newYear && !numbering.restartsEachYear() && first == 1
          && prev.paragraphs().last() >= 1) {
        f.error("protocol.series.unexpected-restart", "Protokollet från " + p.meetingDate()
            + " börjar om på § 1, men numreringen är löpande; väntad var § " + expected + ".");
      } else if (!newYear || !numbering.restartsEachYear() || first != 1) {
        if (p.paragraphs().overlaps(prev.paragraphs()) || first < expected) {
          f.error("protocol.series.overlap", "Protokollet från " + p.meetingDate() + " ("
              + p.paragraphs() + ") återanvänder paragrafnummer; föregående möte "
              + prev.meetingDate() + " slutade på § " + prev.paragraphs().last() + ".");
        } else if (first > expected) {
          f.warning("protocol.series.gap", "Mellan protokollet från " + prev.meetingDate()
              + " (slutar på § " + prev.paragraphs().last() + ") och protokollet från "
              + p.meetingDate() + " (börjar på § " + first + ") saknas "
              + ParagraphSet.of((int) expected, first - 1) + ".");
        }
      }
    }
    for (Protocol p : sorted) {
      f.addAll(check(p));
    }
    return f.build();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ProtocolRules)) {
      return false;
    }
    ProtocolRules o = (ProtocolRules) obj;
    return o.justeringDays == justeringDays && o.postingDays == postingDays
        && o.noticeDays == noticeDays && o.numbering.equals(numbering) && o.seats == seats;
  }

  @Override
  public int hashCode() {
    return Objects.hash(justeringDays, postingDays, noticeDays, numbering, seats);
  }

  @Override
  public String toString() {
    return "justering inom " + justeringDays + " dagar, anslag senast dag " + postingDays
        + " efter, uppe minst " + noticeDays + " dagar, numrering " + numbering
        + (seats > 0 ? ", " + seats + " platser" : "");
  }
}
