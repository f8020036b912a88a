package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssociationTest {

  /** Umeåregionen as the annual report 2017 and DOMAIN.md describe its history. */
  static Association umearegionen() {
    return Association.builder().name("Samordningsförbundet Umeåregionen")
        .organisationNumber(OrganisationNumber.parse("222000-1834"))
        .addMember(Member.socialInsuranceAgency(), LocalDate.of(2005, 5, 1))
        .addMember(Member.publicEmploymentService(), LocalDate.of(2005, 5, 1))
        .addMember(Member.region("Västerbottens läns landsting"), LocalDate.of(2005, 5, 1))
        .addMember(Member.municipality("Umeå"), LocalDate.of(2005, 5, 1))
        .addMember(Member.municipality("Vännäs"), LocalDate.of(2014, 1, 1))
        .addMember(Member.municipality("Vindeln"), LocalDate.of(2016, 1, 1))
        .addMember(Member.municipality("Nordmaling"), LocalDate.of(2016, 1, 1))
        .addMember(Member.municipality("Robertsfors"), LocalDate.of(2017, 1, 1))
        .addMember(Member.municipality("Bjurholm"), LocalDate.of(2019, 1, 1))
        .build();
  }

  @Test
  void annualReport2017_fiveMunicipalitiesIn2017AndBjurholmFrom2019() {
    Association a = umearegionen();
    long in2017 = a.membersOn(LocalDate.of(2017, 12, 31)).stream()
        .filter(m -> m.kind() == MemberKind.MUNICIPALITY).count();
    assertEquals(5, in2017);
    assertFalse(a.membersOn(LocalDate.of(2018, 12, 31)).contains(Member.municipality("Bjurholm")));
    assertTrue(a.membersOn(LocalDate.of(2019, 1, 1)).contains(Member.municipality("Bjurholm")));
    assertTrue(a.checkMembersOn(LocalDate.of(2017, 6, 1)).isClean());
  }

  @Test
  void membersOn_leftDayIsNoLongerMember() {
    Association a = Association.builder().name("Test")
        .addMember(Member.municipality("A"), LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1))
        .build();
    assertEquals(List.of(Member.municipality("A")), a.membersOn(LocalDate.of(2014, 12, 31)));
    assertEquals(List.of(), a.membersOn(LocalDate.of(2015, 1, 1)));
  }

  @Test
  void checkMembersOn_beforeTheStateJoinedFindsMissingKinds() {
    Findings f = umearegionen().checkMembersOn(LocalDate.of(2000, 1, 1));
    assertEquals(4, f.errors().size());
    assertTrue(f.all().stream().allMatch(x -> x.code().equals("association.member.missing")));
  }

  @Test
  void build_rejectsOverlappingMembershipsOfOneMember() {
    Association.Builder b = Association.builder().name("Test")
        .addMember(Member.municipality("A"), LocalDate.of(2010, 1, 1))
        .addMember(Member.municipality("A"), LocalDate.of(2012, 1, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("memberships"), e.getMessage());
  }

  @Test
  void build_allowsRejoiningAfterLeaving() {
    Association a = Association.builder().name("Test")
        .addMember(Member.municipality("A"), LocalDate.of(2010, 1, 1), LocalDate.of(2012, 1, 1))
        .addMember(Member.municipality("A"), LocalDate.of(2012, 1, 1))
        .build();
    assertEquals(1, a.membersOn(LocalDate.of(2013, 1, 1)).size());
  }

  @Test
  void build_rejectsMissingName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Association.builder().build());
    assertTrue(e.getMessage().contains("name"));
  }

  @Test
  void membership_rejectsLeavingBeforeJoining() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Association.builder().name("T").addMember(Member.municipality("A"),
            LocalDate.of(2012, 1, 1), LocalDate.of(2011, 1, 1)));
    assertTrue(e.getMessage().contains("left (2011-01-01)"), e.getMessage());
  }
}
