package dev.finsam.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer of a rule check (<i>granskningsresultat</i>): the {@link Finding}s in the order they
 * were found. Rule checks return this; they never throw for a broken rule.
 *
 * <p>For example, {@code ProtocolRules.standard().check(p).isClean()} tells whether a protocol met
 * every deadline; {@code errors()} lists what must be corrected.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Findings {

  private static final Findings NONE = new Findings(List.of());

  private final List<Finding> all;

  private Findings(List<Finding> all) {
    this.all = all;
  }

  /** @return findings with nothing in them, never null */
  public static Findings none() {
    return NONE;
  }

  /**
   * @param findings the findings, not null, no null elements
   * @return the findings in the given order, never null
   */
  public static Findings of(Collection<Finding> findings) {
    return findings.isEmpty() ? NONE : new Findings(List.copyOf(findings));
  }

  /**
   * @param findings the findings, not null
   * @return the findings in the given order, never null
   */
  public static Findings of(Finding... findings) {
    return of(List.of(findings));
  }

  /** @return a builder that collects findings, never null */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true if there is no ERROR and no WARNING (INFO findings may remain) */
  public boolean isClean() {
    return all.stream().allMatch(f -> f.severity() == Severity.INFO);
  }

  /** @return true if there is at least one ERROR */
  public boolean hasErrors() {
    return all.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** @return the ERRORs, never null */
  public List<Finding> errors() {
    return withSeverity(Severity.ERROR);
  }

  /** @return the WARNINGs, never null */
  public List<Finding> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /** @return the INFOs, never null */
  public List<Finding> infos() {
    return withSeverity(Severity.INFO);
  }

  /** @return every finding in order, never null */
  public List<Finding> all() {
    return all;
  }

  /**
   * @param code a stable code, not null
   * @return the findings with that code, never null
   */
  public List<Finding> withCode(String code) {
    requireNonNull(code, "code");
    return all.stream().filter(f -> f.code().equals(code)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param code a stable code, not null
   * @return true if a finding has that code
   */
  public boolean contains(String code) {
    return !withCode(code).isEmpty();
  }

  /**
   * Combines two answers: these findings, then the other's.
   *
   * @param other the other findings, not null
   * @return the combined findings, never null
   */
  public Findings plus(Findings other) {
    requireNonNull(other, "other");
    if (other.all.isEmpty()) {
      return this;
    }
    if (all.isEmpty()) {
      return other;
    }
    List<Finding> both = new ArrayList<>(all);
    both.addAll(other.all);
    return new Findings(List.copyOf(both));
  }

  private List<Finding> withSeverity(Severity severity) {
    return all.stream().filter(f -> f.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Findings && ((Findings) obj).all.equals(all);
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  /** @return one finding a line, or {@code "(inga iakttagelser)"} when there are none */
  @Override
  public String toString() {
    return all.isEmpty() ? "(inga iakttagelser)"
        : all.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }

  /** Collects findings; {@link #build()} gives the immutable {@link Findings}. */
  public static final class Builder {
    private final List<Finding> list = new ArrayList<>();

    private Builder() {}

    /**
     * @param finding the finding, not null
     * @return this builder
     */
    public Builder add(Finding finding) {
      list.add(requireNonNull(finding, "finding"));
      return this;
    }

    /**
     * @param findings findings to add, not null
     * @return this builder
     */
    public Builder addAll(Findings findings) {
      list.addAll(findings.all());
      return this;
    }

    /**
     * @param code the stable code
     * @param message the sentence
     * @return this builder
     */
    public Builder error(String code, String message) {
      return add(Finding.of(Severity.ERROR, code, message));
    }

    /**
     * @param code the stable code
     * @param message the sentence
     * @return this builder
     */
    public Builder warning(String code, String message) {
      return add(Finding.of(Severity.WARNING, code, message));
    }

    /**
     * @param code the stable code
     * @param message the sentence
     * @return this builder
     */
    public Builder info(String code, String message) {
      return add(Finding.of(Severity.INFO, code, message));
    }

    /** @return the findings so far, never null */
    public Findings build() {
      return Findings.of(list);
    }
  }
}
