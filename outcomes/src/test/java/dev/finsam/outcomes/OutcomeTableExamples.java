package dev.finsam.outcomes;

import static dev.finsam.outcomes.AnnualReport2017.parse;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Findings;
import dev.finsam.core.Fraction;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every outcome table of the annual report 2017, and the report's prose claims about them. */
class OutcomeTableExamples {

  static List<Arguments> tablesWithPublishedPercents() {
    return List.of(
        Arguments.of("hela förbundet", AnnualReport2017.WHOLE_ASSOCIATION, List.of(31, 19, 29, 21)),
        Arguments.of("Ungdomstorget", AnnualReport2017.UNGDOMSTORGET, List.of(35, 19, 18, 27)),
        Arguments.of("Våga växa", AnnualReport2017.VAGA_VAXA, List.of(10, 25, 48, 18)),
        Arguments.of("Mellansteget", AnnualReport2017.MELLANSTEGET, List.of(15, 0, 85, 0)),
        Arguments.of("Hikikomori", AnnualReport2017.HIKIKOMORI, List.of(8, 50, 42, 0)),
        Arguments.of("Steget vidare", AnnualReport2017.STEGET_VIDARE, List.of(34, 11, 55, 0)),
        Arguments.of("Vindeln", AnnualReport2017.VINDELN, List.of(40, 10, 20, 30)),
        Arguments.of("Vännäs", AnnualReport2017.VANNAS, List.of(44, 11, 11, 33)),
        Arguments.of("Nordmaling", AnnualReport2017.NORDMALING, List.of(33, 8, 42, 17)),
        Arguments.of("Robertsfors", AnnualReport2017.ROBERTSFORS, List.of(27, 27, 36, 9)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tablesWithPublishedPercents")
  void annualReport2017_tableChecksCleanAndItsPercentsAreReproduced(String name, String text,
      List<Integer> published) {
    OutcomeTable t = parse(text);
    Findings f = t.check();
    assertTrue(f.all().isEmpty(), name + ": " + f);
    assertEquals(published, List.copyOf(t.percents(PercentRounding.HALF_UP).values()), name);
    assertTrue(t.publishedPercents().isEmpty(), "every printed percent agrees with the counts");
  }

  @Test
  void annualReport2017_vuxentorgetChecksCleanAndHasNoPercents() {
    OutcomeTable t = parse(AnnualReport2017.VUXENTORGET);
    assertTrue(t.check().all().isEmpty(), t.check().toString());
    assertFalse(t.hasEnded());
    assertEquals(202, t.remaining().orElseThrow().total());
  }

  @Test
  void annualReport2017_wholeAssociationParsedEqualsBuilt() {
    OutcomeTable built = OutcomeTable.builder(OutcomeScheme.CLASSIC)
        .participants(422, 468).newcomers(221, 260).endedTotal(139, 159)
        .ended(WORK, 34, 58).ended(STUDIES, 28, 29)
        .ended(OTHER_ADAPTED_SOLUTION, 45, 42).ended(OTHER_DROPOUT, 32, 30)
        .remaining(283, 309).build();
    assertEquals(built, parse(AnnualReport2017.WHOLE_ASSOCIATION));
    assertEquals(Fraction.of(149, 298), built.share(WORK, STUDIES));
    assertEquals(298, built.ended().total());
  }

  @Nested
  class ProseClaims {
    @Test
    void wholeAssociation_goalOf40PercentExceededBy10Points() {
      OutcomeTable t = parse(AnnualReport2017.WHOLE_ASSOCIATION);
      GoalResult g = OutcomeGoal.atLeastPercent(40).of(WORK, STUDIES).evaluate(t);
      assertTrue(g.isMet());
      assertEquals(Fraction.of(10), g.marginPoints());
      // "79 % har fått någon form av positivt avslut"
      assertEquals(ClaimCheck.Verdict.MATCHES,
          t.verifyClaim(79, WORK, STUDIES, OTHER_ADAPTED_SOLUTION).verdict());
    }

    @Test
    void wholeAssociation_workOrStudiesUp4PointsFrom2016() {
      // 2016 (the report's figures in brackets): 356 ended, 122 work, 41 studies, 119 other, 74
      OutcomeTable y2016 = OutcomeTable.builder(OutcomeScheme.CLASSIC)
          .participants(Count.ofTotal(802)).ended(WORK, Count.ofTotal(122))
          .ended(STUDIES, Count.ofTotal(41)).ended(OTHER_ADAPTED_SOLUTION, Count.ofTotal(119))
          .ended(OTHER_DROPOUT, Count.ofTotal(74)).build();
      OutcomeTable y2017 = parse(AnnualReport2017.WHOLE_ASSOCIATION);
      Fraction points = OutcomeTables.changeInPoints(y2016, y2017, WORK, STUDIES);
      assertEquals(4, points.toBigDecimal(0, RoundingMode.HALF_UP).intValueExact());
    }

    @Test
    void ungdomstorget_72PercentIsARoundingArtefactAnd73PercentOfWorkWereMen() {
      OutcomeTable t = parse(AnnualReport2017.UNGDOMSTORGET);
      ClaimCheck positive = t.verifyClaim(72, WORK, STUDIES, OTHER_ADAPTED_SOLUTION);
      assertEquals(ClaimCheck.Verdict.SUM_OF_ROUNDED_PARTS, positive.verdict());
      assertEquals(73, positive.halfUp()); // 114 of 157 = 72.6 %
      assertEquals(ClaimCheck.Verdict.MATCHES, t.verifyClaim(54, WORK, STUDIES).verdict());
      assertEquals(ClaimCheck.Verdict.MATCHES, t.verifyClaim(27, OTHER_DROPOUT).verdict());
      assertEquals(73, t.proportion(Sex.MEN, WORK).toPercent(RoundingMode.HALF_UP, 0)
          .intValueExact());
      assertEquals(53, Fraction.of(t.participants().men(), t.participants().total())
          .toPercent(RoundingMode.HALF_UP, 0).intValueExact());
    }

    @Test
    void vagaVaxa_92PercentIsContradicted() {
      OutcomeTable t = parse(AnnualReport2017.VAGA_VAXA);
      ClaimCheck c = t.verifyClaim(92, WORK, STUDIES, OTHER_ADAPTED_SOLUTION);
      assertEquals(ClaimCheck.Verdict.CONTRADICTED, c.verdict());
      assertEquals(Fraction.of(33, 40), c.share()); // 82.5 %
      assertEquals("outcomes.claim.contradicted", c.toFinding().code());
      assertEquals(ClaimCheck.Verdict.MATCHES, t.verifyClaim(35, WORK, STUDIES).verdict());
      assertEquals(ClaimCheck.Verdict.MATCHES,
          t.verifyClaim(73, STUDIES, OTHER_ADAPTED_SOLUTION).verdict());
    }

    @Test
    void hikikomoriAndStegetVidare_claimsHold() {
      OutcomeTable h = parse(AnnualReport2017.HIKIKOMORI);
      assertEquals(ClaimCheck.Verdict.MATCHES,
          h.verifyClaim(100, WORK, STUDIES, OTHER_ADAPTED_SOLUTION).verdict());
      assertEquals(ClaimCheck.Verdict.MATCHES, h.verifyClaim(58, WORK, STUDIES).verdict());
      assertTrue(h.count(STUDIES).total() > h.count(WORK).total()); // "majoriteten till studier"
      OutcomeTable s = parse(AnnualReport2017.STEGET_VIDARE);
      assertEquals(ClaimCheck.Verdict.MATCHES,
          s.verifyClaim(100, WORK, STUDIES, OTHER_ADAPTED_SOLUTION).verdict());
      assertEquals(ClaimCheck.Verdict.MATCHES, s.verifyClaim(45, WORK, STUDIES).verdict());
    }

    @Test
    void vindeln_claimsHold() {
      OutcomeTable t = parse(AnnualReport2017.VINDELN);
      assertEquals(ClaimCheck.Verdict.MATCHES,
          t.verifyClaim(70, WORK, STUDIES, OTHER_ADAPTED_SOLUTION).verdict());
      assertEquals(ClaimCheck.Verdict.MATCHES, t.verifyClaim(50, WORK, STUDIES).verdict());
    }

    @Test
    void vannas_66And55PercentAreSumsOfRoundedRows() {
      OutcomeTable t = parse(AnnualReport2017.VANNAS);
      ClaimCheck positive = t.verifyClaim(66, WORK, STUDIES, OTHER_ADAPTED_SOLUTION);
      assertEquals(ClaimCheck.Verdict.SUM_OF_ROUNDED_PARTS, positive.verdict());
      assertEquals(67, positive.halfUp());
      ClaimCheck workStudies = t.verifyClaim(55, WORK, STUDIES);
      assertEquals(ClaimCheck.Verdict.SUM_OF_ROUNDED_PARTS, workStudies.verdict());
      assertEquals(56, workStudies.halfUp());
    }

    @Test
    void nordmaling_63PercentIsContradicted() {
      OutcomeTable t = parse(AnnualReport2017.NORDMALING);
      ClaimCheck positive = t.verifyClaim(63, WORK, STUDIES, OTHER_ADAPTED_SOLUTION);
      assertEquals(ClaimCheck.Verdict.CONTRADICTED, positive.verdict());
      assertEquals(83, positive.halfUp()); // 10 of 12
      assertEquals(ClaimCheck.Verdict.SUM_OF_ROUNDED_PARTS,
          t.verifyClaim(41, WORK, STUDIES).verdict()); // 5 of 12 = 41.7 %; 33 + 8 = 41
    }

    @Test
    void robertsfors_91PercentHoldsBut52PercentIsContradicted() {
      OutcomeTable t = parse(AnnualReport2017.ROBERTSFORS);
      assertEquals(ClaimCheck.Verdict.MATCHES,
          t.verifyClaim(91, WORK, STUDIES, OTHER_ADAPTED_SOLUTION).verdict());
      ClaimCheck workStudies = t.verifyClaim(52, WORK, STUDIES);
      assertEquals(ClaimCheck.Verdict.CONTRADICTED, workStudies.verdict());
      assertEquals(55, workStudies.halfUp()); // 6 of 11 = 54.5 %
      assertEquals(54, workStudies.sumOfRoundedParts());
    }
  }

  @Test
  void vagaVaxa_largestRemainderAddsUpTo100() {
    Map<OutcomeCategory, Integer> p =
        parse(AnnualReport2017.VAGA_VAXA).percents(PercentRounding.LARGEST_REMAINDER);
    assertEquals(List.of(10, 25, 48, 17), List.copyOf(p.values()));
  }
}
