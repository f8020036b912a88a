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
    Findings.Builder all = Findings.builder();
    for (Part part : checkParts(text)) {
      all.addAll(part.findings());
    }
    return all.build();
  }

  /**
   * Finds, reads and checks every table and protocol of a document, part by part.
   *
   * @param text the document's text, not null
   * @return each part found, in document order, with its findings; never null
   */
  public static List<Part> checkParts(CharSequence text) {
    requireNonNull(text, "text");
    List<PrintedText.Line> lines = PrintedText.lines(text);
    List<DocumentPart> found = new ArrayList<>();
    for (DocumentReader reader : readers()) {
      found.addAll(reader.find(lines));
    }
    found.sort(Comparator.comparingInt(DocumentPart::firstLine)
        .thenComparing(DocumentPart::kind));
    List<Part> parts = new ArrayList<>(found.size());
    for (DocumentPart part : found) {
      Location where = Location.of(part.firstLine(), part.caption());
      Findings.Builder f = Findings.builder();
      boolean read = true;
      try {
        for (Finding x : part.check().get().all()) {
          f.add(x.location().isPresent() ? x : x.at(where));
        }
      } catch (IllegalArgumentException e) {
        read = false;
        f.add(unreadable(part, where, String.valueOf(e.getMessage())));
      }
      parts.add(new Part(part.kind(), where, part.lastLine(), read, f.build()));
    }
    return parts;
  }

  /**
   * A part that could not be read: a Swedish sentence, the reader's own (technical) reason in
   * brackets, at the line the reason names if it names one near its start ("line 813 …",
   * "protocol text, line 4 (…").
   */
  private static Finding unreadable(DocumentPart part, Location where, String reason) {
    int line = lineNamed(reason, where.line());
    return Finding.of(Severity.WARNING, "document.part.unreadable", "Delen (" + part.kind()
        + ") kunde inte läsas och är inte granskad; finsam känner inte igen en rad eller läser "
        + "inte den sortens tabell. [" + Checks.abbreviate(reason) + "]")
        .at(Location.of(Math.max(1, line), where.caption()));
  }

  /**
   * The line a reader's reason names near its start ("line 813 …", "protocol text, line 4 (…"):
   * "line " within its first 40 characters, then 1 to 9 digits.
   *
   * @return that line, or {@code otherwise} if the reason names none
   */
  static int lineNamed(String reason, int otherwise) {
    int at = reason.indexOf("line ");
    if (at < 0 || at >= 40) {
      return otherwise;
    }
    int from = at + 5;
    int end = from;
    while (end < reason.length() && reason.charAt(end) >= '0' && reason.charAt(end) <= '9') {
      end++;
    }
    return end > from && end - from < 10 ? Integer.parseInt(reason.substring(from, end))
        : otherwise;
  }

  /**
   * One checked part of a document (<i>granskad del</i>): a table, a statement or a protocol.
   *
   * <p>For example, the part of kind "protokoll" at line 75 captioned "Protokoll 2017-11-30",
   * with its deadline findings. This class is immutable and thread-safe.
   */
  public static final class Part {
    private final String kind;
    private final Location location;
    private final int lastLine;
    private final boolean read;
    private final Findings findings;

    private Part(String kind, Location location, int lastLine, boolean read, Findings findings) {
      this.kind = kind;
      this.location = location;
      this.lastLine = lastLine;
      this.read = read;
      this.findings = findings;
    }

    /** @return what the part is, in Swedish, e.g. "resultattabell"; never null */
    public String kind() {
      return kind;
    }

    /** @return the part's first line and caption, never null */
    public Location location() {
      return location;
    }

    /** @return the part's last line */
    public int lastLine() {
      return lastLine;
    }

    /** @return false if the part was found but could not be read */
    public boolean isRead() {
      return read;
    }

    /** @return the part's findings, each with a location; never null */
    public Findings findings() {
      return findings;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Part && ((Part) obj).kind.equals(kind)
          && ((Part) obj).location.equals(location) && ((Part) obj).lastLine == lastLine
          && ((Part) obj).read == read && ((Part) obj).findings.equals(findings);
    }

    @Override
    public int hashCode() {
      return location.hashCode() * 31 + findings.hashCode();
    }

    /** @return e.g. {@code "protokoll, rad 75, Protokoll 2017-11-30: 2 iakttagelser"} */
    @Override
    public String toString() {
      return kind + ", " + location + ": " + findings.all().size() + " iakttagelser";
    }
  }

  private static List<DocumentReader> readers() {
    return Readers.ALL;
  }

  /**
   * The readers on the module or class path, found once: finding them reads every jar's service
   * files, and they are stateless and thread-safe.
   */
  private static final class Readers {
    static final List<DocumentReader> ALL = load();

    private static List<DocumentReader> load() {
      List<DocumentReader> readers = new ArrayList<>();
      ServiceLoader.load(DocumentReader.class, Documents.class.getClassLoader())
          .forEach(readers::add);
      readers.sort(Comparator.comparing(r -> r.getClass().getName()));
      return List.copyOf(readers);
    }
  }
}
