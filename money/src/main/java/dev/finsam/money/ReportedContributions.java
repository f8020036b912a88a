package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The contributions as a budget or an annual report states them (<i>redovisade
 * medlemsavgifter</i>), to be checked against a {@link ContributionPlan}.
 *
 * <p>For example, the 2016 column of Not 1 in Umeåregionen's annual report 2017:
 * {@code ReportedContributions.of(Amounts.sek(6_214_932), Amounts.sek(3_107_500), Map.of("Umeå",
 * Amounts.sek(2_694_202), ...))}. Two reports are equal when they give every member the same
 * amount, whatever the order of the municipalities.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportedContributions {

  ReportedContributions() {}

  abstract long stateOre();

  abstract long regionOre();

  /** Each municipality's amount in öre, in the report's order. */
  abstract Map<String, Long> municipalOre();

  @Value.Check
  void validate() {
    long municipal = 0;
    for (Map.Entry<String, Long> e : municipalOre().entrySet()) {
      Checks.checkNotBlank(e.getKey(), "municipality name");
      municipal = Checks.add(municipal, e.getValue(), "the municipalities' sum");
    }
    Checks.add(Checks.add(stateOre(), regionOre(), "total"), municipal, "total");
  }

  /**
   * @param state what the state (Försäkringskassan) paid, in SEK, not null
   * @param region what the region paid, not null
   * @param municipalities what each municipality paid, in the report's order, not null
   * @return the reported contributions, never null
   * @throws IllegalArgumentException if an amount is not in SEK or has fractions of an öre, a name
   *     is blank, or the total does not fit in a 64-bit count of öre
   */
  public static ReportedContributions of(MonetaryAmount state, MonetaryAmount region,
      Map<String, MonetaryAmount> municipalities) {
    requireNonNull(state, "state");
    requireNonNull(region, "region");
    requireNonNull(municipalities, "municipalities");
    Map<String, Long> m = new LinkedHashMap<>();
    municipalities.forEach((k, v) -> m.put(requireNonNull(k, "municipality name"),
        Amounts.toOre(requireNonNull(v, "municipalities[" + k + "]"), "municipalities[" + k + "]")));
    return ImmutableReportedContributions.create(Amounts.toOre(state, "state"),
        Amounts.toOre(region, "region"), m);
  }

  /** @return the state's amount, never null */
  public MonetaryAmount state() {
    return Amounts.ofOre(stateOre());
  }

  /** @return the region's amount, never null */
  public MonetaryAmount region() {
    return Amounts.ofOre(regionOre());
  }

  /** @return each municipality's amount in the report's order, never null */
  public Map<String, MonetaryAmount> municipalities() {
    Map<String, MonetaryAmount> m = new LinkedHashMap<>();
    municipalOre().forEach((k, v) -> m.put(k, Amounts.ofOre(v)));
    return Collections.unmodifiableMap(m);
  }

  /** @return the sum of all amounts, never null */
  public MonetaryAmount total() {
    return Amounts.ofOre(stateOre() + regionOre() + municipalSumOre()); // checked when made
  }

  long municipalSumOre() {
    long sum = 0;
    for (long v : municipalOre().values()) {
      sum += v; // fits: the total was checked when the report was made
    }
    return sum;
  }

  /** @return e.g. {@code "staten 6 216 000 kr, regionen 3 108 000 kr, Umeå 2 587 871 kr, …"} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("staten ").append(Amounts.formatOre(stateOre(),
        AmountUnit.KRONA)).append(", regionen ").append(Amounts.formatOre(regionOre(),
        AmountUnit.KRONA));
    municipalOre().forEach((k, v) -> sb.append(", ").append(k).append(' ')
        .append(Amounts.formatOre(v, AmountUnit.KRONA)));
    return sb.toString();
  }
}
