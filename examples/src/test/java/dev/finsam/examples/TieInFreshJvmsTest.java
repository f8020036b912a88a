package dev.finsam.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same weights give the same split on every run: the README's tie, with its weights given as
 * {@code Map.of} (whose order is randomised per JVM), computed in several fresh JVMs.
 */
class TieInFreshJvmsTest {

  private static final int RUNS = 5;

  @Test
  void readmeTie_givesOneAnswerInEveryFreshJvm() throws Exception {
    Set<String> answers = new HashSet<>();
    for (int i = 0; i < RUNS; i++) {
      answers.add(run());
    }
    assertEquals(1, answers.size(), "answers: " + answers);
    // equal remainders go by name (Unicode order), whatever order the map iterates in; the
    // state's 10 kr give the municipalities 5 kr, 0.83 kr each: the first five names get 1 kr
    assertEquals(Set.of("Vännäs=1 Vindeln=2 Bjurholm=1 Nordmaling=1 Robertsfors=1 Umeå=1"
        + " Vännäs=0 Vindeln=1"), answers);
  }

  private static String run() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-cp",
        System.getProperty("java.class.path"), TieMain.class.getName()))
        .redirectErrorStream(true).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the fresh JVM did not finish in 60 s");
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.exitValue(), out);
    return out.lines().reduce((a, b) -> b).orElse("");
  }
}
