package dev.finsam.money.equity;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Fraction;
import dev.finsam.core.Severity;
import dev.finsam.money.Amounts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an assessment against the trappa says: its explanation line by line, its finding, the
 * band's edges exactly and one öre beyond, and which way headroom and excess are rounded.
 */
class EquityAssessmentTest {

  private static final EquityStaircase TRAPPA = EquityStaircase.provisionalDefault();

  private static Finding finding(EquityAssessment a) {
    List<Finding> all = a.toFindings().all();
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  @Test
  void annualReport2017_explainsEachBracketAndTheExcess() {
    EquityAssessment a = TRAPPA.assess(Amounts.tkr(4_142), Amounts.tkr(12_432));
    assertEquals("Trappan (marginell) på medlemsavgifter 12 432 tkr:\n"
        + "  20 % av 5 000 tkr (0 tkr–5 000 tkr) = 1 000 tkr\n"
        + "  15 % av 7 432 tkr (5 000 tkr–15 000 tkr) = 1 114,8 tkr\n"
        + "Tak 2 114,8 tkr; eget kapital 4 142 tkr: över trappan med 2 027,2 tkr.",
        plain(a.explain()));
    assertEquals("ABOVE: " + a.explain(), a.toString());
    Finding f = finding(a);
    assertEquals("equity.above-trappa", f.code());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("Eget kapital 4 142 tkr mot trappans tak 2 114,8 tkr: över trappan med "
        + "2 027,2 tkr.", plain(f.message()));
    assertEquals(Amounts.tkr(4_142), a.equity());
    assertEquals(Amounts.tkr(12_432), a.contributions());
    assertEquals(Amounts.sek(0), a.headroom());
  }

  @Test
  void budget2019_atAndBelowTheTrappaAreInfo() {
    Finding at = finding(TRAPPA.assess(Amounts.tkr(2_050), Amounts.tkr(11_450)));
    assertEquals("equity.at-trappa", at.code());
    assertEquals(Severity.INFO, at.severity());
    assertEquals("Eget kapital 2 050 tkr mot trappans tak 1 967,5 tkr: i princip i nivå med "
        + "trappan (inom ±5 % av taket).", plain(at.message()));
    Finding below = finding(TRAPPA.assess(Amounts.tkr(750), Amounts.tkr(11_450)));
    assertEquals("equity.below-trappa", below.code());
    assertEquals(Severity.INFO, below.severity());
    assertEquals("Eget kapital 750 tkr mot trappans tak 1 967,5 tkr: under trappan, utrymme "
        + "1 217,5 tkr.", plain(below.message()));
  }

  /** Contributions of 5 000 tkr give a ceiling of 1 000 tkr; the band is ±50 tkr. */
  @Test
  void theBandsEdgesAreAtTheTrappaAndOneÖreBeyondIsNot() {
    long ceiling = 1_000 * 100_000L;
    long band = 50 * 100_000L;
    EquityAssessment top = TRAPPA.assess(Amounts.ofOre(ceiling + band), Amounts.tkr(5_000));
    assertEquals(EquityStatus.AT, top.status());
    assertEquals(Amounts.sek(0), top.headroom());
    assertEquals(Amounts.tkr(50), top.excess(), "at the trappa, and still above its ceiling");
    assertEquals(EquityStatus.ABOVE,
        TRAPPA.assess(Amounts.ofOre(ceiling + band + 1), Amounts.tkr(5_000)).status());
    EquityAssessment bottom = TRAPPA.assess(Amounts.ofOre(ceiling - band), Amounts.tkr(5_000));
    assertEquals(EquityStatus.AT, bottom.status());
    assertEquals(Amounts.tkr(50), bottom.headroom());
    assertEquals(EquityStatus.BELOW,
        TRAPPA.assess(Amounts.ofOre(ceiling - band - 1), Amounts.tkr(5_000)).status());
    EquityAssessment exactly = TRAPPA.assess(Amounts.tkr(1_000), Amounts.tkr(5_000));
    assertEquals(Amounts.sek(0), exactly.headroom());
    assertEquals(Amounts.sek(0), exactly.excess());
  }

  /** A third of 100 tkr is 3 333 333 1/3 öre: headroom rounds down, excess up, never in favour. */
  @Test
  void aCeilingOfFractionsOfAnÖreIsPrintedRoundedDownAndSaysSo() {
    EquityStaircase third = EquityStaircase.marginal(List.of(
        new EquityStaircase.Bracket(Amounts.sek(0), Fraction.of(1, 3))));
    EquityAssessment above = third.assess(Amounts.tkr(40), Amounts.tkr(100));
    assertEquals(Fraction.of(10_000_000, 3), above.ceilingOre());
    assertEquals(Amounts.ofOre(3_333_333), above.ceiling());
    assertEquals(Amounts.ofOre(666_667), above.excess());
    EquityAssessment below = third.assess(Amounts.tkr(30), Amounts.tkr(100));
    assertEquals(Amounts.ofOre(333_333), below.headroom());
    assertEquals(EquityStatus.BELOW, below.status(), "10 % below, beyond the band of 5 %");
    assertEquals("Trappan (marginell) på medlemsavgifter 100 tkr:\n"
        + "  33,33 % av 100 tkr (0 tkr och uppåt) = 33,33 tkr (avrundat nedåt)\n"
        + "Tak 33,33 tkr (avrundat nedåt); eget kapital 30 tkr: under trappan, utrymme "
        + "3,33333 tkr.", plain(below.explain()));
  }

  @Test
  void aFlatStaircaseExplainsTheWholeContributionsAtOneRate() {
    EquityStaircase flat = EquityStaircase.flat(TRAPPA.brackets());
    assertTrue(plain(flat.assess(Amounts.tkr(2_050), Amounts.tkr(11_450)).explain()).contains(
        "\n  15 % av hela 11 450 tkr (intervallet 5 000 tkr–15 000 tkr) = 1 717,5 tkr\n"));
    assertTrue(plain(flat.assess(Amounts.tkr(0), Amounts.tkr(20_000)).explain()).contains(
        "\n  10 % av hela 20 000 tkr (intervallet 15 000 tkr och uppåt) = 2 000 tkr\n"));
    assertTrue(plain(TRAPPA.assess(Amounts.tkr(0), Amounts.tkr(20_000)).explain()).contains(
        "\n  10 % av 5 000 tkr (15 000 tkr och uppåt) = 500 tkr\n"));
    assertEquals("Trappan (platt) på medlemsavgifter 0 tkr:\n"
        + "  20 % av hela 0 tkr (intervallet 0 tkr–5 000 tkr) = 0 tkr\n"
        + "Tak 0 tkr; eget kapital 0 tkr: i princip i nivå med trappan (inom ±5 % av taket).",
        plain(flat.assess(Amounts.tkr(0), Amounts.tkr(0)).explain()));
    assertEquals("Trappan (marginell) på medlemsavgifter 0 tkr:\n"
        + "Tak 0 tkr; eget kapital 0 tkr: i princip i nivå med trappan (inom ±5 % av taket).",
        plain(TRAPPA.assess(Amounts.tkr(0), Amounts.tkr(0)).explain()));
  }

  @Test
  void aFlatStaircaseTakesTheLowerRateUpToItsBoundAndTheNextOneÖreAfter() {
    EquityStaircase flat = EquityStaircase.flat(TRAPPA.brackets());
    long bound = 5_000 * 100_000L;
    assertEquals(Fraction.of(bound).times(Fraction.of(20, 100)),
        flat.ceilingOre(Amounts.ofOre(bound)));
    assertEquals(Fraction.of(bound + 1).times(Fraction.of(15, 100)),
        flat.ceilingOre(Amounts.ofOre(bound + 1)));
  }

  @Test
  void theStaircasePrintsItsModeBracketsAndBand() {
    assertEquals("marginell [20 % från 0 tkr, 15 % från 5 000 tkr, 10 % från 15 000 tkr], "
        + "band ±5 %", plain(TRAPPA.toString()));
    assertEquals("platt [12,5 % från 0 tkr], band ±0 %", plain(EquityStaircase.flat(List.of(
        new EquityStaircase.Bracket(Amounts.sek(0), Fraction.of(1, 8)))).withBand(Fraction.ZERO)
        .toString()));
  }

  @Test
  void anUnderbalancedBudgetPrintsItsPathOfEquity() {
    EquityBudget b = EquityBudget.of(Amounts.tkr(4_142), Amounts.tkr(11_540),
        Amounts.tkr(13_890));
    assertEquals("ingående eget kapital 4 142 000 kr + resultat -2 350 000 kr = utgående "
        + "1 792 000 kr", plain(b.toString()));
    assertEquals(Amounts.tkr(4_142), b.openingEquity());
    EquityBudget surplus = EquityBudget.of(Amounts.tkr(100), Amounts.tkr(12), Amounts.tkr(10));
    assertEquals(Amounts.sek(0), surplus.drawnFromEquity());
    assertEquals(Amounts.tkr(102), surplus.closingEquity());
    assertEquals(Amounts.sek(0), surplus.largestDeficitKeeping(Amounts.tkr(100)));
    assertEquals(Amounts.ofOre(1), surplus.largestDeficitKeeping(Amounts.ofOre(100 * 100_000L
        - 1)));
    assertFalse(surplus.keeps(Amounts.ofOre(102 * 100_000L + 1)));
    assertTrue(surplus.keeps(Amounts.tkr(102)));
    assertEquals(Amounts.sek(0), EquityBudget.of(Amounts.tkr(0), Amounts.tkr(5), Amounts.tkr(5))
        .drawnFromEquity());
  }
}
