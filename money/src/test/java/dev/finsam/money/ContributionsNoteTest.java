package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The members' contributions note (<i>not: medlemsavgifter</i>) of an annual report: each column
 * with the state and the region is checked against the Finsam shares, naming the column.
 */
class ContributionsNoteTest {

  /** Kronor per column; null for an empty cell. */
  private static List<Optional<MonetaryAmount>> kr(Long... perColumn) {
    return Arrays.stream(perColumn).map(v -> Optional.ofNullable(v).map(Amounts::sek)).toList();
  }

  private static StatementRow line(String label, Long... kr) {
    return StatementRow.line(label, Statement.Kind.REVENUE, kr(kr));
  }

  private static StatementRow sum(String label, Long... kr) {
    return StatementRow.sum(label, Statement.Kind.REVENUE, kr(kr));
  }

  /** 2017 by the shares; in 2016 Vindeln paid 10 kr short; the budget has only municipalities. */
  private static Statement note() {
    return Statement.builder(AmountUnit.KRONA).caption("Not 1. Verksamhetens medlemsavgifter")
        .column("2017", Statement.ColumnKind.OUTCOME)
        .column("2016", Statement.ColumnKind.LAST_YEAR)
        .column("Budget 2018", Statement.ColumnKind.ANNUAL_BUDGET)
        .row(StatementRow.heading("Medlemsavgifter", Statement.Kind.REVENUE))
        .row(line("Försäkringskassan", 400L, 400L, null))
        .row(line("Landstinget", 200L, 200L, null))
        .row(StatementRow.heading("Kommuner", Statement.Kind.REVENUE))
        .row(line("Umeå kommun", 150L, 150L, 160L))
        .row(line("Från Vindelns kommun", 50L, 40L, 45L))
        .row(sum("Summa kommuner", 200L, 190L, 205L))
        .row(sum("Summa medlemsavgifter", 800L, 790L, 205L)).build();
  }

  @Test
  void eachColumnWithTheStateAndTheRegionIsCheckedAndNamed() {
    Statement s = note();
    assertEquals(Findings.none(), s.check(), "the sums add up");
    Findings f = ContributionsNote.check(s);
    assertEquals(1, f.all().size(), f.toString());
    Finding short2016 = f.all().get(0);
    assertEquals("contribution.region.not-equal-municipalities", short2016.code());
    assertTrue(short2016.message().startsWith("2016: "), short2016.message());
  }

  @Test
  void aColumnIsReadFromItsLinesNotItsSums() {
    ReportedContributions y2017 = ContributionsNote.column(note(), 0);
    assertEquals(Amounts.sek(400), y2017.state());
    assertEquals(Amounts.sek(200), y2017.region());
    // "Från Vindelns kommun" is Vindeln's, and "Summa kommuner" is no municipality
    assertEquals(List.of("Umeå kommun", "Vindelns kommun"),
        List.copyOf(y2017.municipalities().keySet()));
    assertEquals(null, ContributionsNote.column(note(), 2), "no state, no region");
  }

  @Test
  void aNoteIsOneThatNamesTheStateAndARegionOrCountyCouncil() {
    assertTrue(ContributionsNote.is(Statement.builder(AmountUnit.KRONA)
        .column("2017", Statement.ColumnKind.OUTCOME).row(line("Staten", 400L))
        .row(line("Landstinget", 200L)).build()));
    assertTrue(ContributionsNote.is(Statement.builder(AmountUnit.KRONA)
        .column("2017", Statement.ColumnKind.OUTCOME).row(line("Staten", 400L))
        .row(line("Region Västerbotten", 200L)).build()));
    assertTrue(ContributionsNote.is(note()), "the agency that pays the state's part");
    assertFalse(ContributionsNote.is(Statement.builder(AmountUnit.KRONA)
        .column("2017", Statement.ColumnKind.OUTCOME).row(line("Staten", 400L))
        .row(line("Umeå kommun", 200L)).build()));
    assertFalse(ContributionsNote.is(Statement.builder(AmountUnit.KRONA)
        .column("2017", Statement.ColumnKind.OUTCOME).row(line("Region Västerbotten", 400L))
        .build()));
  }
}
