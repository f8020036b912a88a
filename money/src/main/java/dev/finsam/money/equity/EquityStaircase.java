package dev.finsam.money.equity;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import dev.finsam.money.AmountUnit;
import dev.finsam.money.Amounts;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The equity ceiling as a staircase over the year's contributions (<i>trappan</i>), from Nationella
 * rådet's recommendation of 2013-10-02: brackets of contributions, each with a rate, applied
 * marginally (like tax brackets) or flat (the rate of the bracket the contributions fall in), and an
 * "in principle" band around the ceiling.
 *
 * <p>For example, {@code EquityStaircase.provisionalDefault().assess(Amounts.tkr(2_050),
 * Amounts.tkr(11_450))} has ceiling 1 967,5 tkr and status {@link EquityStatus#AT}.
 *
 * <p><b>The official bracket values could not be confirmed from a public source.</b>
 * {@link #provisionalDefault()} is consistent with the association's own statements but is
 * provisional; replace it with {@link #marginal} or {@link #flat} from the real values.
 *
 * <p>Bounds: each bracket runs from its lower bound (exclusive) up to the next bracket's lower
 * bound (inclusive), so "20 % of the first 5 000 tkr" covers exactly 5 000 tkr. In MARGINAL mode
 * the choice does not change any ceiling; in FLAT mode 5 000 tkr takes the lower bracket's rate.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EquityStaircase {

  /** How the brackets' rates combine (<i>beräkningssätt</i>). */
  public enum Mode {
    /** Each bracket's rate applies to the part of the contributions inside it. */
    MARGINAL("marginell"),
    /** The rate of the bracket the contributions fall in applies to all of them. */
    FLAT("platt");

    private final String swedish;

    Mode(String swedish) {
      this.swedish = swedish;
    }

    /** The mode's Swedish name, e.g. "marginell". */
    String swedish() {
      return swedish;
    }
  }

  /**
   * One step of the staircase (<i>trappsteg</i>): from {@code from} (exclusive, except the first
   * bracket at 0) up to the next bracket, at {@code rate}.
   *
   * @param from the lower bound, in SEK, not negative
   * @param rate the rate, 0 to 1
   */
  public record Bracket(MonetaryAmount from, Fraction rate) {
    /**
     * Validates the components.
     *
     * @param from the lower bound, in SEK, not negative
     * @param rate the rate, 0 to 1
     * @throws IllegalArgumentException if the bound is negative or the rate outside 0..1
     */
    public Bracket {
      requireNonNull(from, "from");
      requireNonNull(rate, "rate");
      Checks.checkArgument(Amounts.toOre(from, "from") >= 0, "from (%s) must be >= 0",
          Amounts.format(from));
      checkShare(rate, "rate");
    }

    /**
     * @param fromTkr the lower bound in tkr
     * @param percent the rate in whole percent
     * @return the bracket, never null
     */
    public static Bracket ofTkr(long fromTkr, int percent) {
      return new Bracket(Amounts.tkr(fromTkr), Fraction.of(percent, 100));
    }
  }

  /**
   * The provisional default brackets: 20 % of the first 5 000 tkr, 15 % from 5 000 to 15 000 tkr,
   * 10 % above. Not Nationella rådet's confirmed values (its recommendation of 2013-10-02 could not
   * be found in a public source); chosen to agree with Umeåregionen's statements on its 2019 budget
   * (DOMAIN.md §3).
   */
  static final List<Bracket> PROVISIONAL_BRACKETS = List.of(Bracket.ofTkr(0, 20),
      Bracket.ofTkr(5_000, 15), Bracket.ofTkr(15_000, 10));
  /**
   * The default "in principle" band, ±5 % of the ceiling: the 2019 budget calls 2 050 tkr against
   * a ceiling of 1 967,5 tkr "in principle what the trappa recommends" (DOMAIN.md §3, API.md).
   */
  static final Fraction DEFAULT_BAND = Fraction.of(5, 100);

  private static final EquityStaircase PROVISIONAL =
      ImmutableEquityStaircase.create(Mode.MARGINAL, PROVISIONAL_BRACKETS, DEFAULT_BAND);

  EquityStaircase() {}

  /** @return MARGINAL or FLAT, never null */
  public abstract Mode mode();

  /** @return the brackets in order, never null */
  public abstract List<Bracket> brackets();

  /** @return the band as a share of the ceiling, never null */
  public abstract Fraction band();

  @Value.Check
  void validate() {
    List<Bracket> b = brackets();
    Checks.checkArgument(!b.isEmpty(), "brackets ([]) must not be empty");
    Checks.checkArgument(Amounts.toOre(b.get(0).from()) == 0,
        "brackets (first from %s) must start at 0", Amounts.format(b.get(0).from()));
    for (int i = 1; i < b.size(); i++) {
      Checks.checkArgument(Amounts.toOre(b.get(i).from()) > Amounts.toOre(b.get(i - 1).from()),
          "brackets (%s: from %s) must have increasing lower bounds", i + 1,
          Amounts.format(b.get(i).from()));
    }
    checkShare(band(), "band");
  }

  private static void checkShare(Fraction share, String name) {
    Checks.checkArgument(share.signum() >= 0 && share.compareTo(Fraction.ONE) <= 0,
        "%s (%s) must be between 0 and 1", name, share);
  }

  /**
   * The provisional default: MARGINAL, 20 % of the first 5 000 tkr, 15 % from 5 000 to 15 000 tkr,
   * 10 % above 15 000 tkr; band ±5 % of the ceiling. <b>Provisional</b>: see the class comment.
   *
   * @return the staircase, never null
   */
  public static EquityStaircase provisionalDefault() {
    return PROVISIONAL;
  }

  /**
   * @param brackets the brackets, the first from 0, lower bounds strictly increasing
   * @return a marginal staircase with the default band (±5 %), never null
   * @throws IllegalArgumentException if the brackets are empty, do not start at 0 or are unordered
   */
  public static EquityStaircase marginal(List<Bracket> brackets) {
    return ImmutableEquityStaircase.create(Mode.MARGINAL, requireNonNull(brackets, "brackets"),
        DEFAULT_BAND);
  }

  /**
   * @param brackets the brackets, the first from 0, lower bounds strictly increasing
   * @return a flat staircase with the default band (±5 %), never null
   * @throws IllegalArgumentException as {@link #marginal}
   */
  public static EquityStaircase flat(List<Bracket> brackets) {
    return ImmutableEquityStaircase.create(Mode.FLAT, requireNonNull(brackets, "brackets"),
        DEFAULT_BAND);
  }

  /**
   * @param band the "in principle" band as a share of the ceiling, 0 to 1, not null
   * @return a staircase with that band, never null
   */
  public EquityStaircase withBand(Fraction band) {
    return ImmutableEquityStaircase.create(mode(), brackets(), requireNonNull(band, "band"));
  }

  /**
   * The exact ceiling for a year's contributions, in öre.
   *
   * @param contributions the year's contributions, not negative, not null
   * @return the ceiling in öre, exact, never null
   */
  public Fraction ceilingOre(MonetaryAmount contributions) {
    long c = nonNegative(contributions, "contributions");
    Fraction total = Fraction.ZERO;
    for (Part p : parts(c)) {
      total = total.plus(p.amount);
    }
    return total;
  }

  /**
   * The ceiling for a year's contributions, rounded down to a whole öre (the exact value is
   * {@link #ceilingOre}).
   *
   * @param contributions the year's contributions, not negative, not null
   * @return the ceiling, never null
   */
  public MonetaryAmount ceiling(MonetaryAmount contributions) {
    return Amounts.ofOre(ceilingOre(contributions).floor().longValueExact());
  }

  /**
   * Assesses equity against the ceiling.
   *
   * @param equity the equity (<i>eget kapital</i>), not null; may be negative
   * @param contributions the year's contributions, not negative, not null
   * @return the assessment, never null
   */
  public EquityAssessment assess(MonetaryAmount equity, MonetaryAmount contributions) {
    requireNonNull(equity, "equity");
    requireNonNull(contributions, "contributions");
    long e = Amounts.toOre(equity, "equity");
    long c = nonNegative(contributions, "contributions");
    List<Part> parts = parts(c);
    Fraction ceiling = Fraction.ZERO;
    for (Part p : parts) {
      ceiling = ceiling.plus(p.amount);
    }
    Fraction diff = Fraction.of(e).minus(ceiling);
    // headroom and excess are amounts: an assessment whose distance to the ceiling is no amount
    // is rejected here, so that its accessors never throw
    Checks.checkArgument(diff.floor().bitLength() < Long.SIZE
        && diff.negated().floor().bitLength() < Long.SIZE,
        "equity (%s) is too far from the ceiling (%s) for a 64-bit count of öre",
        Amounts.format(equity), tkr(ceiling));
    Fraction tolerance = ceiling.times(band());
    EquityStatus status = diff.compareTo(tolerance) > 0 ? EquityStatus.ABOVE
        : diff.negated().compareTo(tolerance) > 0 ? EquityStatus.BELOW : EquityStatus.AT;
    List<String> lines = new ArrayList<>();
    for (Part p : parts) {
      lines.add(p.text);
    }
    return EquityAssessment.of(e, c, ceiling, status, this, lines);
  }

  private static long nonNegative(MonetaryAmount amount, String field) {
    long v = Amounts.toOre(requireNonNull(amount, field), field);
    Checks.checkArgument(v >= 0, "%s (%s) must not be negative", field, Amounts.format(amount));
    return v;
  }

  /** One bracket's part of the ceiling and a line explaining it. */
  private record Part(Fraction amount, String text) {}

  private List<Part> parts(long contributions) {
    List<Bracket> brackets = brackets();
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < brackets.size(); i++) {
      long from = Amounts.toOre(brackets.get(i).from());
      long to = i + 1 < brackets.size() ? Amounts.toOre(brackets.get(i + 1).from()) : Long.MAX_VALUE;
      Fraction rate = brackets.get(i).rate();
      if (mode() == Mode.MARGINAL) {
        if (contributions <= from) {
          break;
        }
        long inside = Math.min(contributions, to) - from;
        Fraction amount = rate.times(inside);
        parts.add(new Part(amount, percent(rate) + " av " + tkr(inside) + " (" + tkr(from)
            + (to == Long.MAX_VALUE ? " och uppåt" : "\u2013" + tkr(to)) + ") = "
            + tkr(amount)));
      } else if ((contributions > from || (i == 0 && contributions == 0))
          && contributions <= to) {
        Fraction amount = rate.times(contributions);
        parts.add(new Part(amount, percent(rate) + " av hela " + tkr(contributions)
            + " (intervallet " + tkr(from) + (to == Long.MAX_VALUE ? " och uppåt"
                : "\u2013" + tkr(to)) + ") = " + tkr(amount)));
      }
    }
    return parts;
  }

  static String tkr(long ore) {
    return Amounts.format(Amounts.ofOre(ore), AmountUnit.TKR);
  }

  /**
   * An exact amount of öre in tkr: exactly if it is whole öre, else rounded down to hundredths of
   * a tkr (10 kr) and marked so, e.g. {@code "1 101,85 tkr (avrundat nedåt)"}.
   */
  static String tkr(Fraction ore) {
    if (ore.denominator().equals(BigInteger.ONE)) {
      return tkr(ore.numerator().longValueExact());
    }
    long step = AmountUnit.TKR.ore() / 100;
    BigInteger down = ore.dividedBy(Fraction.of(step)).floor().multiply(BigInteger.valueOf(step));
    return tkr(down.longValueExact()) + " (avrundat nedåt)";
  }

  /** A rate as a percentage, exact to two decimals, e.g. {@code "15 %"} or {@code "12,5 %"}. */
  static String percent(Fraction rate) {
    return Swedish.percent(rate.toPercent(RoundingMode.HALF_UP, 2).stripTrailingZeros());
  }

  /** @return e.g. {@code "MARGINAL [20 % från 0 tkr, 15 % från 5 000 tkr, …], band ±5 %"} */
  @Override
  public String toString() {
    List<Bracket> brackets = brackets();
    StringBuilder sb = new StringBuilder(mode().swedish()).append(" [");
    for (int i = 0; i < brackets.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(percent(brackets.get(i).rate())).append(" från ")
          .append(tkr(Amounts.toOre(brackets.get(i).from())));
    }
    return sb.append("], band ±").append(percent(band())).toString();
  }
}
