package dev.finsam.money.equity;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import dev.finsam.money.Amounts;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

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
@Value.Immutable
public abstract class EquityBudget {

  EquityBudget() {}

  abstract long openingOre();

  abstract long revenueOre();

  abstract long costsOre();

  @Value.Check
  void validate() {
    Checks.checkArgument(revenueOre() >= 0, "revenue (%s) must be >= 0",
        Amounts.format(Amounts.ofOre(revenueOre())));
    Checks.checkArgument(costsOre() >= 0, "costs (%s) must be >= 0",
        Amounts.format(Amounts.ofOre(costsOre())));
    Checks.add(openingOre(), revenueOre() - costsOre(), "closing equity");
  }

  /**
   * @param openingEquity equity at the start of the year, not null
   * @param revenue budgeted revenue, not negative, not null
   * @param costs budgeted costs, not negative, not null
   * @return the budget, never null
   * @throws IllegalArgumentException if revenue or costs are negative, or the closing equity does
   *     not fit in a 64-bit count of öre
   */
  public static EquityBudget of(MonetaryAmount openingEquity, MonetaryAmount revenue,
      MonetaryAmount costs) {
    requireNonNull(openingEquity, "openingEquity");
    requireNonNull(revenue, "revenue");
    requireNonNull(costs, "costs");
    return ImmutableEquityBudget.create(Amounts.toOre(openingEquity, "openingEquity"),
        Amounts.toOre(revenue, "revenue"), Amounts.toOre(costs, "costs"));
  }

  /** @return equity at the start of the year, never null */
  public MonetaryAmount openingEquity() {
    return Amounts.ofOre(openingOre());
  }

  /** @return revenue − costs, never null */
  public MonetaryAmount result() {
    return Amounts.ofOre(revenueOre() - costsOre());
  }

  /** @return opening equity + result, never null */
  public MonetaryAmount closingEquity() {
    return Amounts.ofOre(closingOre());
  }

  private long closingOre() {
    return openingOre() + (revenueOre() - costsOre()); // fits: checked when the budget was made
  }

  /** @return how much the budget takes from equity (zero for a surplus), never null */
  public MonetaryAmount drawnFromEquity() {
    return Amounts.ofOre(Math.max(0, costsOre() - revenueOre()));
  }

  /**
   * The largest deficit the board can budget and still keep equity at or above a floor.
   *
   * @param floor the least closing equity the board accepts, not null
   * @return opening − floor, or zero if equity is already below the floor; never null
   * @throws IllegalArgumentException if opening − floor does not fit in a 64-bit count of öre
   */
  public MonetaryAmount largestDeficitKeeping(MonetaryAmount floor) {
    long f = Amounts.toOre(floor, "floor");
    return Amounts.ofOre(f >= openingOre() ? 0
        : Checks.subtract(openingOre(), f, "opening equity − floor"));
  }

  /**
   * @param floor the least closing equity the board accepts, not null
   * @return true if the closing equity is at or above the floor
   */
  public boolean keeps(MonetaryAmount floor) {
    return closingOre() >= Amounts.toOre(floor, "floor");
  }

  /** @return e.g. {@code "ingående eget kapital 4 142 000 kr + resultat −2 350 000 kr = …"} */
  @Override
  public String toString() {
    return "ingående eget kapital " + Amounts.format(openingEquity()) + " + resultat "
        + Amounts.format(result()) + " = utgående " + Amounts.format(closingEquity());
  }
}
