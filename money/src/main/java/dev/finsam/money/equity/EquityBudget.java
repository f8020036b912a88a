package dev.finsam.money.equity;

import static java.util.Objects.requireNonNull;

import dev.finsam.money.Amounts;
import javax.money.MonetaryAmount;

/**
 * A budget year's path of equity (<i>eget kapital över budgetåret</i>): opening equity plus the
 * budgeted result (revenue − costs) gives closing equity; a deficit budget (<i>underbalanserad
 * budget</i>) draws on equity.
 *
 * <p>For example, revenue 11 540 tkr and costs 13 890 tkr draw 2 350 tkr from equity:
 * {@code EquityBudget.of(opening, Amounts.tkr(11_540), Amounts.tkr(13_890)).drawnFromEquity()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EquityBudget {

  private final long opening;
  private final long revenue;
  private final long costs;

  private EquityBudget(long opening, long revenue, long costs) {
    this.opening = opening;
    this.revenue = revenue;
    this.costs = costs;
  }

  /**
   * @param openingEquity equity at the start of the year, not null
   * @param revenue budgeted revenue, not negative, not null
   * @param costs budgeted costs, not negative, not null
   * @return the budget, never null
   */
  public static EquityBudget of(MonetaryAmount openingEquity, MonetaryAmount revenue,
      MonetaryAmount costs) {
    long r = Amounts.toOre(requireNonNull(revenue, "revenue"));
    long c = Amounts.toOre(requireNonNull(costs, "costs"));
    if (r < 0) {
      throw new IllegalArgumentException("revenue (" + Amounts.format(revenue) + ") must be >= 0");
    }
    if (c < 0) {
      throw new IllegalArgumentException("costs (" + Amounts.format(costs) + ") must be >= 0");
    }
    return new EquityBudget(Amounts.toOre(requireNonNull(openingEquity, "openingEquity")), r, c);
  }

  /** @return revenue − costs, never null */
  public MonetaryAmount result() {
    return Amounts.ofOre(revenue - costs);
  }

  /** @return opening equity + result, never null */
  public MonetaryAmount closingEquity() {
    return Amounts.ofOre(Math.addExact(opening, revenue - costs));
  }

  /** @return how much the budget takes from equity (zero for a surplus), never null */
  public MonetaryAmount drawnFromEquity() {
    return Amounts.ofOre(Math.max(0, costs - revenue));
  }

  /**
   * The largest deficit the board can budget and still keep equity at or above a floor.
   *
   * @param floor the least closing equity the board accepts, not null
   * @return opening − floor, or zero if equity is already below the floor; never null
   */
  public MonetaryAmount largestDeficitKeeping(MonetaryAmount floor) {
    long f = Amounts.toOre(requireNonNull(floor, "floor"));
    return Amounts.ofOre(Math.max(0, opening - f));
  }

  /**
   * @param floor the least closing equity the board accepts, not null
   * @return true if the closing equity is at or above the floor
   */
  public boolean keeps(MonetaryAmount floor) {
    return opening + revenue - costs >= Amounts.toOre(requireNonNull(floor, "floor"));
  }

  @Override
  public String toString() {
    return "ingående eget kapital " + Amounts.format(Amounts.ofOre(opening)) + " + resultat "
        + Amounts.format(result()) + " = utgående " + Amounts.format(closingEquity());
  }
}
