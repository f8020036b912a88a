package dev.finsam.core;

/**
 * How much a {@link Finding} matters (<i>allvarlighetsgrad</i>).
 *
 * <p>For example, a protocol justerat after the deadline is an {@link #ERROR}; a reported amount
 * that differs from the rule within the tolerance is {@link #INFO}.
 */
public enum Severity {
  /** A rule is broken; the figure or document should be corrected. */
  ERROR,
  /** Something looks wrong or unusual and should be looked at. */
  WARNING,
  /** Worth knowing; nothing to correct. */
  INFO
}
