package dev.finsam.money;

/**
 * The unit an amount is counted, paid or printed in (<i>enhet</i>): öre, kronor or thousands of
 * kronor (<i>tkr</i>, the unit of budgets).
 *
 * <p>For example, an allocation in {@link #KRONA} gives whole kronor to each member and adds up to a
 * total that must itself be whole kronor.
 */
public enum AmountUnit {
  /** Öre, 1/100 krona. */
  ORE(1, 0, "öre"),
  /** Krona, 100 öre: the unit of payments. */
  KRONA(100, 2, "kr"),
  /** Thousand kronor (<i>tkr</i>): the unit of budgets. */
  TKR(100_000, 5, "tkr");

  private final long ore;
  private final int oreDigits;
  private final String symbol;

  AmountUnit(long ore, int oreDigits, String symbol) {
    this.ore = ore;
    this.oreDigits = oreDigits;
    this.symbol = symbol;
  }

  /** @return how many öre one unit is: 1, 100 or 100 000 */
  public long ore() {
    return ore;
  }

  /** @return how many decimal places of the unit an öre is: 0, 2 or 5 */
  int oreDigits() {
    return oreDigits;
  }

  /** @return the Swedish symbol: "öre", "kr" or "tkr" */
  public String symbol() {
    return symbol;
  }
}
