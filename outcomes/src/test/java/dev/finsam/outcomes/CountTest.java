package dev.finsam.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One row's count: women, men and the total, or the total alone. */
class CountTest {

  @Nested
  class Access {
    @Test
    void get_givesEachSexItsOwnCount() {
      // the whole association 2017, "varav till arbete": 34 women, 58 men
      Count work = Count.of(34, 58);
      assertEquals(34, work.get(Sex.WOMEN));
      assertEquals(58, work.get(Sex.MEN));
      assertEquals(92, work.total());
    }

    @Test
    void get_ofACountWithoutSexNamesItsTotal() {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> Count.ofTotal(62).get(Sex.MEN));
      assertTrue(e.getMessage().contains("62"), e.getMessage());
    }

    @Test
    void isConsistent_onlyWhenWomenAndMenMakeTheTotal() {
      assertTrue(Count.of(34, 58).isConsistent());
      assertFalse(Count.of(34, 58, 93).isConsistent());
      assertFalse(Count.of(34, 58, 91).isConsistent());
      assertTrue(Count.ofTotal(93).isConsistent(), "nothing to check without a split");
      assertTrue(Count.of(Integer.MAX_VALUE, 0, Integer.MAX_VALUE).isConsistent());
      assertFalse(Count.of(Integer.MAX_VALUE, 1, 0).isConsistent(), "no wrapping");
    }
  }

  @Nested
  class Sums {
    @Test
    void plus_keepsTheSplitOnlyWhenBothHaveIt() {
      assertEquals(Count.of(36, 61), Count.of(34, 58).plus(Count.of(2, 3)));
      assertEquals(Count.ofTotal(97), Count.of(34, 58).plus(Count.ofTotal(5)));
      assertEquals(Count.ofTotal(97), Count.ofTotal(5).plus(Count.of(34, 58)));
      // a printed total that disagrees is summed as printed
      assertEquals(Count.of(36, 61, 99), Count.of(34, 58, 94).plus(Count.of(2, 3)));
    }

    @Test
    void plus_upToTheLargestIntAndNotOneMore() {
      int max = Integer.MAX_VALUE;
      assertEquals(Count.of(max - 1, 1), Count.of(max - 2, 0).plus(Count.of(1, 1)));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Count.of(max - 1, 1).plus(Count.of(0, 1)));
      assertTrue(e.getMessage().startsWith("total (" + max + " + 1)"), e.getMessage());
    }

    @Test
    void of_theLargestTotalAndNotOneMore() {
      assertEquals(Integer.MAX_VALUE, Count.of(Integer.MAX_VALUE - 7, 7).total());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Count.of(Integer.MAX_VALUE - 6, 7));
      assertTrue(e.getMessage().contains("2147483648"), e.getMessage());
    }
  }

  @Nested
  class Text {
    @Test
    void toString_womenPlusMenIsTheTotal() {
      // digits grouped with U+00A0, as every Swedish number in finsam
      assertEquals("422 + 468 = 890", Count.of(422, 468).toString());
      assertEquals("1\u00A0234 + 0 = 1\u00A0235", Count.of(1234, 0, 1235).toString());
    }

    @Test
    void toString_aTotalAloneIsJustTheNumber() {
      assertEquals("62", Count.ofTotal(62).toString());
      assertEquals("0", Count.ofTotal(0).toString());
    }
  }
}
