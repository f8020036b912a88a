package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The balance sheet of 2017-12-31 (10 194 601 = 4 142 334 + 6 052 267 kr) and its checks: the
 * rounding allowed between assets and equity and liabilities, exactly and one öre beyond, and the
 * sentences of each finding.
 */
class BalanceSheetTest {

  private static final LocalDate END_2017 = LocalDate.of(2017, 12, 31);
  private static final LocalDate END_2016 = LocalDate.of(2016, 12, 31);

  private static List<String> codes(Findings f) {
    return f.all().stream().map(Finding::code).toList();
  }

  /** The 2017 sheet as the annual report prints it, both dates. */
  private static BalanceSheet sheet2017(long assets2017) {
    return BalanceSheet.builder(AmountUnit.KRONA, List.of(END_2017, END_2016))
        .heading("Tillgångar", Statement.Kind.ASSET)
        .line("Fordringar", Statement.Kind.ASSET, Amounts.sek(88_834), Amounts.sek(147_330))
        .line("Kassa och bank", Statement.Kind.ASSET, Amounts.sek(assets2017 - 88_834),
            Amounts.sek(9_370_101))
        .sum("Summa tillgångar", Statement.Kind.ASSET, Amounts.sek(assets2017),
            Amounts.sek(9_517_431))
        .heading("Eget kapital och skulder", Statement.Kind.EQUITY)
        .line("Eget kapital", Statement.Kind.EQUITY, Amounts.sek(4_142_334),
            Amounts.sek(3_201_561))
        .line("Kortfristiga skulder", Statement.Kind.LIABILITY, Amounts.sek(6_052_267),
            Amounts.sek(6_315_870))
        .sum("Summa eget kapital och skulder", Statement.Kind.EQUITY, Amounts.sek(10_194_601),
            Amounts.sek(9_517_431)).build();
  }

  @Test
  void annualReport2017_bothDatesBalanceAndEquityGrewBy940773() {
    BalanceSheet b = sheet2017(10_194_601);
    assertEquals(List.of(), codes(b.check()));
    assertEquals(2, b.dates());
    assertEquals(Amounts.sek(6_052_267), b.liabilities());
    assertEquals(Amounts.sek(6_315_870), b.liabilities(1));
    assertEquals(Amounts.sek(9_517_431), b.assets(1));
    assertEquals(Optional.of(Amounts.sek(940_773)), b.equityChange());
    assertEquals(Optional.empty(), BalanceSheet.of(Amounts.sek(1), Amounts.sek(1),
        Amounts.sek(0)).equityChange());
  }

  /** Sums of n rows allow n/2 kr between assets and equity and liabilities; more is an error. */
  @Test
  void assetsOffByTheRoundingOfTheirSumsAreInfoAndOneÖreMoreAnError() {
    Findings within = sheet2017(10_194_603).check();
    assertEquals(List.of("balance.rounding"), codes(within));
    assertEquals(Severity.INFO, within.all().get(0).severity());
    assertEquals("2017-12-31: summa tillgångar 10 194 603 kr är inte lika med eget kapital och "
        + "skulder 10 194 601 kr (skillnad 2 kr); det ryms i avrundningen.",
        plain(within.all().get(0).message()));
    BalanceSheet beyond = BalanceSheet.builder(AmountUnit.KRONA, List.of())
        .heading("Tillgångar", Statement.Kind.ASSET)
        .line("Kassa", Statement.Kind.ASSET, Amounts.ofOre(300_51))
        .sum("Summa tillgångar", Statement.Kind.ASSET, Amounts.ofOre(300_51))
        .heading("Eget kapital och skulder", Statement.Kind.EQUITY)
        .line("Eget kapital", Statement.Kind.EQUITY, Amounts.sek(100))
        .line("Skulder", Statement.Kind.LIABILITY, Amounts.sek(199))
        .sum("Summa eget kapital och skulder", Statement.Kind.EQUITY, Amounts.sek(299)).build();
    Findings f = beyond.check();
    assertEquals(List.of("balance.not-balanced"), codes(f), f.toString());
    assertEquals("Summa tillgångar 300,51 kr är inte lika med eget kapital och skulder 299 kr "
        + "(skillnad 1,51 kr).", plain(f.all().get(0).message()));
    BalanceSheet at = BalanceSheet.builder(AmountUnit.KRONA, List.of())
        .heading("Tillgångar", Statement.Kind.ASSET)
        .line("Kassa", Statement.Kind.ASSET, Amounts.ofOre(300_50))
        .sum("Summa tillgångar", Statement.Kind.ASSET, Amounts.ofOre(300_50))
        .heading("Eget kapital och skulder", Statement.Kind.EQUITY)
        .line("Eget kapital", Statement.Kind.EQUITY, Amounts.sek(100))
        .line("Skulder", Statement.Kind.LIABILITY, Amounts.sek(199))
        .sum("Summa eget kapital och skulder", Statement.Kind.EQUITY, Amounts.sek(299)).build();
    assertTrue(at.check().isClean(), at.check().toString());
    assertEquals(List.of("balance.rounding"), codes(at.check()), "three rows under the two sums allow 1,50 kr");
  }

  @Test
  void equityUnderAHeadingWithoutItsOwnSumIsTheSumOfItsLines() {
    // "Eget kapital" as a heading is no amount; its lines are, and the sum of liabilities is
    // not counted again beside the lines it sums
    BalanceSheet b = BalanceSheet.builder(AmountUnit.KRONA, List.of())
        .line("Kassa och bank", Statement.Kind.ASSET, Amounts.sek(90))
        .sum("Summa tillgångar", Statement.Kind.ASSET, Amounts.sek(90))
        .heading("Eget kapital", Statement.Kind.EQUITY)
        .line("Balanserat kapital", Statement.Kind.EQUITY, Amounts.sek(30))
        .line("Årets resultat", Statement.Kind.EQUITY, Amounts.sek(10))
        .heading("Kortfristiga skulder", Statement.Kind.LIABILITY)
        .line("Leverantörsskulder", Statement.Kind.LIABILITY, Amounts.sek(35))
        .line("Övriga skulder", Statement.Kind.LIABILITY, Amounts.sek(15))
        .sum("Summa kortfristiga skulder", Statement.Kind.LIABILITY, Amounts.sek(50)).build();
    assertEquals(List.of(), codes(b.check()), b.check().toString());
    assertEquals(List.of(Amounts.sek(90), Amounts.sek(40), Amounts.sek(50)),
        List.of(b.assets(), b.equity(), b.liabilities()));
  }

  @Test
  void equityAndLiabilitiesWrittenWithAnAmpersandAreSummedApartFromTheAssetsToo() {
    BalanceSheet b = BalanceSheet.builder(AmountUnit.KRONA, List.of())
        .line("Kassa och bank", Statement.Kind.ASSET, Amounts.sek(90))
        .sum("Summa tillgångar", Statement.Kind.ASSET, Amounts.sek(90))
        .line("Eget kapital", Statement.Kind.EQUITY, Amounts.sek(40))
        .line("Skulder", Statement.Kind.LIABILITY, Amounts.sek(50))
        .sum("Summa eget kapital & skulder", Statement.Kind.EQUITY, Amounts.sek(90)).build();
    assertEquals(List.of(), codes(b.check()), b.check().toString());
  }

  @Test
  void aPrintedSumOfAssetsWithinTheRoundingOfItsLinesIsTheAssets() {
    // in tkr each line is rounded: 60 + 21 printed as 80 is rounding, and 80 is the truer figure
    BalanceSheet b = BalanceSheet.builder(AmountUnit.TKR, List.of())
        .line("Fordringar", Statement.Kind.ASSET, Amounts.tkr(60))
        .line("Kassa och bank", Statement.Kind.ASSET, Amounts.tkr(21))
        .sum("Summa tillgångar", Statement.Kind.ASSET, Amounts.tkr(80))
        .line("Eget kapital", Statement.Kind.EQUITY, Amounts.tkr(30))
        .line("Skulder", Statement.Kind.LIABILITY, Amounts.tkr(50))
        .sum("Summa eget kapital och skulder", Statement.Kind.EQUITY, Amounts.tkr(80)).build();
    assertEquals(Amounts.tkr(80), b.assets());
    assertFalse(codes(b.check()).contains("balance.not-balanced"), b.check().toString());
  }

  @Test
  void aSheetWithoutPrintedTotalsAddsItsLines() {
    BalanceSheet b = BalanceSheet.of(Amounts.sek(100), Amounts.sek(40), Amounts.sek(50));
    Findings f = b.check();
    assertEquals(List.of("balance.not-balanced"), codes(f));
    assertEquals("Summa tillgångar 100 kr är inte lika med eget kapital och skulder 90 kr "
        + "(skillnad 10 kr).", plain(f.all().get(0).message()), "no rounding without sums");
    assertEquals(Amounts.sek(40), b.equity());
    assertEquals(Amounts.sek(50), b.liabilities());
  }

  @Test
  void equityIsReconciledWithTheResultAndDirectEntriesNamingWhatIsUnexplained() {
    BalanceSheet b = sheet2017(10_194_601);
    Findings f = b.reconcileEquity(Amounts.sek(3_201_561), Amounts.sek(867_365),
        Amounts.sek(70_000));
    assertEquals("Ingående eget kapital 3 201 561 kr plus årets resultat 867 365 kr plus "
        + "direkta poster 70 000 kr är 4 138 926 kr, men utgående eget kapital är "
        + "4 142 334 kr; 3 408 kr är oförklarat.", plain(f.errors().get(0).message()));
    assertEquals("Ingående eget kapital 3 201 561 kr plus årets resultat 867 365 kr är "
        + "4 068 926 kr, men utgående eget kapital är 4 142 334 kr; 73 408 kr är oförklarat.",
        plain(b.reconcileEquity(Amounts.sek(867_365)).errors().get(0).message()));
    assertEquals(List.of(), codes(b.reconcileEquity(Amounts.sek(940_773))));
    assertEquals(List.of(), codes(BalanceSheet.of(Amounts.sek(1), Amounts.sek(1), Amounts.sek(0))
        .reconcileEquity(Amounts.sek(5))), "one date: nothing to reconcile");
  }

  @Test
  void theBuilderTakesOneOrTwoDatesAndOneAmountPerDate() {
    IllegalArgumentException three = assertThrows(IllegalArgumentException.class,
        () -> BalanceSheet.builder(AmountUnit.KRONA, List.of(END_2017, END_2016,
            LocalDate.of(2015, 12, 31))));
    assertTrue(three.getMessage().startsWith("dates ([2017-12-31, 2016-12-31, 2015-12-31]) must "
        + "be one or two"), three.getMessage());
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> BalanceSheet.builder(AmountUnit.KRONA, List.of(END_2017, END_2016))
            .line("Kassa", Statement.Kind.ASSET, Amounts.sek(1)));
    assertEquals("amounts of Kassa (1) must be one per date (2)", count.getMessage());
    BalanceSheet one = BalanceSheet.builder(AmountUnit.TKR, List.of(END_2017))
        .line("Kassa", Statement.Kind.ASSET, Amounts.tkr(1)).build();
    assertEquals(List.of("2017-12-31"), one.statement().columns().stream()
        .map(Statement.Column::name).toList());
    assertEquals(List.of("Saldo"), BalanceSheet.builder(AmountUnit.KRONA, List.of())
        .line("Kassa", Statement.Kind.ASSET, Amounts.sek(1)).build().statement().columns()
        .stream().map(Statement.Column::name).toList());
  }

  @Test
  void equityIsFoundByItsLabelButNotInTheSumOfEquityAndLiabilities() {
    assertTrue(BalanceSheet.isEquityLabel("Eget kapital"));
    assertTrue(BalanceSheet.isEquityLabel("Summa eget kapital"));
    assertFalse(BalanceSheet.isEquityLabel("Summa eget kapital och skulder"));
    assertFalse(BalanceSheet.isEquityLabel("Eget kapital och skulder"));
    assertFalse(BalanceSheet.isEquityLabel("Förändring av eget kapital"));
  }
}
