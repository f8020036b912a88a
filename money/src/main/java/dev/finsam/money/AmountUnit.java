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
  ORE(1, "öre"),
  /** Krona, 100 öre: the unit of payments. */
  KRONA(100, "kr"),
  /** Thousand kronor (<i>tkr</i>): the unit of budgets. */
  TKR(100_000, "tkr");

  private final long ore;
  private final String symbol;

  AmountUnit(long ore, String symbol) {
    this.ore = ore;
    this.symbol = symbol;
  }

  /** @return how many öre one unit is: 1, 100 or 100 000 */
  public long ore() {
    return ore;
  }

  /** @return the Swedish symbol: "öre", "kr" or "tkr" */
  public String symbol() {
    return symbol;
  }
}
