package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphSetTest {

  @Nested
  class Parse {
    @Test
    void domainDocument_arbetsformedlingenRecusal() {
      ParagraphSet s = ParagraphSet.parse("§ 42-47, 49-56");
      assertEquals(14, s.size());
      assertFalse(s.contains(48));
      assertTrue(s.contains(42) && s.contains(56));
      assertEquals("§ 42\u201347, 49\u201356", s.toString());
      assertEquals(List.of(new ParagraphSet.Range(42, 47), new ParagraphSet.Range(49, 56)),
          s.ranges());
    }

    @Test
    void protocol20171130_attendanceNafs() {
      ParagraphSet s = ParagraphSet.parse("§ 71-77");
      assertEquals(7, s.size());
      assertEquals(71, s.first());
      assertEquals(77, s.last());
    }

    @Test
    void parse_variants() {
      assertEquals(ParagraphSet.of(1, 3), ParagraphSet.parse("§§ 1–3"));
      assertEquals(ParagraphSet.of(7), ParagraphSet.parse("§ 7"));
      assertEquals(ParagraphSet.of(7), ParagraphSet.parse("§7"));
      assertEquals(ParagraphSet.parse("§ 1-3,5"), ParagraphSet.parse("1 - 3 , 5"));
      assertEquals(ParagraphSet.of(1, 5), ParagraphSet.parse("§ 1-3, 4-5"));
      assertEquals(ParagraphSet.empty(), ParagraphSet.parse("§"));
    }

    @Test
    void parse_hugeRangeCostsNothing() {
      ParagraphSet s = ParagraphSet.parse("§ 1-2000000000");
      assertEquals(2_000_000_000L, s.size());
      assertEquals(1, s.ranges().size());
    }

    @Test
    void parse_rejectsReversedRangeQuotingIt() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ParagraphSet.parse("§ 42-47, 56-49"));
      assertTrue(e.getMessage().contains("\"56-49\""), e.getMessage());
      assertTrue(e.getMessage().contains("\"§ 42-47, 56-49\""), e.getMessage());
    }

    @Test
    void parse_paragraphZeroAtEitherEndOfARange_isNamedAsParagraphZero() {
      assertEquals("paragraphs (\"§ 0-3\") has paragraph 0 at \"0-3\"; paragraphs start at 1",
          assertThrows(IllegalArgumentException.class, () -> ParagraphSet.parse("§ 0-3"))
              .getMessage());
      assertEquals("paragraphs (\"§ 5-0\") has paragraph 0 at \"5-0\"; paragraphs start at 1",
          assertThrows(IllegalArgumentException.class, () -> ParagraphSet.parse("§ 5-0"))
              .getMessage());
    }

    @Test
    void parse_saysWhereANumberWasExpected() {
      assertEquals("paragraphs (\"§ 71-\") ends where a number was expected",
          assertThrows(IllegalArgumentException.class, () -> ParagraphSet.parse("§ 71-"))
              .getMessage());
      assertEquals("paragraphs (\"§ 71-x\") has 'x' where a number was expected",
          assertThrows(IllegalArgumentException.class, () -> ParagraphSet.parse("§ 71-x"))
              .getMessage());
    }

    @Test
    void parse_noBreakSpacesOfPrintedDocuments() {
      // word processors put a no-break or narrow no-break space after § and around the dash
      assertEquals(ParagraphSet.parse("§ 42-47, 49-56"),
          ParagraphSet.parse("§\u00a042\u202f\u2013\u202f47,\u00a049\u201356\u00a0"));
      assertEquals(ParagraphSet.of(7), ParagraphSet.parse("\u202f§\u202f7"));
      assertEquals(ParagraphSet.of(71, 77), ParagraphSet.parse(" §\t71 - 77 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"§ 0", "§ 0-4", "", "§ 1,", "§ -3", "§ 1;2", "§§§ 1", "x",
        "§ 99999999999"})
    void parse_rejectsBadTextQuotingIt(String text) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ParagraphSet.parse(text));
      assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    }
  }

  @Nested
  class SetOperations {
    @Test
    void union_mergesAdjacentRanges() {
      assertEquals(ParagraphSet.of(1, 10),
          ParagraphSet.of(1, 5).union(ParagraphSet.of(6, 10)));
    }

    @Test
    void minus_splitsARange() {
      assertEquals(ParagraphSet.parse("§ 42-47, 49-56"),
          ParagraphSet.of(42, 56).minus(ParagraphSet.of(48)));
    }

    @Test
    void first_ofEmptyThrows() {
      assertThrows(java.util.NoSuchElementException.class, () -> ParagraphSet.empty().first());
      assertEquals("the paragraph set is empty", assertThrows(
          java.util.NoSuchElementException.class, () -> ParagraphSet.empty().last())
              .getMessage());
      assertEquals("§", ParagraphSet.empty().toString());
    }
  }

  @Nested
  class Ranges {
    @Test
    void range_startsAtOneAndRunsForwards() {
      assertEquals("first (0) must be at least 1", assertThrows(IllegalArgumentException.class,
          () -> new ParagraphSet.Range(0, 3)).getMessage());
      assertEquals("last (48) must not be below first (49)", assertThrows(
          IllegalArgumentException.class, () -> new ParagraphSet.Range(49, 48)).getMessage());
      assertEquals(1, new ParagraphSet.Range(48, 48).size());
    }

    @Test
    void range_printsOneParagraphWithoutADash() {
      assertEquals("48", new ParagraphSet.Range(48, 48).toString());
      assertEquals("42\u201347", new ParagraphSet.Range(42, 47).toString());
    }
  }

  /** Shrunk by the fuzz test: the piece a message quotes is abbreviated, like the text. */
  @Test
  void aLongNumberInAMessageIsAbbreviated() {
    for (String text : List.of("§ " + "0".repeat(20_000), "§ 9-" + "0".repeat(5_000) + "1")) {
      String m = assertThrows(IllegalArgumentException.class, () -> ParagraphSet.parse(text))
          .getMessage();
      assertTrue(m.startsWith("paragraphs (\"§ "), m);
      assertTrue(m.length() < 400, m.length() + " characters");
    }
  }
}
