package dev.finsam.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.money.AmountUnit;
import dev.finsam.money.Amounts;
import dev.finsam.money.ContributionPlan;
import dev.finsam.money.MunicipalKey;
import java.io.File;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer's first hour: an application with its own {@code module-info.java} that requires
 * {@code dev.finsam.money} and {@code dev.finsam.outcomes} compiles against the built library and
 * starts in a fresh JVM, on the module path and on the class path, and prints nothing to stderr.
 *
 * <p>The library comes from this test's class path, which Maven fills with the jars the reactor has
 * just packaged ({@code core}, {@code money}, {@code outcomes}) and their runtime dependencies. The
 * consumer gets exactly the modules that {@code dev.finsam.money} and {@code dev.finsam.outcomes}
 * require, directly or not: nothing of the examples module, no test libraries.
 */
class ModularConsumerTest {

  private static final List<String> ROOTS = List.of("dev.finsam.money", "dev.finsam.outcomes");

  private static final String MODULE_INFO = """
      module consumer {
        requires dev.finsam.money;
        requires dev.finsam.outcomes;
      }
      """;

  private static final String MAIN = """
      package consumer;

      import dev.finsam.money.AmountUnit;
      import dev.finsam.money.Amounts;
      import dev.finsam.money.ContributionPlan;
      import dev.finsam.money.MunicipalKey;
      import java.io.FileDescriptor;
      import java.io.FileOutputStream;
      import java.io.PrintStream;
      import java.nio.charset.StandardCharsets;
      import java.util.LinkedHashMap;
      import java.util.Map;

      public final class Main {
        public static void main(String[] args) {
          Map<String, Long> weights = new LinkedHashMap<>();
          weights.put("Umeå", 2_587_871L);
          weights.put("Vännäs", 165_672L);
          ContributionPlan plan = ContributionPlan.fromStateAllocation(
              Amounts.sek(6_216_000), MunicipalKey.of(weights), AmountUnit.KRONA);
          PrintStream out = new PrintStream(
              new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
          out.println(plan);
          out.println(Amounts.format(plan.region()));
        }
      }
      """;

  /** The library's modules and their runtime dependencies, as located on this test's class path. */
  private static List<Path> library;

  @TempDir
  static Path work;

  private static Path classes;

  @BeforeAll
  static void compileTheConsumer() throws IOException {
    library = libraryModules();
    Path src = work.resolve("src");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO, StandardCharsets.UTF_8);
    Files.writeString(src.resolve("consumer/Main.java"), MAIN, StandardCharsets.UTF_8);
    classes = Files.createDirectories(work.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-encoding", "UTF-8",
          "--module-path", joined(library), "-d", classes.toString());
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(src.resolve("module-info.java"),
              src.resolve("consumer/Main.java"))).call();
      assertTrue(ok, "the consumer must compile against the library's modules "
          + library + ":\n" + diagnostics.getDiagnostics());
    }
  }

  @Test
  void modularConsumer_startsOnTheModulePathWithNothingOnStderr() throws Exception {
    List<Path> modulePath = new ArrayList<>(library);
    modulePath.add(0, classes);
    assertStartsCleanly(
        List.of("--module-path", joined(modulePath), "--module", "consumer/consumer.Main"));
  }

  @Test
  void classPathConsumer_startsWithNothingOnStderr() throws Exception {
    List<Path> classPath = new ArrayList<>(library);
    classPath.add(0, classes);
    assertStartsCleanly(List.of("-cp", joined(classPath), "consumer.Main"));
  }

  @Test
  void consumer_needsNoMoreThanTheLibraryMoneyApiAndMonetaCore() {
    Set<String> names = library.stream().map(p -> p.getFileName().toString())
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(names.stream().noneMatch(n -> n.matches("moneta-\\d.*")),
        "never the moneta bundle: " + names);
    assertTrue(names.stream().anyMatch(n -> n.startsWith("money-api")), names.toString());
    assertTrue(names.stream().anyMatch(n -> n.startsWith("moneta-core")), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.contains("okhttp") || n.contains("kotlin")),
        "no network code: " + names);
  }

  private static void assertStartsCleanly(List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    // the JVM announces these options on stderr; a consumer's environment is not under test
    pb.environment().keySet()
        .removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
    Path out = Files.createTempFile(work, "stdout", ".txt");
    Path err = Files.createTempFile(work, "stderr", ".txt");
    Process process = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the consumer did not end within 2 minutes: " + command);
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);

    assertEquals(0, process.exitValue(), "exit code of " + command + "\nstderr:\n" + stderr);
    assertEquals(expectedOutput(), stdout.lines().toList(), "stdout of " + command);
    assertEquals("", stderr, "stderr of " + command);
  }

  /** What the consumer prints, computed here with the same library. */
  private static List<String> expectedOutput() {
    Map<String, Long> weights = new LinkedHashMap<>();
    weights.put("Umeå", 2_587_871L);
    weights.put("Vännäs", 165_672L);
    ContributionPlan plan = ContributionPlan.fromStateAllocation(
        Amounts.sek(6_216_000), MunicipalKey.of(weights), AmountUnit.KRONA);
    String region = Amounts.format(plan.region());
    assertEquals("3108000kr", region.replaceAll("[\\s\u00A0\u202F]", ""), region);
    List<String> lines = new ArrayList<>(plan.toString().lines().toList());
    assertTrue(lines.stream().anyMatch(l -> l.contains("Umeå")), lines.toString());
    lines.add(region);
    return lines;
  }

  /**
   * The modules {@link #ROOTS} need, and nothing else: the closure of their non-static
   * {@code requires} over the jars and exploded modules on this test's class path, as a consumer's
   * build tool would put it on the module path. (Handing the JVM the whole class path would not do:
   * once one automatic module is resolved, every automatic module on the path is.)
   */
  private static List<Path> libraryModules() {
    List<ModuleFinder> finders = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      boolean module = Files.isRegularFile(p) && entry.endsWith(".jar")
          || Files.isRegularFile(p.resolve("module-info.class"));
      if (!module) {
        continue;
      }
      ModuleFinder one = ModuleFinder.of(p);
      try {
        one.findAll();
        finders.add(one);
      } catch (FindException e) {
        // not a module (a jar whose name gives no module name): no consumer could require it
      }
    }
    ModuleFinder onClassPath = ModuleFinder.compose(finders.toArray(ModuleFinder[]::new));
    ModuleFinder system = ModuleFinder.ofSystem();
    Map<String, Path> needed = new TreeMap<>();
    Deque<String> todo = new ArrayDeque<>(ROOTS);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (needed.containsKey(name) || system.find(name).isPresent()) {
        continue;
      }
      ModuleReference ref = onClassPath.find(name).orElseThrow(() -> new AssertionError(
          "module " + name + " not found, needed by " + ROOTS + " (found so far: " + needed + ")"));
      needed.put(name, Path.of(ref.location().orElseThrow()));
      ref.descriptor().requires().stream()
          .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
          .map(ModuleDescriptor.Requires::name).forEach(todo::push);
    }
    return List.copyOf(needed.values());
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
