package dev.finsam.core.text;

import java.util.List;

/**
 * A reader of one kind of table or block in a published document (<i>läsare av en tabellsort</i>),
 * found with {@link java.util.ServiceLoader}: money provides the result and balance reports, the
 * members' contributions and grant calls; outcomes the outcome tables; core the protocols.
 *
 * <p>For example, the outcome-table reader finds every header row "Kvinnor Män Totalt" and the rows
 * under it. {@link dev.finsam.core.Documents#check} asks every reader for its parts of a document
 * and checks each.
 *
 * <p>Implementations must be stateless and thread-safe, linear in the document's length, and
 * must never throw from {@link #find}; a part they found but cannot read throws an
 * {@code IllegalArgumentException} naming the line from {@link DocumentPart#check()}, and
 * {@code Documents} reports it.
 */
public interface DocumentReader {

  /**
   * Finds this reader's parts of a document.
   *
   * @param lines the document's lines, in order, not null
   * @return the parts found, in document order, never null
   */
  List<DocumentPart> find(List<PrintedText.Line> lines);
}
