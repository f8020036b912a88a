package dev.finsam.core.protocol;

/**
 * How the chair (<i>ordförande</i>) voted, which decides an ordinary matter on a tie.
 *
 * <p>For example, at 2017-11-30 the vote on Vännäs's request was 2–2 and the chair's
 * {@link #YES} carried it.
 */
public enum ChairVote {
  /** The chair voted yes (<i>ja</i>). */
  YES,
  /** The chair voted no (<i>nej</i>). */
  NO,
  /** The chair abstained or did not take part; there is no casting vote. */
  NONE
}
