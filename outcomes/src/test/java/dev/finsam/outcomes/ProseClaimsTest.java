package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How prose is cut into sentences, and which sentences claim a percentage of which rows. */
class ProseClaimsTest {

  static List<ProseClaims.Claim> find(String prose) {
    return ProseClaims.find(prose, OutcomeScheme.CLASSIC);
  }

  /** The one claim of a sentence: its percentage and categories. */
  static void claims(String prose, String percent, OutcomeCategory... categories) {
    List<ProseClaims.Claim> c = find(prose);
    assertEquals(1, c.size(), prose + ": " + c);
    assertEquals(new BigDecimal(percent), c.get(0).percent(), prose);
    assertEquals(List.of(categories), c.get(0).categories(), prose);
  }

  @Nested
  class Sentences {
    @Test
    void sentences_endAtAFullStopAnExclamationOrAQuestionMarkBeforeACapital() {
      assertEquals(List.of("Till arbete 30 %.", "Till studier 20 %!", "Övriga 10 %?", "Klart"),
          ProseClaims.sentences("Till arbete 30 %. Till studier 20 %! Övriga 10 %? Klart"));
    }

    @Test
    void sentences_endBeforeADigitButNotBeforeALowerCaseWord() {
      assertEquals(List.of("Av de avslutade.", "55 % gick till arbete."),
          ProseClaims.sentences("Av de avslutade. 55 % gick till arbete."));
      assertEquals(List.of("Bl.a. till arbete gick fler, t.ex. unga.", "Nästa"),
          ProseClaims.sentences("Bl.a. till arbete gick fler, t.ex. unga. Nästa"));
      assertEquals(List.of("t.ex. arbete.", "Nästa"), ProseClaims.sentences(
          "t.ex. arbete. Nästa"));
    }

    @Test
    void sentences_theLastEndsWithTheTextWithOrWithoutAMark() {
      assertEquals(List.of("Slut."), ProseClaims.sentences("Slut."));
      assertEquals(List.of("Slut."), ProseClaims.sentences("Slut.   "));
      assertEquals(List.of("Först.", "Sedan utan punkt"),
          ProseClaims.sentences("Först. Sedan utan punkt"));
      assertEquals(List.of("En mening"), ProseClaims.sentences("En mening "));
      assertEquals(List.of(), ProseClaims.sentences(""));
      assertEquals(List.of(), ProseClaims.sentences("   "));
    }

    @Test
    void sentences_aMarkWithoutASpaceAfterItEndsNone() {
      assertEquals(List.of("Se avsnitt 4.2 Resultat.", "Nästa"),
          ProseClaims.sentences("Se avsnitt 4.2 Resultat. Nästa"));
      assertEquals(List.of("Nya.Det gick bra!Sedan"), ProseClaims.sentences("Nya.Det gick bra!Sedan"));
      assertEquals(List.of("A"), ProseClaims.sentences("A  "));
    }

    @Test
    void sentences_aWideGapEndsOneToo() {
      // a caption and the prose that follows it on the same line of a PDF's text
      assertEquals(List.of("Tabell 8.", "Resultat i Vännäs", "Under året deltog 53."),
          ProseClaims.sentences("Tabell 8. Resultat i Vännäs   Under året deltog 53."));
      assertEquals(List.of("A", "B", "C"), ProseClaims.sentences("A  B  C"));
    }
  }

  @Nested
  class Claims {
    @Test
    void find_aPercentSignAttachedToItsNumber() {
      claims("Till arbete har 55% gått.", "55", WORK);
    }

    @Test
    void find_zeroPercentIsAClaim() {
      // Mellansteget 2017: nobody to studies
      claims("Till studier gick 0 %.", "0", STUDIES);
    }

    @Test
    void find_atSixDecimalsTheMostAsEveryPercentage() {
      claims("Till arbete gick 30,872483 %.", "30.872483", WORK);
      assertEquals(List.of(), find("Till arbete gick 30,8724832 %."));
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ",", ";", ":"})
    void find_aMarkRightAfterThePercentSignIsNotPartOfIt(String mark) {
      claims("Till arbete gick 30 %" + mark + " vilket är bra", "30", WORK);
    }

    @Test
    void find_aPercentSignJoinedToAWordIsNoPercentageOfTheEnded() {
      // "en 30 %-ig ökning" is a change, not a share of those who ended
      assertEquals(List.of(), find("Till arbete var det en 30 %-ig ökning."));
      assertEquals(List.of(), find("Till arbete gick 30 %* av dem."));
    }

    @Test
    void find_aNegativePercentageIsNoClaim() {
      assertEquals(List.of(), find("Till arbete gick \u22125 %."));
      assertEquals(List.of(), find("Till arbete gick -5 %."));
    }

    @Test
    void find_aSentenceThatBeginsWithAMarkOrAPercentSign() {
      claims(": till arbete gick 30 %", "30", WORK);
      claims("% till arbete: 30 %", "30", WORK);
    }

    @Test
    void find_aPercentSignWithoutANumberOrACategoryIsNoClaim() {
      assertEquals(List.of(), find("Andelen till arbete i % anges i tabellen."));
      assertEquals(List.of(), find("Av deltagarna var 53 % nya."));
    }

    @Test
    void find_lastYearsFigureInParenthesesIsLeftOutEvenWhenNested() {
      // "föregående" outside parentheses would leave the sentence out; inside, it is last year's
      claims("Antalet avbrott är 27 % (föregående år 30 %).", "27", OTHER_DROPOUT);
      claims("Antalet avbrott är 27 % (30 % (2016) föregående år).", "27", OTHER_DROPOUT);
      claims("Antalet avbrott är 27 % (föregående år 30 %", "27", OTHER_DROPOUT);
    }

    @Test
    void find_positiveEndingsNameEveryPositiveCategory() {
      List<OutcomeCategory> positive = List.of(WORK, STUDIES, OTHER_ADAPTED_SOLUTION);
      claims("Till arbete eller andra positiva lösningar har 70 % gått.", "70",
          positive.toArray(new OutcomeCategory[0]));
      claims("Totalt 70 % har fått ett positivt avslut.", "70",
          positive.toArray(new OutcomeCategory[0]));
      claims("Övriga avbrott och annan positiv lösning är 70 %.", "70", WORK, STUDIES,
          OTHER_ADAPTED_SOLUTION, OTHER_DROPOUT);
    }

    @Test
    void find_goneOnNamesThePositiveCategoriesOnlyWhenNothingElseIs() {
      claims("Vidare gick 30 % till arbete.", "30", WORK);
      claims("Till studier har 30 % gått vidare.", "30", STUDIES);
      claims("Av de avslutade har 80 % gått vidare.", "80", WORK, STUDIES,
          OTHER_ADAPTED_SOLUTION);
    }
  }
}
