/**
 * Money of a samordningsförbund: amounts in SEK (<i>belopp</i>), exact allocation
 * (<i>fördelning</i>), the members' contributions (<i>medlemsavgifter</i>) and their checks.
 *
 * <p>Vocabulary, as in java.time: static {@code of}, {@code ofXxx}, {@code from}, {@code parse};
 * instance {@code isX}, {@code withX}, {@code toX}. Amounts are {@code javax.money.MonetaryAmount}
 * in SEK at the edges; inside, all arithmetic is on whole öre or exact fractions, and nothing rounds
 * unless the caller names the rounding.
 */
@FinsamStyle
package dev.finsam.money;

import dev.finsam.core.internal.FinsamStyle;
