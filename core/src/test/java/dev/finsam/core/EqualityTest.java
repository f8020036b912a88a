package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.finsam.core.protocol.BoardVote;
import dev.finsam.core.protocol.ParagraphSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** For each value type: different factories of the same value are equal, with equal hash codes. */
class EqualityTest {

  static void group(Object different, Object... equal) {
    for (Object a : equal) {
      for (Object b : equal) {
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
      }
      assertNotEquals(a, different);
      assertNotEquals(a, null);
    }
  }

  @Test
  void fraction() {
    group(Fraction.of(1, 3), Fraction.of(1, 2), Fraction.of(149, 298), Fraction.parse("2/4"),
        Fraction.of(new BigDecimal("0.50")), Fraction.of(BigInteger.valueOf(-7),
            BigInteger.valueOf(-14)));
  }

  @Test
  void organisationNumber() {
    group(OrganisationNumber.parse("202100-5521"), OrganisationNumber.parse("222000-1834"),
        OrganisationNumber.parse("2220001834"));
  }

  @Test
  void tertial() {
    group(Tertial.of(2017, 2), Tertial.of(2017, 3), Tertial.containing(LocalDate.of(2017, 11, 30)),
        Tertial.parse("T3 2017"), Tertial.of(2018, 1).previous());
  }

  @Test
  void member() {
    group(Member.region("Umeå"), Member.municipality("Umeå"),
        Member.of("Umeå", MemberKind.MUNICIPALITY));
  }

  @Test
  void finding() {
    group(Finding.of(Severity.WARNING, "a.b", "Text."), Finding.of(Severity.ERROR, "a.b", "Text."),
        Findings.builder().error("a.b", "Text.").build().all().get(0));
  }

  @Test
  void findings() {
    Finding f = Finding.of(Severity.ERROR, "a.b", "Text.");
    group(Findings.none(), Findings.of(f), Findings.of(List.of(f)),
        Findings.none().plus(Findings.of(f)));
  }

  @Test
  void paragraphSet() {
    group(ParagraphSet.of(42, 56), ParagraphSet.parse("§ 42-47, 49-56"),
        ParagraphSet.of(42, 56).minus(ParagraphSet.of(48)),
        ParagraphSet.ofRanges(List.of(new ParagraphSet.Range(49, 56),
            new ParagraphSet.Range(42, 47))));
  }

  @Test
  void boardVote() {
    group(BoardVote.of(2, 1, 0), BoardVote.of(2, 2, 0), new BoardVote(2, 2, 0));
  }
}
