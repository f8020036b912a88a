package dev.finsam.outcomes;

/**
 * How shares of those who ended become whole percent (<i>avrundning av procent</i>).
 *
 * <p>For example, Våga växa 2017 (4, 10, 19, 7 of 40): {@link #HALF_UP} gives 10, 25, 48, 18 (101,
 * as published); {@link #LARGEST_REMAINDER} gives 10, 25, 48, 17 (100).
 */
public enum PercentRounding {
  /** Each row rounded half up, as reports publish them; a column may add up to 99 or 101. */
  HALF_UP,
  /** Largest remainder: each row rounded down or up so that the column adds up to exactly 100. */
  LARGEST_REMAINDER
}
