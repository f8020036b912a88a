package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Fraction;
import dev.finsam.core.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Percentages claimed in prose: with decimals, for several platforms, and found in sentences. */
class ClaimsTest {

  static final OutcomeTable VINDELN = AnnualReport2017.parse(AnnualReport2017.VINDELN);
  static final OutcomeTable VANNAS = AnnualReport2017.parse(AnnualReport2017.VANNAS);
  static final OutcomeTable NORDMALING = AnnualReport2017.parse(AnnualReport2017.NORDMALING);

  @Nested
  class Decimals {
    @Test
    void verifyClaim_comparesAtThePrintedDecimals() {
      OutcomeTable vagaVaxa = AnnualReport2017.parse(AnnualReport2017.VAGA_VAXA);
      ClaimCheck c = vagaVaxa.verifyClaim(new BigDecimal("82.5"), WORK, STUDIES,
          OTHER_ADAPTED_SOLUTION);
      assertEquals(ClaimCheck.Verdict.MATCHES, c.verdict());
      assertEquals(ClaimCheck.Verdict.CONTRADICTED, vagaVaxa.verifyClaim(new BigDecimal("82.4"),
          WORK, STUDIES, OTHER_ADAPTED_SOLUTION).verdict());
      // 10 of 18 = 55,56 %: "55,6 %" holds, "55,60 %" is 55,56 at two decimals
      assertEquals(ClaimCheck.Verdict.MATCHES,
          VANNAS.verifyClaim(new BigDecimal("55.6"), WORK, STUDIES).verdict());
      assertEquals(ClaimCheck.Verdict.CONTRADICTED,
          VANNAS.verifyClaim(new BigDecimal("55.60"), WORK, STUDIES).verdict());
      assertEquals(new BigDecimal("55.56"),
          VANNAS.verifyClaim(new BigDecimal("55.60"), WORK, STUDIES).rounded());
    }

    @Test
    void verifyClaim_intAndBigDecimalAgree() {
      assertEquals(VANNAS.verifyClaim(55, WORK, STUDIES),
          VANNAS.verifyClaim(BigDecimal.valueOf(55), WORK, STUDIES));
    }

    @Test
    void verifyClaim_rejectsANegativeClaim() {
      assertThrows(IllegalArgumentException.class,
          () -> VANNAS.verifyClaim(new BigDecimal("-1"), WORK));
    }
  }

  @Nested
  class Verdicts {
    @Test
    void toFinding_annualReport2017_eachVerdictIsASentenceWithItsCodeAndSeverity() {
      // Vindeln: 5 of 10 to work or studies, "50 %"
      Finding matches = VINDELN.verifyClaim(50, WORK, STUDIES).toFinding();
      assertEquals(Severity.INFO, matches.severity());
      assertEquals("outcomes.claim.matches", matches.code());
      assertEquals("Uppgiften 50\u00A0% (till arbete, till studier) stämmer: 50,0\u00A0%.",
          matches.message());
      // Vännäs: 10 of 18 = 55,6 %, printed "55 %" = 44 + 11
      Finding artefact = VANNAS.verifyClaim(55, WORK, STUDIES).toFinding();
      assertEquals(Severity.INFO, artefact.severity());
      assertEquals("outcomes.claim.rounding-artefact", artefact.code());
      assertEquals("Uppgiften 55\u00A0% (till arbete, till studier) är summan av avrundade rader; "
          + "den exakta andelen är 55,6\u00A0%, avrundat 56\u00A0%.", artefact.message());
      // Våga växa: 33 of 40 = 82,5 %, printed "92 %"
      ClaimCheck contradicted = AnnualReport2017.parse(AnnualReport2017.VAGA_VAXA)
          .verifyClaim(92, WORK, STUDIES, OTHER_ADAPTED_SOLUTION);
      Finding error = contradicted.toFinding();
      assertEquals(Severity.ERROR, error.severity());
      assertEquals("outcomes.claim.contradicted", error.code());
      assertEquals("Uppgiften 92\u00A0% (till arbete, till studier, annan behovsanpassad lösning) "
          + "stämmer inte med antalen: den exakta andelen är 82,5\u00A0%, avrundat 83\u00A0%.",
          error.message());
      assertEquals(error.toString(), contradicted.toString());
    }

    @Test
    void isSupported_matchesAndRoundingArtefactsButNotContradictions() {
      assertTrue(VINDELN.verifyClaim(50, WORK, STUDIES).isSupported());
      assertTrue(VANNAS.verifyClaim(55, WORK, STUDIES).isSupported());
      assertFalse(VANNAS.verifyClaim(57, WORK, STUDIES).isSupported());
    }

    @Test
    void verifyClaim_zeroPercentIsAClaimToo() {
      // Mellansteget 2017: nobody of 13 to studies, printed "0 %"
      OutcomeTable mellansteget = AnnualReport2017.parse(AnnualReport2017.MELLANSTEGET);
      ClaimCheck c = mellansteget.verifyClaim(0, STUDIES);
      assertEquals(ClaimCheck.Verdict.MATCHES, c.verdict());
      assertEquals(0, c.halfUp());
      assertEquals(ClaimCheck.Verdict.CONTRADICTED, mellansteget.verifyClaim(1, STUDIES).verdict());
    }

    @Test
    void verifyClaim_atSixDecimalsTheMost() {
      // 2017, whole association: 92 of 298 to work = 30,872483221… %
      OutcomeTable t = AnnualReport2017.parse(AnnualReport2017.WHOLE_ASSOCIATION);
      ClaimCheck six = t.verifyClaim(new BigDecimal("30.872483"), WORK);
      assertEquals(ClaimCheck.Verdict.MATCHES, six.verdict());
      assertEquals(new BigDecimal("30.872483"), six.rounded());
      assertEquals(ClaimCheck.Verdict.CONTRADICTED,
          t.verifyClaim(new BigDecimal("30.872484"), WORK).verdict());
      assertEquals(ClaimCheck.Verdict.MATCHES, t.verifyClaim(new BigDecimal("30.9"), WORK)
          .verdict());
    }

    @Test
    void verifyClaim_aMisprintedRowPercentageCountsAsPrintedInTheSumOfRoundedParts() {
      // Vindeln's table with "45 %" printed to work where 4 of 10 is 40 %: the prose's "55 %"
      // to work or studies is then the printed 45 plus the 10 of studies, not a contradiction
      OutcomeTable misprinted = OutcomeTable.builder(OutcomeScheme.CLASSIC).from(VINDELN)
          .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal("45")).build();
      ClaimCheck c = misprinted.verifyClaim(55, WORK, STUDIES);
      assertEquals(ClaimCheck.Verdict.SUM_OF_ROUNDED_PARTS, c.verdict());
      assertEquals(55, c.sumOfRoundedParts());
      assertEquals(50, c.halfUp());
      assertEquals(ClaimCheck.Verdict.CONTRADICTED,
          VINDELN.verifyClaim(55, WORK, STUDIES).verdict(), "without the misprint");
    }

    @Test
    void sumOfRoundedParts_aPrintedPercentageWithDecimalsIsNotAWholeOne() {
      // "45,0 %" is not a whole percentage: the row's own share, 40 %, counts among the whole
      // parts; at the claim's decimals the printed 45,0 still makes "55 %" a sum of the rows
      OutcomeTable misprinted = OutcomeTable.builder(OutcomeScheme.CLASSIC).from(VINDELN)
          .putPublishedPercents(OutcomeRow.of(WORK), new BigDecimal("45.0")).build();
      ClaimCheck c = misprinted.verifyClaim(55, WORK, STUDIES);
      assertEquals(50, c.sumOfRoundedParts());
      assertEquals(ClaimCheck.Verdict.SUM_OF_ROUNDED_PARTS, c.verdict());
    }
  }

  @Nested
  class SeveralPlatforms {
    @Test
    void verifyClaim_theMeanOfExactPercentagesAtOneDecimal() {
      // Vännäs 10 of 18 = 55,555… %, Nordmaling 5 of 12 = 41,666… %: pooled 15 of 30 = 50,0 %;
      // the mean of the exact shares is 48,61… = 48,6, the mean of 55,6 and 41,7 is 48,65 = 48,7
      List<OutcomeTable> groups = List.of(VANNAS, NORDMALING);
      assertEquals(ClaimCheck.Verdict.MEAN_OF_GROUP_PERCENTAGES, OutcomeTables.verifyClaim(
          new BigDecimal("48.6"), groups, WORK, STUDIES).verdict());
      assertEquals(ClaimCheck.Verdict.MEAN_OF_GROUP_PERCENTAGES, OutcomeTables.verifyClaim(
          new BigDecimal("48.7"), groups, WORK, STUDIES).verdict());
      assertEquals(ClaimCheck.Verdict.CONTRADICTED, OutcomeTables.verifyClaim(
          new BigDecimal("48.8"), groups, WORK, STUDIES).verdict());
      assertEquals(ClaimCheck.Verdict.MATCHES, OutcomeTables.verifyClaim(
          new BigDecimal("50.0"), groups, WORK, STUDIES).verdict());
    }

    @Test
    void verifyClaim_aPlatformWhereNobodyEndedHasNoPercentageInTheMean() {
      // Vuxentorget started in October 2017 and nobody had ended: the mean is of two, not three
      OutcomeTable vuxentorget = AnnualReport2017.parse(AnnualReport2017.VUXENTORGET);
      ClaimCheck c = OutcomeTables.verifyClaim(new BigDecimal("48.6"),
          List.of(VANNAS, vuxentorget, NORDMALING), WORK, STUDIES);
      assertEquals(ClaimCheck.Verdict.MEAN_OF_GROUP_PERCENTAGES, c.verdict());
      assertEquals(Fraction.of(1, 2), c.share());
    }

    @Test
    void verifyClaim_whenThePooledShareMatchesItIsNotCalledAMean() {
      // Hikikomori 12 of 12 and Steget vidare 38 of 38 ended positively: 100 % pooled and mean
      OutcomeTable hikikomori = AnnualReport2017.parse(AnnualReport2017.HIKIKOMORI);
      OutcomeTable stegetVidare = AnnualReport2017.parse(AnnualReport2017.STEGET_VIDARE);
      ClaimCheck c = OutcomeTables.verifyClaim(BigDecimal.valueOf(100),
          List.of(hikikomori, stegetVidare), WORK, STUDIES, OTHER_ADAPTED_SOLUTION);
      assertEquals(ClaimCheck.Verdict.MATCHES, c.verdict());
      assertTrue(c.isSupported());
    }

    @Test
    void verifyClaim_oneGroupIsItsOwnPooledShare() {
      ClaimCheck c = OutcomeTables.verifyClaim(BigDecimal.valueOf(56), List.of(VANNAS), WORK,
          STUDIES);
      assertEquals(VANNAS.verifyClaim(56, WORK, STUDIES), c);
      assertEquals(ClaimCheck.Verdict.SUM_OF_ROUNDED_PARTS, OutcomeTables.verifyClaim(
          BigDecimal.valueOf(55), List.of(VANNAS), WORK, STUDIES).verdict());
    }

    @Test
    void verifyClaim_theMeanOfThePlatformsPercentagesIsRecognised() {
      // Vindeln 5 of 10, Vännäs 10 of 18, Nordmaling 5 of 12: pooled 20 of 40 = 50,0 %;
      // the mean of 50,0, 55,6 and 41,7 is 49,1
      List<OutcomeTable> groups = List.of(VINDELN, VANNAS, NORDMALING);
      ClaimCheck mean = OutcomeTables.verifyClaim(new BigDecimal("49.1"), groups, WORK, STUDIES);
      assertEquals(ClaimCheck.Verdict.MEAN_OF_GROUP_PERCENTAGES, mean.verdict());
      assertFalse(mean.isSupported());
      assertEquals("outcomes.claim.mean-of-groups", mean.toFinding().code());
      assertEquals("Uppgiften 49,1\u00A0% (till arbete, till studier) är medelvärdet av "
          + "plattformarnas procent; andelen av de sammanlagda antalen är 50,0\u00A0%.",
          mean.toFinding().message());
      assertEquals(ClaimCheck.Verdict.MATCHES,
          OutcomeTables.verifyClaim(new BigDecimal("50.0"), groups, WORK, STUDIES).verdict());
      assertEquals(ClaimCheck.Verdict.CONTRADICTED,
          OutcomeTables.verifyClaim(new BigDecimal("47.0"), groups, WORK, STUDIES).verdict());
    }

    @Test
    void verifyClaim_theMeanOfTheRoundedPercentagesToo() {
      // 50, 56 and 42 %: mean 49 (whole percent); pooled 50 %
      ClaimCheck mean = OutcomeTables.verifyClaim(BigDecimal.valueOf(49),
          List.of(VINDELN, VANNAS, NORDMALING), WORK, STUDIES);
      assertEquals(ClaimCheck.Verdict.MEAN_OF_GROUP_PERCENTAGES, mean.verdict());
    }
  }

  @Nested
  class InProse {
    @Test
    void find_percentagesAndTheCategoriesTheyName() {
      List<ProseClaims.Claim> claims = ProseClaims.find("Tabell 8. Resultat på individnivå i "
          + "Vännäs  Under året deltog 53 personer i samverkan, med något fler män. Av de 18 som "
          + "avslutats har totalt 66 % gått till arbete, studier eller annan behovsanpassad "
          + "lösning. Till arbete och studier har 55 % gått.", OutcomeScheme.CLASSIC);
      assertEquals(2, claims.size(), claims.toString());
      assertEquals(BigDecimal.valueOf(66), claims.get(0).percent());
      assertEquals(List.of(WORK, STUDIES, OTHER_ADAPTED_SOLUTION), claims.get(0).categories());
      assertEquals(List.of(WORK, STUDIES), claims.get(1).categories());
    }

    @Test
    void find_otherPositiveSolutionAndGoingOnAreThePositiveCategories() {
      assertEquals(List.of(WORK, STUDIES, OTHER_ADAPTED_SOLUTION), ProseClaims.find("Totalt har "
          + "92 % gått vidare till arbete, studier eller annan positiv lösning.",
          OutcomeScheme.CLASSIC).get(0).categories());
      assertEquals(List.of(WORK, STUDIES, OTHER_ADAPTED_SOLUTION), ProseClaims.find("Totalt har "
          + "92 % gått vidare.", OutcomeScheme.CLASSIC).get(0).categories());
      assertEquals(List.of(WORK, STUDIES, OTHER_ADAPTED_SOLUTION), ProseClaims.find("Av de 157 "
          + "har 72 % (70 %) gått till arbete, studier eller annat positivt avslut.",
          OutcomeScheme.CLASSIC).get(0).categories());
      assertEquals(List.of(OTHER_DROPOUT), ProseClaims.find("Antalet avbrott är 27 % (30 %).",
          OutcomeScheme.CLASSIC).get(0).categories());
    }

    @Test
    void find_leavesOutWomenAndMenGoalsLastYearAndSeveralPercentages() {
      for (String s : new String[] {
          "Könsfördelningen var något ojämn med 53 % män och 47 % kvinnor.",
          "Där har totalt 73 % av de som gått till arbete var män.",
          "Målet är att 40 % av de som avslutat ska gå till arbete eller studier.",
          "Andelen till arbete har ökat med 4 % jämfört med föregående år.",
          "Av de 298 har 92 (31 %) gått till arbete.",
          "Till arbete gick 30 % och till studier 20 %.",
          "Under året deltog 53 personer."}) {
        assertEquals(List.of(), ProseClaims.find(s, OutcomeScheme.CLASSIC), s);
      }
    }

    @Test
    void find_decimalsAndAPercentSignBeforeAFullStop() {
      ProseClaims.Claim c = ProseClaims.find("Till studier eller annan behovsanpassad lösning, "
          + "totalt 72,5 %.", OutcomeScheme.CLASSIC).get(0);
      assertEquals(new BigDecimal("72.5"), c.percent());
      assertEquals(List.of(STUDIES, OTHER_ADAPTED_SOLUTION), c.categories());
    }

    @Test
    void find_susCategoriesAndLongTermSolutions() {
      assertEquals(OutcomeScheme.SUS.positive(), ProseClaims.find("Av de avslutade har 64,3 % "
          + "gått till en långsiktig lösning.", OutcomeScheme.SUS).get(0).categories());
      assertTrue(ProseClaims.find("Till arbete har 20 % gått.", OutcomeScheme.SUS).get(0)
          .categories().contains(OutcomeCategory.LONG_TERM_WORK));
    }
  }
}
