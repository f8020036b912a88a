package dev.finsam.core;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.finsam.core.protocol.ParagraphSet;
import dev.finsam.core.testing.TextFuzz;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The parsers of core's small values under mutated valid texts ({@link TextFuzz}). */
class ValueTextFuzzTest {

  @Test
  void fractionText() {
    TextFuzz.fuzz(CoreGenerators.fractions().map(Fraction::toString), Fraction::parse,
        f -> Fraction.parse(f.toString()), "fraction text (\"", "denominator (0)");
  }

  @Test
  void organisationNumberText() {
    TextFuzz.fuzz(CoreGenerators.organisationNumbers().map(OrganisationNumber::toString),
        OrganisationNumber::parse, n -> OrganisationNumber.parse(n.toString()),
        "organisation number (\"");
  }

  @Test
  void tertialText() {
    Gen<String> tertials = integers().between(-999_999_999, 999_999_999)
        .mix(integers().between(1990, 2100), 70)
        .zip(integers().between(1, 3), (y, n) -> Tertial.of(y, n).toString());
    TextFuzz.fuzz(tertials, Tertial::parse, t -> Tertial.parse(t.toString()), "tertial text (\"");
  }

  @Test
  void paragraphText() {
    Gen<String> sets = Generate.pick(List.of("§ 1", "§§ 1-3", "§ 42-47, 49-56", "§ 7, 9, 11",
        "§§ 1\u20133", "12", "§ 2147483647", "§ 100-200, 300"));
    TextFuzz.fuzz(sets, ParagraphSet::parse, p -> ParagraphSet.parse(p.toString()), "paragraphs (\"");
  }

  @Test
  void swedishNumberText() {
    Gen<String> numbers = Generate.pick(List.of("3 108 000", "\u22123 108 000", "-68", "1 967,5",
        "0", "0,25", "999\u00A0999\u00A0999\u00A0999", "12 345 678,90", "1\u202F000"));
    TextFuzz.fuzz(numbers, t -> Swedish.parseDecimal(t, "amount text"),
        d -> Swedish.parseDecimal(Swedish.decimal((BigDecimal) d), "amount text"),
        "amount text (\"");
  }
}
