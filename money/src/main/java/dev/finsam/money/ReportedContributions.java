package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * The contributions as a budget or an annual report states them (<i>redovisade
 * medlemsavgifter</i>), to be checked against a {@link ContributionPlan}.
 *
 * <p>For example, the 2016 column of Not 1 in Umeåregionen's annual report 2017:
 * {@code ReportedContributions.of(Amounts.sek(6_214_932), Amounts.sek(3_107_500), Map.of("Umeå",
 * Amounts.sek(2_694_202), ...))}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportedContributions {

  private final long state;
  private final long region;
  private final Map<String, Long> municipalities;

  private ReportedContributions(long state, long region, Map<String, Long> municipalities) {
    this.state = state;
    this.region = region;
    this.municipalities = municipalities;
  }

  /**
   * @param state what the state (Försäkringskassan) paid, in SEK, not null
   * @param region what the region paid, not null
   * @param municipalities what each municipality paid, in the report's order, not null
   * @return the reported contributions, never null
   * @throws IllegalArgumentException if an amount is not in SEK or has fractions of an öre
   */
  public static ReportedContributions of(MonetaryAmount state, MonetaryAmount region,
      Map<String, MonetaryAmount> municipalities) {
    requireNonNull(municipalities, "municipalities");
    Map<String, Long> m = new LinkedHashMap<>();
    municipalities.forEach((k, v) -> m.put(requireNonNull(k, "municipality name"),
        Amounts.toOre(v, "municipalities[" + k + "]")));
    return new ReportedContributions(Amounts.toOre(state, "state"),
        Amounts.toOre(region, "region"), Collections.unmodifiableMap(m));
  }

  /** @return the state's amount, never null */
  public MonetaryAmount state() {
    return Amounts.ofOre(state);
  }

  /** @return the region's amount, never null */
  public MonetaryAmount region() {
    return Amounts.ofOre(region);
  }

  /** @return each municipality's amount in the report's order, never null */
  public Map<String, MonetaryAmount> municipalities() {
    Map<String, MonetaryAmount> m = new LinkedHashMap<>();
    municipalities.forEach((k, v) -> m.put(k, Amounts.ofOre(v)));
    return Collections.unmodifiableMap(m);
  }

  /** @return the sum of all amounts, never null */
  public MonetaryAmount total() {
    return Amounts.ofOre(state + region + municipalSumOre());
  }

  long stateOre() {
    return state;
  }

  long regionOre() {
    return region;
  }

  Map<String, Long> municipalOre() {
    return municipalities;
  }

  long municipalSumOre() {
    return municipalities.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportedContributions && ((ReportedContributions) obj).state == state
        && ((ReportedContributions) obj).region == region
        && ((ReportedContributions) obj).municipalities.equals(municipalities);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(state) + 31 * municipalities.hashCode();
  }

  @Override
  public String toString() {
    return "state=" + Amounts.format(state()) + ", region=" + Amounts.format(region())
        + ", municipalities=" + municipalities();
  }
}
