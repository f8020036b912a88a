package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Which result statement of a document a balance sheet's change in equity is reconciled with:
 * one with an outcome column and a final result, in the sheet's unit if there is one, the
 * nearest to the sheet.
 */
class DocumentResultTest {

  private static final Statement.ColumnKind OUTCOME = Statement.ColumnKind.OUTCOME;

  private static final List<LocalDate> TWO_DATES =
      List.of(LocalDate.of(2017, 12, 31), LocalDate.of(2016, 12, 31));

  /** A sheet at line 100 whose equity grew by 100 kr. */
  private static final BalanceSheet SHEET = BalanceSheet.builder(AmountUnit.KRONA, TWO_DATES)
      .line("Tillgångar", Statement.Kind.ASSET, Amounts.sek(1_500), Amounts.sek(1_400))
      .line("Eget kapital", Statement.Kind.EQUITY, Amounts.sek(1_100), Amounts.sek(1_000))
      .line("Skulder", Statement.Kind.LIABILITY, Amounts.sek(400), Amounts.sek(400)).build();

  private static Statement sheetAt(int line) {
    Statement s = SHEET.statement();
    return s.withRows(s.rows().stream().map(r -> r.withLine(line)).toList());
  }

  /** A result of {@code result} kr (in kr or tkr), its rows from {@code line}. */
  private static Statement result(String caption, AmountUnit unit, long result, int line,
      Statement.ColumnKind column) {
    MonetaryAmount revenue = unit == AmountUnit.TKR ? Amounts.tkr(1_000) : Amounts.sek(1_000);
    MonetaryAmount costs = unit == AmountUnit.TKR ? Amounts.tkr(1_000 - result / 1_000)
        : Amounts.sek(1_000 - result);
    MonetaryAmount r = unit == AmountUnit.TKR ? Amounts.tkr(result / 1_000) : Amounts.sek(result);
    return Statement.builder(unit).caption(caption).column("Utfall", column)
        .row(StatementRow.line("Intäkter", Statement.Kind.REVENUE, List.of(Optional.of(revenue)))
            .withLine(line))
        .row(StatementRow.line("Kostnader", Statement.Kind.COST, List.of(Optional.of(costs)))
            .withLine(line + 1))
        .row(StatementRow.sum("Årets resultat", Statement.Kind.RESULT, List.of(Optional.of(r)))
            .withLine(line + 2)).build();
  }

  private static Findings reconcile(int sheetLine, Statement... results) {
    return DocumentResult.reconcile(SHEET, sheetAt(sheetLine), List.of(results));
  }

  @Test
  void theNearestResultIsTheOneReconciled() {
    Statement right = result("Resultaträkning", AmountUnit.KRONA, 100, 80, OUTCOME);
    Statement wrong = result("Resultat per projekt", AmountUnit.KRONA, 60, 20,
        OUTCOME);
    assertEquals(Findings.none(), reconcile(100, wrong, right));
    assertEquals(Findings.none(), reconcile(100, right, wrong));
    // the sheet near the other one: that one is reconciled, and named
    Finding f = reconcile(25, right, wrong).all().get(0);
    assertEquals("balance.equity.unreconciled", f.code());
    assertTrue(f.message().startsWith("Mot resultatet i \"Resultat per projekt\" (rad 22): "),
        f.message());
  }

  @Test
  void aResultInTheSheetsUnitGoesBeforeANearerOneInAnother() {
    Statement kronor = result("Resultaträkning", AmountUnit.KRONA, 100, 10, OUTCOME);
    Statement tkr = result("Resultat i tkr", AmountUnit.TKR, 5_000, 95, OUTCOME);
    assertEquals(Findings.none(), reconcile(100, tkr, kronor));
    assertEquals(Findings.none(), reconcile(100, kronor, tkr));
    Finding f = reconcile(100, tkr).all().get(0);
    assertTrue(f.message().startsWith("Mot resultatet i \"Resultat i tkr\" (rad 97): "),
        f.message());
  }

  @Test
  void aResultWithoutAnOutcomeColumnOrOnlyOneDateIsNotReconciled() {
    Statement budget = result("Budget", AmountUnit.KRONA, 60, 90, Statement.ColumnKind.BUDGET);
    assertEquals(Findings.none(), reconcile(100, budget));
    assertEquals(Findings.none(), reconcile(100));
    BalanceSheet oneDate = BalanceSheet.of(Amounts.sek(1_500), Amounts.sek(1_100),
        Amounts.sek(400));
    assertEquals(Findings.none(), DocumentResult.reconcile(oneDate, oneDate.statement(),
        List.of(result("Resultaträkning", AmountUnit.KRONA, 60, 90, OUTCOME))));
  }

  @Test
  void aResultWithoutACaptionIsCalledTheResultStatement() {
    Finding f = reconcile(100, result("", AmountUnit.KRONA, 60, 90, OUTCOME))
        .all().get(0);
    assertTrue(f.message().startsWith("Mot resultatet i \"resultaträkningen\" (rad 92): "),
        f.message());
  }
}
