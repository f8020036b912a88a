package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.HEALTH_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_CONTINUED_REHAB;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_EXTRA_JOB;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_NO_WORK_CAPACITY;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_WORK;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_ADAPTED_SOLUTION;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Category schemes and their categories: identifiers, positive endings and printed labels. */
class OutcomeSchemeTest {

  @Nested
  class Categories {
    @ParameterizedTest
    @ValueSource(strings = {"A", "Z", "AZ", "ZA", "A0", "A9", "A_", "X_0_9", "WORK", "SUS_4"})
    void of_acceptsUpperCaseIdsWithDigitsAndUnderscores(String id) {
      assertEquals(id, OutcomeCategory.of(id, "till x", List.of()).id());
    }

    @ParameterizedTest
    // the characters on each side of A–Z and 0–9, first and later
    @ValueSource(strings = {"@", "[", "0A", "9", "_A", "A@", "A[", "A/", "A:", "Aa", "A-B", "AÅ"})
    void of_rejectsAnIdThatIsNotUpperCase(String id) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OutcomeCategory.of(id, "till x", List.of()));
      assertEquals("id (\"" + id + "\") must be UPPER_CASE", e.getMessage());
    }

    @Test
    void of_acceptsSusCodesFrom1To99() {
      assertEquals(List.of(1, 99), OutcomeCategory.of("X", "till x", List.of(1, 99)).susCodes());
      assertEquals("till x", OutcomeCategory.of("X", "  till x ", List.of()).label());
    }

    @Test
    void theBuiltInCategoriesCarryTheirSusCodes() {
      assertEquals(List.of(4, 5, 7, 9), OTHER_DROPOUT.susCodes());
      assertEquals(List.of(1, 2), LONG_TERM_CONTINUED_REHAB.susCodes());
      assertEquals(List.of(), WORK.susCodes());
      assertEquals("WORK", WORK.id());
      assertEquals("WORK", WORK.toString());
    }
  }

  @Nested
  class Labels {
    @Test
    void rowLabel_classicPrintsPositiveEndingsAsVaravAndNoCodes() {
      assertEquals("varav till arbete", OutcomeScheme.CLASSIC.rowLabel(WORK));
      assertEquals("varav till studier", OutcomeScheme.CLASSIC.rowLabel(STUDIES));
      assertEquals("varav annan behovsanpassad lösning",
          OutcomeScheme.CLASSIC.rowLabel(OTHER_ADAPTED_SOLUTION));
      // other drop-outs carry SUS codes, but the classic scheme does not print them
      assertEquals("Övriga avbrott", OutcomeScheme.CLASSIC.rowLabel(OTHER_DROPOUT));
    }

    @Test
    void rowLabel_susPrintsLongTermSolutionsAsDashRowsWithTheirCodes() {
      OutcomeScheme sus = OutcomeScheme.SUS;
      assertEquals("- till arbete (SUS 1)", sus.rowLabel(LONG_TERM_WORK));
      assertEquals("- extratjänst (SUS 1)", sus.rowLabel(LONG_TERM_EXTRA_JOB));
      assertEquals("- till studier (SUS 1)", sus.rowLabel(LONG_TERM_STUDIES));
      assertEquals("- fortsatt rehab och öppet a-sök (SUS 1, 2)",
          sus.rowLabel(LONG_TERM_CONTINUED_REHAB));
      assertEquals("- saknar arbetsförmåga (SUS 3)", sus.rowLabel(LONG_TERM_NO_WORK_CAPACITY));
      assertEquals("Avbrott av hälsoskäl (SUS 3)", sus.rowLabel(HEALTH_DROPOUT));
      assertEquals("Övriga avbrott (SUS 4, 5, 7, 9)", sus.rowLabel(OTHER_DROPOUT));
    }

    @Test
    void rowLabel_aSchemeOfOnesOwnPrintsLikeTheClassicOne() {
      OutcomeCategory praktik = OutcomeCategory.of("PRAKTIK", "till praktik", List.of(11));
      OutcomeScheme own = OutcomeScheme.of(" EGEN ", List.of(praktik, OTHER_DROPOUT),
          Set.of(praktik));
      assertEquals("EGEN", own.name());
      assertEquals("EGEN", own.toString());
      assertFalse(own.isSusCoded());
      assertEquals("varav till praktik", own.rowLabel(praktik));
      assertEquals("Övriga avbrott", own.rowLabel(OTHER_DROPOUT));
      assertEquals(Optional.empty(), own.subtotalLabel());
      assertEquals("Delsumma", own.label(OutcomeRow.LONG_TERM_SUBTOTAL));
    }

    @Test
    void label_ofEveryRowThatIsNotACategory() {
      for (OutcomeScheme s : List.of(OutcomeScheme.CLASSIC, OutcomeScheme.SUS)) {
        assertEquals("Antal deltagare totalt", s.label(OutcomeRow.PARTICIPANTS));
        assertEquals("varav nya för året", s.label(OutcomeRow.NEWCOMERS));
        assertEquals("Totalt antal avslutade under året", s.label(OutcomeRow.ENDED));
        assertEquals("Antal kvar i verksamheten", s.label(OutcomeRow.REMAINING));
      }
      assertEquals("Avslutade till långsiktig lösning",
          OutcomeScheme.SUS.label(OutcomeRow.LONG_TERM_SUBTOTAL));
      assertEquals(Optional.of("Avslutade till långsiktig lösning"),
          OutcomeScheme.SUS.subtotalLabel());
      assertEquals("Delsumma", OutcomeScheme.CLASSIC.label(OutcomeRow.LONG_TERM_SUBTOTAL));
      assertEquals("- till arbete (SUS 1)", OutcomeScheme.SUS.label(OutcomeRow.of(LONG_TERM_WORK)));
    }
  }

  @Nested
  class Positive {
    @Test
    void positive_inPrintOrder() {
      assertEquals(List.of(WORK, STUDIES, OTHER_ADAPTED_SOLUTION),
          OutcomeScheme.CLASSIC.positive());
      assertEquals(List.of(LONG_TERM_WORK, LONG_TERM_EXTRA_JOB, LONG_TERM_STUDIES,
          LONG_TERM_CONTINUED_REHAB, LONG_TERM_NO_WORK_CAPACITY), OutcomeScheme.SUS.positive());
      assertTrue(OutcomeScheme.SUS.isPositive(LONG_TERM_NO_WORK_CAPACITY));
      assertFalse(OutcomeScheme.SUS.isPositive(HEALTH_DROPOUT));
      assertFalse(OutcomeScheme.CLASSIC.isPositive(OTHER_DROPOUT));
      assertEquals("CLASSIC", OutcomeScheme.CLASSIC.name());
      assertEquals("SUS", OutcomeScheme.SUS.name());
    }
  }
}
