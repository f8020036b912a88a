package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the municipalities split their quarter (<i>fördelningsnyckel mellan kommunerna</i>), as the
 * association's <i>förbundsordning</i> sets it: weights per municipality, in a fixed order.
 *
 * <p>For example, Umeåregionen weighs each municipality by its population of working age
 * (16–64): {@code MunicipalKey.ofWorkingAgePopulation(Map.of(...))}. Other associations use total
 * population, equal parts or fixed percentages.
 *
 * <p>The key keeps the order of the map it is given: allocations and plans list and print the
 * municipalities in that order, and two keys are equal only with the same weights in the same
 * order. The shares do not depend on it: a tie between two municipalities goes by name (see
 * {@link Allocator}), so a key made from {@code Map.of}, which has no defined order, gives the same
 * shares in every JVM. Pass an insertion-ordered map ({@code LinkedHashMap}) for a fixed printing
 * order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MunicipalKey {

  /** What the weights of a key count (<i>grund för nyckeln</i>). */
  public enum Basis {
    /** Population aged 16–64 (<i>befolkning i arbetsför ålder</i>). */
    WORKING_AGE_POPULATION("befolkning 16–64"),
    /** Total population (<i>folkmängd</i>). */
    TOTAL_POPULATION("folkmängd"),
    /** Fixed percentages from the förbundsordning, in hundredths of a percent. */
    FIXED_PERCENTAGES("fasta andelar i hundradels procent"),
    /** Equal parts (<i>lika delar</i>). */
    EQUAL_PARTS("lika delar"),
    /** Any other weights, e.g. last year's amounts. */
    WEIGHTS("vikter");

    private final String swedish;

    Basis(String swedish) {
      this.swedish = swedish;
    }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** 100 % in hundredths of a percent, the unit of fixed percentages' weights. */
  private static final long HUNDREDTHS = 10_000;

  private final Map<String, Long> weights;
  private final Basis basis;

  private MunicipalKey(Map<String, Long> weights, Basis basis) {
    requireNonNull(weights, "weights");
    Checks.checkArgument(!weights.isEmpty(), "weights ({}) must name at least one municipality");
    Map<String, Long> copy = new LinkedHashMap<>();
    boolean anyPositive = false;
    for (Map.Entry<String, Long> e : weights.entrySet()) {
      String name = Checks.checkNotBlank(e.getKey(), "municipality name");
      long w = requireNonNull(e.getValue(), "weight of " + name);
      Checks.checkNotNegative(w, "weight of " + name);
      anyPositive |= w > 0;
      copy.put(name, w);
    }
    Checks.checkArgument(anyPositive, "weights (%s) must not all be zero", weights);
    this.weights = Collections.unmodifiableMap(copy);
    this.basis = basis;
  }

  /**
   * A key of any weights, in the map's order.
   *
   * @param weights weight per municipality, non-negative, not all zero, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the weights are empty, negative or all zero
   */
  public static MunicipalKey of(Map<String, Long> weights) {
    return new MunicipalKey(weights, Basis.WEIGHTS);
  }

  /**
   * @param population population aged 16–64 per municipality, not null
   * @return the key, never null
   */
  public static MunicipalKey ofWorkingAgePopulation(Map<String, Long> population) {
    return new MunicipalKey(population, Basis.WORKING_AGE_POPULATION);
  }

  /**
   * @param population total population per municipality, not null
   * @return the key, never null
   */
  public static MunicipalKey ofTotalPopulation(Map<String, Long> population) {
    return new MunicipalKey(population, Basis.TOTAL_POPULATION);
  }

  /**
   * @param municipalities the municipalities, each once, not null
   * @return a key giving each an equal part, never null
   */
  public static MunicipalKey ofEqualParts(List<String> municipalities) {
    requireNonNull(municipalities, "municipalities");
    Map<String, Long> w = new LinkedHashMap<>();
    for (String m : municipalities) {
      Checks.checkArgument(w.put(requireNonNull(m, "municipality name"), 1L) == null,
          "municipalities (%s) must name each municipality once; %s is repeated", municipalities,
          m);
    }
    return new MunicipalKey(w, Basis.EQUAL_PARTS);
  }

  /**
   * @param percent percentage per municipality with at most two decimals, adding up to 100,
   *     not null
   * @return the key, never null
   * @throws IllegalArgumentException if the percentages do not add up to exactly 100
   */
  public static MunicipalKey ofPercentages(Map<String, BigDecimal> percent) {
    requireNonNull(percent, "percent");
    Map<String, Long> w = new LinkedHashMap<>();
    long sum = 0;
    for (Map.Entry<String, BigDecimal> e : percent.entrySet()) {
      String name = requireNonNull(e.getKey(), "municipality name");
      BigDecimal p = requireNonNull(e.getValue(), "percentage of " + name);
      // hundredths of a percent; the bounds are checked before the number is scaled
      boolean ok = p.signum() >= 0 && p.compareTo(HUNDRED) <= 0
          && (p.scale() <= 2 || p.stripTrailingZeros().scale() <= 2);
      Checks.checkArgument(ok, "percentage of %s (%s) must be 0 to 100 with at most two decimals",
          name, p);
      long hundredths = p.movePointRight(2).longValueExact();
      sum += hundredths;
      w.put(name, hundredths);
    }
    Checks.checkArgument(sum == HUNDREDTHS, "percentages (%s) must add up to 100, not %s",
        percent, Swedish.decimal(BigDecimal.valueOf(sum, 2).stripTrailingZeros()));
    return new MunicipalKey(w, Basis.FIXED_PERCENTAGES);
  }

  /** @return the weights in order, never null */
  public Map<String, Long> weights() {
    return weights;
  }

  /** @return what the weights count, never null */
  public Basis basis() {
    return basis;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MunicipalKey && ((MunicipalKey) obj).basis == basis
        && List.copyOf(((MunicipalKey) obj).weights.entrySet())
            .equals(List.copyOf(weights.entrySet()));
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  /** @return e.g. {@code "fördelningsnyckel (befolkning 16–64): Umeå 93 000, Vännäs 5 300"} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("fördelningsnyckel (").append(basis.swedish).append(")");
    String sep = ": ";
    for (Map.Entry<String, Long> e : weights.entrySet()) {
      sb.append(sep).append(e.getKey()).append(' ').append(Swedish.integer(e.getValue()));
      sep = ", ";
    }
    return sb.toString();
  }
}
