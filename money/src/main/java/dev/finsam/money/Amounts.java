package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.NumberStyle;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.math.BigInteger;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.RoundedMoney;

/**
 * Amounts in Swedish kronor (<i>belopp</i>): made from kronor, öre or tkr, read back exactly, and
 * printed the Swedish way.
 *
 * <p>For example, {@code Amounts.format(Amounts.sek(3_108_000))} is {@code "3 108 000 kr"} and
 * {@code Amounts.format(Amounts.tkr(2_358))} is {@code "2 358 tkr"}. The text is what the JDK's
 * {@code NumberFormat} prints for {@code sv-SE} (CLDR), byte for byte: a no-break space (U+00A0)
 * between digit groups, the minus sign U+2212, a decimal comma; then U+00A0 and the unit.
 * {@link NumberStyle#ASCII} gives plain spaces and a hyphen-minus for CSV files and terminals.
 * {@link #parse} reads both and every other common spelling; digit grouping itself is
 * {@link Swedish}'s.
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

  /** The longest text {@link #parse} reads; longer text is rejected without being scanned. */
  static final int MAX_TEXT_LENGTH = Swedish.MAX_NUMBER_LENGTH + 16;
  /** The most digits a long count of öre has: a larger amount cannot be held exactly. */
  private static final int MAX_ORE_DIGITS = 19;
  /** About 1 000 decimal digits: more in a number of kronor is not an amount but an accident. */
  private static final int MAX_BITS = 3_322;

  /** 10^0 to 10^18, the powers of ten a {@code long} holds. */
  private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L,
      1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L,
      1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L,
      10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L};
  private static final String UNIT_ATTRIBUTE = "finsam.unit";
  private static final String TOO_LARGE =
      "%s (%s) is too large: it must fit in a 64-bit count of öre";
  private static final String NOT_AN_AMOUNT =
      "amount text (\"%s\") must look like \"3 108 000 kr\", \"−68 kr\", \"12,50 kr\" or \"2 358 tkr\"";

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
   * @throws IllegalArgumentException if the amount in öre does not fit in a {@code long}
   */
  public static MonetaryAmount sek(long kronor) {
    return ofOre(Checks.multiply(kronor, AmountUnit.KRONA.ore(), "kronor"));
  }

  /**
   * @param kronor kronor with at most two decimals (öre), not null
   * @return the amount, never null
   * @throws IllegalArgumentException if {@code kronor} has fractions of an öre or does not fit in
   *     a {@code long} count of öre
   */
  public static MonetaryAmount sek(BigDecimal kronor) {
    requireNonNull(kronor, "kronor");
    return ofOre(exactOre(kronor, AmountUnit.KRONA, "kronor", kronor));
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
   * @throws IllegalArgumentException if the amount in öre does not fit in a {@code long}
   */
  public static MonetaryAmount tkr(long tkr) {
    return inTkr(Checks.multiply(tkr, AmountUnit.TKR.ore(), "tkr"));
  }

  /**
   * @param tkr thousands of kronor with at most five decimals (öre), not null; e.g. 1967.5
   * @return the amount, remembered as tkr for printing, never null
   * @throws IllegalArgumentException if {@code tkr} has fractions of an öre or does not fit in a
   *     {@code long} count of öre
   */
  public static MonetaryAmount tkr(BigDecimal tkr) {
    requireNonNull(tkr, "tkr");
    return inTkr(exactOre(tkr, AmountUnit.TKR, "tkr", tkr));
  }

  /**
   * An amount given as a whole number of a unit.
   *
   * @param count how many units
   * @param unit the unit, not null
   * @return the amount (remembered as tkr for printing if the unit is tkr), never null
   * @throws IllegalArgumentException if the amount in öre does not fit in a {@code long}
   */
  public static MonetaryAmount of(long count, AmountUnit unit) {
    requireNonNull(unit, "unit");
    long ore = Checks.multiply(count, unit.ore(), "count");
    return unit == AmountUnit.TKR ? inTkr(ore) : ofOre(ore);
  }

  static MonetaryAmount inTkr(long ore) {
    return RoundedMoney.of(BigDecimal.valueOf(ore, 2), Sek.SEK, Sek.IN_TKR);
  }

  /**
   * A number of a unit as whole öre, exactly. Scale and precision are checked before anything is
   * scaled, so that a number such as {@code 1E-999999999} or {@code 1E+999999999} is rejected at
   * once instead of being expanded digit by digit.
   *
   * @param value the number of units
   * @param unit the unit the number counts
   * @param field the parameter's name, for the message
   * @param shown the value as the message shows it (abbreviated)
   */
  private static long exactOre(BigDecimal value, AmountUnit unit, String field, Object shown) {
    if (value.signum() == 0) {
      return 0;
    }
    int digits = unit.oreDigits();
    long shift = (long) digits - value.scale();
    BigInteger unscaled = value.unscaledValue(); // kept, not computed, if it is beyond a long
    if (shift >= 0 && shift < POWERS_OF_TEN.length && unscaled.bitLength() < Long.SIZE) {
      // the common case, a whole number of öre in a long: one multiplication, no BigDecimal
      long u = unscaled.longValue();
      long p = POWERS_OF_TEN[(int) shift];
      long high = Math.multiplyHigh(u, p);
      long ore = u * p;
      if (high == (ore >> (Long.SIZE - 1))) {
        return ore;
      }
    }
    // the unscaled value's size bounds the work below (precision(), stripping zeros)
    Checks.checkArgument(unscaled.bitLength() <= MAX_BITS,
        "%s (%s) has too many digits to be an amount", field, shown);
    // digits before the decimal point once the value is counted in öre
    long wholeDigits = (long) value.precision() - value.scale() + digits;
    Checks.checkArgument(wholeDigits <= MAX_ORE_DIGITS, TOO_LARGE, field, shown);
    BigDecimal v = value;
    if (v.scale() > digits) {
      v = v.stripTrailingZeros();
      Checks.checkArgument(v.scale() <= digits, "%s (%s) must be a whole number of öre", field,
          shown);
    }
    BigInteger ore = v.movePointRight(digits).toBigIntegerExact(); // at most 19 digits here
    Checks.checkArgument(ore.bitLength() < Long.SIZE, TOO_LARGE, field, shown);
    return ore.longValue();
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

  /**
   * Reads an amount into whole öre, exactly, naming the parameter it came from in any message.
   *
   * @param amount an amount in SEK, not null
   * @param field the parameter's name, e.g. {@code "equity"}, not null
   * @return the amount in öre
   * @throws IllegalArgumentException as {@link #toOre(MonetaryAmount)}, naming {@code field}
   */
  public static long toOre(MonetaryAmount amount, String field) {
    requireNonNull(field, "field");
    requireNonNull(amount, field);
    Checks.checkArgument("SEK".equals(amount.getCurrency().getCurrencyCode()),
        "%s (%s) must be in SEK, not %s", field, amount, amount.getCurrency());
    // Moneta's Money and RoundedMoney hold a BigDecimal: read it directly, exactly, instead of
    // through NumberValue's slow exact conversion (instanceof loads a class, it does not
    // initialise it, so Money's logging static initialiser does not run here)
    BigDecimal kronor = amount instanceof Money ? ((Money) amount).getNumberStripped()
        : amount instanceof RoundedMoney ? ((RoundedMoney) amount).asNumberStripped()
        : amount.getNumber().numberValueExact(BigDecimal.class);
    return exactOre(kronor, AmountUnit.KRONA, field, kronor);
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
    if (ore % unit.ore() != 0) { // the text is built only when it is needed
      Checks.checkArgument(false, "%s (%s) must be a whole number of %s to be split in %s",
          field, format(amount), unit.symbol(), unit.symbol());
    }
    return ore / unit.ore();
  }

  /**
   * Prints an amount the Swedish way, in tkr if it was made in tkr, else in kronor; exact, never
   * rounded: {@code "3 108 000 kr"}, {@code "2 358 tkr"}, {@code "1 967,5 tkr"},
   * {@code "−68 kr"}, {@code "12,50 kr"}. The number is exactly what
   * {@code NumberFormat.getNumberInstance(Locale.forLanguageTag("sv-SE"))} prints (kronor with öre
   * with two decimals, whole kronor with none, tkr with as many as needed), then U+00A0 and the
   * unit.
   *
   * @param amount an amount in SEK, not null
   * @return the text, never null
   * @throws IllegalArgumentException if the amount is not a whole number of öre in SEK
   */
  public static String format(MonetaryAmount amount) {
    return format(amount, NumberStyle.SWEDISH);
  }

  /**
   * Prints an amount in the unit it was made in (tkr, else kronor) and a style.
   *
   * @param amount an amount in SEK, not null
   * @param style Swedish (CLDR) or ASCII text, not null
   * @return the text, e.g. {@code "-68 kr"} in ASCII; never null
   * @throws IllegalArgumentException if the amount is not a whole number of öre in SEK
   */
  public static String format(MonetaryAmount amount, NumberStyle style) {
    requireNonNull(amount, "amount");
    String unit = amount.getContext().getText(UNIT_ATTRIBUTE);
    return format(amount, AmountUnit.TKR.name().equals(unit) ? AmountUnit.TKR : AmountUnit.KRONA,
        style);
  }

  /**
   * Prints an amount in a chosen unit, exactly (as many decimals as needed, never rounded).
   *
   * @param amount an amount in SEK, not null
   * @param unit the unit, not null
   * @return the text, e.g. {@code "1 967,5 tkr"}, never null
   * @throws IllegalArgumentException if the amount is not a whole number of öre in SEK
   */
  public static String format(MonetaryAmount amount, AmountUnit unit) {
    return format(amount, unit, NumberStyle.SWEDISH);
  }

  /**
   * Prints an amount in a chosen unit and style, exactly.
   *
   * <p>For example, {@code Amounts.format(Amounts.sek(-68), AmountUnit.KRONA, NumberStyle.ASCII)}
   * is {@code "-68 kr"} with a hyphen-minus and an ordinary space, for CSV files and terminals.
   *
   * @param amount an amount in SEK, not null
   * @param unit the unit, not null
   * @param style Swedish (CLDR) or ASCII text, not null
   * @return the text, never null
   * @throws IllegalArgumentException if the amount is not a whole number of öre in SEK
   */
  public static String format(MonetaryAmount amount, AmountUnit unit, NumberStyle style) {
    requireNonNull(unit, "unit");
    requireNonNull(style, "style");
    return formatOre(BigInteger.valueOf(toOre(amount)), unit, style);
  }

  /** Prints whole öre in kronor, as {@link #format(MonetaryAmount)} does: {@code "−68 kr"}. */
  static String kronor(long ore) {
    return formatOre(ore, AmountUnit.KRONA);
  }

  /** Prints any whole number of öre in kronor, also one beyond a {@code long}. */
  static String kronor(BigInteger ore) {
    return formatOre(ore, AmountUnit.KRONA, NumberStyle.SWEDISH);
  }

  /** Prints whole öre in a unit, as {@link #format(MonetaryAmount, AmountUnit)} does. */
  static String formatOre(long ore, AmountUnit unit) {
    return formatOre(BigInteger.valueOf(ore), unit, NumberStyle.SWEDISH);
  }

  /**
   * Prints any whole number of öre in a unit, also one beyond a {@code long} (a difference of two
   * amounts, say), as {@link #format(MonetaryAmount, AmountUnit, NumberStyle)} does.
   */
  static String formatOre(BigInteger ore, AmountUnit unit, NumberStyle style) {
    return Swedish.withUnit(number(ore, unit, style), unit.symbol(), style);
  }

  /**
   * Prints öre as a number in a unit without the unit symbol: {@code "3 108 000"},
   * {@code "1 967,5"}; kronor with öre always show two decimals.
   */
  static String number(long ore, AmountUnit unit) {
    return number(BigInteger.valueOf(ore), unit, NumberStyle.SWEDISH);
  }

  private static String number(BigInteger ore, AmountUnit unit, NumberStyle style) {
    BigDecimal value = new BigDecimal(ore, unit.oreDigits());
    if (unit != AmountUnit.KRONA || ore.mod(BigInteger.valueOf(unit.ore())).signum() == 0) {
      value = value.stripTrailingZeros();
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }
    return Swedish.decimal(value, style);
  }

  /**
   * Reads an amount in any common spelling: digit groups separated by an ordinary space, U+00A0,
   * U+202F or U+2009 (or not at all); a hyphen-minus, U+2212 or an en dash as minus; a decimal
   * comma; the unit {@code kr}, {@code tkr} or {@code öre} after any spaces. Every text
   * {@link #format} prints, in either style, reads back to the same amount. Digits are ASCII only,
   * as in every finsam parser (Arabic-Indic or full-width digits are not an amount). Reading is
   * one pass over at most {@value #MAX_TEXT_LENGTH} characters.
   *
   * @param text e.g. {@code "3 108 000 kr"}, {@code "−2 358 tkr"}, {@code "12,50 kr"}, not null
   * @return the amount, never null (in tkr if the text is in tkr)
   * @throws IllegalArgumentException if the text is not an amount, is longer than
   *     {@value #MAX_TEXT_LENGTH} characters or does not fit in a {@code long} count of öre; the
   *     message quotes the text (abbreviated)
   */
  public static MonetaryAmount parse(CharSequence text) {
    requireNonNull(text, "text");
    Checks.checkArgument(text.length() <= MAX_TEXT_LENGTH, NOT_AN_AMOUNT, text);
    int end = text.length();
    while (end > 0 && isSpace(text.charAt(end - 1))) {
      end--;
    }
    AmountUnit unit = endsWith(text, end, AmountUnit.TKR) ? AmountUnit.TKR
        : endsWith(text, end, AmountUnit.KRONA) ? AmountUnit.KRONA
        : endsWith(text, end, AmountUnit.ORE) ? AmountUnit.ORE : null;
    Checks.checkArgument(unit != null, NOT_AN_AMOUNT, text);
    BigDecimal value =
        Swedish.tryParseDecimal(text.subSequence(0, end - unit.symbol().length()));
    Checks.checkArgument(value != null, NOT_AN_AMOUNT, text);
    long ore = exactOre(value, unit, "amount text", "\"" + text + "\"");
    return unit == AmountUnit.TKR ? inTkr(ore) : ofOre(ore);
  }

  private static boolean isSpace(char c) {
    return Swedish.isGroupSeparator(c) || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean endsWith(CharSequence text, int end, AmountUnit unit) {
    String symbol = unit.symbol();
    int from = end - symbol.length();
    if (from < 0) {
      return false;
    }
    for (int i = 0; i < symbol.length(); i++) {
      if (text.charAt(from + i) != symbol.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
