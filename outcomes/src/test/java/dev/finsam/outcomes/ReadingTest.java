package dev.finsam.outcomes;

import static dev.finsam.outcomes.OutcomeCategory.HEALTH_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_CONTINUED_REHAB;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_EXTRA_JOB;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_NO_WORK_CAPACITY;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_STUDIES;
import static dev.finsam.outcomes.OutcomeCategory.LONG_TERM_WORK;
import static dev.finsam.outcomes.OutcomeCategory.OTHER_DROPOUT;
import static dev.finsam.outcomes.OutcomeCategory.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reading published tables of other years: rows by meaning, Swedish numbers, clear errors. */
class ReadingTest {

  static OutcomeTable sus(String text) {
    return OutcomeTables.parse(text, OutcomeScheme.SUS);
  }

  static IllegalArgumentException rejected(String text, OutcomeScheme scheme) {
    return assertThrows(IllegalArgumentException.class, () -> OutcomeTables.parse(text, scheme));
  }

  @Nested
  class RowsByMeaning {
    @Test
    void parse_susTableOfATertialWithPeriodLabelsPluralAndOch() {
      OutcomeTable t = sus("Tertial 1\tKvinnor\tMän\tTotalt\t%\n"
          + "Antal deltagare T1\t40\t40\t80\t\n"
          + "varav nya för T1\t10\t12\t22\t\n"
          + "Totalt antal avslutade T1\t10\t10\t20\t\n"
          + "Totalt antal avslutade till långsiktiga lösningar\t8\t7\t15\t75 %\n"
          + "- till arbete (SUS 1)\t3\t4\t7\t35 %\n"
          + "- till extratjänster (SUS 1)\t1\t0\t1\t5 %\n"
          + "- till studier (SUS 1)\t2\t1\t3\t15 %\n"
          + "- fortsatt rehabilitering och öppet arbetssökande (SUS 1 och 2)\t1\t1\t2\t10 %\n"
          + "- saknar arbetsförmåga (SUS 3)\t1\t1\t2\t10 %\n"
          + "Avbrott av hälsoskäl (SUS 3)\t1\t1\t2\t10 %\n"
          + "Övriga avbrott (SUS 4, 5, 7 och 9)\t1\t2\t3\t15 %\n"
          + "Antal kvar t.o.m. T1\t30\t30\t60\t\n");
      assertTrue(t.check().all().isEmpty(), t.check().toString());
      assertEquals(Count.of(1, 0), t.count(LONG_TERM_EXTRA_JOB));
      assertEquals(Count.of(1, 1), t.count(LONG_TERM_CONTINUED_REHAB));
      assertEquals(Count.of(1, 2), t.count(OTHER_DROPOUT));
      assertEquals(Count.of(8, 7), t.longTermSubtotal().orElseThrow());
      assertEquals(Count.of(10, 12), t.newcomers().orElseThrow());
    }

    @Test
    void parse_susRowsOfAYearInAPdf() {
      OutcomeTable t = sus("2021 Kvinnor Män Totalt %\n"
          + "Antal deltagare 2021 1 234 1 000 2 234\n"
          + "Totalt antal avslutade 2021 100 100 200\n"
          + "Avslutade till långsiktig lösning 60 60 120 60 %\n"
          + "- till arbete (SUS 1) 60 60 120 60%\n"
          + "Avbrott av hälsoskäl (SUS 3) 20 20 40 20 %\n"
          + "Övriga avbrott (SUS 4, 5, 7, 9) 20 20 40 20 %\n"
          + "Antal kvar i verksamheten 1 134 900 2 034\n");
      assertTrue(t.check().all().isEmpty(), t.check().toString());
      assertEquals(Count.of(1234, 1000), t.participants());
      assertEquals(Count.of(20, 20), t.count(HEALTH_DROPOUT));
    }

    @Test
    void parse_aSubtotalPercentThatDisagreesIsChecked() {
      OutcomeTable t = sus("Antal deltagare 10 10 20\n"
          + "Avslutade till långsiktig lösning 5 5 10 40 %\n"
          + "- till arbete (SUS 1) 5 5 10 50 %\n"
          + "Övriga avbrott (SUS 4, 5, 7, 9) 5 5 10 50 %\n");
      assertEquals(1, t.check().withCode("outcomes.percent.published").size(), t.check().toString());
      assertEquals(new BigDecimal("40"), t.publishedPercents().get(OutcomeRow.LONG_TERM_SUBTOTAL));
    }

    @Test
    void parse_codesTellRowsApartWhenWordsDoNot() {
      OutcomeTable t = sus("Antal deltagare 2 2 4\n"
          + "- arbetsförmåga saknas (SUS 3) 1 0 1\n"
          + "Avbrott (SUS 4, 5, 7 och 9) 0 1 1\n");
      assertEquals(Count.of(1, 0), t.count(LONG_TERM_NO_WORK_CAPACITY));
      assertEquals(Count.of(0, 1), t.count(OTHER_DROPOUT));
      assertEquals(Count.ZERO, t.count(LONG_TERM_WORK));
      assertEquals(Count.ZERO, t.count(LONG_TERM_STUDIES));
    }

    @Test
    void parse_aRowGivenTwiceNamesBothLines() {
      IllegalArgumentException e = rejected("Antal deltagare totalt 3 3 6\n"
          + "varav till arbete 1 1 2\n"
          + "Varav till arbete 1 2 3\n", OutcomeScheme.CLASSIC);
      assertTrue(e.getMessage().startsWith("line 3 (\"Varav till arbete 1 2 3\")"), e.getMessage());
      assertTrue(e.getMessage().contains("line 2 (\"varav till arbete 1 1 2\")"), e.getMessage());
    }

    @Test
    void parse_skipsHeadingsCaptionsAndFootnotes() {
      OutcomeTable t = OutcomeTables.parse("Resultat på individnivå\n"
          + "  Kvinnor Män Totalt %\n"
          + "Antal deltagare totalt 3 3 6\n"
          + "Insatser för unga\n"
          + "varav till arbete 1 1 2 100 %\n"
          + "Tabell 7. Resultat på individnivå i Vindeln 2017\n"
          + "* Två deltagare har flyttat.\n", OutcomeScheme.CLASSIC);
      assertEquals(Count.of(1, 1), t.count(WORK));
    }
  }

  @Nested
  class SwedishNumbers {
    @Test
    void parse_everyGroupSpaceMinusAndBlank() {
      for (String space : new String[] {" ", "\u00A0", "\u202F", "\u2009"}) {
        OutcomeTable t = OutcomeTables.parse("Antal deltagare totalt\t1" + space + "234\t5"
            + space + "678\t6" + space + "912\n"
            + "Övriga avbrott\t-\t–\t1" + space + "000\t100,0%\n", OutcomeScheme.CLASSIC);
        assertEquals(Count.of(1234, 5678), t.participants(), space);
        assertEquals(Count.ofTotal(1000), t.count(OTHER_DROPOUT), space);
      }
    }

    @Test
    void parse_aRowThatStaysAmbiguousNamesTheLineAndItsReadings() {
      IllegalArgumentException e = rejected("Antal deltagare totalt 124 124 999 125 123\n",
          OutcomeScheme.CLASSIC);
      assertTrue(e.getMessage().startsWith("line 1 ("), e.getMessage());
      assertTrue(e.getMessage().contains("124 | 124 999 | 125 123")
          && e.getMessage().contains("124 124 | 999 | 125 123"), e.getMessage());
    }

    @Test
    void parse_theTablesSumsChooseAmongReadings() {
      OutcomeTable t = OutcomeTables.parse("Antal deltagare totalt\t200\t125 000\t125 200\n"
          + "Totalt antal avslutade under året 124 124 999 125 123\n"
          + "varav till arbete 124 124 999 125 123 100%\n"
          + "Antal kvar i verksamheten 76 1 77\n", OutcomeScheme.CLASSIC);
      // both readings add up per row; only 124 | 124 999 | 125 123 fits the table's sums
      assertEquals(Count.of(124, 124_999), t.count(WORK));
    }

    @Test
    void parse_aYearEndsTheLabelRatherThanStartsTheNumbers() {
      // shrunk from a property: "varav nya 2021 1 240" is 1 240 new ones, not 2 021 + 1 = 240
      OutcomeTable t = OutcomeTables.parse("Antal deltagare 2021 620 620 1 240\n"
          + "varav nya 2021 1 240\n", OutcomeScheme.CLASSIC);
      assertEquals(Count.ofTotal(1240), t.newcomers().orElseThrow());
      assertEquals(Count.of(620, 620), t.participants());
    }

    @Test
    void parse_negativeAndDecimalCountsAreRejected() {
      assertTrue(rejected("Antal deltagare totalt\t1\t\u22122\t3\n", OutcomeScheme.CLASSIC)
          .getMessage().contains("negative"));
      assertTrue(rejected("Antal deltagare totalt\t1,5\t2\t3\n", OutcomeScheme.CLASSIC)
          .getMessage().startsWith("line 1"));
      assertTrue(rejected("Antal deltagare totalt\t99999999999\t2\t3\n", OutcomeScheme.CLASSIC)
          .getMessage().startsWith("line 1"));
    }
  }

  @Nested
  class Untrusted {
    @Test
    void parse_aLineOfParenthesesIsAClearError() {
      IllegalArgumentException e = rejected("(".repeat(50_000), OutcomeScheme.CLASSIC);
      assertTrue(e.getMessage().startsWith("line 1 (\"((("), e.getMessage());
      assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    @Test
    void parse_aLineThatIsOnlyASusCodeIsAClearError() {
      IllegalArgumentException e = rejected("Antal deltagare 1 1 2\n(SUS 1)\n", OutcomeScheme.SUS);
      assertTrue(e.getMessage().startsWith("line 2 (\"(SUS 1)\")"), e.getMessage());
    }

    @Test
    void parse_aMissingParticipantsRowNamesTheLines() {
      IllegalArgumentException e = rejected("varav till arbete 1 1 2\n", OutcomeScheme.CLASSIC);
      assertTrue(e.getMessage().startsWith("line"), e.getMessage());
    }
  }
}
