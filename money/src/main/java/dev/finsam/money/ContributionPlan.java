package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.text.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

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
 * between the region and the municipalities (equal weights) to the region. The municipalities are
 * printed in the key's order; a tie between two of them goes by name (see {@link Allocator}), so
 * a key made from {@code Map.of} gives the same shares in every JVM.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContributionPlan {

  /** FinsamL 5 §: the state pays one half (2 of 4 parts), region and municipalities a quarter each. */
  private static final long[] STATE_REGION_MUNICIPALITIES = {2, 1, 1};
  /** The members answer to the state's allocation: the region and the municipalities half each. */
  private static final long[] REGION_MUNICIPALITIES = {1, 1};

  ContributionPlan() {}

  abstract long stateUnits();

  abstract long regionUnits();

  /** @return the municipalities' quarter and how it is split, never null */
  public abstract Allocation<String> municipalities();

  /** @return the unit of every share, never null */
  public abstract AmountUnit unit();

  @Value.Check
  void validate() {
    Checks.multiply(Checks.add(Checks.add(stateUnits(), regionUnits(), "total"),
        municipalities().totalUnits(), "total"), unit().ore(), "total");
  }

  /**
   * The plan when the state has announced its allocation S: the region pays S/2 and the
   * municipalities together S/2 (<i>medlemmarna svarar upp mot statens medel</i>).
   *
   * @param state the state's allocation, not null, a whole number of {@code unit}
   * @param key the municipalities' key, not null
   * @param unit the unit of every share, not null
   * @return the plan, never null
   * @throws IllegalArgumentException if the allocation is not a whole number of the unit, or the
   *     plan's total (2 S) does not fit in a 64-bit count of öre
   */
  public static ContributionPlan fromStateAllocation(MonetaryAmount state, MunicipalKey key,
      AmountUnit unit) {
    requireNonNull(state, "state");
    requireNonNull(key, "key");
    requireNonNull(unit, "unit");
    long s = Amounts.toUnits(state, unit, "state");
    long[] halves = LargestRemainder.split(s, REGION_MUNICIPALITIES, TieBreak.NONE).shares();
    return ImmutableContributionPlan.create(s, halves[0], municipal(halves[1], key, unit), unit);
  }

  /**
   * The plan for a total: the state one half, the region one quarter, the municipalities one
   * quarter.
   *
   * @param total the total of all contributions, not null, a whole number of {@code unit}
   * @param key the municipalities' key, not null
   * @param unit the unit of every share, not null
   * @return the plan, never null
   * @throws IllegalArgumentException if the total is not a whole number of the unit
   */
  public static ContributionPlan fromTotal(MonetaryAmount total, MunicipalKey key,
      AmountUnit unit) {
    requireNonNull(total, "total");
    requireNonNull(key, "key");
    requireNonNull(unit, "unit");
    long t = Amounts.toUnits(total, unit, "total");
    long[] parts = LargestRemainder.split(t, STATE_REGION_MUNICIPALITIES, TieBreak.NONE).shares();
    return ImmutableContributionPlan.create(parts[0], parts[1], municipal(parts[2], key, unit),
        unit);
  }

  private static Allocation<String> municipal(long units, MunicipalKey key, AmountUnit unit) {
    return Allocator.largestRemainder().allocate(Amounts.of(units, unit), key.weights(), unit);
  }

  /** @return the state's part (Försäkringskassan, Arbetsförmedlingen's included), never null */
  public MonetaryAmount state() {
    return Amounts.of(stateUnits(), unit());
  }

  /** @return the region's part, never null */
  public MonetaryAmount region() {
    return Amounts.of(regionUnits(), unit());
  }

  /**
   * @param name a municipality of the key, not null
   * @return its part, never null
   * @throws IllegalArgumentException if the municipality is not in the key
   */
  public MonetaryAmount municipality(String name) {
    return municipalities().get(name);
  }

  /** @return all contributions together, never null */
  public MonetaryAmount total() {
    return Amounts.of(totalUnits(), unit());
  }

  long totalUnits() {
    return stateUnits() + regionUnits() + municipalities().totalUnits(); // checked when made
  }

  /**
   * The plan as labelled amounts in the order a budget shows them: state, region, each
   * municipality, total.
   *
   * @return label to amount, never null
   */
  public Map<String, MonetaryAmount> toMap() {
    Map<String, MonetaryAmount> m = new LinkedHashMap<>();
    m.put("state", state());
    m.put("region", region());
    m.put("municipalities", municipalities().total());
    municipalities().shares().forEach((k, v) -> m.put("municipalities." + k, v));
    m.put("total", total());
    return m;
  }

  /** @return the plan as the table a budget shows, in the plan's unit, never null */
  @Override
  public String toString() {
    Allocation<String> m = municipalities();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Staten (Försäkringskassan)", n(stateUnits())});
    rows.add(new String[] {"Regionen", n(regionUnits())});
    rows.add(new String[] {"Kommunerna", n(m.totalUnits())});
    for (int i = 0; i < m.size(); i++) {
      rows.add(new String[] {"  " + m.keyAt(i), n(m.unitsAt(i))});
    }
    rows.add(new String[] {"Summa medlemsavgifter", n(totalUnits())});
    return Tables.columns(List.of("Medlemsavgifter", unit().symbol()), rows);
  }

  private String n(long units) {
    return Amounts.number(units * unit().ore(), unit()); // fits: the total was checked
  }
}
