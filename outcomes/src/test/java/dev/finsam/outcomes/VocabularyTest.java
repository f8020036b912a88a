package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.HEALTH_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_CONTINUED_REHAB;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words of labels and prose, and which row a label names. */
class VocabularyTest {

  static final Vocabulary CLASSIC = OutcomeScheme.CLASSIC.vocabulary();
  static final Vocabulary SUS = OutcomeScheme.SUS.vocabulary();

  @Nested
  class Words {
    @Test
    void of_innerHyphensJoinALeadingOrTrailingDashDoesNot() {
      assertEquals(List.of("fortsatt", "rehab", "och", "öppet", "a-sök"),
          Vocabulary.of("fortsatt rehab och öppet a-sök").words());
      assertEquals(List.of("till", "arbete"), Vocabulary.of("-till arbete").words());
      assertEquals(List.of("a"), Vocabulary.of("a-").words());
      assertEquals(List.of("a", "b"), Vocabulary.of("a- b").words());
      assertEquals(List.of("a", "1"), Vocabulary.of("a-1").words());
    }

    @Test
    void of_susCodesOfOneOrTwoDigitsWithCommasAndOch() {
      assertEquals(Set.of(4, 5, 7, 9), Vocabulary.of("Övriga avbrott (SUS 4, 5, 7 och 9)").codes());
      assertEquals(Set.of(10, 99), Vocabulary.of("(SUS 10, 99)").codes());
      assertEquals(Set.of(1), Vocabulary.of("(SUS 1, 100)").codes());
    }

    @Test
    void of_theCodesEndAtTheParenthesisOrAFullStop() {
      assertEquals(Set.of(3), Vocabulary.of("Avbrott av hälsoskäl (SUS 3) 12").codes());
      assertEquals(Set.of(3), Vocabulary.of("Avbrott SUS 3. 4 till").codes());
      assertEquals(Set.of(3), Vocabulary.of("Avbrott SUS 3 avbrott 4").codes());
    }

    @Test
    void of_fillersNumbersAndTertialsAreNoStems() {
      assertEquals(Set.of("deltagar"), Vocabulary.of("Antal deltagare T1 2021 totalt").stems());
      assertEquals(Set.of("ta", "x1"), Vocabulary.of("t1 ta x1").stems());
    }

    @Test
    void stem_leavesAtLeastFourLetters() {
      assertEquals("lösning", Vocabulary.stem("lösningar"));
      assertEquals("häls", Vocabulary.stem("hälsa"));
      assertEquals("höga", Vocabulary.stem("höga"));
      assertEquals("bra", Vocabulary.stem("bra"));
      assertEquals("extratjänst", Vocabulary.stem("extratjänsterna"));
    }
  }

  @Nested
  class Rows {
    @ParameterizedTest
    @ValueSource(strings = {"Ny", "Nya deltagare T1", "varav nya för året", "Nytillkomna",
        "Nyinskrivna under perioden"})
    void row_newcomers(String label) {
      assertEquals(OutcomeRow.NEWCOMERS, CLASSIC.row(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Antal kvar", "Kvarvarande deltagare", "Kvarstående 31 dec"})
    void row_remaining(String label) {
      assertEquals(OutcomeRow.REMAINING, CLASSIC.row(label));
    }

    @Test
    void row_susCodesTellApartDropOutsForHealthAndOthers() {
      assertEquals(OutcomeRow.of(HEALTH_DROPOUT), SUS.row("Avbrott (SUS 3)"));
      assertEquals(OutcomeRow.of(OTHER_DROPOUT), SUS.row("Avbrott (SUS 4, 5, 7, 9)"));
      // without codes, the category all of whose words the label has wins
      assertEquals(OutcomeRow.of(HEALTH_DROPOUT), SUS.row("Avbrott av hälsoskäl"));
      assertEquals(OutcomeRow.of(LONG_TERM_CONTINUED_REHAB),
          SUS.row("- fortsatt rehabilitering (SUS 1, 2)"));
    }

    @Test
    void row_susCodesOutrankTheWords() {
      // the words say other drop-outs, the code says health: the code decides
      assertEquals(OutcomeRow.of(HEALTH_DROPOUT), SUS.row("Övriga avbrott (SUS 3)"));
    }

    @Test
    void row_oneDistinctiveWordNamesACategoryGenericWordsDoNot() {
      assertEquals(OutcomeRow.of(OTHER_ADAPTED_SOLUTION), CLASSIC.row("varav behovsanpassad"));
      assertNull(CLASSIC.row("Annan lösning"));
      assertNull(SUS.row("Något annat (SUS 3)"));
    }

    @Test
    void row_aLabelThatFitsTwoCategoriesNamesThem() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CLASSIC.row("Arbete och studier"));
      assertEquals("it may be any of [WORK, STUDIES]", e.getMessage());
      assertEquals(OutcomeRow.of(WORK), CLASSIC.row("varav till arbete (SUS 1)"));
      // codes that none of the two carries do not choose between them
      assertEquals("it may be any of [WORK, STUDIES]", assertThrows(IllegalArgumentException.class,
          () -> CLASSIC.row("Arbete och studier (SUS 1)")).getMessage());
    }

    @Test
    void row_codesChooseBetweenCategoriesOfTheSameWords() {
      OutcomeCategory praktik = OutcomeCategory.of("PRAKTIK", "till praktik", List.of());
      OutcomeCategory praktikSus = OutcomeCategory.of("PRAKTIK_SUS", "till praktik", List.of(11));
      Vocabulary v = OutcomeScheme.of("EGEN", List.of(praktik, praktikSus), Set.of()).vocabulary();
      assertEquals(OutcomeRow.of(praktikSus), v.row("Till praktik (SUS 11)"));
      assertEquals("it may be any of [PRAKTIK, PRAKTIK_SUS]",
          assertThrows(IllegalArgumentException.class, () -> v.row("Till praktik")).getMessage());
    }

    @Test
    void isSus_codesOrAWordOnlyTheSusSchemeUses() {
      assertTrue(Vocabulary.isSus("Övriga avbrott (SUS 4)"));
      assertTrue(Vocabulary.isSus("Avslutade till långsiktig lösning"));
      assertTrue(Vocabulary.isSus("- till extratjänster"));
      assertTrue(Vocabulary.isSus("Avbrott av hälsoskäl"));
      assertFalse(Vocabulary.isSus("Övriga avbrott"));
      assertFalse(Vocabulary.isSus("Susanne"));
    }

    @Test
    void toString_namesTheScheme() {
      assertEquals("Vocabulary classic", CLASSIC.toString());
      assertEquals("Vocabulary sus", SUS.toString());
    }
  }

  @Test
  void names_aCategoryOfGenericWordsIsNamedByAllOfThem() {
    OutcomeCategory other = OutcomeCategory.of("OTHER", "annan lösning", List.of());
    OutcomeScheme own = OutcomeScheme.of("EGEN", List.of(WORK, other), Set.of(WORK));
    assertEquals(List.of(other), ProseClaims.find("Till annan lösning gick 30 %.", own).get(0)
        .categories());
    assertEquals(List.of(), ProseClaims.find("Till en lösning gick 30 %.", own));
  }

  @Test
  void names_aCategoryOfFillerWordsAloneIsNeverNamed() {
    OutcomeCategory filler = OutcomeCategory.of("FILLER", "till", List.of());
    OutcomeScheme own = OutcomeScheme.of("EGEN", List.of(WORK, filler), Set.of(WORK));
    assertEquals(List.of(WORK), ProseClaims.find("Till arbete gick 30 %.", own).get(0)
        .categories());
  }
}
