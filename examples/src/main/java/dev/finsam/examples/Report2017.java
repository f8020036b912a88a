package dev.finsam.examples;

import java.io.PrintStream;
import java.util.List;

/**
 * The 2017 report (<i>granskningsrapport 2017</i>): reproduces the figures of
 * Samordningsförbundet Umeåregionen's 2017 documents with the library and prints each beside the
 * published one, with a verdict per section. {@link CheckDocuments} prints it after checking the
 * bundled documents, and writes its charts.
 */
final class Report2017 {

  private Report2017() {}

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
