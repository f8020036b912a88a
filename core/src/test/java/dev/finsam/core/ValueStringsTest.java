package dev.finsam.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the value types print, as their Javadoc shows it (a board secretary reads findings in a
 * log or JShell), and hash codes that tell distinct values apart, so that a set of tertials or
 * findings is not one long bucket.
 */
class ValueStringsTest {

  @Test
  void aFindingPrintsSeverityCodeMessageAndWhereItIs() {
    Finding f = Finding.of(Severity.ERROR, "protocol.justering.late", "Protokollet justerades sent.");
    assertEquals("ERROR protocol.justering.late: Protokollet justerades sent.", f.toString());
    assertEquals("ERROR protocol.justering.late: Protokollet justerades sent. (rad 12, "
        + "Protokoll 2017-11-30)", f.at(Location.of(12, "Protokoll 2017-11-30")).toString());
    assertEquals("rad 12", Location.of(12, "").toString());
  }

  @Test
  void findingsPrintOneALineOrSayThereAreNone() {
    assertEquals("(inga iakttagelser)", Findings.none().toString());
    Findings two = Findings.builder().error("a.b", "Fel.").warning("c.d", "Varning.").build();
    assertEquals("ERROR a.b: Fel.\nWARNING c.d: Varning.", two.toString());
  }

  @Test
  void membershipsAndAssociationsPrintWhoAndWhen() {
    Member vindeln = Member.municipality("Vindeln");
    Membership open = Membership.of(vindeln, LocalDate.of(2009, 1, 1), Optional.empty());
    Membership closed = Membership.of(vindeln, LocalDate.of(2009, 1, 1),
        Optional.of(LocalDate.of(2012, 1, 1)));
    assertEquals(vindeln + " from 2009-01-01", open.toString());
    assertEquals(vindeln + " from 2009-01-01 until 2012-01-01", closed.toString());
    Association a = Association.builder().name("Samordningsförbundet Umeåregionen")
        .organisationNumber(OrganisationNumber.parse("222000-1834"))
        .addMember(vindeln, LocalDate.of(2009, 1, 1)).build();
    assertEquals("Samordningsförbundet Umeåregionen (222000-1834) [" + open + "]", a.toString());
    assertEquals("Samordningsförbundet Umeåregionen []",
        Association.builder().name("Samordningsförbundet Umeåregionen").build().toString());
  }

  @Test
  void distinctValuesHaveDistinctHashCodes() {
    List<Object> values = new ArrayList<>();
    for (int year = 2015; year <= 2020; year++) {
      for (int n = 1; n <= 3; n++) {
        values.add(Tertial.of(year, n));
      }
    }
    for (int k = 1; k <= 20; k++) {
      values.add(Fraction.of(k, 21));
      values.add(Location.of(k, "Tabell 1"));
      values.add(Findings.of(Finding.of(Severity.ERROR, "a.b", "Fel nummer " + k + ".")));
    }
    for (String n : List.of("222000-1834", "212000-2478", "556036-0793", "802002-4280")) {
      values.add(OrganisationNumber.parse(n));
    }
    Set<Integer> hashes = new HashSet<>();
    for (Object v : values) {
      hashes.add(v.hashCode());
    }
    assertTrue(hashes.size() >= values.size() - 2, hashes.size() + " of " + values.size());
  }
}
