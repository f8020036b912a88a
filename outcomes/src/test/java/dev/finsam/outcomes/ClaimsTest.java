package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  class SeveralPlatforms {
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
