package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Votes as a secretary records them (FinsamL 12 §), and the quorum (FinsamL 10 §). */
class BoardVoteTest {

  @Nested
  class Counts {
    @Test
    void of_rejectsNegativeCountsNamingTheCount() {
      assertEquals("yes (-1) must be >= 0", assertThrows(IllegalArgumentException.class,
          () -> BoardVote.of(-1, 2, 0)).getMessage());
      assertEquals("no (-1) must be >= 0", assertThrows(IllegalArgumentException.class,
          () -> BoardVote.of(2, -1, 0)).getMessage());
      assertEquals("abstain (-2) must be >= 0", assertThrows(IllegalArgumentException.class,
          () -> BoardVote.of(2, 2, -2)).getMessage());
    }

    @Test
    void decide_rejectsAChairVotingNoWhenNobodyVotedNo() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> BoardVote.of(3, 0, 1).decide(Matter.ORDINARY, ChairVote.NO));
      assertEquals("chair (NO) must be counted in no (0)", e.getMessage());
      assertFalse(BoardVote.of(1, 3, 1).decide(Matter.ORDINARY, ChairVote.NO).isAdopted());
    }
  }

  @Nested
  class Ties {
    @Test
    void tieWithoutTheChairVoting_isRejectedWithoutCastingVote() {
      // a chair who does not vote has no casting vote: 2–2 is not a majority for the proposal
      VoteResult r = BoardVote.of(2, 2, 1).decide(Matter.ORDINARY, ChairVote.NONE);
      assertFalse(r.isAdopted());
      assertFalse(r.usedCastingVote());
      assertFalse(r.requiresLot());
      assertEquals("2\u20132 (1 avstod): avslaget", r.toString());
    }

    @Test
    void chairVotingNoInATie_rejectsByCastingVote() {
      VoteResult r = BoardVote.of(2, 2, 0).decide(Matter.ORDINARY, ChairVote.NO);
      assertFalse(r.isAdopted());
      assertTrue(r.usedCastingVote());
      assertEquals("2\u20132: avslaget genom ordförandes utslagsröst", r.toString());
    }
  }

  @Nested
  class Printed {
    @Test
    void toString_tallyAbstentionsAndOutcome() {
      // protocol 2017-11-30, § 78: 2–2, decided by the chair's casting vote
      assertEquals("2\u20132: bifallet genom ordförandes utslagsröst",
          BoardVote.of(2, 2, 0).decide(Matter.ORDINARY, ChairVote.YES).toString());
      assertEquals("3\u20131: bifallet", BoardVote.of(3, 1, 0).decide(Matter.ORDINARY,
          ChairVote.YES).toString());
      assertEquals("3\u20131 (1 avstod): bifallet", BoardVote.of(3, 1, 1)
          .decide(Matter.ORDINARY, ChairVote.NONE).toString());
      assertEquals("1\u20133: avslaget", BoardVote.of(1, 3, 0).decide(Matter.ORDINARY,
          ChairVote.NONE).toString());
      assertEquals("2\u20132 (2 avstod): lika röstetal, avgörs genom lottning",
          BoardVote.of(2, 2, 2).decide(Matter.ELECTION, ChairVote.YES).toString());
    }
  }

  @Nested
  class Result {
    @Test
    void aResultCannotClaimACastingVoteOrLotWithoutATie() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> VoteResult.of(3, 1, 0, true, true, false));
      assertEquals("votes (3\u20131) must be tied for a casting vote or lot", e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> VoteResult.of(1, 3, 0, false, false,
          true));
      assertThrows(IllegalArgumentException.class, () -> VoteResult.of(2, 2, -1, false, false,
          false));
      assertThrows(IllegalArgumentException.class, () -> VoteResult.of(2, -1, 0, true, false,
          false));
    }
  }

  @Nested
  class QuorumRule {
    @Test
    void nobodyPresentIsNoQuorum_andCountsOutsideTheBoardAreRejected() {
      assertFalse(Quorum.isPresent(3, 0));
      assertEquals("present (-1) must be between 0 and seats (3)",
          assertThrows(IllegalArgumentException.class, () -> Quorum.isPresent(3, -1))
              .getMessage());
      assertEquals("seats (0) must be at least 1", assertThrows(IllegalArgumentException.class,
          () -> Quorum.isPresent(0, 0)).getMessage());
    }
  }
}
