package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * The members' contributions by the Finsam key (<i>medlemsavgifter enligt fördelningsnyckeln</i>):
 * the state (Försäkringskassan, for itself and Arbetsförmedlingen) one half, the region one quarter,
 * the municipalities one quarter split by a {@link MunicipalKey}; every share a whole number of the
 * chosen unit, adding up exactly.
 *
 * <p>For example, {@code ContributionPlan.fromStateAllocation(Amounts.sek(6_216_000), key,
 * AmountUnit.KRONA)} gives the region 3 108 000 kr and splits 3 108 000 kr between the
 * municipalities, as the 2017 annual report of Umeåregionen shows.
 *
 * <p>Where a half or a quarter is not a whole number of the unit, the parts are split by the same
 * largest-remainder rule as {@link Allocator}: the leftover unit goes to the larger part first, and
 * between the region and the municipalities (equal weights) to the region.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContributionPlan {

  private static final String STATE = "state";
  private static final String REGION = "region";
  private static final String MUNICIPALITIES = "municipalities";

  private final long state;
  private final long region;
  private final Allocation<String> municipalities;
  private final AmountUnit unit;

  private ContributionPlan(long state, long region, Allocation<String> municipalities,
      AmountUnit unit) {
    this.state = state;
    this.region = region;
    this.municipalities = municipalities;
    this.unit = unit;
  }

  /**
   * The plan when the state has announced its allocation S: the region pays S/2 and the
   * municipalities together S/2 (<i>medlemmarna svarar upp mot statens medel</i>).
   *
   * @param state the state's allocation, not null, a whole number of {@code unit}
   * @param key the municipalities' key, not null
   * @param unit the unit of every share, not null
   * @return the plan, never null
   * @throws IllegalArgumentException if the allocation is not a whole number of the unit
   */
  public static ContributionPlan fromStateAllocation(MonetaryAmount state, MunicipalKey key,
      AmountUnit unit) {
    requireNonNull(state, "state");
    requireNonNull(key, "key");
    requireNonNull(unit, "unit");
    long s = Amounts.toUnits(state, unit, "state");
    long[] halves = LargestRemainder.split(s, new long[] {1, 1}, TieBreak.NONE).shares();
    return new ContributionPlan(s, halves[0], municipal(halves[1], key, unit), unit);
  }

  /**
   * The plan for a total: the state one half, the region one quarter, the municipalities one
   * quarter.
   *
   * @param total the total of all contributions, not null, a whole number of {@code unit}
   * @param key the municipalities' key, not null
   * @param unit the unit of every share, not null
   * @return the plan, never null
   */
  public static ContributionPlan fromTotal(MonetaryAmount total, MunicipalKey key,
      AmountUnit unit) {
    requireNonNull(total, "total");
    requireNonNull(key, "key");
    requireNonNull(unit, "unit");
    long t = Amounts.toUnits(total, unit, "total");
    long[] parts = LargestRemainder.split(t, new long[] {2, 1, 1}, TieBreak.NONE)
        .shares();
    return new ContributionPlan(parts[0], parts[1], municipal(parts[2], key, unit), unit);
  }

  private static Allocation<String> municipal(long units, MunicipalKey key, AmountUnit unit) {
    return Allocator.largestRemainder().allocate(Amounts.of(units, unit), key.weights(), unit);
  }

  /** @return the state's part (Försäkringskassan, Arbetsförmedlingen's included), never null */
  public MonetaryAmount state() {
    return Amounts.of(state, unit);
  }

  /** @return the region's part, never null */
  public MonetaryAmount region() {
    return Amounts.of(region, unit);
  }

  /** @return the municipalities' quarter and how it is split, never null */
  public Allocation<String> municipalities() {
    return municipalities;
  }

  /**
   * @param name a municipality of the key, not null
   * @return its part, never null
   * @throws IllegalArgumentException if the municipality is not in the key
   */
  public MonetaryAmount municipality(String name) {
    return municipalities.get(name);
  }

  /** @return all contributions together, never null */
  public MonetaryAmount total() {
    return Amounts.of(totalUnits(), unit);
  }

  /** @return the unit of every share, never null */
  public AmountUnit unit() {
    return unit;
  }

  long totalUnits() {
    return Math.addExact(Math.addExact(state, region), municipalities.totalUnits());
  }

  /**
   * The plan as labelled amounts in the order a budget shows them: state, region, each
   * municipality, total.
   *
   * @return label to amount, never null
   */
  public Map<String, MonetaryAmount> toMap() {
    Map<String, MonetaryAmount> m = new LinkedHashMap<>();
    m.put(STATE, state());
    m.put(REGION, region());
    m.put(MUNICIPALITIES, municipalities.total());
    municipalities.shares().forEach((k, v) -> m.put(MUNICIPALITIES + "." + k, v));
    m.put("total", total());
    return m;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ContributionPlan && ((ContributionPlan) obj).state == state
        && ((ContributionPlan) obj).region == region
        && ((ContributionPlan) obj).unit == unit
        && ((ContributionPlan) obj).municipalities.equals(municipalities);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(state) * 31 + municipalities.hashCode();
  }

  /** @return the plan as the table a budget shows, in the plan's unit, never null */
  @Override
  public String toString() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Staten (Försäkringskassan)", n(state)});
    rows.add(new String[] {"Regionen", n(region)});
    rows.add(new String[] {"Kommunerna", n(municipalities.totalUnits())});
    for (String k : municipalities.keys()) {
      rows.add(new String[] {"  " + k, n(municipalities.units(k))});
    }
    rows.add(new String[] {"Summa medlemsavgifter", n(totalUnits())});
    return Tables.columns(List.of("Medlemsavgifter", unit.symbol()), rows);
  }

  private String n(long units) {
    return Amounts.number(Math.multiplyExact(units, unit.ore()), unit);
  }
}
