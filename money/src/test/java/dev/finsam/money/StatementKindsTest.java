package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The kinds a read statement gives its rows (StatementResolver's class comment): words first in a
 * balance report, the heading's kind in a result report with costs by kind, and signs detected or
 * declared.
 */
class StatementKindsTest {

  /** Each line's label and kind, in order. */
  private static Map<String, Statement.Kind> lineKinds(Statement s) {
    Map<String, Statement.Kind> m = new LinkedHashMap<>();
    s.rows().stream().filter(r -> r.role() == Statement.RowRole.LINE)
        .forEach(r -> m.put(r.label(), r.kind()));
    return m;
  }

  private static Map<String, Statement.Kind> kinds(Object... labelAndKind) {
    Map<String, Statement.Kind> m = new LinkedHashMap<>();
    for (int i = 0; i < labelAndKind.length; i += 2) {
      m.put((String) labelAndKind[i], (Statement.Kind) labelAndKind[i + 1]);
    }
    return m;
  }

  @Nested
  class Balance {
    /** Printed credit side first: each asset heading is an asset by its own word. */
    @Test
    void eachAssetWordMakesAHeadingAnAssetWhateverCameBefore() {
      BalanceSheet b = BalanceSheet.parse("Belopp i kr\t2017-12-31\nSkulder\n"
          + "Leverantörer\t60\nAvsättningar\nPensioner\t40\nEget kapital\t80\n"
          + "Fordringar\nMoms\t100\nKassa\nVäxel\t50\nBank\nPlusgiro\t20\n"
          + "Tillgångar, övriga\nDepositioner\t10\n");
      assertEquals(kinds("Leverantörer", Statement.Kind.LIABILITY, "Pensioner",
          Statement.Kind.LIABILITY, "Eget kapital", Statement.Kind.EQUITY, "Moms",
          Statement.Kind.ASSET, "Växel", Statement.Kind.ASSET, "Plusgiro", Statement.Kind.ASSET,
          "Depositioner", Statement.Kind.ASSET), lineKinds(b.statement()));
      assertEquals(Amounts.sek(180), b.assets());
      assertEquals(Amounts.sek(100), b.liabilities());
      assertTrue(b.check().all().isEmpty(), b.check().toString());
    }

    @Test
    void aLinesOwnWordComesBeforeItsHeadingAndAHeadingWithoutOneIsAnAsset() {
      BalanceSheet b = BalanceSheet.parse("Belopp i kr\t2017-12-31\nInventarier\nDatorer\t30\n"
          + "Eget kapital och skulder\nEget kapital\t10\nKortfristiga skulder\t20\n");
      assertEquals(kinds("Datorer", Statement.Kind.ASSET, "Eget kapital", Statement.Kind.EQUITY,
          "Kortfristiga skulder", Statement.Kind.LIABILITY), lineKinds(b.statement()));
      assertTrue(b.check().all().isEmpty(), b.check().toString());
    }

    /** A sheet printed in debit form but declared signed has its credit side negated. */
    @Test
    void declaredSignsOverrideWhatTheAmountsSuggest() {
      String debit = "Belopp i kr\t2017-12-31\nTillgångar\nKassa\t30\n"
          + "Eget kapital och skulder\nEget kapital\t10\nSkulder\t20\n";
      assertEquals(Statement.Signs.BY_KIND, BalanceSheet.parse(debit).statement().signs());
      BalanceSheet declared = BalanceSheet.parse(debit, Statement.Signs.SIGNED);
      assertEquals(Statement.Signs.SIGNED, declared.statement().signs());
      assertEquals(Amounts.sek(-10), declared.equity());
      assertTrue(declared.check().contains("balance.not-balanced"), declared.check().toString());
      String credit = debit.replace("\t10", "\t-10").replace("\t20", "\t-20");
      assertEquals(Statement.Signs.SIGNED, BalanceSheet.parse(credit).statement().signs());
      assertEquals(Amounts.sek(10), BalanceSheet.parse(credit, Statement.Signs.SIGNED).equity());
    }
  }

  @Nested
  class Result {
    /** Revenue and cost headings alternate, so that each is known by one word alone. */
    @Test
    void eachWordOfAHeadingGivesItsKind() {
      Statement s = Statement.parse("Belopp i tkr\tBudget\tUtfall\nIntäkter\nX\t1\t1\n"
          + "Insatser\nA\t1\t1\nBidrag\nY\t1\t1\nKansli\nB\t1\t1\nAvgifter\nZ\t1\t1\n"
          + "Administration\nC\t1\t1\nÖvriga intäkter\nW\t1\t1\nPersonal\nD\t1\t1\n"
          + "Intäkter, ränta\nV\t1\t1\nLokal\nE\t1\t1\nIntäkter, övrigt\nU\t1\t1\n"
          + "Kostnader\nF\t1\t1\n");
      Map<String, Statement.Kind> k = lineKinds(s);
      for (String cost : new String[] {"A", "B", "C", "D", "E", "F"}) {
        assertEquals(Statement.Kind.COST, k.get(cost), cost);
      }
      for (String revenue : new String[] {"X", "Y", "Z", "W", "V", "U"}) {
        assertEquals(Statement.Kind.REVENUE, k.get(revenue), revenue);
      }
    }

    /** With costs by kind a line takes its heading's kind; with signed costs its own words. */
    @Test
    void aLinesOwnWordsCountOnlyWhereCostsAreSigned() {
      String byKind = "Belopp i tkr\tBudget\tUtfall\nIntäkter\nKostnadsersättning\t5\t5\n";
      assertEquals(kinds("Kostnadsersättning", Statement.Kind.REVENUE),
          lineKinds(Statement.parse(byKind)));
      Statement signed = Statement.parse("Belopp i tkr\tBudget\tUtfall\nIntäkter\n"
          + "Kostnadsersättning\t-5\t-5\nMedlemsavgifter\t9\t9\n"
          + "Kostnader\nInsats A\t-1\t-1\n");
      assertEquals(Statement.Signs.SIGNED, signed.signs());
      assertEquals(kinds("Kostnadsersättning", Statement.Kind.COST, "Medlemsavgifter",
          Statement.Kind.REVENUE, "Insats A", Statement.Kind.COST), lineKinds(signed));
      // a result with nothing above it to add is a line, and a result by its word
      assertEquals(kinds("Resultatandel", Statement.Kind.RESULT), lineKinds(Statement.parse(
          "Belopp i tkr\tBudget\tUtfall\nResultatandel\t2\t2\n")));
    }

    @Test
    void aLineBeforeAnyHeadingIsOtherAndAHeadingWithoutWordsACost() {
      Statement s = Statement.parse("Belopp i tkr\tBudget\tUtfall\nÖvrigt\t5\t5\nProjekt\n"
          + "Vägen\t3\t3\n");
      assertEquals(kinds("Övrigt", Statement.Kind.OTHER, "Vägen", Statement.Kind.COST),
          lineKinds(s));
    }

    @Test
    void asManyNegativeAsPositiveCostAmountsIsCostsByKind() {
      Statement tie = Statement.parse("Belopp i tkr\tBudget\tUtfall\nKostnader\nA\t-5\t-5\n"
          + "B\t5\t5\n");
      assertEquals(Statement.Signs.BY_KIND, tie.signs());
      Statement more = Statement.parse("Belopp i tkr\tBudget\tUtfall\nKostnader\nA\t-5\t-5\n"
          + "B\t5\t-5\n");
      assertEquals(Statement.Signs.SIGNED, more.signs());
      assertEquals(java.util.Optional.of(Amounts.tkr(5)), more.rows().get(1).value(0),
          "held positive by kind");
    }

    @Test
    void aRowThatCannotBeReadInAnyWayIsRejectedNamingItsLine() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Statement.parse("Belopp i tkr Budget Utfall\nInsatser\nA 1,5 2,5 3,5\n"));
      assertEquals("line 3 (\"A 1,5 2,5 3,5\") must have at most 2 amounts, as its header has, "
          + "and whole öre", e.getMessage());
    }
  }
}
