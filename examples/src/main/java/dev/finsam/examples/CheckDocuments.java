package dev.finsam.examples;

import dev.finsam.core.Documents;
import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main job (<i>granskning</i>): checks published documents — every table, statement and
 * protocol in them — and prints what it finds in Swedish, part by part.
 *
 * <p>With no argument it checks the two bundled documents of Samordningsförbundet Umeåregionen
 * (2017) and then prints the 2017 report: the published figures beside the ones finsam computes,
 * with charts in {@code report-output/}. With file arguments it checks those files (UTF-8 text as
 * copied from Word or a PDF). Run it with {@code bash examples/check.sh [file …]}.
 */
public final class CheckDocuments {

  static final List<String> BUNDLED = List.of(
      "umearegionen-2017-annual-report-and-protocols.txt",
      "umearegionen-2017-board-meeting-and-grant-call.txt");

  private CheckDocuments() {}

  /**
   * Checks the documents named, or the bundled ones.
   *
   * @param args files to check; none for the bundled 2017 documents
   * @throws IOException if a file cannot be read or a chart written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Map<String, String> documents = new LinkedHashMap<>();
    if (args.length == 0) {
      for (String name : BUNDLED) {
        documents.put(name, bundled(name));
      }
    } else {
      for (String a : args) {
        documents.put(a, Files.readString(Path.of(a), StandardCharsets.UTF_8));
      }
    }
    out.println("finsam granskar publicerade dokument");
    out.println();
    for (Map.Entry<String, String> d : documents.entrySet()) {
      print(d.getKey(), Documents.checkParts(d.getValue()), out);
    }
    if (args.length == 0) {
      out.println("== Siffrorna i 2017 års dokument, återskapade ==");
      out.println();
      Report2017.print(Report2017.sections(), out);
      Path folder = Path.of("report-output").toAbsolutePath().normalize();
      out.println();
      out.println("Diagram:");
      for (Path p : Charts.write(folder)) {
        out.println("  " + p);
      }
    }
  }

  /** @return the text of a bundled reference document */
  static String bundled(String name) {
    try (InputStream in = CheckDocuments.class.getResourceAsStream("reference/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled document " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints one document's parts and their findings, and a count of each kind. */
  static void print(String name, List<Documents.Part> parts, PrintStream out) {
    out.println("== " + name + " ==");
    int unread = 0;
    List<Finding> all = new ArrayList<>();
    for (Documents.Part p : parts) {
      if (!p.isRead()) {
        unread++;
      }
      Findings f = p.findings();
      all.addAll(f.all());
      String head = p.location().caption().isEmpty() ? p.kind() : p.location().caption();
      out.print(head + " (" + p.kind() + ", rad " + p.location().line() + ")");
      if (f.all().isEmpty()) {
        out.println(": inga anmärkningar.");
        continue;
      }
      out.println();
      for (Finding x : f.all()) {
        String line = x.location().filter(l -> l.line() != p.location().line())
            .map(l -> " (rad " + l.line() + ")").orElse("");
        out.println("  " + word(x.severity()) + ": " + Section.plain(x.message()) + line + " ["
            + x.code() + "]");
      }
    }
    long errors = all.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = all.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long infos = all.size() - errors - warnings;
    out.println();
    out.println("Sammanfattning: " + count(parts.size(), "del", "delar") + " hittade"
        + (unread > 0 ? ", varav " + unread + " inte kunde läsas" : "") + "; "
        + count(errors, "fel", "fel") + ", " + count(warnings, "varning", "varningar") + " och "
        + count(infos, "upplysning", "upplysningar") + ".");
    out.println();
  }

  static String word(Severity s) {
    switch (s) {
      case ERROR:
        return "Fel";
      case WARNING:
        return "Varning";
      default:
        return "Upplysning";
    }
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
