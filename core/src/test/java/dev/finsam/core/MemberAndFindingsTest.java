package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MemberAndFindingsTest {

  @Nested
  class Members {
    @Test
    void factoriesAgree() {
      assertEquals(Member.municipality("Umeå"), Member.of("Umeå", MemberKind.MUNICIPALITY));
      assertEquals(Member.municipality("Umeå").hashCode(),
          Member.of("Umeå", MemberKind.MUNICIPALITY).hashCode());
      assertNotEquals(Member.municipality("Umeå"), Member.region("Umeå"));
      assertEquals("Umeå (kommun)", Member.municipality("Umeå").toString());
    }

    @Test
    void of_rejectsBlankNameNamingTheField() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Member.municipality("  "));
      assertTrue(e.getMessage().startsWith("name"), e.getMessage());
      assertThrows(NullPointerException.class, () -> Member.of(null, MemberKind.REGION));
    }
  }

  @Nested
  class FindingsBehaviour {
    @Test
    void isClean_ignoresInfoButNotWarnings() {
      assertTrue(Findings.builder().info("a.b", "Bara info.").build().isClean());
      assertFalse(Findings.builder().warning("a.b", "Titta.").build().isClean());
      assertTrue(Findings.none().isClean());
    }

    @Test
    void plus_keepsOrderAndSeparatesSeverities() {
      Findings a = Findings.builder().error("x.one", "Ett.").build();
      Findings b = Findings.builder().warning("x.two", "Två.").info("x.three", "Tre.").build();
      Findings both = a.plus(b);
      assertEquals(3, both.all().size());
      assertEquals("x.one", both.all().get(0).code());
      assertEquals(1, both.errors().size());
      assertEquals(1, both.warnings().size());
      assertTrue(both.contains("x.three"));
      assertTrue(both.hasErrors());
    }

    @Test
    void finding_rejectsMalformedCode() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Finding.of(Severity.ERROR, "Not A Code", "text"));
      assertTrue(e.getMessage().contains("\"Not A Code\""), e.getMessage());
    }
  }

  @Test
  void onlyTheTwoStateAgenciesAreTheState() {
    assertTrue(MemberKind.SOCIAL_INSURANCE_AGENCY.isState());
    assertTrue(MemberKind.PUBLIC_EMPLOYMENT_SERVICE.isState());
    assertFalse(MemberKind.REGION.isState());
    assertFalse(MemberKind.MUNICIPALITY.isState());
  }

  @Test
  void aMemberMayRejoinOnTheDayItLeftButNotBefore() {
    Member m = Member.municipality("Robertsfors");
    java.time.LocalDate left = java.time.LocalDate.of(2012, 1, 1);
    Association rejoined = Association.builder().name("Umeåregionen")
        .addMember(m, java.time.LocalDate.of(2009, 1, 1), left).addMember(m, left).build();
    assertEquals(2, rejoined.memberships().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Association.builder().name("Umeåregionen")
            .addMember(m, left, java.time.LocalDate.of(2014, 1, 1))
            .addMember(m, java.time.LocalDate.of(2009, 1, 1), left.plusDays(1)).build());
    assertTrue(e.getMessage().startsWith("memberships ("), e.getMessage());
    assertTrue(e.getMessage().endsWith("of one member must not overlap"), e.getMessage());
  }
}
