package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.text.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The arithmetic behind an {@link OutcomeTable}'s shares, percentages and sums. */
final class Shares {

  private Shares() {}

  /** The categories once each, in the order given; each must be in the table's scheme. */
  static List<OutcomeCategory> distinct(OutcomeTable t, OutcomeCategory... cats) {
    requireNonNull(cats, "categories");
    List<OutcomeCategory> l = new ArrayList<>();
    for (OutcomeCategory c : cats) {
      requireInScheme(t, c);
      if (!l.contains(c)) {
        l.add(c);
      }
    }
    return l;
  }

  static void requireInScheme(OutcomeTable t, OutcomeCategory c) {
    requireNonNull(c, "category");
    Checks.checkArgument(t.scheme().categories().contains(c),
        "category (%s) is not in scheme %s %s", c, t.scheme(), t.scheme().categories());
  }

  /** The count of the categories, in total (sex null) or of one sex. */
  static long total(OutcomeTable t, Sex sex, OutcomeCategory... cats) {
    long n = 0;
    for (OutcomeCategory c : distinct(t, cats)) {
      n += sex == null ? t.count(c).total() : t.count(c).get(sex);
    }
    return n;
  }

  /** 10⁰ to 10⁶: enough for {@link TableCheck#MAX_PERCENT_DECIMALS}. */
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /**
   * {@code part / whole} as a percentage rounded half up at {@code scale} decimals: the same as
   * {@code Fraction.of(part, whole).toPercent(RoundingMode.HALF_UP, scale)}, in long arithmetic,
   * for checking printed percentages against counts.
   *
   * @param part a count, at least 0 and at most {@link Integer#MAX_VALUE}
   * @param whole a count, above 0
   * @param scale 0 to {@link TableCheck#MAX_PERCENT_DECIMALS}
   */
  static BigDecimal percentHalfUp(long part, long whole, int scale) {
    if (part < 0 || part > Integer.MAX_VALUE || whole <= 0) {
      throw new IllegalArgumentException("part (" + part + ") must be a count and whole ("
          + whole + ") above 0");
    }
    long scaled = part * 100 * POWERS_OF_TEN[scale]; // at most about 2.1 × 10¹⁷
    long quotient = scaled / whole;
    long remainder = scaled % whole;
    return BigDecimal.valueOf(remainder >= whole - remainder ? quotient + 1 : quotient, scale);
  }

  static long denominator(long n) {
    if (n == 0) {
      throw new ArithmeticException("nobody ended, so the share is undefined");
    }
    return n;
  }

  /** Every given category's whole percentage of those who ended (sex null: of everyone). */
  static Map<OutcomeCategory, Integer> percents(OutcomeTable t, Sex sex,
      PercentRounding rounding) {
    requireNonNull(rounding, "rounding");
    List<OutcomeCategory> cats = new ArrayList<>(t.categories().keySet());
    long[] counts = new long[cats.size()];
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      Count c = t.categories().get(cats.get(i));
      counts[i] = sex == null ? c.total() : c.get(sex);
      sum += counts[i];
    }
    long of = denominator(sex == null ? t.ended().total() : t.ended().get(sex));
    Map<OutcomeCategory, Integer> m = new LinkedHashMap<>();
    if (rounding == PercentRounding.LARGEST_REMAINDER && sum > 0) {
      // the categories share 100 when they add up to the ended, else their own rounded share
      long target = sum == of ? 100 : Fraction.of(100L * sum, of)
          .toBigDecimal(0, RoundingMode.HALF_UP).longValueExact();
      long[] parts = LargestRemainder.split(target, counts, TieBreak.NONE).shares();
      for (int i = 0; i < cats.size(); i++) {
        m.put(cats.get(i), percent(parts[i], cats.get(i)));
      }
    } else {
      for (int i = 0; i < cats.size(); i++) {
        m.put(cats.get(i), Fraction.of(counts[i], of).toPercent(RoundingMode.HALF_UP, 0)
            .intValueExact());
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /** A whole percentage as an int, never wrapped: parts far above the whole do not fit. */
  private static int percent(long p, OutcomeCategory c) {
    if (p > Integer.MAX_VALUE) {
      throw new ArithmeticException("the percentage of " + c + " (" + p + ") does not fit an int:"
          + " the categories are far more than those who ended");
    }
    return (int) p;
  }

  static Map<OutcomeRow, Count> rows(OutcomeTable t) {
    Map<OutcomeRow, Count> m = new LinkedHashMap<>();
    m.put(OutcomeRow.PARTICIPANTS, t.participants());
    t.newcomers().ifPresent(n -> m.put(OutcomeRow.NEWCOMERS, n));
    t.endedRow().ifPresent(e -> m.put(OutcomeRow.ENDED, e));
    t.longTermSubtotal().ifPresent(s -> m.put(OutcomeRow.LONG_TERM_SUBTOTAL, s));
    t.categories().forEach((c, n) -> m.put(OutcomeRow.of(c), n));
    t.remaining().ifPresent(r -> m.put(OutcomeRow.REMAINING, r));
    return Collections.unmodifiableMap(m);
  }

  static Count sum(Iterable<Count> counts) {
    Count sum = Count.ZERO;
    for (Count c : counts) {
      sum = sum.plus(c);
    }
    return sum;
  }

  /** Adds two tables row by row; printed percentages are not carried over. */
  static OutcomeTable plus(OutcomeTable a, OutcomeTable other) {
    requireNonNull(other, "other");
    Checks.checkArgument(other.scheme().equals(a.scheme()),
        "other (scheme %s) must have the same scheme as this table (%s)", other.scheme(),
        a.scheme());
    OutcomeTable.Builder b = OutcomeTable.builder(a.scheme())
        .participants(a.participants().plus(other.participants()));
    both(a.newcomers(), other.newcomers()).ifPresent(b::newcomers);
    both(a.endedRow(), other.endedRow()).ifPresent(b::endedRow);
    both(a.longTermSubtotal(), other.longTermSubtotal()).ifPresent(b::longTermSubtotal);
    both(a.remaining(), other.remaining()).ifPresent(b::remaining);
    for (OutcomeCategory c : a.scheme().categories()) {
      both(Optional.ofNullable(a.categories().get(c)),
          Optional.ofNullable(other.categories().get(c))).ifPresent(n -> b.ended(c, n));
    }
    return b.build();
  }

  private static Optional<Count> both(Optional<Count> a, Optional<Count> b) {
    return a.isPresent() && b.isPresent() ? Optional.of(a.get().plus(b.get())) : a.or(() -> b);
  }
}
