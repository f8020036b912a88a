package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import dev.finsam.core.Location;
import dev.finsam.core.text.DocumentPart;
import dev.finsam.core.text.DocumentReader;
import dev.finsam.core.text.NumberTokens;
import dev.finsam.core.text.PrintedText;
import dev.finsam.core.text.Swedish;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outcome tables of a published document (<i>läsare av resultattabeller</i>) for
 * {@link dev.finsam.core.Documents#check}: each header row with "Kvinnor" and "Män", the rows
 * under it, and its caption; checking a table reads it (the classic or the SUS scheme, as its
 * labels say), runs {@link OutcomeTable#check()} and verifies the percentages the prose after it
 * claims.
 *
 * <p>For example, in the annual report 2017 of Umeåregionen it finds Tabell 1–10 and the claim
 * "Totalt har 92 % gått vidare till arbete, studier eller annan positiv lösning" (33 of 40 is
 * 82,5 %). A table of another kind under such a header (Tabell 11, "Antal ärenden") cannot be read
 * and is reported so by {@code Documents}.
 *
 * <p>This class is immutable and thread-safe; {@link #find} is linear in the document.
 */
public final class OutcomeTableReader implements DocumentReader {

  /** The kind of part this reader finds. */
  public static final String KIND = "resultattabell";
  /** How many lines before a header a caption ("Tabell 11. …") may stand. */
  private static final int CAPTION_BEFORE = 5;
  /** Rows have short labels; a longer line is prose. */
  private static final int MAX_LABEL = 120;

  /** Makes the reader; {@link java.util.ServiceLoader} calls this. */
  public OutcomeTableReader() {}

  @Override
  public List<DocumentPart> find(List<PrintedText.Line> lines) {
    requireNonNull(lines, "lines");
    List<DocumentPart> parts = new ArrayList<>();
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      if (!TableText.isHeader(lines.get(i))) {
        continue;
      }
      int last = i;
      for (int j = i + 1; j < n; j++) {
        PrintedText.Line line = lines.get(j);
        if (line.isBlank() || line.isPipeRule()) {
          continue;
        }
        if (!isRow(line)) {
          break;
        }
        last = j;
      }
      if (last == i) {
        continue;
      }
      parts.add(part(lines, i, last));
      i = last;
    }
    return parts;
  }

  private static DocumentPart part(List<PrintedText.Line> lines, int header, int last) {
    List<PrintedText.Line> table = List.copyOf(lines.subList(header, last + 1));
    PrintedText.Line after = null;
    for (int j = last + 1; j < lines.size() && j <= last + 3; j++) {
      if (TableText.isCaption(lines.get(j))) {
        after = lines.get(j);
        break;
      }
      if (!lines.get(j).isBlank()) {
        break;
      }
    }
    String caption = after != null ? caption(after.text()) : captionBefore(lines, header);
    PrintedText.Line prose = after;
    int first = lines.get(header).number();
    return new DocumentPart(first, lines.get(last).number(), caption, KIND,
        () -> check(table, prose, caption));
  }

  private static Findings check(List<PrintedText.Line> table, PrintedText.Line prose,
      String caption) {
    OutcomeScheme scheme = OutcomeScheme.CLASSIC;
    for (PrintedText.Line line : table) {
      if (!TableText.isHeader(line) && Vocabulary.isSus(line.text())) {
        scheme = OutcomeScheme.SUS;
        break;
      }
    }
    OutcomeTable t = TableText.read(table, scheme);
    Findings.Builder f = Findings.builder().addAll(t.check());
    if (prose != null && t.hasEnded()) {
      Location where = Location.of(prose.number(), caption);
      for (ProseClaims.Claim c : ProseClaims.find(prose.text(), scheme)) {
        f.add(t.verifyClaim(c.percent(), c.categories().toArray(new OutcomeCategory[0]))
            .toFinding().at(where));
      }
    }
    return f.build();
  }

  /** A row: a short label, then numbers (for a pipe row: a cell that is a number). */
  private static boolean isRow(PrintedText.Line line) {
    if (TableText.isCaption(line) || TableText.isHeader(line)) {
      return false;
    }
    if (line.isPipeRow() || line.text().indexOf('\t') >= 0) {
      int[] cells = line.cellBounds(); // cell k from cells[2k] to cells[2k + 1]
      for (int k = 2; k < cells.length; k += 2) {
        if (cells[k] < cells[k + 1] && Swedish.isDigit(line.text().charAt(cells[k]))) {
          return cells[1] - cells[0] <= MAX_LABEL;
        }
      }
      return false;
    }
    List<NumberTokens.Token> tokens = NumberTokens.tokens(line.text());
    int start = tokens.size();
    while (start > 0 && tokens.get(start - 1).isNumeric()) {
      start--;
    }
    int label = -1; // the label as RowReader joins it, its words one space apart, as in tabs
    for (int k = 0; k < start; k++) {
      label += tokens.get(k).text().length() + 1;
    }
    return start > 0 && start < tokens.size() && label <= MAX_LABEL;
  }

  /** "Tabell 7. Resultat på individnivå i Vindeln" from its line: up to the first wide gap. */
  static String caption(String text) {
    String s = text.strip();
    int gap = s.indexOf("  ");
    String c = gap > 0 ? s.substring(0, gap) : s;
    return c.length() > MAX_LABEL ? c.substring(0, MAX_LABEL) + "…" : c;
  }

  private static String captionBefore(List<PrintedText.Line> lines, int header) {
    String heading = "";
    int seen = 0;
    for (int j = header - 1; j >= 0 && seen < CAPTION_BEFORE; j--) {
      PrintedText.Line line = lines.get(j);
      if (line.isBlank()) {
        continue;
      }
      seen++;
      if (TableText.isCaption(line)) {
        return caption(line.text());
      }
      if (seen == 1 && line.text().strip().length() <= MAX_LABEL) {
        heading = caption(line.text());
      }
    }
    return heading;
  }
}
