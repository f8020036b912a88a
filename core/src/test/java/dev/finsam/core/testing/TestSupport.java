package dev.finsam.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the tests of every finsam module share (core's test jar): the public classes a module
 * compiles, and the 2017 reference documents.
 */
public final class TestSupport {

  /** The annual report 2017 and the protocol of 2017-11-30 of Samordningsförbundet Umeåregionen. */
  public static final String ANNUAL_REPORT = "umearegionen-2017-annual-report-and-protocols.txt";
  /** The board meeting of 2017-02-24 and the grant call of spring 2017. */
  public static final String BOARD_MEETING = "umearegionen-2017-board-meeting-and-grant-call.txt";

  /**
   * How many times the bad-input catalogues' time limits are stretched: 1 unless
   * {@code finsam.timeLimitFactor} says otherwise. The PIT profile sets it, because its coverage
   * probes slow every call several times over.
   */
  private static final long TIME_LIMIT_FACTOR = Long.getLong("finsam.timeLimitFactor", 1);

  private TestSupport() {}

  /**
   * A limit that says "does not hang, is not quadratic" rather than "is fast": quadratic work on
   * the catalogues' 10⁵ and 10⁶ elements takes hours, so a limit of seconds separates it even on
   * a machine shared with other builds.
   *
   * @param seconds the limit on an idle machine
   * @return the limit, stretched by {@code finsam.timeLimitFactor}
   */
  public static java.time.Duration timeLimit(long seconds) {
    return java.time.Duration.ofSeconds(seconds * TIME_LIMIT_FACTOR);
  }

  /**
   * @return a {@code NullPointerTester} that knows a sample of each of core's value types and
   *     strings that every parser reads
   */
  public static com.google.common.testing.NullPointerTester nullPointerTester() {
    return new com.google.common.testing.NullPointerTester()
        .setDefault(dev.finsam.core.Fraction.class, dev.finsam.core.Fraction.ONE)
        .setDefault(java.time.LocalDate.class, java.time.LocalDate.of(2017, 11, 30))
        .setDefault(dev.finsam.core.Member.class, dev.finsam.core.Member.municipality("Umeå"))
        .setDefault(dev.finsam.core.Location.class, dev.finsam.core.Location.of(1, "Tabell 1"))
        .setDefault(dev.finsam.core.Finding.class, dev.finsam.core.Finding.of(
            dev.finsam.core.Severity.INFO, "a.b", "Text."))
        .setDefault(dev.finsam.core.NumberStyle.class, dev.finsam.core.NumberStyle.SWEDISH)
        .setDefault(dev.finsam.core.internal.TieBreak.class,
            dev.finsam.core.internal.TieBreak.NONE)
        .setDefault(dev.finsam.core.Tertial.class, dev.finsam.core.Tertial.of(2021, 1))
        .setDefault(dev.finsam.core.protocol.ParagraphSet.class,
            dev.finsam.core.protocol.ParagraphSet.of(1, 3))
        .setDefault(String.class, "1")
        .setDefault(CharSequence.class, "1");
  }

  /**
   * A reference document's text, kept once where the main job bundles it (the POM passes the
   * folder to the tests as {@code finsam.reference}).
   *
   * @param name {@link #ANNUAL_REPORT} or {@link #BOARD_MEETING}
   * @return the text, never null
   */
  public static String referenceDocument(String name) {
    try {
      return Files.readString(Path.of(System.getProperty("finsam.reference"), name),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every public class (and public nested class of a public class) that the module of
   * {@code anchor} compiles under a package, found by walking its class files.
   *
   * @param anchor a main class of the module
   * @param root the root package, e.g. {@code "dev.finsam.money"}
   * @return the classes in name order, never null
   * @throws IOException if the class files cannot be walked
   * @throws URISyntaxException if the module's location is not a path
   * @throws ClassNotFoundException if a class file cannot be loaded
   */
  public static List<Class<?>> publicClasses(Class<?> anchor, String root) throws IOException,
      URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes.resolve(root.replace('.', '/')))) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        String name = classes.relativize(p).toString();
        if (!name.endsWith(".class") || name.contains("module-info")
            || name.contains("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name.substring(0, name.length() - 6).replace('/', '.')
            .replace('\\', '.'), false, anchor.getClassLoader());
        if (Modifier.isPublic(c.getModifiers()) && !c.isAnnotation()
            && (c.getEnclosingClass() == null || Modifier.isPublic(
                c.getEnclosingClass().getModifiers()))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * Asserts that {@code read} is linear in its input: reading the whole text once takes less than
   * 2.5 times as long as reading a quarter of it four times over (linear reading gives about 1,
   * quadratic about 4). Both sides take about as long, so a busy machine pre-empts them alike;
   * they are timed interleaved, after a warm-up, and the fastest of five counts.
   *
   * @param quarter the text of a quarter of the size
   * @param whole the text of the whole size
   * @param read the reading, e.g. {@code t -> Protocol.parse(t)}
   */
  public static void assertLinear(String quarter, String whole,
      java.util.function.Consumer<String> read) {
    for (int k = 0; k < 2; k++) {
      read.accept(quarter);
      read.accept(whole);
    }
    long quarters = Long.MAX_VALUE;
    long once = Long.MAX_VALUE;
    for (int k = 0; k < 5; k++) {
      long start = System.nanoTime();
      for (int q = 0; q < 4; q++) {
        read.accept(quarter);
      }
      quarters = Math.min(quarters, System.nanoTime() - start);
      start = System.nanoTime();
      read.accept(whole);
      once = Math.min(once, System.nanoTime() - start);
    }
    org.junit.jupiter.api.Assertions.assertTrue(once < 2.5 * quarters, "the whole ("
        + whole.length() + " characters) took " + once / 1_000_000 + " ms, four quarters "
        + quarters / 1_000_000 + " ms");
  }
}
