package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TertialTest {

  @Test
  void of_boundsOfEachTertial() {
    assertEquals(LocalDate.of(2021, 1, 1), Tertial.of(2021, 1).start());
    assertEquals(LocalDate.of(2021, 4, 30), Tertial.of(2021, 1).end());
    assertEquals(LocalDate.of(2021, 5, 1), Tertial.of(2021, 2).start());
    assertEquals(LocalDate.of(2021, 8, 31), Tertial.of(2021, 2).end());
    assertEquals(LocalDate.of(2021, 12, 31), Tertial.of(2021, 3).end());
  }

  @Test
  void protocol2017_meetingOf30NovemberIsInT3() {
    assertEquals(Tertial.of(2017, 3), Tertial.containing(LocalDate.of(2017, 11, 30)));
  }

  @Test
  void next_crossesTheYear() {
    assertEquals(Tertial.of(2022, 1), Tertial.of(2021, 3).next());
    assertEquals(Tertial.of(2021, 3), Tertial.of(2022, 1).previous());
  }

  @Test
  void of_rejectsNumberFour() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tertial.of(2021, 4));
    assertTrue(e.getMessage().contains("4"));
  }

  @Test
  void parse_readsAndRejects() {
    assertEquals(Tertial.of(2021, 2), Tertial.parse("T2 2021"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tertial.parse("T4 2021"));
    assertTrue(e.getMessage().contains("\"T4 2021\""), e.getMessage());
  }

  @Test
  void yearsRunFromMinus999999999To999999999() {
    assertEquals(999_999_999, Tertial.of(999_999_999, 3).year());
    assertEquals(-999_999_999, Tertial.of(-999_999_999, 1).year());
    for (int year : new int[] {1_000_000_000, -1_000_000_000}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Tertial.of(year, 1));
      assertTrue(e.getMessage().endsWith(": " + year), e.getMessage());
    }
  }

  @Test
  void aTertialContainsItsOwnDaysOnly() {
    Tertial first = Tertial.of(2017, 1);
    assertTrue(first.contains(LocalDate.of(2017, 4, 30)));
    assertFalse(first.contains(LocalDate.of(2017, 5, 1)));
    assertFalse(first.contains(LocalDate.of(2016, 4, 30)));
  }
}
