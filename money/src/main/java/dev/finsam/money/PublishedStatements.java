package dev.finsam.money;

import dev.finsam.core.Findings;
import dev.finsam.core.text.DocumentPart;
import dev.finsam.core.text.DocumentReader;
import dev.finsam.core.text.NumberTokens;
import dev.finsam.core.text.PrintedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The money module's reader of published documents (<i>ekonomiska rapporter i ett dokument</i>)
 * for {@link dev.finsam.core.Documents#check}: result reports and summaries
 * ("resultatrapport"), balance reports ("balansrapport"), the members' contributions note
 * ("medlemsavgifter"), other notes ("not") and grant calls ("utlysning"); and, across parts, the
 * balance report's change of equity against the result report's result, and each line that
 * refers to a note ("Fordringar 2") against that note's sum.
 *
 * <p>For example, in the annual report 2017 of Samordningsförbundet Umeåregionen it finds the
 * summary table, Resultaträkning, Balansräkning, "Sammanställning av budget och utfall 2017" and
 * Not 1–3, and reports that the state paid 68 kr less than twice the region in 2016 and that
 * equity grew 73 408 kr more than the year's result.
 *
 * <p>A statement is found by its header row ("Belopp i tkr …", "Not 1. … 2017-12-31") with rows
 * of amounts after it; its kind by its caption and rows. A cash-flow statement
 * (<i>kassaflödesanalys</i>) is recognised and returned as a part whose check throws, saying that
 * finsam does not read it, so that {@code Documents.check} lists it. A statement that is found
 * but cannot be read is returned likewise, its check throwing the reader's message, which names
 * the line. Finding is linear in the document: each statement is read once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedStatements implements DocumentReader {

  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public PublishedStatements() {}

  @Override
  public List<DocumentPart> find(List<PrintedText.Line> lines) {
    List<DocumentPart> parts = new ArrayList<>();
    List<Integer> headers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      PrintedText.Line line = lines.get(i);
      if (GrantCallTable.isHeader(line)) {
        int h = i;
        int end = GrantCallTable.end(lines, i);
        parts.add(new DocumentPart(h + 1, end + 1, StatementReader.captionBefore(lines, h),
            "utlysning", () -> GrantCallTable.check(lines, h, end)));
        i = end;
      } else if (isHeader(lines, i)) {
        headers.add(i);
      }
    }
    List<Read> read = new ArrayList<>();
    for (int k = 0; k < headers.size(); k++) {
      int h = headers.get(k);
      int to = k + 1 < headers.size() ? headers.get(k + 1) : lines.size();
      read.add(read(lines, h, to));
    }
    for (Read r : read) {
      parts.add(r.part(read));
    }
    return parts;
  }

  /** A statement as found: read, or the reason it could not be. */
  private static final class Read {
    final int header;
    final String caption;
    final String kind;
    final Statement statement;
    final RuntimeException failure;

    Read(int header, String caption, String kind, Statement statement,
        RuntimeException failure) {
      this.header = header;
      this.caption = caption;
      this.kind = kind;
      this.statement = statement;
      this.failure = failure;
    }

    DocumentPart part(List<Read> all) {
      int last = header + 1;
      if (statement != null) {
        for (StatementRow row : statement.rows()) {
          last = Math.max(last, row.sourceLine());
        }
      }
      return new DocumentPart(header + 1, last, caption, kind, check(all));
    }

    private Supplier<Findings> check(List<Read> all) {
      if (failure != null) {
        return () -> {
          throw failure;
        };
      }
      java.util.Map<Integer, Statement> notes = new java.util.HashMap<>();
      for (Read r : all) {
        String[] w = StatementHeader.SPACES.split(r.caption.strip());
        if (r.statement != null && w.length > 1 && w[0].equals("Not")
            && StatementHeader.isNoteNumber(w[1])) {
          notes.putIfAbsent(Integer.parseInt(w[1].replace(".", "")), r.statement);
        }
      }
      switch (kind) {
        case "balansrapport":
          return () -> {
            BalanceSheet b = BalanceSheet.of(statement);
            return b.check().plus(DocumentResult.reconcile(b, statement, all.stream()
                .filter(r -> r.statement != null && r.kind.equals("resultatrapport"))
                .map(r -> r.statement).toList())).plus(DocumentResult.notes(statement, notes));
          };
        case "medlemsavgifter":
          return () -> ContributionsNote.check(statement);
        case "resultatrapport":
          return () -> ResultReport.of(statement).check()
              .plus(DocumentResult.notes(statement, notes));
        default:
          return statement::check;
      }
    }
  }

  private static Read read(List<PrintedText.Line> lines, int h, int to) {
    String caption = StatementReader.captionBefore(lines, h);
    String lower = (caption + " " + lines.get(h).text()).toLowerCase(Locale.ROOT);
    if (lower.contains("kassaflöde") || lower.contains("finansieringsanalys")) {
      return new Read(h, caption, "kassaflödesanalys", null, new IllegalArgumentException(
          "line " + (h + 1) + ": finsam does not read cash-flow statements (kassaflödesanalys)"));
    }
    StatementReader.Context context = lines.get(h).text().strip().startsWith("Not ")
        ? StatementReader.Context.NOTE
        : lower.contains("balans") || mentions(lines, h, to, "tillgång")
            ? StatementReader.Context.BALANCE : StatementReader.Context.RESULT;
    try {
      Statement s = StatementReader.read(lines, h, to, context);
      String kind = context == StatementReader.Context.BALANCE ? "balansrapport"
          : context == StatementReader.Context.NOTE
              ? (ContributionsNote.is(s) ? "medlemsavgifter" : "not") : "resultatrapport";
      return new Read(h, s.caption().isEmpty() ? caption : s.caption(), kind, s, null);
    } catch (IllegalArgumentException | ArithmeticException e) {
      String kind = context == StatementReader.Context.BALANCE ? "balansrapport"
          : context == StatementReader.Context.NOTE ? "not" : "resultatrapport";
      return new Read(h, caption, kind, null, e);
    }
  }

  private static boolean mentions(List<PrintedText.Line> lines, int from, int to, String word) {
    for (int i = from; i < Math.min(to, from + 40); i++) {
      if (lines.get(i).text().toLowerCase(Locale.ROOT).contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A statement's header: a header row with at least one line of amounts among the next few
   * non-blank lines (so that prose that starts with "Budget …" is not taken for one).
   */
  private static boolean isHeader(List<PrintedText.Line> lines, int i) {
    PrintedText.Line line = lines.get(i);
    String t = line.text().strip();
    if (t.isEmpty() || StatementHeader.read(line, true) == null) {
      return false;
    }
    String first = StatementHeader.norm(StatementHeader.SPACES.split(t)[0]);
    if (!first.equals("belopp") && !first.equals("not")
        && StatementHeader.SPACES.split(t).length > 16) {
      return false;
    }
    int seen = 0;
    for (int j = i + 1; j < lines.size() && seen < 5; j++) {
      PrintedText.Line l = lines.get(j);
      if (l.isBlank()) {
        continue;
      }
      seen++;
      for (NumberTokens.Token w : NumberTokens.tokens(l.text())) {
        if (w.kind() == NumberTokens.Kind.DIGITS) {
          return true;
        }
      }
    }
    return false;
  }
}
