package dev.finsam.core.protocol;

/**
 * The kind of matter a board decides (<i>ärende</i>), which settles what happens on a tie.
 *
 * <p>For example, a grant decision is {@link #ORDINARY}: on a tie the chair's casting vote
 * decides. An election goes to lot.
 */
public enum Matter {
  /** An ordinary matter: a tie is decided by the chair's casting vote (<i>utslagsröst</i>). */
  ORDINARY,
  /** An election (<i>val</i>): a tie is decided by lot (<i>lottning</i>). */
  ELECTION,
  /** A staff matter (<i>anställningsärende</i>): a tie is decided by lot. */
  STAFF
}
