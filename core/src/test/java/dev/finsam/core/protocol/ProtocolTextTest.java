package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Protocols read from text in the layouts the published documents show, and printed back. */
class ProtocolTextTest {

  private static final String BEVIS = String.join("\n", "BEVIS",
      "Sammanträdesdatum: 2017-11-30 Justeringsdatum: 2017-12-21",
      "Datum för anslags uppsättande:        2017-12-22          Datum för anslags nedtagande: "
          + "2018-01-12");

  private static final String PARAGRAPHS = String.join("\n", "§ 71 Mötets öppnande", "",
      "Ordförande förklarade mötet öppnat.", "---", "§ 72 Incheckning", "Var och en",
      "presenterade sig.");

  private static Protocol parse(String... lines) {
    return Protocol.parse(String.join("\n", lines));
  }

  private static IllegalArgumentException unreadable(String... lines) {
    return assertThrows(IllegalArgumentException.class, () -> parse(lines));
  }

  @Nested
  class Layouts {
    @Test
    void wideSpaces_labelAndFirstNameInOneCell() {
      Protocol p = parse("PROTOKOLL", "Sammanträdesdatum", "",
          "Samordningsförbundet Umeåregionen 2017-11-30",
          "Beslutande Peter Vigren                           Umeå kommun, ordförande", "",
          " Carola Larsson                       Arbetsförmedlingen   ",
          "Övriga deltagare Mikael Holmlund    Förbundschef      ",
          " Tommy Henfridsson          Utvecklingsledare NAFS § 71-77 ",
          "Sekreterare  .....................................................................   ",
          "Mikael Holmlund", BEVIS, "Paragrafer: § 71-83", PARAGRAPHS);
      assertEquals(LocalDate.of(2017, 11, 30), p.meetingDate());
      assertEquals(Optional.of("Samordningsförbundet Umeåregionen"), p.association());
      assertEquals(List.of(Attendee.member("Peter Vigren", "Umeå kommun, ordförande"),
          Attendee.member("Carola Larsson", "Arbetsförmedlingen"),
          Attendee.other("Mikael Holmlund", "Förbundschef"),
          Attendee.other("Tommy Henfridsson", "Utvecklingsledare NAFS", ParagraphSet.of(71, 77))),
          p.attendees());
      assertEquals(Optional.of("Mikael Holmlund"), p.secretary());
      assertEquals(Optional.of(LocalDate.of(2018, 1, 12)), p.takenDownOn());
      assertEquals(ParagraphSet.of(71, 83), p.paragraphs());
      assertEquals(List.of(new Paragraph(71, "Mötets öppnande",
          "Ordförande förklarade mötet öppnat."), new Paragraph(72, "Incheckning",
          "Var och en\npresenterade sig.")), p.minutes());
    }

    @Test
    void pipeCellsWithMarkup_andNamesRunTogether() {
      Protocol p = parse("PROTOKOLL", "", "Sammanträdesdatum", "",
          "Samordningsförbundet Umeåregionen", "", "2017-02-24", "", "| | | |",
          "|-------------------------|--|--|",
          "| Plats och tid | Ungdomstorget, Umeå, klockan 08.15-12.00 | |",
          "| Beslutande | Peter Vigen Carola Larsson Ulf Björk Mikael Broman Patrik Nilsson | Umeå "
              + "kommun, ordförande Arbetsförmedlingen Västerbottens läns landsting "
              + "Försäkringskassan Robertsfors kommun |",
          "| Övriga deltagare | Mikael Holmlund Johanna Långdahl Persson Katarina Hansson Emma "
              + "Anderbom | Förbundschef Administratör Biträdande förbundschef Utredare |",
          "| Sekreterare | <i>Johanna Långdahl Persson</i> | |",
          "Sammanträdesdatum: 2017-02-24 **Justeringsdatum:** 2017-04-03",
          "§ 1 **Mötets öppnande**");
      assertEquals(List.of("Peter Vigen", "Carola Larsson", "Ulf Björk", "Mikael Broman",
          "Patrik Nilsson"), p.attendees().stream().map(Attendee::name).toList());
      assertEquals(List.of("Umeå kommun, ordförande", "Arbetsförmedlingen",
          "Västerbottens läns landsting", "Försäkringskassan", "Robertsfors kommun"),
          p.attendees().stream().map(Attendee::represents).toList());
      AttendeeGroup others = p.attendeeGroups().get(0);
      assertEquals("Mikael Holmlund Johanna Långdahl Persson Katarina Hansson Emma Anderbom",
          others.names());
      assertEquals(OptionalInt.empty(), others.count());
      assertEquals(Optional.of("Johanna Långdahl Persson"), p.secretary());
      assertEquals("Mötets öppnande", p.minutes().get(0).title());
      assertEquals(5, p.seatsListed());
    }

    @Test
    void tabs_paragraphsAfterTheNameOrTheOrganisation_andSubstitutes() {
      Protocol p = parse("Sammanträdesdatum\t2017-11-30",
          "Beslutande\tPeter Vigren § 71-75\tUmeå kommun",
          "\tAnna Ek\tUmeå kommun, tjänstgörande ersättare för Peter Vigren\t§ 76-83",
          "\tBo Berg\tVännäs kommun",
          "Ersättare\tLisa Lund\tVännäs kommun",
          "Paragrafer\t§ 71-83");
      assertEquals(List.of(Attendee.member("Peter Vigren", "Umeå kommun", ParagraphSet.of(71,
          75)), Attendee.serving("Anna Ek", "Umeå kommun", "Peter Vigren")
              .withParagraphs(ParagraphSet.of(76, 83)),
          Attendee.member("Bo Berg", "Vännäs kommun"),
          Attendee.substitute("Lisa Lund", "Vännäs kommun")), p.attendees());
      assertTrue(p.attendance(3).withoutQuorum().isEmpty());
      assertEquals(ParagraphSet.of(71, 83), p.paragraphs());
    }

    @Test
    void headingsInEitherOrder_andBevisAfterTheParagraphs() {
      Protocol p = parse("Samordningsförbundet Umeåregionen", "PROTOKOLL",
          "Justerare\tCarola Larsson", "Sammanträdesdatum 2017-11-30", PARAGRAPHS, "BEVIS",
          "Datum för anslags nedtagande: 2018-01-12", "Justeringsdatum", "2017-12-21",
          "Datum för anslags uppsättande: 2017-12-22",
          "Protokollet förvaras på Samordningsförbundets",
          "kansli.");
      assertEquals(Optional.of("Samordningsförbundet Umeåregionen"), p.association());
      assertEquals(List.of("Carola Larsson"), p.adjusters());
      assertEquals(Optional.of(LocalDate.of(2017, 12, 21)), p.adjustedOn());
      assertEquals(Optional.of("Samordningsförbundets kansli"), p.keptAt());
      assertEquals(2, p.minutes().size());
      assertEquals("Var och en\npresenterade sig.", p.minutes().get(1).text());
    }
  }

  @Nested
  class Unreadable {
    @Test
    void parse_namesTheLineItCannotRead() {
      IllegalArgumentException e = unreadable("Sammanträdesdatum 2017-11-30",
          "Detta är ingen rubrik", "§ 1 Öppnande");
      assertEquals("protocol text, line 2 (\"Detta är ingen rubrik\"): is not part of a "
          + "protocol's header: expected a label such as Sammanträdesdatum, Beslutande or "
          + "Justeringsdatum, or a § line", e.getMessage());
      e = unreadable("Sammanträdesdatum 2017-02-30", "§ 1");
      assertTrue(e.getMessage().startsWith("protocol text, line 1 (\"Sammanträdesdatum "
          + "2017-02-30\"): 2017-02-30 is not a date"), e.getMessage());
      e = unreadable("Sammanträdesdatum 2017-11-30", "Beslutande\tAnna Ek\tUmeå kommun\t§ 9",
          "§ 1");
      assertTrue(e.getMessage().startsWith("protocol text, line 2 "), e.getMessage());
      assertTrue(e.getMessage().contains("attendees[0] (Anna Ek) present for § 9"),
          e.getMessage());
      e = unreadable("Sammanträdesdatum 2017-11-30", "§ 1", "x", "§ 1 igen");
      assertTrue(e.getMessage().startsWith("protocol text, line 4 (\"§ 1 igen\"): § 1 is written "
          + "twice (first on line 2)"), e.getMessage());
      e = unreadable("Sammanträdesdatum 2017-11-30", "Justeringsdatum 2017-11-29", "§ 1");
      assertTrue(e.getMessage().startsWith("protocol text, line 2 "), e.getMessage());
      e = unreadable("Beslutande\tAnna Ek", "§ 1");
      assertTrue(e.getMessage().startsWith("protocol text, line 2 (\"§ 1\"): the protocol has no "
          + "Sammanträdesdatum"), e.getMessage());
      e = unreadable("Sammanträdesdatum 2017-11-30");
      assertTrue(e.getMessage().contains("no paragraphs"), e.getMessage());
    }

    @Test
    void parse_twoNoticesThatDisagree_namesTheLineOfTheSecond() {
      // shrunk from the fuzz: a wrapped notice sentence ran into a second, different one
      IllegalArgumentException e = unreadable("Sammanträdesdatum 2017-11-30",
          "Justeringen har tillkännagivits genom anslag hos Vännäs kommun.",
          "Justeringen har tillkännagivits genom anslag hos Umeå",
          "kommun.", "§ 1");
      assertTrue(e.getMessage().startsWith("protocol text, line 3 (\"Justeringen har "
          + "tillkännagivits genom anslag hos Umeå\"): Justeringen har tillkännagivits says \"Umeå "
          + "kommun\" here but \"Vännäs kommun\" before"), e.getMessage());
    }
  }

  @Nested
  class CanonicalText {
    @Test
    void toString_aGroupPresentForSomeParagraphs_andALedamotWithoutOrganisation() {
      Protocol p = Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
          .paragraphs(ParagraphSet.of(71, 83))
          .addAttendee(Attendee.member("Anna Ek", ""))
          .addAttendeeGroup(new AttendeeGroup(Attendee.Role.OTHER,
              "Mikael Holmlund Johanna Långdahl Persson", "Förbundschef Administratör",
              Optional.of(ParagraphSet.of(71, 77))))
          .build();
      List<String> lines = List.of(p.toString().split("\n"));
      assertTrue(lines.contains("Beslutande\tAnna Ek"), p.toString());
      assertTrue(lines.contains("Övriga deltagare\tMikael Holmlund Johanna Långdahl Persson\t"
          + "Förbundschef Administratör\t§ 71\u201377"), p.toString());
      assertEquals(p, Protocol.parse(p.toString()));
    }

    @Test
    void toString_isThePublishedLayoutAndReadsBack() {
      Protocol p = Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
          .paragraphs(ParagraphSet.of(71, 83)).association("Samordningsförbundet Umeåregionen")
          .adjustedOn(LocalDate.of(2017, 12, 21)).postedOn(LocalDate.of(2017, 12, 22))
          .addAttendee(Attendee.member("Peter Vigren", "Umeå kommun, ordförande"))
          .addAttendee(Attendee.serving("Anna Ek", "", "Ulf Björk"))
          .addAttendee(Attendee.other("Tommy Henfridsson", "Utvecklingsledare NAFS",
              ParagraphSet.of(71, 77)))
          .addAdjuster("Carola Larsson").keptAt("Samordningsförbundets kansli")
          .addParagraph(new Paragraph(71, "Mötets öppnande", "Ordförande förklarade mötet "
              + "öppnat."))
          .build();
      assertEquals(String.join("\n", "PROTOKOLL",
          "Förbund\tSamordningsförbundet Umeåregionen",
          "Sammanträdesdatum\t2017-11-30",
          "Beslutande\tPeter Vigren\tUmeå kommun, ordförande",
          "Beslutande\tAnna Ek\t\ttjänstgörande ersättare för Ulf Björk",
          "Övriga deltagare\tTommy Henfridsson\tUtvecklingsledare NAFS\t§ 71\u201377",
          "Justerare\tCarola Larsson",
          "",
          "BEVIS",
          "Justeringsdatum\t2017-12-21",
          "Datum för anslags uppsättande\t2017-12-22",
          "Paragrafer\t§ 71\u201383",
          "Protokollet förvaras på Samordningsförbundets kansli.",
          "",
          "§ 71 Mötets öppnande",
          "Ordförande förklarade mötet öppnat.", ""), p.toString());
      assertEquals(p, Protocol.parse(p.toString()));
    }
  }
}
