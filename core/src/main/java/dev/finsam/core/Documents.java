package dev.finsam.core;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import dev.finsam.core.text.DocumentPart;
import dev.finsam.core.text.DocumentReader;
import dev.finsam.core.text.PrintedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Checks a whole published document (<i>granskning av ett dokument</i>): a tertial or annual
 * report, or a protocol, as text copied from Word or a PDF. Every table and protocol in it is found
 * by its header row and caption, read, and checked; the findings come back as one list, each with
 * the line and caption it is about.
 *
 * <p>For example, {@code Documents.check(Files.readString(report))} finds, in the annual report
 * 2017 of Samordningsförbundet Umeåregionen, that the state paid 68 kr less than twice the region
 * in 2016 (its Not 1) and that equity grew 73 408 kr more than the year's result.
 *
 * <p>The readers come from the finsam modules on the class path or module path (money: result
 * and balance reports, contributions, grant calls; outcomes: outcome tables; core: protocols), so
 * a table kind whose module is absent is not looked for. A table that was found but could not be
 * read is reported as {@code document.part.unreadable} (WARNING) with the reason, never skipped
 * silently.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Documents {

  private Documents() {}

  /**
   * Finds, reads and checks every table and protocol of a document.
   *
   * @param text the document's text, not null
   * @return the findings in document order, each with a {@link Location}; never null
   */
  public static Findings check(CharSequence text) {
    requireNonNull(text, "text");
    List<PrintedText.Line> lines = PrintedText.lines(text);
    List<DocumentPart> parts = new ArrayList<>();
    for (DocumentReader reader : readers()) {
      parts.addAll(reader.find(lines));
    }
    parts.sort(Comparator.comparingInt(DocumentPart::firstLine)
        .thenComparing(DocumentPart::kind));
    Findings.Builder all = Findings.builder();
    for (DocumentPart part : parts) {
      Location where = Location.of(part.firstLine(), part.caption());
      Findings found;
      try {
        found = part.check().get();
      } catch (IllegalArgumentException e) {
        all.add(Finding.of(Severity.WARNING, "document.part.unreadable", "Delen (" + part.kind()
            + ") kunde inte läsas: " + Checks.abbreviate(String.valueOf(e.getMessage())) + ".")
            .at(where));
        continue;
      }
      for (Finding f : found.all()) {
        all.add(f.location().isPresent() ? f : f.at(where));
      }
    }
    return all.build();
  }

  /**
   * The parts of a document that the readers found, without checking them.
   *
   * @param text the document's text, not null
   * @return the parts in document order, never null
   */
  static List<DocumentPart> parts(CharSequence text) {
    List<PrintedText.Line> lines = PrintedText.lines(requireNonNull(text, "text"));
    List<DocumentPart> parts = new ArrayList<>();
    for (DocumentReader reader : readers()) {
      parts.addAll(reader.find(lines));
    }
    parts.sort(Comparator.comparingInt(DocumentPart::firstLine));
    return parts;
  }

  private static List<DocumentReader> readers() {
    List<DocumentReader> readers = new ArrayList<>();
    ServiceLoader.load(DocumentReader.class, Documents.class.getClassLoader())
        .forEach(readers::add);
    readers.sort(Comparator.comparing(r -> r.getClass().getName()));
    return readers;
  }
}
