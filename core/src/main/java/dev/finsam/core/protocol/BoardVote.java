package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

/**
 * A vote on the board (<i>votering</i>): simple majority of votes cast; on a tie the chair's
 * casting vote decides an ordinary matter, and an election or staff matter goes to lot (FinsamL
 * 12 §, kommunallagen). A consensus requirement is not allowed, so none is modelled.
 *
 * <p>For example, {@code BoardVote.of(2, 2, 0).decide(Matter.ORDINARY, ChairVote.YES)} is adopted
 * by the chair's casting vote, as at 2017-11-30.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param yes votes for, at least 0
 * @param no votes against, at least 0
 * @param abstain abstentions, at least 0
 */
public record BoardVote(int yes, int no, int abstain) {

  /**
   * Validates the components.
   *
   * @param yes votes for, at least 0
   * @param no votes against, at least 0
   * @param abstain abstentions, at least 0
   * @throws IllegalArgumentException if a count is negative
   */
  public BoardVote {
    if (yes < 0) {
      throw new IllegalArgumentException("yes (" + yes + ") must be >= 0");
    }
    if (no < 0) {
      throw new IllegalArgumentException("no (" + no + ") must be >= 0");
    }
    if (abstain < 0) {
      throw new IllegalArgumentException("abstain (" + abstain + ") must be >= 0");
    }
  }

  /**
   * @param yes votes for
   * @param no votes against
   * @param abstain abstentions
   * @return the vote, never null
   */
  public static BoardVote of(int yes, int no, int abstain) {
    return new BoardVote(yes, no, abstain);
  }

  /**
   * Decides the vote.
   *
   * @param matter the kind of matter, not null
   * @param chair how the chair voted (counted in {@code yes} or {@code no}), not null
   * @return the result, never null
   * @throws IllegalArgumentException if the chair's vote is not among the counts
   */
  public VoteResult decide(Matter matter, ChairVote chair) {
    requireNonNull(matter, "matter");
    requireNonNull(chair, "chair");
    if (chair == ChairVote.YES && yes == 0) {
      throw new IllegalArgumentException("chair (YES) must be counted in yes (0)");
    }
    if (chair == ChairVote.NO && no == 0) {
      throw new IllegalArgumentException("chair (NO) must be counted in no (0)");
    }
    if (yes != no) {
      return VoteResult.of(yes, no, abstain, yes > no, false, false);
    }
    if (matter != Matter.ORDINARY) {
      return VoteResult.of(yes, no, abstain, false, false, true);
    }
    if (chair == ChairVote.NONE) {
      return VoteResult.of(yes, no, abstain, false, false, false);
    }
    return VoteResult.of(yes, no, abstain, chair == ChairVote.YES, true, false);
  }
}
