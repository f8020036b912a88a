package dev.finsam.core;

/**
 * How finsam writes numbers for people (<i>talformat</i>): the Swedish form that CLDR gives for
 * {@code sv-SE}, or plain ASCII for CSV files and terminals that cannot show the Swedish
 * characters.
 *
 * <p>For example, minus three million one hundred and eight thousand and a half is
 * {@code "−3 108 000,5"} in {@link #SWEDISH} (U+2212 minus, U+00A0 between digit groups) and
 * {@code "-3 108 000,5"} in {@link #ASCII} (hyphen-minus, ordinary space). Both use a decimal
 * comma; every reader in finsam accepts both.
 */
public enum NumberStyle {
  /** As the JDK prints {@code sv-SE} with CLDR: U+00A0 groups, U+2212 minus, U+00A0 before a unit. */
  SWEDISH('\u00A0', '\u2212', '\u00A0'),
  /** Plain ASCII: space groups, hyphen-minus, space before a unit. */
  ASCII(' ', '-', ' ');

  private final char group;
  private final char minus;
  private final char unitSpace;

  NumberStyle(char group, char minus, char unitSpace) {
    this.group = group;
    this.minus = minus;
    this.unitSpace = unitSpace;
  }

  /** @return the character between groups of three digits */
  public char groupSeparator() {
    return group;
  }

  /** @return the minus sign */
  public char minusSign() {
    return minus;
  }

  /** @return the space between a number and its unit ("kr", "%") */
  public char unitSpace() {
    return unitSpace;
  }
}
