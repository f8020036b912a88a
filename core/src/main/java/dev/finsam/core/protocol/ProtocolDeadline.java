package dev.finsam.core.protocol;

/**
 * The deadlines of a protocol (<i>protokollets tidsfrister</i>), each statutory or practice, with
 * its source.
 *
 * <p>For example, {@link #POSTING} is statutory (kommunallagen (2017:725) 8 kap. 12 §), so under
 * lag (1930:173) 2 § it moves to the next weekday when its last day is a Saturday, Sunday,
 * public holiday, midsommarafton, julafton or nyårsafton; {@link #JUSTERING} is practice and does
 * not move. The limits themselves are data in {@link ProtocolRules}.
 */
public enum ProtocolDeadline {

  /**
   * The protocol is justerat within {@link ProtocolRules#JUSTERING_DAYS} days of the meeting.
   * Practice: kommunallagen (2017:725) as the association applies it to its board (the statutory
   * rule, KL 5 kap. 69 §, is for a fullmäktige); it does not move under lag (1930:173).
   */
  JUSTERING(false, "kommunallagen (2017:725) som förbundet tillämpar"),

  /**
   * The justering is announced on the notice board (<i>anslag</i>) at the latest the second day
   * after it. Statutory: kommunallagen (2017:725) 8 kap. 12 §; moves under lag (1930:173) 2 §.
   */
  POSTING(true, "kommunallagen (2017:725) 8 kap. 12 §"),

  /**
   * The notice stays up for the whole appeal period (<i>överklagandetiden</i>), three weeks from
   * the day it was posted. Statutory: kommunallagen (2017:725) 13 kap. 5 §; the period's last day
   * moves under lag (1930:173) 2 §, and so does the first day the notice may come down.
   */
  NOTICE(true, "kommunallagen (2017:725) 13 kap. 5 §");

  private final boolean statutory;
  private final String source;

  ProtocolDeadline(boolean statutory, String source) {
    this.statutory = statutory;
    this.source = source;
  }

  /** @return true if the deadline is set by law (and moves under lag (1930:173)) */
  public boolean isStatutory() {
    return statutory;
  }

  /**
   * @return the source in Swedish, e.g. "kommunallagen (2017:725) 8 kap. 12 §", or for practice
   *     what it follows; never null
   */
  public String source() {
    return source;
  }

  /** @return "enligt lag (…)" or "praxis enligt …, inte lag", as findings say it; never null */
  String basis() {
    return statutory ? "enligt lag (" + source + ")" : "praxis enligt " + source + ", inte lag";
  }
}
