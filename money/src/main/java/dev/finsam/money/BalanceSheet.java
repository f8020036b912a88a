package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import javax.money.MonetaryAmount;

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
public final class BalanceSheet {

  private final long assets;
  private final long equity;
  private final long liabilities;

  private BalanceSheet(long assets, long equity, long liabilities) {
    this.assets = assets;
    this.equity = equity;
    this.liabilities = liabilities;
  }

  /**
   * @param assets total assets (<i>summa tillgångar</i>), not null
   * @param equity equity (<i>eget kapital</i>), not null
   * @param liabilities liabilities and provisions (<i>skulder och avsättningar</i>), not null
   * @return the balance sheet, never null
   */
  public static BalanceSheet of(MonetaryAmount assets, MonetaryAmount equity,
      MonetaryAmount liabilities) {
    return new BalanceSheet(Amounts.toOre(requireNonNull(assets, "assets"), "assets"),
        Amounts.toOre(requireNonNull(equity, "equity"), "equity"),
        Amounts.toOre(requireNonNull(liabilities, "liabilities"), "liabilities"));
  }

  /** @return total assets, never null */
  public MonetaryAmount assets() {
    return Amounts.ofOre(assets);
  }

  /** @return equity, never null */
  public MonetaryAmount equity() {
    return Amounts.ofOre(equity);
  }

  /** @return liabilities, never null */
  public MonetaryAmount liabilities() {
    return Amounts.ofOre(liabilities);
  }

  /**
   * Checks that assets = equity + liabilities. Code {@code balance.not-balanced} (ERROR).
   *
   * @return the findings, never null
   */
  public Findings check() {
    long right = Math.addExact(equity, liabilities);
    if (assets == right) {
      return Findings.none();
    }
    return Findings.builder().error("balance.not-balanced", "Summa tillgångar "
        + kr(assets) + " är inte lika med eget kapital och skulder " + kr(right)
        + " (skillnad " + kr(assets - right) + ").").build();
  }

  /**
   * Checks that equity moved from the opening figure by the result plus entries made directly to
   * equity. Code {@code balance.equity.unreconciled} (ERROR), naming the unexplained amount.
   *
   * @param openingEquity equity at the start of the year, not null
   * @param result the year's result, not null
   * @param directEntries amounts booked directly to equity, zero if none, not null
   * @return the findings, never null
   */
  public Findings reconcileEquity(MonetaryAmount openingEquity, MonetaryAmount result,
      MonetaryAmount directEntries) {
    long expected = Math.addExact(Math.addExact(Amounts.toOre(openingEquity, "openingEquity"),
        Amounts.toOre(result, "result")), Amounts.toOre(directEntries, "directEntries"));
    if (expected == equity) {
      return Findings.none();
    }
    return Findings.builder().error("balance.equity.unreconciled", "Ingående eget kapital "
        + kr(Amounts.toOre(openingEquity)) + " plus årets resultat " + kr(Amounts.toOre(result))
        + (Amounts.toOre(directEntries) != 0 ? " plus direkta poster "
            + kr(Amounts.toOre(directEntries)) : "")
        + " är " + kr(expected) + ", men utgående eget kapital är " + kr(equity)
        + "; " + kr(equity - expected) + " är oförklarat.").build();
  }

  private static String kr(long ore) {
    return Amounts.formatOre(ore, AmountUnit.KRONA);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BalanceSheet && ((BalanceSheet) obj).assets == assets
        && ((BalanceSheet) obj).equity == equity && ((BalanceSheet) obj).liabilities == liabilities;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(assets) * 31 + Long.hashCode(equity);
  }

  /** @return the sheet as a small table in kronor */
  @Override
  public String toString() {
    return Tables.columns(java.util.List.of("Balansräkning", "kr"), java.util.List.of(
        new String[] {"Summa tillgångar", Amounts.number(assets, AmountUnit.KRONA)},
        new String[] {"Eget kapital", Amounts.number(equity, AmountUnit.KRONA)},
        new String[] {"Skulder", Amounts.number(liabilities, AmountUnit.KRONA)},
        new String[] {"Summa eget kapital och skulder",
            Amounts.number(equity + liabilities, AmountUnit.KRONA)}));
  }
}
