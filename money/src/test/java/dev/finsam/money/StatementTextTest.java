package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * A statement printed in each layout, with costs by kind and signed: Insats NAFS, budget 390 tkr,
 * outcome 394 tkr (annual report 2017), and Vuxentorget, 1 180 tkr budgeted, no outcome yet.
 */
class StatementTextTest {

  private static Optional<MonetaryAmount> tkr(long t) {
    return Optional.of(Amounts.tkr(t));
  }

  private static Statement statement(boolean note) {
    StatementRow nafs = StatementRow.line("Insats NAFS", Statement.Kind.COST,
        List.of(tkr(390), tkr(394))).withDifferences(List.of(tkr(4)));
    return Statement.builder(AmountUnit.TKR).caption("Resultatrapport 2017")
        .column("Budget", Statement.ColumnKind.BUDGET)
        .column("Utfall", Statement.ColumnKind.OUTCOME).difference("Avvikelse", 1, 0)
        .row(StatementRow.heading("Insatser", Statement.Kind.COST))
        .row(note ? nafs.withNote(2) : nafs)
        .row(StatementRow.line("Vuxentorget", Statement.Kind.COST,
            List.of(tkr(1_180), Optional.empty()))).build();
  }

  @Test
  void everyLayoutPrintsTheCaptionHeaderHeadingsAndRows() {
    Statement s = statement(false);
    assertEquals("Resultatrapport 2017\nBelopp i tkr\tBudget\tUtfall\tAvvikelse\nInsatser\n"
        + "Insats NAFS\t390\t394\t4\nVuxentorget\t1 180\t-\t-\n",
        plain(s.toText(Statement.Layout.TABS, Statement.Signs.BY_KIND)));
    assertEquals("Resultatrapport 2017\n| Belopp i tkr | Budget | Utfall | Avvikelse |\n"
        + "|---|---|---|---|\n| Insatser |\n| Insats NAFS | 390 | 394 | 4 |\n"
        + "| Vuxentorget | 1 180 | - | - |\n",
        plain(s.toText(Statement.Layout.PIPES, Statement.Signs.BY_KIND)));
    String spaces = s.toText(Statement.Layout.SPACES, Statement.Signs.SIGNED);
    assertEquals("Resultatrapport 2017\nBelopp i tkr Budget Utfall Avvikelse\nInsatser\n"
        + "Insats NAFS -390 -394 -4\nVuxentorget -1 180 - -\n", plain(spaces));
    assertFalse(spaces.contains("\u00a0"), "a PDF's text groups digits with plain spaces");
    assertTrue(s.toText(Statement.Layout.TABS, Statement.Signs.BY_KIND).contains("1\u00a0180"));
    assertEquals(s.toText(Statement.Layout.TABS, Statement.Signs.BY_KIND), s.toString());
  }

  @Test
  void aNoteColumnIsPrintedWhenARowHasANoteAndLeftOutOfAPdfsRowsWithoutOne() {
    Statement s = statement(true);
    assertEquals("Resultatrapport 2017\nBelopp i tkr\tNot\tBudget\tUtfall\tAvvikelse\nInsatser\n"
        + "Insats NAFS\t2\t390\t394\t4\nVuxentorget\t\t1 180\t-\t-\n",
        plain(s.toText(Statement.Layout.TABS, Statement.Signs.BY_KIND)));
    assertEquals("Resultatrapport 2017\nBelopp i tkr Not Budget Utfall Avvikelse\nInsatser\n"
        + "Insats NAFS 2 390 394 4\nVuxentorget 1 180 - -\n",
        plain(s.toText(Statement.Layout.SPACES, Statement.Signs.BY_KIND)));
  }

  @Test
  void aDifferenceIsPrintedRightAfterTheLaterOfItsTwoColumns() {
    Statement s = Statement.builder(AmountUnit.KRONA)
        .column("Budget T1", Statement.ColumnKind.BUDGET)
        .column("Utfall T1", Statement.ColumnKind.OUTCOME)
        .column("Årsbudget", Statement.ColumnKind.ANNUAL_BUDGET)
        .column("Helårsprognos", Statement.ColumnKind.FORECAST)
        .difference("Avvikelse", 1, 0).difference("Avvikelse prognos", 3, 2)
        .row(StatementRow.line("A", Statement.Kind.REVENUE, List.of(Optional.of(Amounts.sek(1)),
            Optional.of(Amounts.sek(2)), Optional.of(Amounts.sek(3)),
            Optional.of(Amounts.sek(4))))).build();
    assertEquals(List.of(0, 1, -1, 2, 3, -2), StatementText.order(s));
    assertEquals("Belopp i kr\tBudget T1\tUtfall T1\tAvvikelse\tÅrsbudget\tHelårsprognos\t"
        + "Avvikelse prognos\nA\t1\t2\t-\t3\t4\t-\n",
        plain(s.toText(Statement.Layout.TABS, Statement.Signs.SIGNED)));
  }
}
