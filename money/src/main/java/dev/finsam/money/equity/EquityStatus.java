package dev.finsam.money.equity;

/**
 * Where equity stands against the staircase ceiling (<i>läge mot trappan</i>).
 *
 * <p>For example, 2 050 tkr against a ceiling of 1 967,5 tkr is {@link #AT}: within the "in
 * principle" band of ±5 % of the ceiling.
 */
public enum EquityStatus {
  /** Below the ceiling by more than the band: room to keep (<i>under trappan</i>). */
  BELOW,
  /** Within the band around the ceiling: "in principle what the trappa recommends". */
  AT,
  /** Above the ceiling by more than the band: the state's allocation may be limited. */
  ABOVE
}
