package dev.finsam.core;

import com.google.common.testing.EqualsTester;
import dev.finsam.core.text.NumberTokens;
import dev.finsam.core.text.PrintedText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every value type of core's own package: different factories of one value are equal with equal
 * hash codes, and different values are not (guava-testlib's {@link EqualsTester}).
 */
class EqualityTest {

  @Test
  void fraction() {
    new EqualsTester()
        .addEqualityGroup(Fraction.of(1, 2), Fraction.of(149, 298), Fraction.parse("2/4"),
            Fraction.of(new BigDecimal("0.50")),
            Fraction.of(BigInteger.valueOf(-7), BigInteger.valueOf(-14)))
        .addEqualityGroup(Fraction.of(1, 3))
        .addEqualityGroup(Fraction.of(-1, 2), Fraction.of(1, 2).negated())
        .addEqualityGroup(Fraction.ZERO, Fraction.of(0, 5), Fraction.parse("0"))
        .testEquals();
  }

  @Test
  void organisationNumber() {
    new EqualsTester()
        .addEqualityGroup(OrganisationNumber.parse("222000-1834"),
            OrganisationNumber.parse("2220001834"))
        .addEqualityGroup(OrganisationNumber.parse("202100-5521"))
        .testEquals();
  }

  @Test
  void tertial() {
    new EqualsTester()
        .addEqualityGroup(Tertial.of(2017, 3), Tertial.containing(LocalDate.of(2017, 11, 30)),
            Tertial.parse("T3 2017"), Tertial.of(2018, 1).previous())
        .addEqualityGroup(Tertial.of(2017, 2))
        .addEqualityGroup(Tertial.of(2016, 3))
        .testEquals();
  }

  @Test
  void member() {
    new EqualsTester()
        .addEqualityGroup(Member.municipality("Umeå"), Member.of("Umeå", MemberKind.MUNICIPALITY))
        .addEqualityGroup(Member.region("Umeå"))
        .addEqualityGroup(Member.municipality("Vännäs"))
        .testEquals();
  }

  @Test
  void membership() {
    Member m = Member.municipality("Bjurholm");
    new EqualsTester()
        .addEqualityGroup(Membership.of(m, LocalDate.of(2019, 1, 1), Optional.empty()),
            Association.builder().name("A").addMember(m, LocalDate.of(2019, 1, 1)).build()
                .memberships().get(0))
        .addEqualityGroup(Membership.of(m, LocalDate.of(2019, 1, 1),
            Optional.of(LocalDate.of(2020, 1, 1))))
        .addEqualityGroup(Membership.of(m, LocalDate.of(2018, 1, 1), Optional.empty()))
        .testEquals();
  }

  @Test
  void association() {
    Member m = Member.municipality("Bjurholm");
    new EqualsTester()
        .addEqualityGroup(
            Association.builder().name("Umeåregionen").addMember(m, LocalDate.of(2019, 1, 1))
                .build(),
            Association.builder().name("Umeåregionen")
                .addMemberships(Membership.of(m, LocalDate.of(2019, 1, 1), Optional.empty()))
                .build())
        .addEqualityGroup(Association.builder().name("Umeåregionen").build())
        .addEqualityGroup(Association.builder().name("Umeåregionen")
            .organisationNumber(OrganisationNumber.parse("222000-1834")).build())
        .testEquals();
  }

  @Test
  void findingAndLocation() {
    Finding f = Finding.of(Severity.ERROR, "a.b", "Text.");
    new EqualsTester()
        .addEqualityGroup(f, Findings.builder().error("a.b", "Text.").build().all().get(0))
        .addEqualityGroup(Finding.of(Severity.WARNING, "a.b", "Text."))
        .addEqualityGroup(f.at(Location.of(3, "Tabell 1")), f.at(Location.of(3, " Tabell 1 ")))
        .addEqualityGroup(f.at(Location.of(4, "Tabell 1")))
        .testEquals();
  }

  @Test
  void findings() {
    Finding f = Finding.of(Severity.ERROR, "a.b", "Text.");
    new EqualsTester()
        .addEqualityGroup(Findings.none(), Findings.of(List.of()), Findings.builder().build())
        .addEqualityGroup(Findings.of(f), Findings.of(List.of(f)), Findings.none().plus(
            Findings.of(f)))
        .addEqualityGroup(Findings.of(f, f))
        .testEquals();
  }

  @Test
  void printedTextCarriers() {
    new EqualsTester()
        .addEqualityGroup(PrintedText.lines("a\nb").get(1), new PrintedText.Line(2, "b"))
        .addEqualityGroup(new PrintedText.Line(1, "b"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(NumberTokens.tokens("x 12").get(1),
            new NumberTokens.Token("12", 1, NumberTokens.Kind.DIGITS))
        .addEqualityGroup(NumberTokens.tokens("x  12").get(1))
        .testEquals();
  }
}
