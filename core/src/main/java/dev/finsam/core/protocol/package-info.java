/**
 * Board meetings (<i>sammanträden</i>): paragraph sets (<i>paragrafer</i>) and their numbering,
 * protocols and their deadlines (<i>justering, anslag</i>), votes and quorum.
 *
 * <p>Vocabulary, as in java.time: static {@code of}, {@code parse}; instance {@code isX},
 * {@code withX}, {@code plus}/{@code minus}. Rule checks return {@link dev.finsam.core.Findings}.
 * Value types are immutable, thread-safe and reject nulls; their generated implementations are
 * package-private.
 */
@FinsamStyle
package dev.finsam.core.protocol;

import dev.finsam.core.internal.FinsamStyle;
