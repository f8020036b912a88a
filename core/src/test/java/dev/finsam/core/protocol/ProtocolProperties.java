package dev.finsam.core.protocol;

import static dev.finsam.core.protocol.ProtocolGenerators.expand;
import static dev.finsam.core.protocol.ProtocolGenerators.paragraphLikeText;
import static dev.finsam.core.protocol.ProtocolGenerators.paragraphSets;
import static dev.finsam.core.protocol.ProtocolGenerators.smallParagraphSets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.finsam.core.CoreGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProtocolProperties {

  @Test
  void parseOfToStringGivesTheSetBack() {
    qt().forAll(paragraphSets()).checkAssert(s -> assertEquals(s, ParagraphSet.parse(s.toString())));
  }

  @Test
  void unionAndMinusAgreeWithSetSemantics() {
    qt().forAll(smallParagraphSets(), smallParagraphSets()).checkAssert((a, b) -> {
      Set<Integer> union = new TreeSet<>(expand(a));
      union.addAll(expand(b));
      Set<Integer> minus = new TreeSet<>(expand(a));
      minus.removeAll(expand(b));
      assertEquals(union, expand(a.union(b)));
      assertEquals(minus, expand(a.minus(b)));
      assertEquals(expand(a).size(), a.size());
      assertEquals(expand(a).containsAll(expand(b)), a.containsAll(b), a + " ⊇ " + b);
      Set<Integer> both = new TreeSet<>(expand(a));
      both.retainAll(expand(b));
      assertEquals(both, expand(a.intersection(b)));
      assertEquals(!both.isEmpty(), a.overlaps(b), a + " \u2229 " + b);
      for (int i = 0; i <= 41; i++) {
        assertEquals(expand(a).contains(i), a.contains(i));
      }
    });
  }

  @Test
  void fuzzedTextGivesASetOrAnIllegalArgument() {
    qt().withExamples(5000).forAll(paragraphLikeText()).checkAssert(text -> {
      try {
        ParagraphSet s = ParagraphSet.parse(text);
        assertEquals(s, ParagraphSet.parse(s.toString()));
      } catch (IllegalArgumentException expected) {
        assertTrue(expected.getMessage().startsWith("paragraphs (\""), expected.getMessage());
      }
    });
  }

  @Test
  void nextNeverOverlapsTheLedgerAndRestartsEachYear() {
    qt().forAll(lists().of(integers().between(1, 30)).ofSizeBetween(0, 12),
        CoreGenerators.dates1900to2100(), integers().between(0, 400)).checkAssert(
            (itemsPerMeeting, start, stepDays) -> {
              ParagraphNumbering perYear = ParagraphNumbering.perCalendarYear();
              ProtocolLedger ledger = ProtocolLedger.empty();
              LocalDate date = start;
              List<Protocol> held = new ArrayList<>();
              for (int items : itemsPerMeeting) {
                ParagraphSet next = perYear.next(ledger, date, items);
                assertEquals(items, next.size());
                for (Protocol p : held) {
                  if (p.meetingDate().getYear() == date.getYear()) {
                    assertFalse(p.paragraphs().overlaps(next), p + " vs " + next);
                  }
                }
                int year = date.getYear();
                boolean firstOfYear = held.stream()
                    .noneMatch(p -> p.meetingDate().getYear() == year);
                assertEquals(firstOfYear, next.first() == 1);
                Protocol p = Protocol.builder().meetingDate(date).paragraphs(next).build();
                held.add(p);
                ledger = ledger.plus(p);
                date = date.plusDays(stepDays % 97);
              }
              // a series built this way has no gap, overlap or missing restart
              assertFalse(ProtocolRules.standard().checkSeries(held).hasErrors());
            });
  }

  @Test
  void aTieNeverPassesWithoutTheChairInOrdinaryMatters() {
    qt().forAll(integers().between(0, 20), integers().between(0, 5)).checkAssert((n, abstain) -> {
      VoteResult none = BoardVote.of(n, n, abstain).decide(Matter.ORDINARY, ChairVote.NONE);
      assertFalse(none.isAdopted());
      if (n > 0) {
        assertFalse(BoardVote.of(n, n, abstain).decide(Matter.ORDINARY, ChairVote.NO).isAdopted());
        assertTrue(BoardVote.of(n, n, abstain).decide(Matter.ORDINARY, ChairVote.YES).isAdopted());
        assertFalse(BoardVote.of(n, n, abstain).decide(Matter.ELECTION, ChairVote.YES)
            .isAdopted());
      }
    });
  }

  @Test
  void majorityIsMoreThanHalfOfVotesCast() {
    qt().forAll(integers().between(0, 30), integers().between(0, 30), integers().between(0, 5))
        .assuming((y, n, a) -> y != n)
        .checkAssert((y, n, a) -> assertEquals(y > n,
            BoardVote.of(y, n, a).decide(Matter.ORDINARY, ChairVote.NONE).isAdopted()));
  }
}
