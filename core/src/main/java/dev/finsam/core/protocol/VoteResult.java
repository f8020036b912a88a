package dev.finsam.core.protocol;

/**
 * The outcome of a board vote (<i>omröstningsresultat</i>).
 *
 * <p>For example, 2–2 in an ordinary matter with the chair voting yes: adopted, by casting vote.
 *
 * @param yes votes for
 * @param no votes against
 * @param abstain abstentions, not counted as votes cast
 * @param adopted true if the proposal is adopted (<i>bifallet</i>)
 * @param usedCastingVote true if the chair's casting vote decided
 * @param requiresLot true if the tie must be decided by lot (elections, staff matters)
 */
public record VoteResult(int yes, int no, int abstain, boolean adopted, boolean usedCastingVote,
    boolean requiresLot) {

  /** @return true if the proposal is adopted */
  public boolean isAdopted() {
    return adopted;
  }

  @Override
  public String toString() {
    String tally = yes + "\u2013" + no + (abstain > 0 ? " (" + abstain + " avstod)" : "");
    if (requiresLot) {
      return tally + ": lika röstetal, avgörs genom lottning";
    }
    return tally + (adopted ? ": bifallet" : ": avslaget")
        + (usedCastingVote ? " genom ordförandes utslagsröst" : "");
  }
}
