package dev.finsam.money.equity;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Fraction;
import dev.finsam.money.Amounts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EquityStaircaseTest {

  static final EquityStaircase TRAPPA = EquityStaircase.provisionalDefault();

  @Nested
  class Reference {
    @Test
    void budget2019_2050TkrIsInPrincipleAtTheTrappa() {
      EquityAssessment e = TRAPPA.assess(Amounts.tkr(2_050), Amounts.tkr(11_450));
      assertEquals(Amounts.tkr(new BigDecimal("1967.5")), e.ceiling());
      assertEquals(EquityStatus.AT, e.status());
      assertTrue(plain(e.explain()).contains("20 % av 5 000 tkr"), e.explain());
      assertTrue(plain(e.explain()).contains("15 % av 6 450 tkr"), e.explain());
    }

    @Test
    void budget2019_750TkrIsFarBelow() {
      EquityAssessment e = TRAPPA.assess(Amounts.tkr(750), Amounts.tkr(11_450));
      assertEquals(EquityStatus.BELOW, e.status());
      assertEquals(Amounts.tkr(new BigDecimal("1217.5")), e.headroom());
      assertEquals(Amounts.sek(0), e.excess());
    }

    @Test
    void annualReport2017_equity4142OnContributions12432IsAbove() {
      EquityAssessment e = TRAPPA.assess(Amounts.tkr(4_142), Amounts.tkr(12_432));
      assertEquals(EquityStatus.ABOVE, e.status());
      assertEquals(Amounts.tkr(new BigDecimal("2114.8")), e.ceiling());
      assertEquals(Amounts.tkr(new BigDecimal("2027.2")), e.excess());
      assertTrue(e.toFindings().contains("equity.above-trappa"));
    }
  }

  @Nested
  class Modes {
    @Test
    void flat_usesTheRateOfTheBracketForEverything() {
      EquityStaircase flat = EquityStaircase.flat(TRAPPA.brackets());
      assertEquals(Amounts.tkr(new BigDecimal("1717.5")), flat.ceiling(Amounts.tkr(11_450)));
      // 5 000 tkr exactly is "the first 5 000 tkr": the 20 % bracket
      assertEquals(Amounts.tkr(1_000), flat.ceiling(Amounts.tkr(5_000)));
      assertEquals(Amounts.tkr(1_000), TRAPPA.ceiling(Amounts.tkr(5_000)));
    }

    @Test
    void band_isConfigurable() {
      EquityStaircase strict = TRAPPA.withBand(Fraction.ZERO);
      assertEquals(EquityStatus.ABOVE,
          strict.assess(Amounts.tkr(2_050), Amounts.tkr(11_450)).status());
      assertEquals(EquityStatus.AT, strict.assess(Amounts.tkr(new BigDecimal("1967.5")),
          Amounts.tkr(11_450)).status());
    }

    @Test
    void marginal_rejectsBracketsNotStartingAtZero() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> EquityStaircase.marginal(List.of(EquityStaircase.Bracket.ofTkr(100, 20))));
      assertTrue(e.getMessage().startsWith("brackets"), e.getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> EquityStaircase.Bracket.ofTkr(0, 120));
      assertThrows(IllegalArgumentException.class,
          () -> TRAPPA.assess(Amounts.tkr(1), Amounts.tkr(-1)));
    }
  }

  @Nested
  class Budget {
    @Test
    void underbalancedBudget_draws2350TkrFromEquity() {
      EquityBudget b = EquityBudget.of(Amounts.tkr(4_142), Amounts.tkr(11_540),
          Amounts.tkr(13_890));
      assertEquals(Amounts.tkr(2_350), b.drawnFromEquity());
      assertEquals(Amounts.tkr(-2_350), b.result());
      assertEquals(Amounts.tkr(1_792), b.closingEquity());
      assertEquals(Amounts.tkr(2_142), b.largestDeficitKeeping(Amounts.tkr(2_000)));
      assertTrue(b.keeps(Amounts.tkr(1_792)));
      assertTrue(!b.keeps(Amounts.tkr(2_000)));
    }

    @Test
    void closingEquityBeyondALong_isRejectedWhenMade() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> EquityBudget.of(Amounts.ofOre(Long.MAX_VALUE), Amounts.sek(1), Amounts.sek(0)));
      assertTrue(e.getMessage().startsWith("closing equity ("), e.getMessage());
      EquityBudget b = EquityBudget.of(Amounts.ofOre(Long.MIN_VALUE), Amounts.sek(0),
          Amounts.sek(0));
      assertEquals(Amounts.sek(0), b.largestDeficitKeeping(Amounts.ofOre(Long.MAX_VALUE)));
      assertTrue(b.keeps(Amounts.ofOre(Long.MIN_VALUE)));
    }
  }
}
