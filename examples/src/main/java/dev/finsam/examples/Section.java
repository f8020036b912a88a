package dev.finsam.examples;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.Severity;
import java.io.PrintStream;
import java.util.List;

/**
 * One section of the examples report: a table, published figures beside reproduced ones, the
 * findings, and a short verdict.
 *
 * @param title the section's title
 * @param table the table as finsam prints it
 * @param comparisons published against reproduced figures
 * @param findings what the library found
 */
record Section(String title, String table, List<Comparison> comparisons, Findings findings) {

  long mismatches() {
    return comparisons.stream().filter(c -> !c.matches()).count();
  }

  /**
   * @return e.g. "12 av 15 publicerade uppgifter återskapade, 3 avviker; 1 fel och 0 varningar
   *     hittade."
   */
  String verdict() {
    long errors = findings.all().stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.all().stream().filter(f -> f.severity() == Severity.WARNING).count();
    long off = mismatches();
    String figures = (comparisons.size() - off) + " av " + comparisons.size()
        + " publicerade uppgifter återskapade" + (off == 0 ? "" : ", " + off + " avviker");
    String found = errors + " fel och " + warnings + (warnings == 1 ? " varning" : " varningar")
        + " hittade";
    return figures + "; " + found + ".";
  }

  void print(PrintStream out) {
    out.println("== " + title + " " + "=".repeat(Math.max(3, 72 - title.length())));
    out.println();
    if (!table.isBlank()) {
      out.println(plain(table).indent(2).stripTrailing());
      out.println();
    }
    if (!comparisons.isEmpty()) {
      int w = comparisons.stream().mapToInt(c -> c.what().length()).max().orElse(10);
      int p = comparisons.stream().mapToInt(c -> plain(c.published()).length()).max().orElse(10);
      int r = comparisons.stream().mapToInt(c -> plain(c.reproduced()).length()).max().orElse(10);
      w = Math.max(w, 8);
      p = Math.max(p, 10);
      r = Math.max(r, 6);
      out.printf("  %-" + w + "s  %" + p + "s  %" + r + "s%n", "Uppgift", "Publicerat", "finsam");
      for (Comparison c : comparisons) {
        out.printf("  %-" + w + "s  %" + p + "s  %" + r + "s  %s%n", c.what(),
            plain(c.published()), plain(c.reproduced()), c.matches() ? "stämmer" : "avviker");
      }
      out.println();
    }
    for (Finding f : findings.all()) {
      out.println("  " + CheckDocuments.word(f.severity()) + ": " + plain(f.message()) + " ["
          + f.code() + "]");
    }
    if (!findings.all().isEmpty()) {
      out.println();
    }
    out.println("  Bedömning: " + verdict());
    out.println();
  }

  /**
   * The text with plain spaces and hyphen-minus instead of the no-break spaces and U+2212 of the
   * Swedish number format, for terminals and logs that cannot show them.
   */
  static String plain(String s) {
    return s.replace('\u202F', ' ').replace('\u00A0', ' ').replace('\u2212', '-');
  }
}
