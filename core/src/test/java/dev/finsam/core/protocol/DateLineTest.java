package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Dates as a protocol writes them (ISO, 2017-11-30), one or several to a line. */
class DateLineTest {

  @Nested
  class OneWord {
    @Test
    void date_everyIsoDateReadsBack_withOrWithoutAFullStopOrComma() {
      qt().forAll(SourceDSL.longs().between(LocalDate.MIN.toEpochDay(),
          LocalDate.MAX.toEpochDay()), SourceDSL.integers().between(0, 3))
          .checkAssert((day, end) -> {
            LocalDate d = LocalDate.ofEpochDay(day);
            String tail = List.of("", ".", ",", ";").get(end);
            assertEquals(d, DateLine.date(d + tail), d + tail);
          });
      assertEquals(LocalDate.MAX, DateLine.date("+999999999-12-31"));
      assertEquals(LocalDate.MIN, DateLine.date("-999999999-01-01"));
      assertEquals(LocalDate.of(-44, 3, 15), DateLine.date("-0044-03-15"));
      assertEquals(LocalDate.of(2017, 12, 21), DateLine.date("2017-12-21.,"));
    }

    @Test
    void date_wordsThatAreNotWrittenAsADate() {
      for (String w : List.of("", "...", "2017", "17-11-30", "2017-1-30", "2017-11-3",
          "2017-11-300", "20171130", "2017/11/30", "2017-11/30", "2017-1a-30", "2017-11-3a",
          "2o17-11-30", "2017-11-3:", "2017-1/-30", "2017-11-30x", "30 november",
          "+12345678901-01-01", "-201-11-30", "+201-11-30", "klockan 08.15-12.00")) {
        assertNull(DateLine.date(w), w);
      }
    }

    @Test
    void date_writtenAsADateButImpossible() {
      assertTrue(assertThrows(IllegalArgumentException.class, () -> DateLine.date("2017-02-30"))
          .getMessage().startsWith("2017-02-30 is not a date: "));
      assertTrue(assertThrows(IllegalArgumentException.class,
          () -> DateLine.date("+1000000000-01-01")).getMessage()
              .startsWith("+1000000000-01-01 is not a date: "));
      assertTrue(assertThrows(IllegalArgumentException.class,
          () -> DateLine.date("2147483647-01-01")).getMessage()
              .startsWith("2147483647-01-01 is not a date: "));
      assertTrue(assertThrows(IllegalArgumentException.class,
          () -> DateLine.date("-2147483648-01-01")).getMessage()
              .startsWith("-2147483648-01-01 is not a date: "));
      // a year past the int range must not wrap round to 2017
      assertEquals("the year (4294969313) is out of range", assertThrows(
          IllegalArgumentException.class, () -> DateLine.date("4294969313-11-30")).getMessage());
      assertEquals("the year (-2147483649) is out of range", assertThrows(
          IllegalArgumentException.class, () -> DateLine.date("-2147483649-11-30")).getMessage());
    }
  }

  @Nested
  class InAProtocol {
    private Protocol parse(String... lines) {
      return Protocol.parse(String.join("\n", lines));
    }

    @Test
    void associationBeforeTheMeetingDate_onAnUnlabelledLine() {
      Protocol p = parse("Samordningsförbundet Umeåregionen 2017-11-30", "§ 71 Mötets öppnande");
      assertEquals(LocalDate.of(2017, 11, 30), p.meetingDate());
      assertEquals("Samordningsförbundet Umeåregionen", p.association().orElseThrow());
    }

    @Test
    void associationAfterTheLabelOrAfterTheDate() {
      Protocol after = parse("Sammanträdesdatum 2017-11-30 Samordningsförbundet Umeåregionen",
          "§ 71 Mötets öppnande");
      assertEquals(LocalDate.of(2017, 11, 30), after.meetingDate());
      assertEquals("Samordningsförbundet Umeåregionen", after.association().orElseThrow());
      Protocol between = parse("Sammanträdesdatum Samordningsförbundet Umeåregionen 2017-11-30",
          "§ 71 Mötets öppnande");
      assertEquals(LocalDate.of(2017, 11, 30), between.meetingDate());
      assertEquals("Samordningsförbundet Umeåregionen", between.association().orElseThrow());
    }

    @Test
    void aDateWrittenInWordsAfterAnotherLabel_isNotRead() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> parse("Sammanträdesdatum 2017-11-30", "Justeringsdatum 21 december 2017",
              "§ 71 Mötets öppnande"));
      assertTrue(e.getMessage().startsWith("protocol text, line 2 (\"Justeringsdatum 21 december "
          + "2017\"): \"21 december 2017\" is not a date (written as 2017-11-30)"),
          e.getMessage());
    }

    @Test
    void aSecondDateOnTheAssociationsLine_hasNoLabel() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> parse("Sammanträdesdatum 2017-11-30", "Samordningsförbundet Umeåregionen "
              + "2017-12-21", "§ 71 Mötets öppnande"));
      assertTrue(e.getMessage().startsWith("protocol text, line 2 (\"Samordningsförbundet "
          + "Umeåregionen 2017-12-21\"): the date 2017-12-21 has no label"), e.getMessage());
    }
  }
}
