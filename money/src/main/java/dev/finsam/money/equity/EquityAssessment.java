package dev.finsam.money.equity;

import dev.finsam.core.Findings;
import dev.finsam.core.Fraction;
import dev.finsam.money.Amounts;
import java.util.List;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * Equity assessed against the staircase (<i>bedömning mot trappan</i>): the ceiling, the status,
 * the headroom or the excess, and how the ceiling was computed. A result of
 * {@link EquityStaircase#assess}: callers cannot construct one.
 *
 * <p>For example, 2017: equity 4 142 tkr on contributions of 12 432 tkr is {@link
 * EquityStatus#ABOVE} a ceiling of 2 114,8 tkr, by 2 027,2 tkr.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EquityAssessment {

  EquityAssessment() {}

  static EquityAssessment of(long equity, long contributions, Fraction ceiling,
      EquityStatus status, EquityStaircase staircase, List<String> parts) {
    return ImmutableEquityAssessment.create(equity, contributions, ceiling, status, staircase,
        parts);
  }

  abstract long equityOre();

  abstract long contributionsOre();

  /** @return the exact ceiling in öre, never null */
  public abstract Fraction ceilingOre();

  /** @return BELOW, AT or ABOVE, never null */
  public abstract EquityStatus status();

  /** @return the staircase used, never null */
  public abstract EquityStaircase staircase();

  /** One line per bracket that contributed to the ceiling. */
  abstract List<String> parts();

  /** @return the ceiling, rounded down to a whole öre, never null */
  public MonetaryAmount ceiling() {
    return Amounts.ofOre(ceilingOre().floor().longValueExact());
  }

  /** @return the equity assessed, never null */
  public MonetaryAmount equity() {
    return Amounts.ofOre(equityOre());
  }

  /** @return the contributions the ceiling was computed on, never null */
  public MonetaryAmount contributions() {
    return Amounts.ofOre(contributionsOre());
  }

  /** @return how much equity may still grow before the ceiling (zero if at or above it) */
  public MonetaryAmount headroom() {
    Fraction h = ceilingOre().minus(Fraction.of(equityOre()));
    return Amounts.ofOre(h.signum() > 0 ? h.floor().longValueExact() : 0);
  }

  /** @return how much equity exceeds the ceiling (zero if not above it) */
  public MonetaryAmount excess() {
    Fraction x = Fraction.of(equityOre()).minus(ceilingOre());
    return Amounts.ofOre(x.signum() > 0 ? x.negated().floor().negate().longValueExact() : 0);
  }

  /**
   * @return one line per bracket that contributed to the ceiling, then the comparison; never null
   */
  public String explain() {
    StringBuilder sb = new StringBuilder("Trappan (" + staircase().mode().swedish()
        + ") på medlemsavgifter " + EquityStaircase.tkr(contributionsOre()) + ":\n");
    parts().forEach(p -> sb.append("  ").append(p).append('\n'));
    sb.append("Tak ").append(EquityStaircase.tkr(ceilingOre())).append("; eget kapital ")
        .append(EquityStaircase.tkr(equityOre())).append(": ").append(statusText()).append('.');
    return sb.toString();
  }

  private String statusText() {
    switch (status()) {
      case ABOVE:
        return "över trappan med " + EquityStaircase.tkr(Amounts.toOre(excess()));
      case BELOW:
        return "under trappan, utrymme " + EquityStaircase.tkr(Amounts.toOre(headroom()));
      default:
        return "i princip i nivå med trappan (inom ±" + EquityStaircase.percent(staircase().band())
            + " av taket)";
    }
  }

  /**
   * @return a WARNING {@code equity.above-trappa} when above, else an INFO
   *     ({@code equity.at-trappa} or {@code equity.below-trappa}); never null
   */
  public Findings toFindings() {
    String text = "Eget kapital " + EquityStaircase.tkr(equityOre()) + " mot trappans tak "
        + EquityStaircase.tkr(ceilingOre()) + ": " + statusText() + ".";
    switch (status()) {
      case ABOVE:
        return Findings.builder().warning("equity.above-trappa", text).build();
      case BELOW:
        return Findings.builder().info("equity.below-trappa", text).build();
      default:
        return Findings.builder().info("equity.at-trappa", text).build();
    }
  }

  /** @return the status and the explanation, never null */
  @Override
  public String toString() {
    return status() + ": " + explain();
  }
}
