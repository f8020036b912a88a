package dev.finsam.core;


import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.testing.BadInputs;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * A catalogue of bad inputs to core's public factories and parsers: each must fail fast with the
 * stated exception, and an {@code IllegalArgumentException}'s message must name the parameter
 * and quote the value.
 */
class BadInputsTest {

  private static final BadInputs CASES = new BadInputs();

  private static void iae(String what, Executable call, String... says) {
    CASES.iae(what, call, says);
  }

  private static void npe(String what, Executable call) {
    CASES.npe(what, call);
  }

  static {
    // Fraction
    iae("fraction with denominator 0", () -> Fraction.of(1, 0), "denominator", "0");
    iae("big fraction with denominator 0", () -> Fraction.of(BigInteger.TEN, BigInteger.ZERO),
        "denominator (0)");
    iae("fraction text \"1/0\"", () -> Fraction.parse("1/0"), "denominator (0)");
    for (String s : List.of("", " ", "abc", "1//2", "1/", "/2", "1.5", "1,5", "½",
        "\u0661/\u0662", "\uFF11", "1/2/3", "--1", "1 2")) {
      iae("fraction text \"" + s + "\"", () -> Fraction.parse(s), "fraction text");
    }
    iae("fraction text of a million digits", () -> Fraction.parse("7".repeat(1_000_000)),
        "fraction text", "1000000 characters");
    npe("fraction text null", () -> Fraction.parse(null));
    // OrganisationNumber
    for (String s : List.of("", "123", "222000-1835", "222000+1834", "2220001834x",
        "\u0662\u0662\u0662000-1834", "221000-1834", "22200-01834", "222000--1834",
        "22200018345", " 222000-1834", "222000-1834 ")) {
      iae("organisation number \"" + s + "\"", () -> OrganisationNumber.parse(s),
          "organisation number (\"" + s + "\")");
    }
    iae("organisation number of a million characters",
        () -> OrganisationNumber.parse("2".repeat(1_000_000)), "organisation number");
    // Tertial
    iae("tertial 0", () -> Tertial.of(2021, 0), "tertial number", "0");
    iae("tertial 4", () -> Tertial.of(2021, 4), "tertial number", "4");
    iae("tertial of a year beyond LocalDate", () -> Tertial.of(1_000_000_000, 1), "year",
        "1000000000");
    iae("tertial of a year below LocalDate", () -> Tertial.of(-1_000_000_000, 1), "year");
    iae("tertial of the smallest int", () -> Tertial.of(Integer.MIN_VALUE, 2), "year");
    for (String s : List.of("", "T4 2021", "T1", "2021", "T1 2021 x", "t1 2021", "T1 99999999999",
        "T\u0661 2021")) {
      iae("tertial text \"" + s + "\"", () -> Tertial.parse(s), "tertial text (\"" + s + "\")");
    }
    // Member, Membership, Association
    iae("member with a blank name", () -> Member.of(" ", MemberKind.REGION), "name (\" \")");
    iae("member with an empty name", () -> Member.municipality(""), "name (\"\")");
    npe("member with no kind", () -> Member.of("Umeå", null));
    Member umea = Member.municipality("Umeå");
    iae("membership that ends before it starts", () -> Membership.of(umea,
        LocalDate.of(2012, 1, 1), Optional.of(LocalDate.of(2011, 1, 1))), "left (2011-01-01)",
        "joined (2012-01-01)");
    iae("membership that ends the day it starts", () -> Membership.of(umea,
        LocalDate.of(2012, 1, 1), Optional.of(LocalDate.of(2012, 1, 1))), "left (2012-01-01)");
    iae("association without a name", () -> Association.builder().build(), "name");
    iae("association with a blank name", () -> Association.builder().name("  ").build(),
        "name (\"  \")");
    iae("association with overlapping memberships", () -> Association.builder().name("A")
        .addMember(umea, LocalDate.of(2010, 1, 1))
        .addMember(umea, LocalDate.of(2012, 1, 1), LocalDate.of(2013, 1, 1)).build(),
        "memberships", "Umeå");
    iae("association with the same membership twice", () -> Association.builder().name("A")
        .addMember(umea, LocalDate.of(2010, 1, 1)).addMember(umea, LocalDate.of(2010, 1, 1))
        .build(), "memberships");
    // Finding, Location
    for (String code : List.of("", "A.B", "a..b", ".a", "a.", "a b", "å.b")) {
      iae("finding code \"" + code + "\"", () -> Finding.of(Severity.INFO, code, "Text."),
          "code (\"" + code + "\")");
    }
    iae("finding with a blank message", () -> Finding.of(Severity.INFO, "a.b", " "),
        "message (\" \")");
    iae("location on line 0", () -> Location.of(0, "Tabell 1"), "line (0)");
    iae("location on a negative line", () -> Location.of(-5, ""), "line (-5)");
    npe("location without caption", () -> Location.of(1, null));
    // Swedish numbers
    for (String s : List.of("", "1 00", "1  000", "12,", ",5", "1.5", "\u0661\u0662", "1 0000",
        "- ", "--1", "1 000 00", "x", "%", "1e5")) {
      iae("number text \"" + s + "\"", () -> Swedish.parseDecimal(s, "cell"),
          "cell (\"" + s + "\")");
    }
    iae("number text of 20 000 spaces then x",
        () -> Swedish.parseDecimal("1" + " ".repeat(20_000) + "x", "cell"), "cell", "characters");
    // the split and exact arithmetic
    iae("split with a negative weight", () -> LargestRemainder.split(-7,
        new long[] {25, 3, -100, -99, 59}, TieBreak.NONE), "weights[2] (-100)");
    iae("split with all weights zero", () -> LargestRemainder.split(5, new long[] {0, 0, 0},
        TieBreak.NONE), "weights");
    iae("split of no weights", () -> LargestRemainder.split(5, new long[0], TieBreak.NONE),
        "weights");
    iae("split of the smallest long", () -> LargestRemainder.split(Long.MIN_VALUE,
        new long[] {1}, TieBreak.NONE), "total (" + Long.MIN_VALUE + ")");
    iae("sum that overflows", () -> Checks.add(Long.MAX_VALUE, 1, "total"), "total",
        String.valueOf(Long.MAX_VALUE));
    iae("difference that overflows", () -> Checks.subtract(Long.MIN_VALUE, 1, "deviation"),
        "deviation");
    iae("product that overflows", () -> Checks.multiply(Long.MAX_VALUE / 2, 3, "öre"), "öre");
    iae("negative where not allowed", () -> Checks.checkNotNegative(-3, "population"),
        "population (-3)");
    // documents: null is the only way to make them throw
    npe("document null", () -> Documents.check(null));
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputFailsFastWithAClearMessage() {
    return CASES.tests(80);
  }
}
