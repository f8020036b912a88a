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

  /** @return e.g. "12 av 12 publicerade siffror återskapade; 1 fel hittat." */
  String verdict() {
    long errors = findings.all().stream().filter(f -> f.severity() != Severity.INFO).count();
    String figures = (comparisons.size() - mismatches()) + " av " + comparisons.size()
        + " publicerade uppgifter återskapade";
    String found = errors == 0 ? "inga fel hittade"
        : errors == 1 ? "1 avvikelse hittad" : errors + " avvikelser hittade";
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
            plain(c.published()), plain(c.reproduced()), c.matches() ? "ok" : "AVVIKER");
      }
      out.println();
    }
    for (Finding f : findings.all()) {
      out.println("  " + f.severity() + " " + f.code() + ": " + plain(f.message()));
    }
    if (!findings.all().isEmpty()) {
      out.println();
    }
    out.println("  Bedömning: " + verdict());
    out.println();
  }

  /**
   * Narrow and ordinary no-break spaces as plain spaces and the minus sign U+2212 as a
   * hyphen-minus, for terminals and logs.
   */
  static String plain(String s) {
    return s.replace('\u202F', ' ').replace('\u00A0', ' ').replace('\u2212', '-');
  }
}
