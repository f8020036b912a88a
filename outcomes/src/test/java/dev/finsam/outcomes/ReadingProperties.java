package dev.finsam.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Printed tables read back: every layout, every period label, every group space. */
class ReadingProperties {

  @Test
  void anyTablePrintedByToStringReadsBackEqual() {
    qt().forAll(OutcomeGenerators.anyTables()).checkAssert(t ->
        assertEquals(t, OutcomeTables.parse(t.toString(), t.scheme()), t.toString()));
  }

  @Test
  void anyTableInTabsOrPipesReadsBackEqual() {
    qt().forAll(OutcomeGenerators.anyTables(), integers().between(0, 1),
        integers().between(0, 4), integers().between(0, 7)).checkAssert((t, layout, period, g) -> {
          String text = Layouts.print(t, Layouts.Layout.values()[layout], period, g);
          assertEquals(t, OutcomeTables.parse(text, t.scheme()), text);
        });
  }

  /**
   * A PDF's text, where spaces both group digits and separate columns: a table whose rows add up
   * reads back equal, the readings chosen by women + men = total and the table's sums; where those
   * leave a row open (blank sex columns weaken the sums), the row is rejected, and a brute-force
   * count of its splits confirms that two of them add up.
   */
  @Test
  void aPublishedTableAsAPdfPrintsItReadsBackEqual() {
    qt().forAll(OutcomeGenerators.publishedTables().mix(
        OutcomeGenerators.publishedTablesSomeWithoutSex(), 40), integers().between(0, 4),
        integers().between(0, 7)).checkAssert((t, period, g) -> {
          String text = Layouts.print(t, Layouts.Layout.SPACES, period, g);
          try {
            assertEquals(t, OutcomeTables.parse(text, t.scheme()), text);
          } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            assertTrue(m.contains("can be read in"), m);
            int line = Integer.parseInt(m.substring(5, m.indexOf(' ', 5)));
            assertTrue(splitsThatAddUp(text.split("\n")[line - 1]) >= 2, m);
          }
        });
  }

  @Test
  void theBruteForceOracleCountsBothSplitsOfAnAmbiguousRow() {
    // shrunk from the property above: a separate "%" must take its number with it
    assertEquals(2, splitsThatAddUp("Övriga avbrott 124 124 999 125 123 100 %"));
    assertEquals(2, splitsThatAddUp("Övriga avbrott 124 124 999 125 123 100%"));
    assertEquals(1, splitsThatAddUp("Övriga avbrott 1 234 5 678 6 912"));
    assertEquals(2, splitsThatAddUp("Antal deltagare 2021 125 125 620 125 745"));
  }

  /** Brute force: the ways to cut a row's digit words into women, men, total with w + m = t. */
  static int splitsThatAddUp(String line) {
    List<String> words = new java.util.ArrayList<>();
    for (String w : line.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ')
        .split(" ")) {
      words.add(w);
    }
    String last = words.get(words.size() - 1);
    if (last.equals("%")) {
      words.remove(words.size() - 1); // "100 %": the sign and its number
      words.remove(words.size() - 1);
    } else if (last.endsWith("%")) {
      words.remove(words.size() - 1);
    }
    int start = words.size();
    while (start > 0 && words.get(start - 1).chars().allMatch(Character::isDigit)
        && !words.get(start - 1).isEmpty()) {
      start--;
    }
    List<String> digits = words.subList(start, words.size());
    if (digits.size() > 3 && digits.get(0).length() == 4 && digits.get(0).startsWith("20")) {
      digits = digits.subList(1, digits.size()); // "Antal deltagare 2021 …": the year is label
    }
    int ways = 0;
    for (int a = 1; a < digits.size(); a++) {
      for (int b = a + 1; b < digits.size(); b++) {
        java.math.BigInteger w = number(digits.subList(0, a));
        java.math.BigInteger m = number(digits.subList(a, b));
        java.math.BigInteger total = number(digits.subList(b, digits.size()));
        if (w != null && m != null && total != null && w.add(m).equals(total)) {
          ways++;
        }
      }
    }
    return ways;
  }

  /** Words as one grouped number: a first group of 1 to 3 digits, then groups of 3; or null. */
  private static java.math.BigInteger number(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if ((i == 0 && words.size() > 1 && w.length() > 3) || (i > 0 && w.length() != 3)) {
        return null;
      }
      sb.append(w);
    }
    return sb.length() > 1 && sb.charAt(0) == '0' ? null : new java.math.BigInteger(sb.toString());
  }

  /** One printed count changed: exactly one ERROR, and it names that row. */
  @Test
  void oneChangedCountGivesExactlyOneErrorNamingTheRow() {
    qt().forAll(OutcomeGenerators.publishedTables(), integers().between(0, 100),
        integers().between(0, 2), integers().between(-1000, 1000)).checkAssert((t, r, part, d) -> {
          List<OutcomeRow> rows = Layouts.rows(t);
          OutcomeRow row = rows.get(r % rows.size());
          String changed = change(t, row, part, d);
          Findings f = OutcomeTables.parse(changed, t.scheme()).check();
          List<Finding> errors = f.errors();
          assertEquals(1, errors.size(), changed + "\n" + f);
          assertTrue(errors.get(0).message().contains("\"" + t.scheme().label(row) + "\""),
              changed + "\n" + f);
        });
  }

  /** The table in tabs with one count of one row moved by d (never 0, never below 0). */
  static String change(OutcomeTable t, OutcomeRow row, int part, int d) {
    Count c = t.rows().get(row);
    int[] v = {c.women(), c.men(), c.total()};
    int delta = d == 0 ? 1 : d;
    v[part] = v[part] + delta >= 0 ? v[part] + delta : v[part] - delta;
    String text = Layouts.print(t, Layouts.Layout.TABS, 0, 0);
    String label = Layouts.label(t.scheme(), row, 0);
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(label + "\t")) {
        String[] cells = line.split("\t", -1);
        cells[1 + part] = Layouts.number(v[part], ' ');
        line = String.join("\t", cells);
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
