/**
 * Board meetings (<i>sammanträden</i>): paragraph sets (<i>paragrafer</i>) and their numbering,
 * protocols and their deadlines (<i>justering, anslag</i>), votes and quorum.
 *
 * <p>Vocabulary, as in java.time: static {@code of}, {@code parse}; instance {@code isX},
 * {@code withX}, {@code plus}/{@code minus}. Rule checks return {@link dev.finsam.core.Findings}.
 */
package dev.finsam.core.protocol;
