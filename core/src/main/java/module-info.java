/**
 * finsam core: organisation numbers, members, associations, tertials, fractions, findings and the
 * rules of board meetings (<i>sammanträden</i>). Knows nothing of money libraries.
 */
module dev.finsam.core {
  requires static org.immutables.value.annotations;

  exports dev.finsam.core;
  exports dev.finsam.core.protocol;
  exports dev.finsam.core.internal to dev.finsam.money, dev.finsam.outcomes;
  exports dev.finsam.core.text to dev.finsam.money, dev.finsam.outcomes;

  uses dev.finsam.core.text.DocumentReader;
  provides dev.finsam.core.text.DocumentReader with dev.finsam.core.protocol.ProtocolReader;
}
