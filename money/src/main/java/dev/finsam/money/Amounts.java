package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.javamoney.moneta.RoundedMoney;

/**
 * Amounts in Swedish kronor (<i>belopp</i>): made from kronor, öre or tkr, read back exactly, and
 * printed the Swedish way.
 *
 * <p>For example, {@code Amounts.format(Amounts.sek(3_108_000))} is {@code "3 108 000 kr"} and
 * {@code Amounts.format(Amounts.tkr(2_358))} is {@code "2 358 tkr"}; digit groups are separated by
 * a narrow no-break space (U+202F) and the unit by a no-break space (U+00A0).
 *
 * <p>The amounts are Moneta {@link RoundedMoney} values, whose own arithmetic Moneta rounds to whole
 * öre; not {@code Money}, whose first use logs its default context at INFO on the application's
 * console. finsam never does arithmetic with them: it reads them into whole öre ({@link #toOre}),
 * computes exactly, and wraps the results again. An amount made
 * by {@link #tkr} remembers, for printing only, that it was given in tkr; equality ignores that.
 * Moneta is touched only when an amount is first made, never when this class is loaded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amounts {

  static final char GROUP = '\u202F';
  static final char UNIT_SPACE = '\u00A0';
  private static final String UNIT_ATTRIBUTE = "finsam.unit";
  private static final Pattern TEXT = Pattern.compile(
      "\\s*([-\u2212]?)\\s*([0-9][0-9\\s\u00A0\u202F\u2009]*)(?:,([0-9]+))?\\s*(kr|tkr|öre)\\s*");

  private Amounts() {}

  /** Moneta is loaded on first use, not when finsam's classes are. */
  private static final class Sek {
    static final CurrencyUnit SEK = Monetary.getCurrency("SEK");
    static final MonetaryContext IN_TKR = MonetaryContextBuilder.of(RoundedMoney.class)
        .set(UNIT_ATTRIBUTE, AmountUnit.TKR.name()).build();
  }

  /**
   * @param kronor whole kronor
   * @return the amount, never null
   */
  public static MonetaryAmount sek(long kronor) {
    return ofOre(Math.multiplyExact(kronor, 100L));
  }

  /**
   * @param kronor kronor with at most two decimals (öre), not null
   * @return the amount, never null
   * @throws IllegalArgumentException if {@code kronor} has fractions of an öre
   */
  public static MonetaryAmount sek(BigDecimal kronor) {
    requireNonNull(kronor, "kronor");
    return ofOre(exactOre(kronor, "kronor"));
  }

  /**
   * @param ore whole öre
   * @return the amount, never null
   */
  public static MonetaryAmount ofOre(long ore) {
    return RoundedMoney.of(BigDecimal.valueOf(ore, 2), Sek.SEK);
  }

  /**
   * @param tkr whole thousands of kronor
   * @return the amount, remembered as tkr for printing, never null
   */
  public static MonetaryAmount tkr(long tkr) {
    return inTkr(Math.multiplyExact(tkr, AmountUnit.TKR.ore()));
  }

  /**
   * @param tkr thousands of kronor with at most five decimals (öre), not null; e.g. 1967.5
   * @return the amount, remembered as tkr for printing, never null
   * @throws IllegalArgumentException if {@code tkr} has fractions of an öre
   */
  public static MonetaryAmount tkr(BigDecimal tkr) {
    requireNonNull(tkr, "tkr");
    return inTkr(exactOre(tkr.movePointRight(3), "tkr"));
  }

  /**
   * An amount given as a whole number of a unit.
   *
   * @param count how many units
   * @param unit the unit, not null
   * @return the amount (remembered as tkr for printing if the unit is tkr), never null
   */
  public static MonetaryAmount of(long count, AmountUnit unit) {
    long ore = Math.multiplyExact(count, unit.ore());
    return unit == AmountUnit.TKR ? inTkr(ore) : ofOre(ore);
  }

  static MonetaryAmount inTkr(long ore) {
    return RoundedMoney.of(BigDecimal.valueOf(ore, 2), Sek.SEK, Sek.IN_TKR);
  }

  private static long exactOre(BigDecimal kronor, String field) {
    BigDecimal ore = kronor.movePointRight(2);
    try {
      return ore.toBigIntegerExact().longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          field + " (" + kronor.toPlainString() + ") must be a whole number of öre", e);
    }
  }

  /**
   * Reads an amount into whole öre, exactly.
   *
   * @param amount an amount in SEK, not null
   * @return the amount in öre
   * @throws IllegalArgumentException if the amount is not in SEK, has fractions of an öre, or does
   *     not fit in a long
   */
  public static long toOre(MonetaryAmount amount) {
    return toOre(amount, "amount");
  }

  static long toOre(MonetaryAmount amount, String field) {
    requireNonNull(amount, field);
    if (!"SEK".equals(amount.getCurrency().getCurrencyCode())) {
      throw new IllegalArgumentException(
          field + " (" + amount + ") must be in SEK, not " + amount.getCurrency());
    }
    BigDecimal kronor = amount.getNumber().numberValueExact(BigDecimal.class);
    return exactOre(kronor, field);
  }

  /**
   * Reads an amount as a whole number of a unit, exactly.
   *
   * @param amount an amount in SEK, not null
   * @param unit the unit, not null
   * @return how many units the amount is
   * @throws IllegalArgumentException if the amount is not a whole number of the unit
   */
  public static long toUnits(MonetaryAmount amount, AmountUnit unit) {
    return toUnits(amount, unit, "amount");
  }

  static long toUnits(MonetaryAmount amount, AmountUnit unit, String field) {
    requireNonNull(unit, "unit");
    long ore = toOre(amount, field);
    if (ore % unit.ore() != 0) {
      throw new IllegalArgumentException(field + " (" + format(amount)
          + ") must be a whole number of " + unit.symbol() + " to be split in " + unit.symbol());
    }
    return ore / unit.ore();
  }

  /**
   * Prints an amount the Swedish way, in tkr if it was made in tkr, else in kronor; exact, never
   * rounded: {@code "3 108 000 kr"}, {@code "2 358 tkr"}, {@code "1 967,5 tkr"},
   * {@code "-68 kr"}, {@code "12,50 kr"}.
   *
   * @param amount an amount in SEK, not null
   * @return the text, never null
   */
  public static String format(MonetaryAmount amount) {
    requireNonNull(amount, "amount");
    String unit = amount.getContext().getText(UNIT_ATTRIBUTE);
    return format(amount, AmountUnit.TKR.name().equals(unit) ? AmountUnit.TKR : AmountUnit.KRONA);
  }

  /**
   * Prints an amount in a chosen unit, exactly (as many decimals as needed, never rounded).
   *
   * @param amount an amount in SEK, not null
   * @param unit the unit, not null
   * @return the text, e.g. {@code "1 967,5 tkr"}, never null
   */
  public static String format(MonetaryAmount amount, AmountUnit unit) {
    return formatOre(toOre(amount), unit);
  }

  /** Prints whole öre in a unit, as {@link #format(MonetaryAmount, AmountUnit)} does. */
  static String formatOre(long ore, AmountUnit unit) {
    return number(ore, unit) + UNIT_SPACE + unit.symbol();
  }

  /**
   * Prints öre as a number in a unit without the unit symbol: {@code "3 108 000"},
   * {@code "1 967,5"}; kronor with öre always show two decimals.
   */
  static String number(long ore, AmountUnit unit) {
    BigDecimal value = BigDecimal.valueOf(ore).divide(BigDecimal.valueOf(unit.ore()));
    if (unit == AmountUnit.KRONA && value.scale() > 0) {
      value = value.setScale(2);
    } else {
      value = value.stripTrailingZeros();
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(GROUP);
      }
      sb.append(whole.charAt(i));
    }
    if (dot >= 0) {
      sb.append(',').append(plain.substring(dot + 1));
    }
    return (value.signum() < 0 ? "-" : "") + sb;
  }

  /**
   * Reads an amount as {@link #format} prints it; any kind of space may group the digits.
   *
   * @param text e.g. {@code "3 108 000 kr"}, {@code "2 358 tkr"}, {@code "12,50 kr"}, not null
   * @return the amount, never null (in tkr if the text is in tkr)
   * @throws IllegalArgumentException if the text is not an amount; the message quotes it
   */
  public static MonetaryAmount parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "amount text (\"" + text + "\") must look like \"3 108 000 kr\" or \"2 358 tkr\"");
    }
    String digits = m.group(2).replaceAll("[\\s\u00A0\u202F\u2009]", "");
    BigDecimal value = new BigDecimal(digits + (m.group(3) == null ? "" : "." + m.group(3)));
    if (!m.group(1).isEmpty()) {
      value = value.negate();
    }
    switch (m.group(4)) {
      case "tkr":
        return tkr(value);
      case "öre":
        return ofOre(exactOre(value.movePointLeft(2), "text"));
      default:
        return sek(value);
    }
  }
}
