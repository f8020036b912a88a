package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Names and organisations written together in one cell each. */
class RunTogetherTest {

  @Test
  void organisations_splitAtTheMemberKindWords_withTheirRoles() {
    assertEquals(List.of("Umeå kommun, ordförande", "Arbetsförmedlingen",
        "Västerbottens läns landsting", "Region Västerbotten"), RunTogether.organisations(
            "Umeå kommun, ordförande Arbetsförmedlingen Västerbottens läns landsting Region "
                + "Västerbotten"));
    // a comma with no role after it is no split the reader can trust
    assertEquals(List.of(), RunTogether.organisations("Umeå kommun, Vännäs kommun"));
    assertEquals(List.of(), RunTogether.organisations("Förbundschef Administratör"));
  }

  @Test
  void aRegionWrittenTogetherWithOthers_isReadWithOneSpace() {
    // found while testing: "Region Västerbotten" came out with two spaces, which no attendee
    // may hold, so a row naming a region could not be read
    Protocol p = Protocol.parse(String.join("\n", "Sammanträdesdatum 2017-11-30",
        "Beslutande\tAnna Ek Bo Berg\tRegion Västerbotten Umeå kommun", "§ 71 Mötets öppnande"));
    assertEquals(List.of(Attendee.member("Anna Ek", "Region Västerbotten"),
        Attendee.member("Bo Berg", "Umeå kommun")), p.attendees());
  }

  @Test
  void fourWordsOfNames_areSeveralPeopleEvenBesideOneRole() {
    AttendeeGroup g = new AttendeeGroup(Attendee.Role.OTHER, "Emma Anderbom Katarina Hansson",
        "Utredare", Optional.empty());
    assertEquals(OptionalInt.empty(), g.count());
    assertTrue(RunTogether.isSeveral("Emma Anderbom Katarina Hansson", ""));
    assertTrue(RunTogether.isSeveral("Anna Ek Berg", "Umeå kommun Vännäs kommun"));
    assertFalse(RunTogether.isSeveral("Johanna Långdahl Persson", "Administratör"));
  }
}
