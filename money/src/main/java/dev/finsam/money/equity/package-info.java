/**
 * The equity ceiling (<i>trappan</i>) and the equity path of a budget year. The staircase's bracket
 * values are provisional; see {@link dev.finsam.money.equity.EquityStaircase}.
 */
@FinsamStyle
package dev.finsam.money.equity;

import dev.finsam.core.internal.FinsamStyle;
