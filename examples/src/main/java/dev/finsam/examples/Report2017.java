package dev.finsam.examples;

import dev.finsam.core.OrganisationNumber;
import java.io.PrintStream;
import java.util.List;

/**
 * The examples report (<i>granskningsrapport</i>): reproduces the figures of Samordningsförbundet
 * Umeåregionen's 2017 documents with the library and prints each beside the published one.
 *
 * <p>Run it with {@code ./mvnw -q -Preport verify -DskipTests}.
 */
public final class Report2017 {

  private Report2017() {}

  /**
   * Prints the report to standard output.
   *
   * @param args optional: a folder for charts
   */
  public static void main(String[] args) {
    print(System.out);
  }

  static void print(PrintStream out) {
    out.println("finsam — Samordningsförbundet Umeåregionen 2017");
    out.println();
    out.println("Organisationsnummer");
    for (String n : List.of("222000-1834", "202100-5521", "202100-2627", "232100-0222",
        "212000-2627")) {
      out.printf("  %-12s %s%n", n, OrganisationNumber.isValid(n) ? "giltigt" : "OGILTIGT");
    }
  }
}
