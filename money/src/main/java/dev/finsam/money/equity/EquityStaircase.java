package dev.finsam.money.equity;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import dev.finsam.money.AmountUnit;
import dev.finsam.money.Amounts;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;

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
public final class EquityStaircase {

  /** How the brackets' rates combine (<i>beräkningssätt</i>). */
  public enum Mode {
    /** Each bracket's rate applies to the part of the contributions inside it. */
    MARGINAL,
    /** The rate of the bracket the contributions fall in applies to all of them. */
    FLAT
  }

  /**
   * One step of the staircase: from {@code from} (exclusive, except the first bracket at 0) up to
   * the next bracket, at {@code rate}.
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
      if (Amounts.toOre(from) < 0) {
        throw new IllegalArgumentException("from (" + Amounts.format(from) + ") must be >= 0");
      }
      if (rate.signum() < 0 || rate.compareTo(Fraction.ONE) > 0) {
        throw new IllegalArgumentException("rate (" + rate + ") must be between 0 and 1");
      }
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

  private static final EquityStaircase PROVISIONAL = new EquityStaircase(Mode.MARGINAL,
      List.of(Bracket.ofTkr(0, 20), Bracket.ofTkr(5_000, 15), Bracket.ofTkr(15_000, 10)),
      Fraction.of(5, 100));

  private final Mode mode;
  private final List<Bracket> brackets;
  private final Fraction band;

  private EquityStaircase(Mode mode, List<Bracket> brackets, Fraction band) {
    this.mode = mode;
    this.brackets = brackets;
    this.band = band;
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
    return new EquityStaircase(Mode.MARGINAL, validated(brackets), PROVISIONAL.band);
  }

  /**
   * @param brackets the brackets, the first from 0, lower bounds strictly increasing
   * @return a flat staircase with the default band (±5 %), never null
   * @throws IllegalArgumentException as {@link #marginal}
   */
  public static EquityStaircase flat(List<Bracket> brackets) {
    return new EquityStaircase(Mode.FLAT, validated(brackets), PROVISIONAL.band);
  }

  private static List<Bracket> validated(List<Bracket> brackets) {
    requireNonNull(brackets, "brackets");
    if (brackets.isEmpty()) {
      throw new IllegalArgumentException("brackets ([]) must not be empty");
    }
    if (Amounts.toOre(brackets.get(0).from()) != 0) {
      throw new IllegalArgumentException("brackets (first from "
          + Amounts.format(brackets.get(0).from()) + ") must start at 0");
    }
    for (int i = 1; i < brackets.size(); i++) {
      if (Amounts.toOre(brackets.get(i).from()) <= Amounts.toOre(brackets.get(i - 1).from())) {
        throw new IllegalArgumentException("brackets (" + (i + 1) + ": from "
            + Amounts.format(brackets.get(i).from()) + ") must have increasing lower bounds");
      }
    }
    return List.copyOf(brackets);
  }

  /**
   * @param band the "in principle" band as a share of the ceiling, 0 to 1, not null
   * @return a staircase with that band, never null
   */
  public EquityStaircase withBand(Fraction band) {
    requireNonNull(band, "band");
    if (band.signum() < 0 || band.compareTo(Fraction.ONE) > 0) {
      throw new IllegalArgumentException("band (" + band + ") must be between 0 and 1");
    }
    return new EquityStaircase(mode, brackets, band);
  }

  /** @return MARGINAL or FLAT, never null */
  public Mode mode() {
    return mode;
  }

  /** @return the brackets in order, never null */
  public List<Bracket> brackets() {
    return brackets;
  }

  /** @return the band as a share of the ceiling, never null */
  public Fraction band() {
    return band;
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
    long e = Amounts.toOre(requireNonNull(equity, "equity"));
    long c = nonNegative(contributions, "contributions");
    List<Part> parts = parts(c);
    Fraction ceiling = Fraction.ZERO;
    for (Part p : parts) {
      ceiling = ceiling.plus(p.amount);
    }
    Fraction diff = Fraction.of(e).minus(ceiling);
    Fraction tolerance = ceiling.times(band);
    EquityStatus status = diff.compareTo(tolerance) > 0 ? EquityStatus.ABOVE
        : diff.negated().compareTo(tolerance) > 0 ? EquityStatus.BELOW : EquityStatus.AT;
    List<String> lines = new ArrayList<>();
    for (Part p : parts) {
      lines.add(p.text);
    }
    return new EquityAssessment(e, c, ceiling, status, this, lines);
  }

  private static long nonNegative(MonetaryAmount amount, String field) {
    long v = Amounts.toOre(requireNonNull(amount, field));
    if (v < 0) {
      throw new IllegalArgumentException(field + " (" + Amounts.format(amount)
          + ") must not be negative");
    }
    return v;
  }

  /** One bracket's part of the ceiling and a line explaining it. */
  private record Part(Fraction amount, String text) {}

  private List<Part> parts(long contributions) {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < brackets.size(); i++) {
      long from = Amounts.toOre(brackets.get(i).from());
      long to = i + 1 < brackets.size() ? Amounts.toOre(brackets.get(i + 1).from()) : Long.MAX_VALUE;
      Fraction rate = brackets.get(i).rate();
      if (mode == Mode.MARGINAL) {
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

  static String tkr(Fraction ore) {
    if (ore.denominator().equals(BigInteger.ONE)) {
      return tkr(ore.numerator().longValueExact());
    }
    return ore.toBigDecimal(2, java.math.RoundingMode.DOWN).movePointLeft(5)
        .stripTrailingZeros().toPlainString().replace('.', ',') + "\u00A0tkr (avrundat nedåt)";
  }

  static String percent(Fraction rate) {
    return rate.toPercent(java.math.RoundingMode.HALF_UP, 2).stripTrailingZeros().toPlainString()
        .replace('.', ',') + "\u00A0%";
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(mode.name()).append(" [");
    for (int i = 0; i < brackets.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(percent(brackets.get(i).rate())).append(" från ")
          .append(tkr(Amounts.toOre(brackets.get(i).from())));
    }
    return sb.append("], band ±").append(percent(band)).toString();
  }
}
