package dev.finsam.outcomes;

/**
 * The two columns of an outcome table (<i>kön</i>): women (<i>kvinnor</i>) and men (<i>män</i>).
 */
public enum Sex {
  /** Women, <i>kvinnor</i>. */
  WOMEN,
  /** Men, <i>män</i>. */
  MEN
}
