package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

  @Nested
  class Parse {
    @ParameterizedTest
    @ValueSource(strings = {"222000-1834", "202100-5521", "202100-2627", "232100-0222",
        "212000-2627"})
    void domainDocument_realNumbersParse(String text) {
      OrganisationNumber n = OrganisationNumber.parse(text);
      assertEquals(text, n.toString());
      assertEquals(2, n.group());
      assertTrue(OrganisationNumber.isValid(text));
    }

    @Test
    void parse_acceptsTenDigitsWithoutHyphen() {
      assertEquals(OrganisationNumber.parse("222000-1834"), OrganisationNumber.parse("2220001834"));
    }

    @Test
    void parse_rejectsWrongCheckDigit() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OrganisationNumber.parse("222000-1835"));
      assertTrue(e.getMessage().contains("\"222000-1835\""), e.getMessage());
      assertTrue(e.getMessage().contains("check digit"), e.getMessage());
    }

    @Test
    void parse_rejectsLetters() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OrganisationNumber.parse("22200A-1834"));
      assertTrue(e.getMessage().contains("\"22200A-1834\""), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "222000-183", "222000-18345", "22200-01834", "222000183"})
    void parse_rejectsWrongLength(String text) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OrganisationNumber.parse(text));
      assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
      assertFalse(OrganisationNumber.isValid(text));
    }

    @Test
    void parse_rejectsMiddleDigitsBelowTwenty() {
      // 211000-xxxx has digits 3-4 = 10; give it a correct Luhn digit so only that rule fails.
      String nine = "211000183";
      String text = nine.substring(0, 6) + "-" + nine.substring(6)
          + OrganisationNumber.luhnCheckDigit(nine);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OrganisationNumber.parse(text));
      assertTrue(e.getMessage().contains(text), e.getMessage());
      assertTrue(e.getMessage().contains("at least 20"), e.getMessage());
    }

    @Test
    void parse_rejectsNull() {
      assertThrows(NullPointerException.class, () -> OrganisationNumber.parse(null));
      assertFalse(OrganisationNumber.isValid(null));
    }
  }

  @Test
  void equality_sameDigitsAreEqual() {
    assertEquals(OrganisationNumber.parse("2021005521").hashCode(),
        OrganisationNumber.parse("202100-5521").hashCode());
    assertNotEquals(OrganisationNumber.parse("202100-5521"),
        OrganisationNumber.parse("202100-2627"));
  }

  @Test
  void luhn_knownValue() {
    assertEquals(4, OrganisationNumber.luhnCheckDigit("222000183"));
  }

  @Test
  void aMalformedNumberIsRejectedSayingWhatIsWrongWithIt() {
    assertEquals("organisation number (\"22200001834\") must be ten digits written NNNNNN-NNNN "
        + "(got 11 characters)", assertThrows(IllegalArgumentException.class,
            () -> OrganisationNumber.parse("22200001834")).getMessage());
    // the characters just before '0' and after '9'
    for (String s : new String[] {"222000/834", "222000-183:", "22200A-1834"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> OrganisationNumber.parse(s));
      char c = s.replace("-", "").chars().filter(x -> x < '0' || x > '9').mapToObj(x -> (char) x)
          .findFirst().orElseThrow();
      assertTrue(e.getMessage().endsWith("(found '" + c + "')"), e.getMessage());
    }
  }
}
