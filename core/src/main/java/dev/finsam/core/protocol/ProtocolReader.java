package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.Location;
import dev.finsam.core.text.DocumentPart;
import dev.finsam.core.text.DocumentReader;
import dev.finsam.core.text.PrintedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the protocols (<i>protokoll</i>) of a published document for
 * {@link dev.finsam.core.Documents#check}: each starts at its "PROTOKOLL" or "Sammanträdesdatum"
 * header and runs to the next protocol or to the end of its last paragraph, where the next
 * document begins ("KALLELSE", "FÖREDRAGNINGSLISTA", "Årsredovisning 2017", "Verksamhetsplan",
 * "Bilaga 2", "Sammanställning av …" without a full stop) or the text ends.
 *
 * <p>For example, in the annual report 2017 of Samordningsförbundet Umeåregionen it finds
 * "Protokoll 2017-11-30" from line 74, whose check finds the justering 21 days after the meeting,
 * located at the Justeringsdatum line. Each protocol is read with {@link Protocol#parse}'s rules
 * and checked with {@link ProtocolRules#standard()}; its quorum is checked against the seats the
 * protocol itself lists ({@link Protocol#seatsListed()}), since the board's size is not in the
 * text, so the check finds paragraphs where ledamöter listed had left, not an undersized board.
 * Findings are located at the line of the date or paragraph they are about.
 *
 * <p>A heading inside a paragraph's text that looks like the start of another document or
 * protocol ends the protocol there; {@link Protocol#parse} of the protocol alone has no such
 * limit.
 *
 * <p>Applications do not call this class; {@link java.util.ServiceLoader} finds it. It is
 * stateless and thread-safe.
 */
public final class ProtocolReader implements DocumentReader {

  /** The kind of the parts found, as {@link DocumentPart#kind()} says it. */
  static final String KIND = "protokoll";

  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public ProtocolReader() {}

  private enum State { OUTSIDE, HEADER, PARAGRAPHS, BEVIS_AFTER }

  @Override
  public List<DocumentPart> find(List<PrintedText.Line> lines) {
    requireNonNull(lines, "lines");
    List<DocumentPart> parts = new ArrayList<>();
    State state = State.OUTSIDE;
    int start = -1;
    int lastText = -1;
    for (int i = 0; i < lines.size(); i++) {
      String s = PrintableText.collapse(lines.get(i).text());
      if (!Paragraph.hasLetterOrDigit(s)) {
        continue; // blank lines and rules such as "---" end no part and belong to none
      }
      boolean opens = isProtocolTitle(s) || ProtocolLabel.SAMMANTRADESDATUM.matchAt(s, 0) > 0
          && (state == State.OUTSIDE || state == State.PARAGRAPHS);
      if (isProtocolTitle(s) && state == State.HEADER) {
        opens = false;
      }
      if (opens || isDocumentHeading(s)) {
        if (state != State.OUTSIDE) {
          parts.add(part(lines.subList(start, lastText + 1)));
        }
        state = opens ? State.HEADER : State.OUTSIDE;
        start = i;
      } else if (state != State.OUTSIDE && ParagraphHeading.of(s) != null) {
        state = State.PARAGRAPHS;
      } else if (state == State.PARAGRAPHS && s.equals("BEVIS")) {
        state = State.BEVIS_AFTER;
      }
      lastText = i;
    }
    if (state != State.OUTSIDE) {
      parts.add(part(lines.subList(start, lastText + 1)));
    }
    return parts;
  }

  private static boolean isProtocolTitle(String s) {
    return ProtocolLabel.PROTOKOLL.matchAt(s, 0) > 0 && s.startsWith("PROTOKOLL");
  }

  /** @return true for a line that begins another document: a report, a notice, an appendix */
  static boolean isDocumentHeading(String s) {
    if (s.startsWith("KALLELSE") || s.startsWith("FÖREDRAGNINGSLISTA")
        || s.startsWith("DAGORDNING")) {
      return true;
    }
    if (s.endsWith(".") || s.length() > 120 || s.isEmpty()) {
      return false;
    }
    int first = Character.toLowerCase(s.codePointAt(0));
    if (first != 's' && first != 'å' && first != 'v' && first != 'b') {
      return false; // no title below: most lines need no lower-case copy
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("sammanställning av ")) {
      return true;
    }
    for (String title : TITLES) {
      if (lower.equals(title) || lower.startsWith(title) && lower.length() > title.length()
          && lower.charAt(title.length()) == ' ' && isNumber(lower.substring(title.length() + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Titles of other documents, alone or with a number ("Bilaga 2"). */
  private static final String[] TITLES = {"årsredovisning", "verksamhetsberättelse",
      "verksamhetsplan", "bilaga"};

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static DocumentPart part(List<PrintedText.Line> lines) {
    ProtocolParser.Read read;
    IllegalArgumentException unreadable = null;
    try {
      read = ProtocolParser.read(lines);
    } catch (IllegalArgumentException e) {
      read = null;
      unreadable = e;
    }
    int first = lines.get(0).number();
    int last = lines.get(lines.size() - 1).number();
    String caption = read == null ? "Protokoll" : "Protokoll " + read.protocol().meetingDate();
    ProtocolParser.Read found = read;
    IllegalArgumentException failure = unreadable;
    return new DocumentPart(first, last, caption, KIND, () -> {
      if (found == null) {
        throw failure;
      }
      return check(found, first, caption);
    });
  }

  /** Checks a protocol read from a document and locates each finding at its line. */
  static Findings check(ProtocolParser.Read read, int firstLine, String caption) {
    Protocol p = read.protocol();
    ProtocolRules rules = ProtocolRules.standard();
    if (p.seatsListed() >= 1) {
      rules = rules.withSeats(p.seatsListed());
    }
    Findings.Builder out = Findings.builder();
    for (Finding f : rules.check(p).all()) {
      out.add(f.at(Location.of(line(read, f.code(), firstLine), caption)));
    }
    return out.build();
  }

  private static int line(ProtocolParser.Read read, String code, int firstLine) {
    Map<String, Integer> at = read.lines();
    String[] fields = code.startsWith("protocol.justering.") ? new String[] {"adjustedOn",
        "meetingDate"} : code.startsWith("protocol.posting.") ? new String[] {"postedOn",
        "adjustedOn"} : code.startsWith("protocol.notice.") ? new String[] {"takenDownOn",
        "postedOn"} : new String[0];
    for (String field : fields) {
      if (at.containsKey(field)) {
        return at.get(field);
      }
    }
    if (code.equals("protocol.quorum.missing")) {
      Protocol p = read.protocol();
      int paragraph = p.attendance(p.seatsListed()).withoutQuorum().first();
      return at.getOrDefault("§" + paragraph, firstLine);
    }
    return firstLine;
  }
}
