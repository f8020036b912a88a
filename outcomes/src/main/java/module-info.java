/**
 * finsam outcomes: outcome tables (<i>resultat på individnivå</i>), percentages and goals.
 */
module dev.finsam.outcomes {
  requires transitive dev.finsam.core;
  requires static org.immutables.value.annotations;

  exports dev.finsam.outcomes;

  provides dev.finsam.core.text.DocumentReader with dev.finsam.outcomes.OutcomeTableReader;
}
