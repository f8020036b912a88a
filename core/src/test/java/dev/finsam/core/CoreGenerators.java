package dev.finsam.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The generators of the core module, named in domain terms, with edges mixed in. */
public final class CoreGenerators {

  private CoreGenerators() {}

  /** Whole numbers, with 0, ±1 and very large values mixed in. */
  public static Gen<Long> wholeNumbers() {
    return longs().between(-1_000_000, 1_000_000)
        .mix(Generate.pick(java.util.List.of(0L, 1L, -1L, Long.MAX_VALUE / 4, Long.MIN_VALUE / 4)), 20)
        .mix(longs().all(), 10);
  }

  /** Non-zero denominators, small ones favoured. */
  public static Gen<Long> denominators() {
    return longs().between(1, 50).mix(longs().between(-1_000_000_000, 1_000_000_000), 40)
        .assuming(d -> d != 0);
  }

  /**
   * Decimals of 1 to 30 digits with 0 to 6 decimals, either sign, with the edges of a long's 18
   * digits mixed in (10¹⁸ − 1, 10¹⁸, {@code Long.MAX_VALUE} and beyond).
   */
  public static Gen<BigDecimal> decimals() {
    Gen<BigInteger> anyDigits = integers().between(1, 30).zip(longs().all(), longs().all(),
        (digits, high, low) -> {
          BigInteger any = BigInteger.valueOf(high).shiftLeft(64).add(BigInteger.valueOf(low));
          return any.mod(BigInteger.TEN.pow(digits)).multiply(BigInteger.valueOf(high < 0 ? -1 : 1));
        });
    BigInteger e18 = BigInteger.TEN.pow(18);
    Gen<BigInteger> edges = Generate.pick(List.of(BigInteger.ZERO, e18.subtract(BigInteger.ONE),
        e18, e18.negate(), BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
        BigInteger.TEN.pow(19).subtract(BigInteger.ONE)));
    return anyDigits.mix(edges, 20).zip(integers().between(0, 6), BigDecimal::new);
  }

  /** Exact fractions, including zero, whole numbers and negatives. */
  public static Gen<Fraction> fractions() {
    return wholeNumbers().zip(denominators(), Fraction::of);
  }

  /** Days from 1900-01-01 to 2100-12-31, with the turns of years and tertials mixed in. */
  public static Gen<LocalDate> dates1900to2100() {
    long from = LocalDate.of(1900, 1, 1).toEpochDay();
    long to = LocalDate.of(2100, 12, 31).toEpochDay();
    Gen<LocalDate> any = longs().between(from, to).map(LocalDate::ofEpochDay);
    Gen<LocalDate> edges = integers().between(1900, 2100).zip(integers().between(0, 5),
        (y, k) -> new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 4, 30),
            LocalDate.of(y, 5, 1), LocalDate.of(y, 8, 31), LocalDate.of(y, 9, 1),
            LocalDate.of(y, 12, 31)}[k]);
    return any.mix(edges, 30);
  }

  /** Valid organisation numbers (the check digit computed), every group digit. */
  public static Gen<OrganisationNumber> organisationNumbers() {
    return integers().between(10, 99).zip(integers().between(20, 99),
        integers().between(0, 99_999), (groupAndNext, middle, rest) -> {
          String nine = String.format("%02d%02d%05d", groupAndNext, middle, rest);
          return OrganisationNumber.parse(nine + OrganisationNumber.luhnCheckDigit(nine));
        });
  }

  /**
   * Days across many centuries of the legal calendar, with its edges mixed in: the days around
   * Easter, midsommar, alla helgons dag, Christmas and New Year, 29 February, and the first and
   * last days of {@link LocalDate}'s range.
   */
  public static Gen<LocalDate> legalCalendarDays() {
    long from = LocalDate.of(1583, 1, 1).toEpochDay();
    long to = LocalDate.of(4100, 12, 31).toEpochDay();
    Gen<LocalDate> any = longs().between(from, to).map(LocalDate::ofEpochDay);
    Gen<LocalDate> anyYear = longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
    Gen<LocalDate> nearHolidays = integers().between(1583, 4100).zip(integers().between(0, 9),
        integers().between(-4, 4), (y, k, shift) -> {
          LocalDate[] around = {LegalCalendar.easterSunday(y), LocalDate.of(y, 6, 22),
              LocalDate.of(y, 11, 3), LocalDate.of(y, 12, 24), LocalDate.of(y, 12, 31),
              LocalDate.of(y, 1, 6), LocalDate.of(y, 5, 1), LocalDate.of(y, 6, 6),
              LocalDate.of(y, 2, 28), LegalCalendar.easterSunday(y).plusDays(39)};
          return around[k].plusDays(shift);
        });
    Gen<LocalDate> rangeEdges = integers().between(0, 9).map(k -> k < 5
        ? LocalDate.MIN.plusDays(k) : LegalCalendar.LAST_WEEKDAY.minusDays(k - 5));
    return any.mix(nearHolidays, 40).mix(anyYear, 15).mix(rangeEdges, 10);
  }
}
