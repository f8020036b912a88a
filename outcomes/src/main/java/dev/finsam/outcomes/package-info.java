/**
 * Outcomes of individual work (<i>resultat på individnivå</i>): outcome tables for women and men,
 * exact shares and whole percentages, goals, sums of platforms, and reading tables as reports print
 * them.
 *
 * <p>Vocabulary, as in java.time: static {@code of}, {@code parse}, {@code builder}; instance
 * {@code isX}, {@code plus}, {@code toX}. Checks return {@link dev.finsam.core.Findings}.
 */
@FinsamStyle
package dev.finsam.outcomes;

import dev.finsam.core.internal.FinsamStyle;
