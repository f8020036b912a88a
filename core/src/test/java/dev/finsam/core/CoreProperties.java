package dev.finsam.core;

import static dev.finsam.core.CoreGenerators.dates1900to2100;
import static dev.finsam.core.CoreGenerators.decimals;
import static dev.finsam.core.CoreGenerators.organisationNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.finsam.core.text.Swedish;
import org.junit.jupiter.api.Test;

class CoreProperties {

  @Test
  void swedishDecimalParseOfPrintGivesItBack() {
    qt().forAll(decimals()).checkAssert(d -> {
      for (NumberStyle style : NumberStyle.values()) {
        String printed = Swedish.decimal(d, style);
        assertEquals(d, Swedish.tryParseDecimal(printed), printed);
        assertEquals(d, Swedish.tryParseDecimal(printed.replace("\u00A0", "").replace(" ", "")),
            printed);
      }
    });
  }

  @Test
  void tertialContainingADayContainsIt() {
    qt().forAll(dates1900to2100()).checkAssert(d -> {
      Tertial t = Tertial.containing(d);
      assertTrue(!d.isBefore(t.start()) && !d.isAfter(t.end()), t + " vs " + d);
      assertTrue(t.contains(d));
      assertEquals(t.end().plusDays(1), t.next().start());
    });
  }

  @Test
  void tertialParseOfToStringGivesItBack() {
    qt().forAll(integers().between(-9999, 9999), integers().between(1, 3))
        .checkAssert((y, n) -> assertEquals(Tertial.of(y, n), Tertial.parse(Tertial.of(y, n).toString())));
  }

  @Test
  void organisationNumberParseOfToStringGivesItBack() {
    qt().forAll(organisationNumbers()).checkAssert(
        n -> assertEquals(n, OrganisationNumber.parse(n.toString())));
  }

  @Test
  void changingOneDigitBreaksTheCheck() {
    qt().forAll(organisationNumbers(), integers().between(0, 9), integers().between(1, 9))
        .checkAssert((n, position, delta) -> {
          char[] d = n.digits().toCharArray();
          d[position] = (char) ('0' + (d[position] - '0' + delta) % 10);
          // Luhn detects every single-digit change.
          assertFalse(OrganisationNumber.isValid(new String(d)), new String(d));
        });
  }
}
