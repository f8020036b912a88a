package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Findings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OutcomeTableTest {

  @Nested
  class Checks {
    @Test
    void check_findsEveryKindOfInconsistency() {
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC)
          .participants(Count.of(10, 10, 21)) // women + men != total
          .newcomers(30, 0)                    // more than participants
          .endedTotal(5, 5)
          .ended(WORK, 3, 3).ended(STUDIES, 1, 1) // 8, not 10
          .remaining(4, 4)                     // 21 - 10 = 11, not 8
          .build();
      Findings f = t.check();
      assertTrue(f.contains("outcomes.row.sex-sum"), f.toString());
      assertTrue(f.contains("outcomes.newcomers.exceed"), f.toString());
      assertTrue(f.contains("outcomes.ended.categories-sum"), f.toString());
      assertTrue(f.contains("outcomes.remaining"), f.toString());
    }

    @Test
    void check_printedPercentThatDisagreesIsAFindingNotAParseError() {
      OutcomeTable t = OutcomeTables.parse("Antal deltagare totalt 10 10 20\n"
          + "varav till arbete 2 2 4 50%\n"
          + "Övriga avbrott 2 2 4 50%\n"
          + "varav annan behovsanpassad lösning 1 1 2 25%\n", OutcomeScheme.CLASSIC);
      // 4 of 10 = 40 %, not 50; 2 of 10 = 20, not 25
      Findings f = t.check();
      assertEquals(3, f.withCode("outcomes.percent.published").size(), f.toString());
      assertTrue(f.all().get(0).message().contains("40,0\u00A0%"), f.toString());
    }

    @Test
    void check_percentRoundedDownIsOnlyAWarning() {
      OutcomeTable t = OutcomeTables.parse("Antal deltagare totalt 20 20 40\n"
          + "varav till arbete 9 10 19 47%\n"
          + "Övriga avbrott 11 10 21 53%\n", OutcomeScheme.CLASSIC);
      Findings f = t.check();
      assertTrue(f.contains("outcomes.percent.rounding"), f.toString());
      assertTrue(f.errors().isEmpty(), f.toString());
    }
  }

  @Nested
  class Parsing {
    @Test
    void parse_tabSeparatedWithBlankSexColumns() {
      OutcomeTable t = OutcomeTables.parse("\tKvinnor\tMän\tTotalt\t%\n"
          + "Antal deltagare totalt\t72\t49\t121\t\n"
          + "varav till arbete\t8\t5\t13\t34%\n"
          + "Övriga avbrott\t\t\t0\t0%\n", OutcomeScheme.CLASSIC);
      assertEquals(Count.ofTotal(0), t.count(OTHER_DROPOUT));
      assertEquals(Count.of(8, 5), t.count(WORK));
    }

    @Test
    void parse_susSchemeWithCodesAndSubtotal() {
      OutcomeTable t = OutcomeTables.parse("Tertial 1  Kvinnor  Män  Totalt  %\n"
          + "Antal deltagare totalt 40 40 80\n"
          + "Avslutade till långsiktig lösning 8 7 15\n"
          + "- till arbete (SUS 1) 3 4 7 35%\n"
          + "- extratjänst (SUS 1) 1 0 1 5%\n"
          + "- till studier (SUS 1) 2 1 3 15%\n"
          + "- fortsatt rehab och öppet a-sök (SUS 1, 2) 1 1 2 10%\n"
          + "- saknar arbetsförmåga (SUS 3) 1 1 2 10%\n"
          + "Avbrott av hälsoskäl (SUS 3) 1 1 2 10%\n"
          + "Övriga avbrott (SUS 4, 5, 7, 9) 2 1 3 15%\n", OutcomeScheme.SUS);
      assertEquals(20, t.ended().total());
      assertEquals(Count.of(3, 4), t.count(OutcomeCategory.LONG_TERM_WORK));
      assertTrue(t.check().all().isEmpty(), t.check().toString());
      assertEquals(75, t.percent(OutcomeScheme.SUS.positive().toArray(new OutcomeCategory[0])));
    }

    @Test
    void parse_subtotalThatDoesNotAddUpIsFound() {
      OutcomeTable t = OutcomeTables.parse("Antal deltagare totalt 10 10 20\n"
          + "Avslutade till långsiktig lösning 3 3 6\n"
          + "- till arbete (SUS 1) 2 2 4\n", OutcomeScheme.SUS);
      assertTrue(t.check().contains("outcomes.subtotal.sum"));
    }

    @Test
    void parse_missingParticipantsRowIsRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OutcomeTables.parse("varav till arbete 1 1 2\n", OutcomeScheme.CLASSIC));
      assertTrue(e.getMessage().contains("Antal deltagare totalt"), e.getMessage());
    }

    @Test
    void parse_nonNumberNamesTheLine() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OutcomeTables.parse("Antal deltagare totalt 10 10 20\n"
              + "varav till arbete 3 x 3\n", OutcomeScheme.CLASSIC));
      assertTrue(e.getMessage().startsWith("line 2 (\"varav till arbete 3 x 3\")"),
          e.getMessage());
    }

    @Test
    void parse_negativeNumberNamesTheLine() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OutcomeTables.parse("  Kvinnor Män Totalt %\n"
              + "Antal deltagare totalt 10 -10 0\n", OutcomeScheme.CLASSIC));
      assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
      assertTrue(e.getMessage().contains("negative"), e.getMessage());
    }

    @Test
    void parse_unknownLabelNamesTheLine() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OutcomeTables.parse("Antal deltagare totalt 10 10 20\n"
              + "till månen 1 1 2\n", OutcomeScheme.CLASSIC));
      assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
    }
  }

  @Nested
  class SharesAndSums {
    @Test
    void percentsBySex_wholeAssociation2017() {
      OutcomeTable t = AnnualReport2017.parse(AnnualReport2017.WHOLE_ASSOCIATION);
      Map<OutcomeCategory, Integer> men = t.percents(Sex.MEN, PercentRounding.LARGEST_REMAINDER);
      assertEquals(100, men.values().stream().mapToInt(Integer::intValue).sum());
      // men: 58, 29, 42, 30 of 159 = 36.48, 18.24, 26.42, 18.87 %; floors add up to 98, the two
      // leftover points go to the largest remainders (drop-outs .87, work .48)
      assertEquals(List.of(37, 18, 26, 19), List.copyOf(men.values()));
      assertEquals(36, (int) t.percents(Sex.MEN, PercentRounding.HALF_UP).get(WORK));
    }

    @Test
    void plus_addsCountsAndRecomputesPercents() {
      OutcomeTable v = AnnualReport2017.parse(AnnualReport2017.VINDELN);
      OutcomeTable n = AnnualReport2017.parse(AnnualReport2017.NORDMALING);
      OutcomeTable both = OutcomeTables.sum(List.of(v, n));
      assertEquals(22, both.ended().total());
      assertEquals(Count.of(4, 4), both.count(WORK));
      assertEquals(36, both.percent(WORK)); // 8 of 22, not the average of 40 and 33
      assertTrue(both.check().all().isEmpty(), both.check().toString());
    }

    @Test
    void share_ofNobodyEndedThrows() {
      OutcomeTable t = AnnualReport2017.parse(AnnualReport2017.VUXENTORGET);
      assertThrows(ArithmeticException.class, () -> t.share(WORK));
    }

    @Test
    void builder_rejectsCategoryOfAnotherScheme() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OutcomeTable.builder(OutcomeScheme.SUS).participants(1, 1)
              .ended(OTHER_ADAPTED_SOLUTION, 1, 0).build());
      assertTrue(e.getMessage().contains("OTHER_ADAPTED_SOLUTION"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Count.of(-1, 2));
    }

    @Test
    void toString_printsTheReportTableAndCsv() {
      OutcomeTable t = AnnualReport2017.parse(AnnualReport2017.WHOLE_ASSOCIATION);
      String printed = t.toString();
      assertTrue(printed.lines().anyMatch(l -> l.startsWith("varav till arbete")
          && l.endsWith("31\u00A0%")), printed);
      assertTrue(t.toCsv().contains("varav till arbete;34;58;92;31 %"), t.toCsv());
      assertEquals(t, OutcomeTables.parse(printed, OutcomeScheme.CLASSIC));
    }
  }

  /** Counterexamples that the properties shrank to, kept as plain tests. */
  @Nested
  class Counterexamples {
    @Test
    void check_aMisprintedTotalIsNamedOnceAndItsPercentIsNotCheckedAgain() {
      // women 999 + men 999 printed with total 0, and 0 %: one count explains it
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(Count.ofTotal(0))
          .ended(WORK, Count.of(999, 999, 0))
          .putPublishedPercents(OutcomeRow.of(WORK), java.math.BigDecimal.ZERO).build();
      Findings f = t.check();
      assertEquals(List.of("outcomes.count.mismatch", "outcomes.ended.exceed"),
          f.all().stream().map(x -> x.code()).collect(java.util.stream.Collectors.toList()),
          f.toString());
    }

    @Test
    void check_aMisprintedEndedRowIsRepairedBeforePercentagesAreChecked() {
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(Count.ofTotal(0))
          .endedRow(Count.of(999, 0, 0)).ended(WORK, Count.of(999, 0))
          .putPublishedPercents(OutcomeRow.of(WORK), java.math.BigDecimal.ZERO).build();
      Findings f = t.check();
      assertEquals("outcomes.count.mismatch", f.all().get(0).code(), f.toString());
      assertTrue(f.all().get(0).message().contains("\"Totalt antal avslutade under året\""),
          f.toString());
    }

    @Test
    void toString_aShareAbove100IsNotPrintedAsAPercentage() {
      // 2 of 1 ended: the table is wrong, but its print must still read back
      OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC).participants(Count.ofTotal(0))
          .endedRow(Count.of(1, 0)).ended(OTHER_ADAPTED_SOLUTION, 0, 2).build();
      assertEquals(t, OutcomeTables.parse(t.toString(), OutcomeScheme.CLASSIC), t.toString());
      assertTrue(!t.toString().contains("200"), t.toString());
    }

    @Test
    void parse_twoReadingsThatBothAddUpAreAnErrorNamingTheLine() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OutcomeTables.parse("varav annan behovsanpassad lösning 124 124 999 125 123 99%\n"
              + "Antal deltagare totalt 1 2 3\n", OutcomeScheme.CLASSIC));
      assertTrue(e.getMessage().startsWith("line 1"), e.getMessage());
    }
  }
}
