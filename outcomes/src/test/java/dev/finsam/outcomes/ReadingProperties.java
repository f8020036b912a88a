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
        integers().between(0, 3), integers().between(0, 7)).checkAssert((t, layout, period, g) -> {
          String text = Layouts.print(t, Layouts.Layout.values()[layout], period, g);
          assertEquals(t, OutcomeTables.parse(text, t.scheme()), text);
        });
  }

  /**
   * A PDF's text, where spaces both group digits and separate columns: a table whose rows add up
   * reads back equal, the readings chosen by women + men = total.
   */
  @Test
  void aPublishedTableAsAPdfPrintsItReadsBackEqual() {
    qt().forAll(OutcomeGenerators.publishedTables(), integers().between(0, 3),
        integers().between(0, 7)).checkAssert((t, period, g) -> {
          String text = Layouts.print(t, Layouts.Layout.SPACES, period, g);
          assertEquals(t, OutcomeTables.parse(text, t.scheme()), text);
        });
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
