package dev.finsam.examples;

import dev.finsam.core.Findings;
import dev.finsam.core.protocol.Attendee;
import dev.finsam.core.protocol.BoardVote;
import dev.finsam.core.protocol.ChairVote;
import dev.finsam.core.protocol.Matter;
import dev.finsam.core.protocol.ParagraphNumbering;
import dev.finsam.core.protocol.ParagraphSet;
import dev.finsam.core.protocol.Protocol;
import dev.finsam.core.protocol.ProtocolLedger;
import dev.finsam.core.protocol.ProtocolRules;
import dev.finsam.core.protocol.VoteResult;
import java.time.LocalDate;
import java.util.List;

/** The board protocols of 2017-02-24 and 2017-11-30: numbering, deadlines, the 2–2 vote. */
final class ProtocolsExample {

  private ProtocolsExample() {}

  static Protocol february2017() {
    return Protocol.builder().meetingDate(LocalDate.of(2017, 2, 24))
        .paragraphs(ParagraphSet.parse("§ 1-21")).adjustedOn(LocalDate.of(2017, 4, 3))
        .postedOn(LocalDate.of(2017, 4, 7)).takenDownOn(LocalDate.of(2017, 4, 28)).build();
  }

  static Protocol november2017() {
    return Protocol.builder().meetingDate(LocalDate.of(2017, 11, 30))
        .paragraphs(ParagraphSet.parse("§ 71-83")).adjustedOn(LocalDate.of(2017, 12, 21))
        .postedOn(LocalDate.of(2017, 12, 22)).takenDownOn(LocalDate.of(2018, 1, 12))
        .addAttendee(Attendee.other("Tommy Henfridsson", "Utvecklingsledare NAFS",
            ParagraphSet.parse("§ 71-77")))
        .build();
  }

  static Section section() {
    List<Protocol> year = List.of(february2017(), november2017());
    VoteResult vote = BoardVote.of(2, 2, 0).decide(Matter.ORDINARY, ChairVote.YES);
    ParagraphSet nafs = november2017().attendees().get(0).paragraphs().orElseThrow();
    ParagraphSet next2018 = ParagraphNumbering.perCalendarYear().next(ProtocolLedger.of(year),
        LocalDate.of(2018, 3, 20), 9);
    List<Comparison> c = List.of(
        new Comparison("Paragrafer 2017-02-24", "§ 1\u201321", february2017().paragraphs()
            .toString()),
        new Comparison("Paragrafer 2017-11-30", "§ 71\u201383", november2017().paragraphs()
            .toString()),
        new Comparison("NAFS närvarande", "§ 71\u201377", nafs.toString()),
        new Comparison("Votering § 78 (2\u20132)", "bifall, utslagsröst",
            (vote.isAdopted() ? "bifall" : "avslag") + (vote.usedCastingVote()
                ? ", utslagsröst" : "")),
        new Comparison("Dagar till justering 2017-11-30", "21",
            String.valueOf(november2017().daysToAdjustment().orElseThrow())),
        new Comparison("Första mötet 2018 börjar på", "§ 1", "§ " + next2018.first()));
    Findings f = ProtocolRules.standard().checkSeries(year);
    String table = ProtocolRules.standard() + "\n" + february2017() + "\n" + november2017()
        + "\nVotering § 78: " + vote;
    return new Section("Protokoll och paragrafer", table, c, f);
  }
}
