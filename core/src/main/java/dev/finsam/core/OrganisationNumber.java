package dev.finsam.core;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.internal.Nullable;
import dev.finsam.core.text.Checks;

/**
 * A Swedish organisation number (<i>organisationsnummer</i>): ten digits written
 * {@code NNNNNN-NNNN}, whose first digit is the group, whose third and fourth digits form a number of
 * at least 20, and whose last digit is a Luhn check digit over the first nine.
 *
 * <p>For example, {@code OrganisationNumber.parse("222000-1834")} is Samordningsförbundet
 * Umeåregionen; its {@link #group()} is 2 (state, regions, municipalities and their associations).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrganisationNumber implements Comparable<OrganisationNumber> {

  private final String digits;

  private OrganisationNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Reads an organisation number, written {@code NNNNNN-NNNN} or as ten digits.
   *
   * @param text the text, not null
   * @return the organisation number, never null
   * @throws IllegalArgumentException if the text is malformed or the check digit is wrong; the
   *     message quotes the text
   */
  public static OrganisationNumber parse(CharSequence text) {
    requireNonNull(text, "text");
    String problem = problem(text.toString());
    if (problem != null) {
      throw new IllegalArgumentException(
          "organisation number (\"" + Checks.abbreviate(text) + "\") " + problem);
    }
    return new OrganisationNumber(text.toString().replace("-", ""));
  }

  /**
   * Tells whether text is a valid organisation number, without throwing.
   *
   * @param text the text, may be null (then false)
   * @return true if {@link #parse} would accept it
   */
  public static boolean isValid(@Nullable CharSequence text) {
    return text != null && problem(text.toString()) == null;
  }

  private static String problem(String s) {
    String digits;
    if (s.length() == 11 && s.charAt(6) == '-') {
      digits = s.substring(0, 6) + s.substring(7);
    } else if (s.length() == 10) {
      digits = s;
    } else {
      return "must be ten digits written NNNNNN-NNNN (got " + s.length() + " characters)";
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return "must contain only digits and one hyphen after the sixth digit (found '" + c + "')";
      }
    }
    int middle = (digits.charAt(2) - '0') * 10 + (digits.charAt(3) - '0');
    if (middle < 20) {
      return "must have digits 3-4 of at least 20 (got " + digits.substring(2, 4) + ")";
    }
    int expected = luhnCheckDigit(digits.substring(0, 9));
    int actual = digits.charAt(9) - '0';
    if (expected != actual) {
      return "has check digit " + actual + " but the Luhn check digit is " + expected;
    }
    return null;
  }

  /** The Luhn check digit over nine digits: weights 2,1,2,1,… from the left. */
  static int luhnCheckDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < nineDigits.length(); i++) {
      int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * The group digit: 2 for the state, regions, municipalities and their associations, 5 for
   * limited companies, 8 for non-profit associations, and so on.
   *
   * @return the first digit, 1 to 9 (0 is possible in principle but unused)
   */
  public int group() {
    return digits.charAt(0) - '0';
  }

  /** @return the ten digits without hyphen, never null */
  public String digits() {
    return digits;
  }

  @Override
  public int compareTo(OrganisationNumber other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof OrganisationNumber && ((OrganisationNumber) obj).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** @return the canonical form {@code NNNNNN-NNNN}, never null */
  @Override
  public String toString() {
    return digits.substring(0, 6) + "-" + digits.substring(6);
  }
}
