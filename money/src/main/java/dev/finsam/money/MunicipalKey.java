package dev.finsam.money;

import static java.util.Objects.requireNonNull;

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
 * <p>This class is immutable and thread-safe.
 */
public final class MunicipalKey {

  /** What the weights of a key count (<i>grund för nyckeln</i>). */
  public enum Basis {
    /** Population aged 16–64 (<i>befolkning i arbetsför ålder</i>). */
    WORKING_AGE_POPULATION,
    /** Total population (<i>folkmängd</i>). */
    TOTAL_POPULATION,
    /** Fixed percentages from the förbundsordning, in hundredths of a percent. */
    FIXED_PERCENTAGES,
    /** Equal parts (<i>lika delar</i>). */
    EQUAL_PARTS,
    /** Any other weights, e.g. last year's amounts. */
    WEIGHTS
  }

  private final Map<String, Long> weights;
  private final Basis basis;

  private MunicipalKey(Map<String, Long> weights, Basis basis) {
    requireNonNull(weights, "weights");
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("weights ({}) must name at least one municipality");
    }
    Map<String, Long> copy = new LinkedHashMap<>();
    long sum = 0;
    for (Map.Entry<String, Long> e : weights.entrySet()) {
      String name = requireNonNull(e.getKey(), "municipality name");
      Long w = requireNonNull(e.getValue(), "weight of " + name);
      if (name.isBlank()) {
        throw new IllegalArgumentException("municipality name (\"" + name + "\") must not be blank");
      }
      if (w < 0) {
        throw new IllegalArgumentException("weight of " + name + " (" + w + ") must be >= 0");
      }
      sum = Math.addExact(sum, w);
      copy.put(name, w);
    }
    if (sum == 0) {
      throw new IllegalArgumentException("weights (" + weights + ") must not all be zero");
    }
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
    Map<String, Long> w = new LinkedHashMap<>();
    for (String m : municipalities) {
      if (w.put(m, 1L) != null) {
        throw new IllegalArgumentException("municipalities (" + municipalities
            + ") must name each municipality once; " + m + " is repeated");
      }
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
    Map<String, Long> w = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : percent.entrySet()) {
      BigDecimal p = requireNonNull(e.getValue(), "percentage of " + e.getKey());
      sum = sum.add(p);
      try {
        w.put(e.getKey(), p.movePointRight(2).longValueExact());
      } catch (ArithmeticException ex) {
        throw new IllegalArgumentException("percentage of " + e.getKey() + " (" + p
            + ") must have at most two decimals", ex);
      }
    }
    if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      throw new IllegalArgumentException(
          "percentages (" + percent + ") must add up to 100, not " + sum.toPlainString());
    }
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

  @Override
  public String toString() {
    return basis + " " + weights;
  }
}
