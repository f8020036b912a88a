package dev.finsam.core.protocol;

import org.immutables.value.Value;

/**
 * The outcome of a board vote (<i>omröstningsresultat</i>), as {@link BoardVote#decide} finds it;
 * callers cannot make one up.
 *
 * <p>For example, 2–2 in an ordinary matter with the chair voting yes: adopted, by casting vote
 * ({@code "2–2: bifallet genom ordförandes utslagsröst"}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VoteResult {

  VoteResult() {}

  /** @return votes for (<i>ja</i>), at least 0 */
  public abstract int yes();

  /** @return votes against (<i>nej</i>), at least 0 */
  public abstract int no();

  /** @return abstentions (<i>avstår</i>), not counted as votes cast; at least 0 */
  public abstract int abstain();

  /** @return true if the proposal is adopted (<i>bifallet</i>) */
  public abstract boolean isAdopted();

  /** @return true if the chair's casting vote (<i>utslagsröst</i>) decided */
  public abstract boolean usedCastingVote();

  /** @return true if the tie must be decided by lot (<i>lottning</i>): elections, staff matters */
  public abstract boolean requiresLot();

  static VoteResult of(int yes, int no, int abstain, boolean adopted, boolean usedCastingVote,
      boolean requiresLot) {
    return ImmutableVoteResult.create(yes, no, abstain, adopted, usedCastingVote, requiresLot);
  }

  @Value.Check
  void check() {
    if (yes() < 0 || no() < 0 || abstain() < 0) {
      throw new IllegalArgumentException("votes (" + yes() + ", " + no() + ", " + abstain()
          + ") must be >= 0");
    }
    if ((usedCastingVote() || requiresLot()) && yes() != no()) {
      throw new IllegalArgumentException("votes (" + yes() + "\u2013" + no()
          + ") must be tied for a casting vote or lot");
    }
  }

  @Override
  public String toString() {
    String tally = yes() + "\u2013" + no() + (abstain() > 0 ? " (" + abstain() + " avstod)" : "");
    if (requiresLot()) {
      return tally + ": lika röstetal, avgörs genom lottning";
    }
    return tally + (isAdopted() ? ": bifallet" : ": avslaget")
        + (usedCastingVote() ? " genom ordförandes utslagsröst" : "");
  }
}
