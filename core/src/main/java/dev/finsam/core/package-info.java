/**
 * The core of finsam: organisation numbers, members and associations (<i>samordningsförbund</i>),
 * tertials, exact fractions, and the {@link dev.finsam.core.Findings} that every rule check returns.
 *
 * <p>Vocabulary, as in java.time: static {@code of}, {@code ofXxx}, {@code parse}, {@code from},
 * {@code between}; instance {@code isX}, {@code withX}, {@code plus}/{@code minus}, {@code toX}.
 * {@code toString()} is the canonical text and {@code parse(x.toString())} gives {@code x} back.
 * Every value type is immutable, thread-safe and rejects nulls.
 */
@FinsamStyle
package dev.finsam.core;

import dev.finsam.core.internal.FinsamStyle;
