package dev.finsam.money;

import static dev.finsam.money.Amounts.kronor;
import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import dev.finsam.core.text.Checks;
import java.math.BigInteger;
import java.util.List;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A balance sheet's totals (<i>balansräkning</i>): assets, equity and liabilities, with the checks
 * that assets = equity + liabilities and that equity moved from the opening figure by the result
 * (and any entries made directly to equity).
 *
 * <p>For example, 2017-12-31: 10 194 601 = 4 142 334 + 6 052 267 kr. Equity opened at 3 201 561
 * and the result was 867 365; the 73 408 kr in between were a direct transfer the report explains
 * in prose.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BalanceSheet {

  BalanceSheet() {}

  abstract long assetsOre();

  abstract long equityOre();

  abstract long liabilitiesOre();

  @Value.Check
  void validate() {
    Checks.add(equityOre(), liabilitiesOre(), "equity + liabilities");
  }

  /**
   * @param assets total assets (<i>summa tillgångar</i>), not null
   * @param equity equity (<i>eget kapital</i>), not null
   * @param liabilities liabilities and provisions (<i>skulder och avsättningar</i>), not null
   * @return the balance sheet, never null
   * @throws IllegalArgumentException if an amount is not whole öre in SEK, or equity and
   *     liabilities together do not fit in a 64-bit count of öre
   */
  public static BalanceSheet of(MonetaryAmount assets, MonetaryAmount equity,
      MonetaryAmount liabilities) {
    requireNonNull(assets, "assets");
    requireNonNull(equity, "equity");
    requireNonNull(liabilities, "liabilities");
    return ImmutableBalanceSheet.create(Amounts.toOre(assets, "assets"),
        Amounts.toOre(equity, "equity"), Amounts.toOre(liabilities, "liabilities"));
  }

  /** @return total assets, never null */
  public MonetaryAmount assets() {
    return Amounts.ofOre(assetsOre());
  }

  /** @return equity, never null */
  public MonetaryAmount equity() {
    return Amounts.ofOre(equityOre());
  }

  /** @return liabilities, never null */
  public MonetaryAmount liabilities() {
    return Amounts.ofOre(liabilitiesOre());
  }

  /**
   * Checks that assets = equity + liabilities. Code {@code balance.not-balanced} (ERROR).
   *
   * @return the findings, never null
   */
  public Findings check() {
    long right = equityOre() + liabilitiesOre(); // fits: checked when the sheet was made
    if (assetsOre() == right) {
      return Findings.none();
    }
    BigInteger off = BigInteger.valueOf(assetsOre()).subtract(BigInteger.valueOf(right));
    return Findings.builder().error("balance.not-balanced", "Summa tillgångar "
        + kronor(assetsOre()) + " är inte lika med eget kapital och skulder " + kronor(right)
        + " (skillnad " + kronor(off) + ").").build();
  }

  /**
   * Checks that equity moved from the opening figure by the result plus entries made directly to
   * equity. Code {@code balance.equity.unreconciled} (ERROR), naming the unexplained amount.
   *
   * @param openingEquity equity at the start of the year, not null
   * @param result the year's result, not null
   * @param directEntries amounts booked directly to equity, zero if none, not null
   * @return the findings, never null
   * @throws IllegalArgumentException if an amount is not whole öre in SEK
   */
  public Findings reconcileEquity(MonetaryAmount openingEquity, MonetaryAmount result,
      MonetaryAmount directEntries) {
    requireNonNull(openingEquity, "openingEquity");
    requireNonNull(result, "result");
    requireNonNull(directEntries, "directEntries");
    long opening = Amounts.toOre(openingEquity, "openingEquity");
    long year = Amounts.toOre(result, "result");
    long direct = Amounts.toOre(directEntries, "directEntries");
    BigInteger expected = BigInteger.valueOf(opening).add(BigInteger.valueOf(year))
        .add(BigInteger.valueOf(direct));
    BigInteger unexplained = BigInteger.valueOf(equityOre()).subtract(expected);
    if (unexplained.signum() == 0) {
      return Findings.none();
    }
    return Findings.builder().error("balance.equity.unreconciled", "Ingående eget kapital "
        + kronor(opening) + " plus årets resultat " + kronor(year)
        + (direct != 0 ? " plus direkta poster " + kronor(direct) : "")
        + " är " + kronor(expected) + ", men utgående eget kapital är " + kronor(equityOre())
        + "; " + kronor(unexplained) + " är oförklarat.").build();
  }

  /** @return the sheet as a small table in kronor */
  @Override
  public String toString() {
    return Tables.columns(List.of("Balansräkning", "kr"), List.of(
        new String[] {"Summa tillgångar", Amounts.number(assetsOre(), AmountUnit.KRONA)},
        new String[] {"Eget kapital", Amounts.number(equityOre(), AmountUnit.KRONA)},
        new String[] {"Skulder", Amounts.number(liabilitiesOre(), AmountUnit.KRONA)},
        new String[] {"Summa eget kapital och skulder",
            Amounts.number(equityOre() + liabilitiesOre(), AmountUnit.KRONA)}));
  }
}
