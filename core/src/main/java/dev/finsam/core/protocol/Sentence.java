package dev.finsam.core.protocol;

import dev.finsam.core.text.PrintedText;

/**
 * A sentence of the BEVIS block that may wrap onto further lines until its full stop:
 * "Justeringen har tillkännagivits genom anslag hos …." and "Protokollet förvaras på …."; what it
 * says after its fixed words is the value.
 */
final class Sentence {

  /** What the notice sentence says before the place of the notice. */
  static final String NOTICE_PREFIX = "genom anslag hos ";
  /** What the keeping sentence says before the place. */
  static final String KEPT_PREFIX = "på ";

  private final ProtocolLabel label;
  private final PrintedText.Line line;
  private final StringBuilder text;

  /**
   * @param label NOTICE or KEPT
   * @param line the line the sentence starts on
   * @param said the line's text, starting with the label
   */
  Sentence(ProtocolLabel label, PrintedText.Line line, String said) {
    this.label = label;
    this.line = line;
    this.text = new StringBuilder(PrintableText.stripLead(said.substring(label.length(said))));
  }

  ProtocolLabel label() {
    return label;
  }

  PrintedText.Line line() {
    return line;
  }

  /** @param more the next line's text, collapsed */
  void append(String more) {
    text.append(text.length() == 0 ? "" : " ").append(more);
  }

  /** @return true once the sentence has its full stop */
  boolean isEnded() {
    return text.length() > 0 && text.charAt(text.length() - 1) == '.';
  }

  /**
   * @return what the sentence says, without its full stop and the words that lead to the value
   *     ("genom anslag hos", "på"), also when the line breaks inside them; possibly empty
   */
  String value() {
    String v = text.toString();
    v = (isEnded() ? v.substring(0, v.length() - 1) : v).strip();
    String prefix = label == ProtocolLabel.NOTICE ? NOTICE_PREFIX : KEPT_PREFIX;
    if (v.regionMatches(true, 0, prefix, 0, prefix.length())) {
      v = v.substring(prefix.length()).strip();
    }
    return v;
  }
}
