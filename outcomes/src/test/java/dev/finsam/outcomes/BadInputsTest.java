package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.testing.BadInputs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * A catalogue of bad inputs to outcomes' public factories, parsers, builders and checks: each must
 * fail fast with the stated exception, and an {@code IllegalArgumentException}'s message must name
 * the parameter and quote the value. Some cases are inputs at the edges that must be answered
 * quickly ({@code type} is null): a rule check answers with findings, never an exception.
 */
class BadInputsTest {

  private static final BadInputs CASES = new BadInputs();
  private static final int MAX = Integer.MAX_VALUE;
  private static final String HEADER = "Tertial 1\tKvinnor\tMän\tTotalt\t%\n";
  private static final String GARBAGE_MB = garbage(1_000_000);

  private static void iae(String what, Executable call, String... says) {
    CASES.iae(what, call, says);
  }

  private static void npe(String what, Executable call) {
    CASES.npe(what, call);
  }

  private static void ok(String what, Executable call) {
    CASES.ok(what, call);
  }

  private static String garbage(int n) {
    return BadInputs.garbage(n, 7,
        "0123456789 ,.-−\t\n()%SUS varav till arbete Antal deltagare\u0661\uff11");
  }

  static OutcomeTable classic() {
    return OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(422, 468)
        .newcomers(221, 260).ended(WORK, 34, 58).ended(STUDIES, 28, 29)
        .ended(OTHER_ADAPTED_SOLUTION, 45, 42).ended(OTHER_DROPOUT, 32, 30)
        .remaining(283, 309).build();
  }

  static OutcomeTable.Builder huge() {
    return OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(1, 1)
        .ended(WORK, MAX - 1, 0).ended(STUDIES, 0, 1).endedTotal(1, 1);
  }

  static {
    counts();
    categoriesAndSchemes();
    tables();
    goalsAndClaims();
    parsing();
  }

  private static void counts() {
    iae("count of the largest ints", () -> Count.of(MAX, 1), "women", "men",
        "2147483648");
    iae("count of negative women", () -> Count.of(-1, 3), "women (-1)");
    iae("count of negative men", () -> Count.of(3, -1), "men (-1)");
    iae("count of the smallest int", () -> Count.of(Integer.MIN_VALUE, 0), "women",
        String.valueOf(Integer.MIN_VALUE));
    iae("count of a negative total", () -> Count.of(1, 1, -2), "total (-2)");
    iae("count total only, negative", () -> Count.ofTotal(-1), "total (-1)");
    iae("count not by sex with women", () -> new Count(1, 0, 1, false), "women (1)");
    iae("counts whose total overflows", () -> Count.ofTotal(MAX).plus(Count.ofTotal(1)),
        "total", String.valueOf(MAX));
    iae("counts whose women overflow", () -> Count.of(MAX, 0, MAX).plus(Count.of(1, 0, 0)),
        "women", String.valueOf(MAX));
    iae("counts whose men overflow", () -> Count.of(0, MAX, MAX).plus(Count.of(0, 5, 0)),
        "men", String.valueOf(MAX));
    npe("count plus null", () -> Count.ZERO.plus(null));
    npe("count of no sex", () -> Count.ZERO.get(null));
    CASES.add(new BadInputs.Case("count not by sex asked for women",
        () -> Count.ofTotal(3).get(Sex.WOMEN),
        IllegalStateException.class, "3"));
    ok("count of the largest int", () -> assertEquals(MAX, Count.of(MAX - 1, 1).total()));
  }

  private static void categoriesAndSchemes() {
    for (String id : List.of("", "work", "1WORK", "WO RK", "WORK-1", "ÅR", "_A")) {
      iae("category id \"" + id + "\"", () -> OutcomeCategory.of(id, "till x", List.of()),
          "id (\"" + id + "\")");
    }
    iae("category with a blank label", () -> OutcomeCategory.of("X", " ", List.of()),
        "label (\" \")");
    npe("category without id", () -> OutcomeCategory.of(null, "till x", List.of()));
    npe("category without codes", () -> OutcomeCategory.of("X", "till x", null));
    for (int code : new int[] {0, 100, -1, Integer.MIN_VALUE, MAX}) {
      iae("category with SUS code " + code, () -> OutcomeCategory.of("X", "till x",
          List.of(code)), "susCodes", String.valueOf(code));
    }
    OutcomeCategory x = OutcomeCategory.of("X", "till x", List.of());
    iae("scheme with a blank name", () -> OutcomeScheme.of(" ", List.of(x), Set.of()),
        "name (\" \")");
    iae("scheme of no categories", () -> OutcomeScheme.of("S", List.of(), Set.of()),
        "categories ([])");
    iae("scheme with a repeated category", () -> OutcomeScheme.of("S", List.of(x, x), Set.of()),
        "categories", "X");
    iae("scheme whose positive category is not among them", () -> OutcomeScheme.of("S",
        List.of(x), Set.of(WORK)), "positive", "WORK");
    npe("scheme without categories", () -> OutcomeScheme.of("S", null, Set.of()));
    ok("scheme of one category", () -> OutcomeTable.builder(OutcomeScheme.of("S", List.of(x),
        Set.of(x))).participants(1, 1).ended(x, 1, 1).build().check());
    iae("row of a category's kind without category",
        () -> new OutcomeRow(OutcomeRow.Kind.CATEGORY, java.util.Optional.empty()), "category");
    iae("row of a total with a category",
        () -> new OutcomeRow(OutcomeRow.Kind.ENDED, java.util.Optional.of(WORK)), "category");
    iae("row label of a category not in the scheme",
        () -> OutcomeScheme.CLASSIC.rowLabel(OutcomeCategory.HEALTH_DROPOUT), "HEALTH_DROPOUT");
  }

  private static void tables() {
    npe("table builder of no scheme", () -> OutcomeTable.builder(null));
    iae("table without participants", () -> OutcomeTable.builder(OutcomeScheme.CLASSIC)
        .build(), "participants");
    iae("table with a category of another scheme", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(1, 1).ended(OutcomeCategory.LONG_TERM_WORK, 1, 0)
        .build(), "category", "LONG_TERM_WORK");
    iae("table with participants of the largest ints", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(MAX, MAX), "women", "men");
    iae("table with negative newcomers", () -> OutcomeTable.builder(OutcomeScheme.CLASSIC)
        .newcomers(-1, 0), "women (-1)");
    iae("table with the same category twice", () -> OutcomeTable.builder(OutcomeScheme.CLASSIC)
        .participants(9, 9).ended(WORK, 1, 1).ended(WORK, 2, 2).build(), "WORK");
    iae("table whose categories' sum is beyond an int", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(1, 1).ended(WORK, MAX - 1, 0)
        .ended(STUDIES, MAX - 1, 0).build(), "categories", "4294967292");
    iae("table whose categories' women are beyond an int", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(1, 1).ended(WORK, Count.of(MAX - 1, 0, 0))
        .ended(STUDIES, Count.of(MAX - 1, 0, 0)).build(), "categories", "4294967292 + 0 = 0");
    iae("table whose categories' men are beyond an int", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(1, 1).ended(WORK, Count.of(0, MAX - 1, 0))
        .ended(STUDIES, Count.of(0, MAX - 1, 0)).build(), "categories", "0 + 4294967292 = 0");
    iae("table with a published percentage above 100", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(9, 9).ended(WORK, 1, 1)
        .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal("100.5")).build(),
        "publishedPercents", "100.5");
    iae("table with a published percentage of scale 999 999 999", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(9, 9).ended(WORK, 1, 1)
        .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal(BigInteger.ONE, 999_999_999))
        .build(), "publishedPercents", "WORK");
    iae("table with a published percentage 1e999999999", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(9, 9).ended(WORK, 1, 1)
        .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal("1e999999999")).build(),
        "publishedPercents");
    iae("table with a published percentage of a negative", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(9, 9).ended(WORK, 1, 1)
        .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal("-1")).build(),
        "publishedPercents", "-1");
    iae("table with a published percentage of the participants", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(9, 9).ended(WORK, 1, 1)
        .putPublishedPercents(OutcomeRow.PARTICIPANTS, BigDecimal.TEN).build(),
        "publishedPercents");
    iae("table with a published percentage of a row it lacks", () -> OutcomeTable.builder(
        OutcomeScheme.CLASSIC).participants(9, 9).ended(WORK, 1, 1)
        .putPublishedPercents(OutcomeRow.of(STUDIES), BigDecimal.TEN).build(),
        "publishedPercents", "STUDIES");
    OutcomeTable t = classic();
    iae("count of a category of another scheme", () -> t.count(OutcomeCategory.HEALTH_DROPOUT),
        "category", "HEALTH_DROPOUT");
    iae("share of a category of another scheme", () -> t.share(OutcomeCategory.LONG_TERM_WORK),
        "category", "LONG_TERM_WORK");
    npe("share of a null category", () -> t.share(WORK, null));
    npe("share of no sex", () -> t.share((Sex) null, WORK));
    npe("percents of no rounding", () -> t.percents(null));
    iae("plus a table of another scheme", () -> t.plus(OutcomeTable.builder(OutcomeScheme.SUS)
        .participants(1, 1).build()), "other", "SUS");
    npe("plus null", () -> t.plus(null));
    iae("plus beyond an int", () -> huge().build().plus(huge().build()), "total",
        String.valueOf(MAX - 1));
    iae("sum of no tables", () -> OutcomeTables.sum(List.of()), "tables ([])");
    npe("sum of null", () -> OutcomeTables.sum(null));
    npe("sum with a null table", () -> OutcomeTables.sum(java.util.Arrays.asList(t, null)));
    ok("sum of one table", () -> assertEquals(t, OutcomeTables.sum(List.of(t))));
    ok("sum of 10⁵ tables", () -> assertEquals(100_000 * 890,
        OutcomeTables.sum(Collections.nCopies(100_000, t)).participants().total()));
    iae("sum of tables beyond an int", () -> OutcomeTables.sum(Collections.nCopies(3,
        huge().build())), "total", String.valueOf(MAX - 1));
    ok("check of huge counts answers with findings", () -> {
      OutcomeTable h = huge().build();
      assertFalse(h.check().isClean(), h.check().toString());
      h.toString();
      h.toCsv();
      h.ended();
    });
    ok("check of the largest consistent table", () -> {
      OutcomeTable h = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(MAX - 1, 0)
          .newcomers(MAX - 1, 0).ended(WORK, MAX - 2, 0).ended(STUDIES, 1, 0)
          .remaining(0, 0).build();
      h.check();
      h.percents(PercentRounding.LARGEST_REMAINDER);
      h.percents(PercentRounding.HALF_UP);
      h.percent(WORK);
      OutcomeTables.parse(h.toString(), OutcomeScheme.CLASSIC).check();
    });
    ok("check of a table of every row at the largest int", () -> OutcomeTable.builder(
        OutcomeScheme.SUS).participants(MAX, 0).newcomers(0, MAX).endedTotal(MAX, 0)
        .longTermSubtotal(Count.of(MAX, 0)).remaining(0, MAX).ended(
            OutcomeCategory.LONG_TERM_WORK, MAX, 0).build().check());
    ok("percents of a table whose parts exceed the whole", () -> {
      OutcomeTable h = huge().build();
      assertThrows(ArithmeticException.class, () -> h.percents(PercentRounding.LARGEST_REMAINDER));
      assertThrows(ArithmeticException.class, () -> h.percent(WORK));
    });
    ok("table built twice from one builder is the same", () -> {
      OutcomeTable.Builder b = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(9, 9)
          .ended(STUDIES, 1, 1).ended(WORK, 2, 2)
          .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal("50"));
      OutcomeTable first = b.build();
      OutcomeTable second = b.build();
      assertEquals(first, second);
      assertEquals(List.of(WORK, STUDIES), List.copyOf(first.categories().keySet()));
      b.remaining(1, 1);
      assertTrue(first.remaining().isEmpty());
      assertEquals(first.categories(), b.build().categories());
    });
  }

  private static void goalsAndClaims() {
    OutcomeTable t = classic();
    for (int p : new int[] {-1, 101, Integer.MIN_VALUE, MAX}) {
      iae("goal of " + p + " %", () -> OutcomeGoal.atLeastPercent(p), "percent (" + p + ")");
    }
    iae("goal of no categories", () -> OutcomeGoal.atLeastPercent(40).of(), "categories ([])");
    npe("goal of a null category", () -> OutcomeGoal.atLeastPercent(40).of(WORK, null));
    iae("goal of a category of another scheme", () -> OutcomeGoal.atLeastPercent(40)
        .of(OutcomeCategory.LONG_TERM_WORK).evaluate(t), "category", "LONG_TERM_WORK");
    npe("goal of no table", () -> OutcomeGoal.atLeastPercent(40).of(WORK).evaluate(null));
    CASES.add(new BadInputs.Case("goal without categories evaluated",
        () -> OutcomeGoal.atLeastPercent(40)
        .evaluate(t), IllegalStateException.class, "of(...)"));
    iae("claim of a negative percent", () -> t.verifyClaim(-1, WORK), "claimed (-1)");
    iae("claim of scale 999 999 999", () -> t.verifyClaim(new BigDecimal(BigInteger.ONE,
        999_999_999), WORK), "claimed", "1E-999999999");
    iae("claim 1e999999999", () -> t.verifyClaim(new BigDecimal("1e999999999"), WORK),
        "claimed");
    iae("claim of seven decimals", () -> t.verifyClaim(new BigDecimal("31.0000001"), WORK),
        "claimed (31.0000001)");
    iae("claim of no categories", () -> t.verifyClaim(31), "categories ([])");
    npe("claim of null", () -> t.verifyClaim((BigDecimal) null, WORK));
    npe("claim of null groups", () -> OutcomeTables.verifyClaim(BigDecimal.TEN, null, WORK));
    iae("claim of no groups", () -> OutcomeTables.verifyClaim(BigDecimal.TEN, List.of(), WORK),
        "tables ([])");
    ok("claim of the largest int", () -> assertFalse(t.verifyClaim(MAX, WORK).isSupported()));
    ok("claim of 10⁵ groups", () -> OutcomeTables.verifyClaim(BigDecimal.TEN,
        Collections.nCopies(100_000, t), WORK));
  }

  private static void parsing() {
    OutcomeScheme sus = OutcomeScheme.SUS;
    List<String> bad = new ArrayList<>(List.of("", " ", "\n\n", "(SUS 1)", "(SUS 1)\n",
        "- till arbete (SUS 1)", "x", "Kvinnor Män Totalt", "(", ")", "%", "\t\t\t",
        "Antal deltagare", "Antal deltagare x y z",         "Antal deltagare -1 2 1", "Antal deltagare 1,5 2 3,5",
        "Antal deltagare \u0661 \u0662 \u0663", "Antal deltagare \uff11 \uff12 \uff13",
        "Antal deltagare 99999999999 1 100000000000", "Antal deltagare 2147483647 1 2147483648",
        "Antal deltagare " + "9".repeat(5_000) + " 1 1", "(".repeat(50_000),
        ")".repeat(50_000), "(SUS ".repeat(20_000), GARBAGE_MB, "Antal deltagare 1 1 2\n"
            + "(SUS 1)\t1\t1\t2", "Antal deltagare 1 1 2\n(SUS 1)",
        "Antal deltagare 1 1 2\n" + "varav till arbete 1 1 2\n".repeat(2),
        "Antal deltagare 1 1 2\nAntal deltagare 3 3 6",
        "Antal deltagare 1 1 2\n- till arbete 1 1 2 " + "9".repeat(100) + " %"));
    for (String s : bad) {
      String shown = s.length() > 40 ? s.substring(0, 20) + "… (" + s.length() + ")" : s;
      iae("classic table text \"" + shown + "\"", () -> OutcomeTables.parse(s,
          OutcomeScheme.CLASSIC), "line");
      iae("SUS table text \"" + shown + "\"", () -> OutcomeTables.parse(HEADER + s, sus),
          "line");
    }
    npe("table text null", () -> OutcomeTables.parse(null, sus));
    npe("table scheme null", () -> OutcomeTables.parse("Antal deltagare 1 1 2", null));
    ok("a participants row of women and men only", () -> assertEquals(Count.of(1, 2),
        OutcomeTables.parse("Antal deltagare 1 2", OutcomeScheme.CLASSIC).participants()));
    ok("a parsed table reads back from its text", () -> assertEquals(classic(),
        OutcomeTables.parse(classic().toString(), OutcomeScheme.CLASSIC)));
    ok("10⁵ lines of blank text", () -> assertThrows(IllegalArgumentException.class,
        () -> OutcomeTables.parse("\n".repeat(100_000), sus)));
    ok("a table text with 10⁵ unknown lines", () -> assertThrows(IllegalArgumentException.class,
        () -> OutcomeTables.parse("Antal deltagare 1 1 2\n" + "Okänd rad 1 1 2\n"
            .repeat(100_000), OutcomeScheme.CLASSIC)));
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputFailsFastWithAClearMessage() {
    return CASES.tests(120);
  }
}
