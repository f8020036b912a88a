package dev.finsam.core.protocol;

import java.util.Locale;

/**
 * The labels of a protocol's header and BEVIS block as published, each with the spellings a
 * reader accepts (case is ignored).
 */
enum ProtocolLabel {
  PROTOKOLL(Kind.HEADING, "PROTOKOLL"),
  BEVIS(Kind.HEADING, "BEVIS"),
  SAMMANTRADESDATUM(Kind.DATE, "Sammanträdesdatum"),
  JUSTERINGSDATUM(Kind.DATE, "Justeringsdatum"),
  UPPSATTANDE(Kind.DATE, "Datum för anslags uppsättande", "Anslaget uppsatt",
      "Datum för anslagets uppsättande"),
  NEDTAGANDE(Kind.DATE, "Datum för anslags nedtagande", "Anslaget nedtaget",
      "Datum för anslagets nedtagande"),
  FORBUND(Kind.VALUE, "Förbund"),
  PLATS(Kind.VALUE, "Plats och tid"),
  BESLUTANDE(Kind.ROWS, "Beslutande"),
  ERSATTARE(Kind.ROWS, "Ersättare", "Närvarande ersättare"),
  OVRIGA(Kind.ROWS, "Övriga deltagare", "Övriga närvarande"),
  SEKRETERARE(Kind.VALUE, "Sekreterare"),
  ORDFORANDE(Kind.VALUE, "Ordförande"),
  JUSTERARE(Kind.ROWS, "Justerare", "Justerande"),
  PARAGRAFER(Kind.VALUE, "Paragrafer"),
  UNDERSKRIFT(Kind.VALUE, "Underskrift"),
  NOTICE(Kind.SENTENCE, "Justeringen har tillkännagivits", "Justeringen har tillkännagetts"),
  KEPT(Kind.SENTENCE, "Protokollet förvaras", "Förvaringsplats");

  /** How a label's value is written. */
  enum Kind {
    /** A heading without a value. */
    HEADING,
    /** Dates, several labels to a line, the date after its label or on the next line. */
    DATE,
    /** One value after the label, or on the next line. */
    VALUE,
    /** A row after the label and further rows on the following lines. */
    ROWS,
    /** A sentence that starts with the label and may wrap onto further lines. */
    SENTENCE
  }

  private final Kind kind;
  private final String[] spellings;
  private final String[] lowerSpellings;

  ProtocolLabel(Kind kind, String... spellings) {
    this.kind = kind;
    this.spellings = spellings;
    this.lowerSpellings = new String[spellings.length];
    for (int i = 0; i < spellings.length; i++) {
      lowerSpellings[i] = spellings[i].toLowerCase(Locale.ROOT);
    }
  }

  Kind kind() {
    return kind;
  }

  /** @return the label as printed */
  String text() {
    return spellings[0];
  }

  /**
   * @param s text, not null
   * @param from where to look
   * @return the length of this label's spelling at {@code from}, ending at a word boundary, or
   *     -1 if none is there
   */
  int matchAt(String s, int from) {
    for (String l : lowerSpellings) {
      int end = from + l.length();
      if (end <= s.length() && s.regionMatches(true, from, l, 0, l.length())
          && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
        return l.length();
      }
    }
    return -1;
  }

  /**
   * @param s text, not null
   * @return the label the text starts with, the longest first, or null
   */
  static ProtocolLabel startOf(String s) {
    ProtocolLabel best = null;
    int bestLength = -1;
    for (ProtocolLabel l : values()) {
      int n = l.matchAt(s, 0);
      if (n > bestLength) {
        best = l;
        bestLength = n;
      }
    }
    return best;
  }

  /**
   * @param s text, not null
   * @param from where to look
   * @return the date label at {@code from}, or null
   */
  static ProtocolLabel dateAt(String s, int from) {
    for (ProtocolLabel l : values()) {
      if (l.kind == Kind.DATE && l.matchAt(s, from) > 0) {
        return l;
      }
    }
    return null;
  }

  /** @return the length of the spelling that {@code s} starts with; the label must match */
  int length(String s) {
    return matchAt(s, 0);
  }
}
