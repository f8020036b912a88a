package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The labels of a header, matched as whole words whatever the case. */
class ProtocolLabelTest {

  @Test
  void startOf_matchesWholeWordsOnly() {
    assertEquals(ProtocolLabel.JUSTERARE, ProtocolLabel.startOf("Justerande Carola Larsson"));
    assertEquals(ProtocolLabel.ORDFORANDE, ProtocolLabel.startOf("Ordförande: Peter Vigren"));
    assertEquals(ProtocolLabel.SAMMANTRADESDATUM, ProtocolLabel.startOf("Sammanträdesdatum"));
    assertEquals(ProtocolLabel.SAMMANTRADESDATUM, ProtocolLabel.startOf("SAMMANTRÄDESDATUM"));
    // the signature lines under a protocol name the signers, they are no labels
    assertNull(ProtocolLabel.startOf("Justerandes signatur"));
    assertNull(ProtocolLabel.startOf("Ordförandes signatur"));
    assertNull(ProtocolLabel.startOf("Ordf"));
  }
}
