package dev.finsam.examples;

import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;

import dev.finsam.core.Findings;
import dev.finsam.outcomes.ClaimCheck;
import dev.finsam.outcomes.OutcomeCategory;
import dev.finsam.outcomes.OutcomeGoal;
import dev.finsam.outcomes.OutcomeScheme;
import dev.finsam.outcomes.OutcomeTable;
import dev.finsam.outcomes.OutcomeTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every outcome table of the annual report 2017, and the prose's claims about them. */
final class OutcomesExample {

  private OutcomesExample() {}

  /** @return the tables of the resource file, by platform, in the report's order */
  static Map<String, OutcomeTable> tables() {
    Map<String, OutcomeTable> tables = new LinkedHashMap<>();
    sections().forEach((name, body) ->
        tables.put(name, OutcomeTables.parse(body, OutcomeScheme.CLASSIC)));
    return tables;
  }

  /** @return the percentages as printed in each table's text, row by row */
  static Map<String, List<Integer>> printedPercents() {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    sections().forEach((name, body) -> {
      List<Integer> p = new ArrayList<>();
      for (String line : body.split("\n")) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)%\\s*$").matcher(line);
        if (m.find()) {
          p.add(Integer.parseInt(m.group(1)));
        }
      }
      out.put(name, p);
    });
    return out;
  }

  /** @return each table's text by platform */
  private static Map<String, String> sections() {
    String text;
    try (InputStream in = OutcomesExample.class.getResourceAsStream("outcomes-2017.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> tables = new LinkedHashMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : (text + "\n== end").split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("== ")) {
        if (name != null) {
          tables.put(name, body.toString());
        }
        name = line.substring(3).strip();
        body.setLength(0);
      } else {
        body.append(line).append('\n');
      }
    }
    return tables;
  }

  /** A claim in the report's prose: platform, percentage, categories. */
  record Claim(String platform, String text, int percent, List<OutcomeCategory> categories) {}

  static final List<OutcomeCategory> POSITIVE = List.of(WORK, STUDIES, OTHER_ADAPTED_SOLUTION);

  static List<Claim> claims() {
    return List.of(
        new Claim("Hela förbundet", "positivt avslut", 79, POSITIVE),
        new Claim("Ungdomstorget", "arbete, studier eller annat positivt", 72, POSITIVE),
        new Claim("Ungdomstorget", "arbete och studier", 54, List.of(WORK, STUDIES)),
        new Claim("Våga växa", "gått vidare", 92, POSITIVE),
        new Claim("Våga växa", "arbete eller studier", 35, List.of(WORK, STUDIES)),
        new Claim("Hikikomori", "arbete eller studier", 58, List.of(WORK, STUDIES)),
        new Claim("Steget vidare", "arbete och studier", 45, List.of(WORK, STUDIES)),
        new Claim("Vindeln", "positivt avslut", 70, POSITIVE),
        new Claim("Vindeln", "arbete och studier", 50, List.of(WORK, STUDIES)),
        new Claim("Vännäs", "positivt avslut", 66, POSITIVE),
        new Claim("Vännäs", "arbete och studier", 55, List.of(WORK, STUDIES)),
        new Claim("Nordmaling", "positivt avslut", 63, POSITIVE),
        new Claim("Nordmaling", "arbete och studier", 41, List.of(WORK, STUDIES)),
        new Claim("Robertsfors", "positivt avslut", 91, POSITIVE),
        new Claim("Robertsfors", "arbete och studier", 52, List.of(WORK, STUDIES)));
  }

  static ClaimCheck verify(Map<String, OutcomeTable> tables, Claim claim) {
    return tables.get(claim.platform()).verifyClaim(claim.percent(),
        claim.categories().toArray(new OutcomeCategory[0]));
  }

  static Section section() {
    Map<String, OutcomeTable> tables = tables();
    Map<String, List<Integer>> printed = printedPercents();
    List<Comparison> c = new ArrayList<>();
    Findings.Builder f = Findings.builder();
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, OutcomeTable> e : tables.entrySet()) {
      OutcomeTable t = e.getValue();
      text.append(e.getKey()).append('\n').append(t).append("\n\n");
      f.addAll(t.check());
      List<Integer> published = printed.get(e.getKey());
      int row = 0;
      for (OutcomeCategory cat : t.categories().keySet()) {
        if (row < published.size()) {
          c.add(new Comparison(e.getKey() + ", " + cat.label(), published.get(row) + " %",
              t.percent(cat) + " %"));
        }
        row++;
      }
    }
    for (Claim claim : claims()) {
      ClaimCheck check = verify(tables, claim);
      c.add(new Comparison(claim.platform() + ": \"" + claim.percent() + " % " + claim.text()
          + "\"", claim.percent() + " %", check.halfUp() + " %"));
      f.add(check.toFinding());
    }
    OutcomeTable whole = tables.get("Hela förbundet");
    var goal = OutcomeGoal.atLeastPercent(40).of(WORK, STUDIES).evaluate(whole);
    // the report writes "överträffats med 10 %"; the margin is in percentage points
    c.add(new Comparison("Målet 40 % till arbete/studier överträffat med", "10 procentenheter",
        goal.marginPoints().toBigDecimal(0, java.math.RoundingMode.HALF_UP) + " procentenheter"));
    return new Section("Resultat på individnivå", text.toString().stripTrailing(), c, f.build());
  }
}
