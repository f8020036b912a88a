package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.HEALTH_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_WORK;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.Severity;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link OutcomeTable#check()} finds, row by row and rule by rule, at its boundaries. */
class TableCheckTest {

  static List<String> codes(Findings f) {
    return f.all().stream().map(Finding::code).collect(Collectors.toList());
  }

  static String label(OutcomeScheme scheme, OutcomeRow row) {
    return scheme.label(row);
  }

  /** A SUS table with every row printed, whose sums hold: 40 took part, 20 ended, 20 remain. */
  static OutcomeTable everyRow() {
    return OutcomeTable.builder(OutcomeScheme.SUS).participants(22, 18).newcomers(9, 7)
        .endedTotal(11, 9).longTermSubtotal(Count.of(6, 5)).ended(LONG_TERM_WORK, 4, 3)
        .ended(LONG_TERM_STUDIES, 2, 2).ended(HEALTH_DROPOUT, 1, 2).ended(OTHER_DROPOUT, 4, 2)
        .remaining(11, 9).build();
  }

  static Stream<OutcomeRow> everyRowOfTheTable() {
    return everyRow().rows().keySet().stream();
  }

  @Nested
  class WomenAndMen {
    @Test
    void everyRow_checksClean() {
      assertTrue(everyRow().check().isClean(), everyRow().check().toString());
    }

    /**
     * Each row's total printed one too high: women + men is broken on that row. Where the total
     * also takes part in a sum (every row but the newcomers), that one number explains both, and
     * the finding names it and the value the other rows give; the newcomers' total is in no sum,
     * so it may be women, men or the total that is wrong, and the finding says women + men.
     */
    @ParameterizedTest
    @MethodSource("dev.finsam.outcomes.TableCheckTest#everyRowOfTheTable")
    void check_aTotalThatIsNotWomenPlusMenIsOneErrorNamingTheRow(OutcomeRow row) {
      OutcomeTable t = everyRow();
      Count c = t.rows().get(row);
      OutcomeTable.Builder b = OutcomeTable.builder(OutcomeScheme.SUS);
      t.rows().forEach((r, n) -> Equations.put(b, r, r.equals(row)
          ? Count.of(n.women(), n.men(), n.total() + 1) : n));
      Findings f = b.build().check();
      assertEquals(1, f.all().size(), f.toString());
      Finding e = f.all().get(0);
      assertEquals(Severity.ERROR, e.severity());
      String name = "Raden \"" + label(OutcomeScheme.SUS, row) + "\"";
      if (row.equals(OutcomeRow.NEWCOMERS)) {
        assertEquals("outcomes.row.sex-sum", e.code());
        assertEquals(name + ": kvinnor " + c.women() + " + män " + c.men() + " = " + c.total()
            + ", men totalen är " + (c.total() + 1) + ".", e.message());
      } else {
        assertEquals("outcomes.count.mismatch", e.code());
        assertEquals(name + " anger totalt " + (c.total() + 1) + ", men tabellens övriga rader och "
            + "summor ger " + c.total() + ".", e.message());
      }
    }

    @Test
    void check_womenPlusMenBeyondAnIntIsPrintedExactly() {
      int max = Integer.MAX_VALUE;
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(Count.ofTotal(0))
          .newcomers(Count.of(max, 1, max)).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.row.sex-sum", "outcomes.newcomers.exceed"), codes(f),
          f.toString());
      Finding e = f.all().get(0);
      assertEquals("Raden \"varav nya för året\": kvinnor " + Swedish.integer(max) + " + män 1 = "
          + Swedish.integer(max + 1L) + ", men totalen är " + Swedish.integer(max) + ".",
          e.message());
    }

    @Test
    void check_whenOnlyWomenOrMenOfTheEndedAreInDoubtItsPercentagesAreStillChecked() {
      // the ended row: 10 + 10 = 20, printed 21; the categories (totals only) confirm 21, so
      // women or men is wrong, not the total, and "60 %" for 10 of 21 is an error to report
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(Count.ofTotal(40))
          .endedRow(Count.of(10, 10, 21)).ended(WORK, Count.ofTotal(10))
          .ended(OTHER_DROPOUT, Count.ofTotal(11))
          .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal("60")).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.row.sex-sum", "outcomes.percent.published"), codes(f),
          f.toString());
      assertEquals("Raden \"varav till arbete\" anger 60\u00A0% men 10 av 21 är 47,6\u00A0%, "
          + "avrundat 48\u00A0%.", f.all().get(1).message());
    }

    @Test
    void check_whenACategorysTotalIsInDoubtTheEndedIsAndPercentagesAreNotJudged() {
      // no ended row: the ended are the categories, 11 + 10 or 10 + 10 as work's total is right
      // or wrong; "50 %" for the 10 drop-outs is right of 20 and wrong of 21
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(Count.ofTotal(40))
          .ended(WORK, Count.of(5, 5, 11)).ended(OTHER_DROPOUT, Count.ofTotal(10))
          .putPublishedPercents(OutcomeRow.of(OTHER_DROPOUT), new BigDecimal("50")).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.row.sex-sum"), codes(f), f.toString());
      assertEquals("Raden \"varav till arbete\": kvinnor 5 + män 5 = 10, men totalen är 11.",
          f.all().get(0).message());
    }

    @Test
    void check_whenTheParticipantsTotalIsInDoubtTheLimitsAreNotJudged() {
      // 10 + 10 = 20 participants, printed 21: 21 newcomers are too many only if 20 is right
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC)
          .participants(Count.of(10, 10, 21)).newcomers(Count.ofTotal(21)).build();
      assertEquals(List.of("outcomes.row.sex-sum"), codes(t.check()), t.check().toString());
    }

    @Test
    void check_aCategoryPrintedWithoutWomenAndMenIsSummedInTotalOnly() {
      // Steget vidare 2017 prints some rows with a total alone: the ended row's women and men
      // cannot be checked against them, only its total
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(15, 15)
          .endedTotal(10, 10).ended(WORK, Count.ofTotal(12)).ended(STUDIES, 4, 4)
          .remaining(5, 5).build();
      assertTrue(t.check().isClean(), t.check().toString());
    }
  }

  @Nested
  class Sums {
    @Test
    void check_categoriesThatDoNotAddUpInTotal() {
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(20, 20)
          .endedTotal(10, 10).ended(WORK, 5, 5).remaining(10, 10).build();
      // the remaining row is checked against the printed ended row, which it agrees with
      Findings f = t.check();
      assertEquals(List.of("outcomes.ended.categories-sum"), codes(f), f.toString());
      assertEquals("Avslutskategorierna summerar till 10, men raden \"Totalt antal avslutade under "
          + "året\" anger 20.", f.all().get(0).message());
    }

    @Test
    void check_categoriesThatAddUpInTotalButNotByWomenAndMen() {
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(10, 10)
          .endedTotal(5, 5).ended(WORK, 6, 4).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.ended.categories-sum"), codes(f), f.toString());
      assertEquals("Avslutskategorierna summerar till kvinnor 6 och män 4, men raden \"Totalt "
          + "antal avslutade under året\" anger 5 och 5.", f.all().get(0).message());
    }

    @Test
    void check_remainingThatIsNotParticipantsMinusEndedByWomenAndMen() {
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(20, 20)
          .endedTotal(10, 10).ended(WORK, 10, 10).remaining(12, 8).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.remaining"), codes(f), f.toString());
      assertEquals("Deltagare minus avslutade är kvinnor 10 och män 10, men raden \"Antal kvar i "
          + "verksamheten\" anger 12 och 8.", f.all().get(0).message());
    }

    @Test
    void check_remainingThatIsNotParticipantsMinusEndedInTotal() {
      // without an ended row, the ended are the categories: 40 − 18 = 22, not 21
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(20, 20)
          .ended(WORK, 5, 4).ended(OTHER_DROPOUT, 5, 4).remaining(Count.ofTotal(21)).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.count.mismatch"), codes(f), f.toString());
      assertEquals("Raden \"Antal kvar i verksamheten\" anger totalt 21, men tabellens övriga "
          + "rader och summor ger 22.", f.all().get(0).message());
    }

    @Test
    void check_aLongTermSubtotalThatDoesNotAddUp() {
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.SUS).participants(10, 10)
          .longTermSubtotal(Count.of(3, 3)).ended(LONG_TERM_WORK, 2, 2)
          .ended(LONG_TERM_STUDIES, 2, 1).ended(OTHER_DROPOUT, 1, 1).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.subtotal.sum"), codes(f), f.toString());
      assertEquals("De långsiktiga lösningarna summerar till 7, men raden \"Avslutade till "
          + "långsiktig lösning\" anger 6.", f.all().get(0).message());
    }

    @Test
    void check_sumsThatOneNumberCannotExplainAreEachReported() {
      // the categories add up to 15 of the 20 ended: any of three rows may hold the mistake, so
      // the sum is reported, and so are the 20 ended of 15 participants
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC)
          .participants(Count.ofTotal(15)).endedRow(Count.ofTotal(20))
          .ended(WORK, Count.ofTotal(5)).ended(OTHER_DROPOUT, Count.ofTotal(10)).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.ended.categories-sum", "outcomes.ended.exceed"), codes(f),
          f.toString());
      assertEquals("Avslutade (20) är fler än deltagarna (15).", f.all().get(1).message());
    }
  }

  @Nested
  class OneNumberToBlame {
    @Test
    void check_aMisprintedWomenCountIsNamedAndTheRowsPercentageStillChecked() {
      // work's women printed 3 where the ended row and the drop-outs make 2; work's total 4 is
      // right, so its "60 %" is 4 of 10 = 40 % and an error of its own
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(10, 10)
          .endedTotal(5, 5).ended(WORK, Count.of(3, 2, 4)).ended(OTHER_DROPOUT, 3, 3)
          .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal("60")).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.count.mismatch", "outcomes.percent.published"), codes(f),
          f.toString());
      assertEquals("Raden \"varav till arbete\" anger kvinnor 3, men tabellens övriga rader och "
          + "summor ger 2.", f.all().get(0).message());
    }

    @Test
    void check_aTotalContradictedByItsWomenAndMenAndByTheRemainingIsTheOneToBlame() {
      // totals only below the participants: 10 + 10 = 20 and 10 ended + 10 remaining = 20
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC)
          .participants(Count.of(10, 10, 21)).ended(WORK, Count.ofTotal(10))
          .remaining(Count.ofTotal(10)).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.count.mismatch"), codes(f), f.toString());
      assertEquals("Raden \"Antal deltagare totalt\" anger totalt 21, men tabellens övriga rader "
          + "och summor ger 20.", f.all().get(0).message());
    }

    @Test
    void check_sumsThatBlameOneNumberDifferentlyAreEachReported() {
      // women + men say the participants are 20, ended + remaining say 21: no one number explains
      // both, so both rules are reported
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC)
          .participants(Count.of(10, 10, 23)).ended(WORK, Count.ofTotal(10))
          .remaining(Count.ofTotal(11)).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.row.sex-sum", "outcomes.remaining"), codes(f), f.toString());
      assertEquals("Raden \"Antal deltagare totalt\": kvinnor 10 + män 10 = 20, men totalen är 23.",
          f.all().get(0).message());
      assertEquals("Deltagare minus avslutade är 13, men raden \"Antal kvar i verksamheten\" anger "
          + "11.", f.all().get(1).message());
    }

    @Test
    void check_theCorrectedCountMayBeZero() {
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(5, 5)
          .endedTotal(3, 3).ended(WORK, Count.of(0, 0, 1)).ended(OTHER_DROPOUT, 3, 3).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.count.mismatch"), codes(f), f.toString());
      assertEquals("Raden \"varav till arbete\" anger totalt 1, men tabellens övriga rader och "
          + "summor ger 0.", f.all().get(0).message());
    }

    @Test
    void check_theCorrectedCountMayBeTheLargestInt() {
      int max = Integer.MAX_VALUE;
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC)
          .participants(Count.of(max, 0, max - 1)).ended(WORK, Count.ofTotal(max))
          .remaining(Count.ofTotal(0)).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.count.mismatch"), codes(f), f.toString());
      assertEquals("Raden \"Antal deltagare totalt\" anger totalt " + Swedish.integer(max - 1)
          + ", men tabellens övriga rader och summor ger " + Swedish.integer(max) + ".",
          f.all().get(0).message());
    }
  }

  @Nested
  class Limits {
    @Test
    void check_newcomersUpToTheParticipantsAndNotOneMore() {
      assertTrue(OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(10, 10)
          .newcomers(10, 10).build().check().isClean());
      Findings f = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(10, 10)
          .newcomers(11, 10).build().check();
      assertEquals(List.of("outcomes.newcomers.exceed"), codes(f), f.toString());
      assertEquals("Nya för perioden (21) är fler än deltagarna (20).", f.all().get(0).message());
    }

    @Test
    void check_endedUpToTheParticipantsAndNotOneMore() {
      assertTrue(OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(10, 10)
          .ended(WORK, 10, 5).ended(STUDIES, 0, 5).build().check().isClean());
      Findings f = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(10, 10)
          .ended(WORK, 10, 5).ended(STUDIES, 0, 6).build().check();
      assertEquals(List.of("outcomes.ended.exceed"), codes(f), f.toString());
      assertEquals("Avslutade (21) är fler än deltagarna (20).", f.all().get(0).message());
    }
  }

  @Nested
  class PrintedPercentages {
    static OutcomeTable work(int n, int ended, String printed) {
      return OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(ended, 0)
          .ended(WORK, n, 0).ended(OTHER_DROPOUT, ended - n, 0)
          .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal(printed)).build();
    }

    @Test
    void check_exactlyOneUnitFromTheShareIsAnError() {
      // 4 of 10 is 40 %: "41 %" and "39 %" are a whole point off
      for (String printed : new String[] {"41", "39"}) {
        Findings f = work(4, 10, printed).check();
        assertEquals(List.of("outcomes.percent.published"), codes(f), f.toString());
        assertEquals(Severity.ERROR, f.all().get(0).severity());
        assertEquals("Raden \"varav till arbete\" anger " + printed + "\u00A0% men 4 av 10 är "
            + "40,0\u00A0%, avrundat 40\u00A0%.", f.all().get(0).message());
      }
    }

    @Test
    void check_lessThanOneUnitFromTheShareIsARoundingWarning() {
      // 409 of 1 000 is 40,9 %, which rounds to 41: "40 %" is rounded down, 0,9 points off
      Findings f = work(409, 1000, "40").check();
      assertEquals(List.of("outcomes.percent.rounding"), codes(f), f.toString());
      assertEquals(Severity.WARNING, f.all().get(0).severity());
      assertEquals("Raden \"varav till arbete\" anger 40\u00A0% men 409 av 1\u00A0000 är "
          + "40,9\u00A0%, avrundat 41\u00A0%.", f.all().get(0).message());
    }

    @Test
    void check_atOneDecimalTheUnitIsATenth() {
      // 819 of 2 000 is 40,95 %: "40,9 %" is 0,05 off (rounded down), "40,8 %" 0,15 off
      assertEquals(List.of("outcomes.percent.rounding"), codes(work(819, 2000, "40.9").check()));
      assertEquals(List.of("outcomes.percent.published"), codes(work(819, 2000, "40.8").check()));
      assertEquals(List.of("outcomes.percent.published"), codes(work(818, 2000, "41.0").check()),
          "40,90 % is exactly a tenth below 41,0");
      assertEquals("Raden \"varav till arbete\" anger 40,8\u00A0% men 819 av 2\u00A0000 är "
          + "40,95\u00A0%, avrundat 41,0\u00A0%.", work(819, 2000, "40.8").check().all().get(0)
          .message());
    }

    @Test
    void construction_keepsOnlyPercentagesThatDisagree_atSixDecimalsTheMost() {
      assertEquals(Map.of(), work(4, 10, "40.000000").publishedPercents());
      assertTrue(work(4, 10, "40.000000").check().isClean());
      assertEquals(Map.of(OutcomeRow.of(WORK), new BigDecimal("40.000001")),
          work(4, 10, "40.000001").publishedPercents());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> work(4, 10, "40.0000001"));
      assertTrue(e.getMessage().startsWith("publishedPercents of CATEGORY WORK (40.0000001) must "
          + "be 0 to 100 with at most 6 decimals"), e.getMessage());
    }

    @Test
    void check_percentagesAreJudgedAgainstTheRepairedEndedRow() {
      // the ended row prints 11 where its women and men, and the categories, make 10: "40 %" for
      // 4 to work is right of 10, and only the ended row is reported
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(10, 10)
          .endedRow(Count.of(5, 5, 11)).ended(WORK, 2, 2).ended(OTHER_DROPOUT, 3, 3)
          .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal("40")).build();
      assertEquals(Map.of(OutcomeRow.of(WORK), new BigDecimal("40")), t.publishedPercents(),
          "of the printed 11, 4 is 36 %: construction keeps it for check");
      Findings f = t.check();
      assertEquals(List.of("outcomes.count.mismatch"), codes(f), f.toString());
      assertEquals("Raden \"Totalt antal avslutade under året\" anger totalt 11, men tabellens "
          + "övriga rader och summor ger 10.", f.all().get(0).message());
    }
  }

  @Nested
  class Construction {
    @Test
    void build_categoriesWhoseTotalsAloneAddUpBeyondAnInt() {
      int max = Integer.MAX_VALUE;
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(1, 1)
              .ended(WORK, Count.ofTotal(max - 1)).ended(STUDIES, Count.ofTotal(max - 1)).build());
      assertTrue(e.getMessage().contains("0 + 0 = 4294967292"), e.getMessage());
      assertEquals(max, OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(1, 1)
          .ended(WORK, Count.ofTotal(max - 1)).ended(STUDIES, Count.ofTotal(1)).build().ended()
          .total());
    }
  }
}
