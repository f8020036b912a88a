package dev.finsam.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each section of the examples report is a test: what it reproduces and what it finds. */
class Report2017Examples {

  private static List<String> mismatches(Section s) {
    return s.comparisons().stream().filter(c -> !c.matches()).map(Comparison::what).toList();
  }

  private static List<String> codes(Section s) {
    return s.findings().all().stream().filter(f -> f.severity() != dev.finsam.core.Severity.INFO)
        .map(Finding::code).toList();
  }

  @Test
  void contributions_everyPublishedAmountReproducedAnd2016ShortfallFound() {
    Section s = ContributionsExample.section();
    assertEquals(List.of(), mismatches(s));
    assertEquals(List.of("contribution.state.not-twice-region"), codes(s));
  }

  @Test
  void economy_figuresReproducedAndTheProseEquityContradicted() {
    Section s = EconomyExample.section();
    assertEquals(List.of("Eget kapital enligt texten"), mismatches(s));
    assertEquals(List.of("balance.equity.unreconciled"), codes(s));
  }

  @Test
  void trappa_statementsOf2019ReproducedAnd2016And2017Above() {
    Section s = TrappaExample.section();
    assertEquals(List.of(), mismatches(s));
    assertEquals(List.of("equity.above-trappa", "equity.above-trappa"), codes(s));
  }

  @Test
  void outcomes_everyPrintedPercentReproducedAndThreeClaimsContradicted() {
    Section s = OutcomesExample.section();
    List<String> off = mismatches(s);
    assertTrue(off.stream().allMatch(w -> w.contains("\"")), "only prose claims differ: " + off);
    assertEquals(List.of("outcomes.claim.contradicted", "outcomes.claim.contradicted",
        "outcomes.claim.contradicted"), codes(s));
    assertTrue(s.findings().all().stream().filter(f -> f.code().equals(
        "outcomes.claim.contradicted")).allMatch(f -> f.message().contains("92\u00A0%")
            || f.message().contains("63\u00A0%") || f.message().contains("52\u00A0%")));
  }

  @Test
  void protocols_numberingReproducedAndLateJusteringFound() {
    Section s = ProtocolsExample.section();
    assertEquals(List.of(), mismatches(s));
    assertTrue(codes(s).contains("protocol.justering.late"));
    assertEquals(2, s.findings().withCode("protocol.justering.late").size());
  }

  @Test
  void grantCall_proposalMatchesTheBeredningsgrupp() {
    Section s = GrantCallExample.section();
    assertEquals(List.of(), mismatches(s));
  }

  @Test
  void report_printsEverySectionWithAVerdictAndWritesCharts(@TempDir Path dir)
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report2017.print(Report2017.sections(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(6, text.lines().filter(l -> l.startsWith("  Bedömning:")).count());
    assertTrue(text.contains("Våga växa: \"92 % gått vidare\""), text);
    List<Path> charts = Charts.write(dir);
    for (Path p : charts) {
      byte[] png = Files.readAllBytes(p);
      assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', p.toString());
    }
  }

  @Test
  void readmeExample_givesWhatTheReadmeSays() {
    assertEquals("3\u00A0108\u00A0000\u00A0kr|ABOVE|2\u00A0027,2\u00A0tkr|31|true|true",
        ReadmeExample.run());
  }
}
