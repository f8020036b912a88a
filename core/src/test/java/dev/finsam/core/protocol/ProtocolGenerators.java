package dev.finsam.core.protocol;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Generators of the protocol package, in domain terms, with edges mixed in. */
final class ProtocolGenerators {

  private ProtocolGenerators() {}

  /** Small paragraph numbers (1..40) where set semantics can be checked by enumeration. */
  static Gen<ParagraphSet> smallParagraphSets() {
    Gen<ParagraphSet.Range> range = integers().between(1, 40).zip(integers().between(0, 6),
        (a, len) -> new ParagraphSet.Range(a, Math.min(40, a + len)));
    return lists().of(range).ofSizeBetween(0, 5).map(ParagraphSet::ofRanges);
  }

  /** Any paragraph sets, with huge numbers near the int limit mixed in. */
  static Gen<ParagraphSet> paragraphSets() {
    Gen<ParagraphSet.Range> huge = integers().between(1, Integer.MAX_VALUE)
        .zip(integers().between(1, Integer.MAX_VALUE), (a, b) ->
            new ParagraphSet.Range(Math.min(a, b), Math.max(a, b)));
    return smallParagraphSets().mix(lists().of(huge).ofSizeBetween(1, 4)
        .map(ParagraphSet::ofRanges), 30);
  }

  /** Text near the notation: its characters in random order, and random text. */
  static Gen<String> paragraphLikeText() {
    List<String> pieces = List.of("§", "§§", " ", "-", "\u2013", ",", "0", "1", "7", "42", "99",
        "2147483647", "2147483648", "99999999999", "a", "\u00A0", ";", "");
    Gen<String> near = lists().of(Generate.pick(pieces)).ofSizeBetween(0, 12).map(l -> {
      StringBuilder sb = new StringBuilder();
      l.forEach(sb::append);
      return sb.toString();
    });
    return near.mix(strings().allPossible().ofLengthBetween(0, 30), 30);
  }

  /** Expands a small set for comparison with java.util sets. */
  static java.util.Set<Integer> expand(ParagraphSet s) {
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    for (ParagraphSet.Range r : s.ranges()) {
      for (int i = r.first(); i <= r.last(); i++) {
        out.add(i);
      }
    }
    return out;
  }


  /** Names of a small board, so that seats, substitutes and absences collide often. */
  static final List<String> NAMES = List.of("Peter Vigren", "Carola Larsson", "Ulf Björk",
      "Mikael Broman", "Patrik Nilsson", "Anna Ek");

  /** A paragraph set within {@code within}, small. */
  static ParagraphSet subsetOf(ParagraphSet within, RandomnessSource in) {
    List<ParagraphSet.Range> ranges = new ArrayList<>();
    int n = integers().between(1, 3).generate(in);
    for (int k = 0; k < n; k++) {
      int a = integers().between(within.first(), within.last()).generate(in);
      int b = integers().between(a, Math.min(within.last(), a + 8)).generate(in);
      ranges.add(new ParagraphSet.Range(a, b));
    }
    ParagraphSet s = ParagraphSet.ofRanges(ranges).intersection(within);
    return s.isEmpty() ? ParagraphSet.of(within.first()) : s;
  }

  /**
   * Protocols of small boards: § 1–40 at most, with ledamöter, serving and other substitutes and
   * other participants, each present for all or some paragraphs, and groups written together.
   */
  static Gen<Protocol> protocolsWithAttendance() {
    return in -> {
      int first = integers().between(1, 30).generate(in);
      int last = integers().between(first, first + 12).generate(in);
      ParagraphSet held = ParagraphSet.of(first, last);
      if (integers().between(0, 3).generate(in) == 0 && last > first + 2) {
        held = held.minus(ParagraphSet.of(first + 1));
      }
      Protocol.Builder b = Protocol.builder().meetingDate(java.time.LocalDate.of(2017, 11, 30))
          .paragraphs(held);
      int people = integers().between(0, 8).generate(in);
      for (int k = 0; k < people; k++) {
        String name = NAMES.get(integers().between(0, NAMES.size() - 1).generate(in));
        Attendee.Role role = Attendee.Role.values()[integers().between(0, 3).generate(in)];
        Optional<String> servesFor = Optional.empty();
        if (role == Attendee.Role.SERVING_SUBSTITUTE && integers().between(0, 4).generate(in) > 0) {
          String s = NAMES.get(integers().between(0, NAMES.size() - 1).generate(in));
          servesFor = s.equals(name) ? Optional.empty() : Optional.of(s);
        }
        Optional<ParagraphSet> present = integers().between(0, 1).generate(in) == 0
            ? Optional.empty() : Optional.of(subsetOf(held, in));
        b.addAttendee(new Attendee(name, "Umeå kommun", role, servesFor, present));
      }
      if (integers().between(0, 4).generate(in) == 0) {
        b.addAttendeeGroup(new AttendeeGroup(Attendee.Role.MEMBER, "Anna Berg Bo Ek Carl",
            "Umeå kommun Vännäs kommun", integers().between(0, 1).generate(in) == 0
                ? Optional.empty() : Optional.of(subsetOf(held, in))));
      }
      return b.build();
    };
  }
}
