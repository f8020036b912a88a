package dev.finsam.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's example is the code of {@link ReadmeExample}, which {@code Report2017Examples} runs. */
class ReadmeExampleTest {

  @Test
  void readmeShowsTheTestedExample() throws Exception {
    String source = Files.readString(
        Path.of("src/main/java/dev/finsam/examples/ReadmeExample.java"), StandardCharsets.UTF_8);
    String block = source.split("// README-BEGIN\n")[1].split("    // README-END")[0];
    String expected = block.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(expected), "README.md must show ReadmeExample's code:\n" + expected);
  }
}
