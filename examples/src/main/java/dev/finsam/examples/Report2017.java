package dev.finsam.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The examples report (<i>granskningsrapport</i>): reproduces the figures of Samordningsförbundet
 * Umeåregionen's 2017 documents with the library and prints each beside the published one, with a
 * verdict per section, and writes PNG charts.
 *
 * <p>Run it with {@code ./mvnw -q -Preport verify -DskipTests}; the charts go to
 * {@code report-output/}.
 */
public final class Report2017 {

  /** Kept so that the logger's level is not lost to garbage collection. */
  private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

  private Report2017() {}

  /**
   * Prints the report to standard output and writes the charts.
   *
   * @param args optional: the folder for the charts (default {@code report-output})
   * @throws IOException if a chart cannot be written
   */
  public static void main(String[] args) throws IOException {
    quietMoneta();
    List<Section> sections = sections();
    print(sections, System.out);
    Path folder = Path.of(args.length > 0 ? args[0] : "report-output").toAbsolutePath().normalize();
    System.out.println("Diagram:");
    for (Path chart : Charts.write(folder)) {
      System.out.println("  " + chart);
    }
  }

  /** Moneta logs its configuration at INFO on first use; an analyst does not need to see it. */
  static void quietMoneta() {
    MONETA.setLevel(Level.WARNING);
  }

  static List<Section> sections() {
    return List.of(ContributionsExample.section(), EconomyExample.section(),
        TrappaExample.section(), OutcomesExample.section(), ProtocolsExample.section(),
        GrantCallExample.section());
  }

  static void print(List<Section> sections, PrintStream out) {
    out.println("finsam — Samordningsförbundet Umeåregionen 2017");
    out.println("Varje publicerad uppgift står bredvid den som finsam räknar fram.");
    out.println();
    for (Section s : sections) {
      s.print(out);
    }
    out.println("Sammanfattning");
    for (Section s : sections) {
      out.println("  " + s.title() + ": " + s.verdict());
    }
  }
}
