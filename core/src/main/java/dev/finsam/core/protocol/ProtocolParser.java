package dev.finsam.core.protocol;

import dev.finsam.core.text.Checks;
import dev.finsam.core.text.PrintedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a protocol as published: the header and the BEVIS block (labels with their values on the
 * same line or the next, in any order, as tab, wide-space or {@code |} cells) and the paragraphs
 * ({@code "§ n title"} lines, each with its text up to the next). One pass over the lines.
 */
final class ProtocolParser {

  /** A protocol read, with the lines its fields came from. */
  record Read(Protocol protocol, Map<String, Integer> lines) {}

  private final Protocol.Builder b = Protocol.builder();
  private final Map<String, Integer> lineOf = new HashMap<>();
  private final Map<String, String> dates = new HashMap<>();
  private final List<Integer> attendeeLines = new ArrayList<>();
  private final List<Integer> groupLines = new ArrayList<>();
  private final Map<Integer, Integer> headingLines = new HashMap<>();
  private final Map<ProtocolLabel, String> values = new HashMap<>();
  private List<PrintedText.Line> all;
  private PrintedText.Line last;
  private ProtocolLabel pendingDate;
  private ProtocolLabel pendingValue;
  private ProtocolLabel rows;
  private Sentence sentence;
  private PrintedText.Line headingLine;
  private ParagraphHeading heading;
  private StringBuilder text;
  private ParagraphSet declared;
  private final List<ParagraphSet.Range> numbers = new ArrayList<>();

  private ProtocolParser() {}

  static Protocol parse(CharSequence text) {
    return read(PrintedText.lines(text)).protocol();
  }

  /**
   * @param lines the protocol's lines, not empty
   * @return the protocol and the lines of its fields, never null
   * @throws IllegalArgumentException naming the line that cannot be read
   */
  static Read read(List<PrintedText.Line> lines) {
    ProtocolParser p = new ProtocolParser();
    p.all = lines;
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("protocol text (no lines) must hold a protocol");
    }
    for (PrintedText.Line line : lines) {
      p.last = line;
      if (p.heading != null || p.text != null) {
        p.paragraphLine(line);
      } else {
        p.headerLine(line);
      }
    }
    return p.finish();
  }

  private IllegalArgumentException bad(PrintedText.Line line, String problem) {
    return new IllegalArgumentException("protocol text, line " + line.number() + " (\""
        + Checks.abbreviate(line.text().strip()) + "\"): " + problem);
  }

  private void at(PrintedText.Line line, Runnable read) {
    try {
      read.run();
    } catch (IllegalArgumentException e) {
      if (String.valueOf(e.getMessage()).startsWith("protocol text, line ")) {
        throw e;
      }
      throw bad(line, String.valueOf(e.getMessage()));
    }
  }

  // --- paragraphs

  private void paragraphLine(PrintedText.Line line) {
    String s = PrintableText.collapse(line.text());
    ParagraphHeading h = ParagraphHeading.of(s);
    if (h != null || s.equals("BEVIS")) {
      flush();
    }
    if (h != null) {
      startParagraph(line, h);
    } else if (s.equals("BEVIS")) {
      heading = null;
      text = null;
    } else if (Paragraph.hasLetterOrDigit(s)) {
      at(line, () -> Paragraph.checkTextLine(s, "text"));
      text.append(text.length() == 0 ? "" : "\n").append(s);
    }
  }

  private void startParagraph(PrintedText.Line line, ParagraphHeading h) {
    if (headingLines.containsKey(h.number())) {
      throw bad(line, "§ " + h.number() + " is written twice (first on line "
          + headingLines.get(h.number()) + ")");
    }
    at(line, () -> Checks.checkArgument(h.title().isEmpty()
        || PrintableText.isPlainLine(h.title()), "the title must hold no markup"));
    headingLines.put(h.number(), line.number());
    heading = h;
    headingLine = line;
    text = new StringBuilder();
    rows = null;
    pendingDate = null;
    pendingValue = null;
    closeSentence();
  }

  private void flush() {
    if (heading != null) {
      ParagraphHeading h = heading;
      String t = text.toString();
      at(headingLine, () -> b.addParagraph(new Paragraph(h.number(), h.title(), t)));
      numbers.add(new ParagraphSet.Range(heading.number(), heading.number()));
    }
  }

  // --- header and BEVIS

  private void headerLine(PrintedText.Line line) {
    String whole = PrintableText.collapse(line.text());
    if (whole.isEmpty() || line.isPipeRule() || !Paragraph.hasLetterOrDigit(whole)) {
      return;
    }
    ParagraphHeading h = ParagraphHeading.of(whole);
    if (h != null) {
      startParagraph(line, h);
      return;
    }
    List<String> cells = PrintableText.cells(line);
    if (cells.isEmpty()) {
      return;
    }
    ProtocolLabel label = ProtocolLabel.startOf(cells.get(0));
    if (label == null) {
      at(line, () -> unlabelled(line, whole, cells));
      return;
    }
    rows = null;
    pendingDate = null;
    pendingValue = null;
    closeSentence();
    int n = label.length(cells.get(0));
    String rest = PrintableText.stripLead(cells.get(0).substring(n));
    List<String> after = new ArrayList<>();
    if (!rest.isEmpty() && Paragraph.hasLetterOrDigit(rest)) {
      after.add(rest);
    }
    after.addAll(cells.subList(1, cells.size()));
    at(line, () -> labelled(line, label, whole, after));
  }

  private void labelled(PrintedText.Line line, ProtocolLabel label, String whole,
      List<String> after) {
    switch (label.kind()) {
      case HEADING:
        return;
      case DATE:
        dates(line, PrintableText.cells(line), null, false);
        return;
      case SENTENCE:
        sentence = new Sentence(label, line, String.join(" ", PrintableText.cells(line)));
        closeSentenceIfEnded();
        return;
      case VALUE:
        if (after.isEmpty()) {
          pendingValue = label;
        } else {
          value(line, label, String.join(" ", after));
        }
        return;
      default:
        rows = label;
        if (!after.isEmpty()) {
          row(line, after);
        }
    }
  }

  private void unlabelled(PrintedText.Line line, String whole, List<String> cells) {
    if (pendingDate != null) {
      dates(line, cells, pendingDate, false);
    } else if (pendingValue != null) {
      ProtocolLabel l = pendingValue;
      pendingValue = null;
      value(line, l, String.join(" ", cells));
    } else if (sentence != null) {
      sentence.append(whole);
      closeSentenceIfEnded();
    } else if (rows != null) {
      row(line, cells);
    } else if (whole.toLowerCase(Locale.ROOT).contains("förbund")) {
      dates(line, List.of(whole), null, true);
      pendingDate = null;
    } else {
      throw new IllegalArgumentException("is not part of a protocol's header: expected a label "
          + "such as Sammanträdesdatum, Beslutande or Justeringsdatum, or a § line");
    }
  }

  private void row(PrintedText.Line line, List<String> cells) {
    if (rows == ProtocolLabel.JUSTERARE) {
      for (String c : cells) {
        b.addAdjuster(PrintableText.check(c, "Justerare"));
      }
      return;
    }
    AttendanceRows.Row r = AttendanceRows.read(rows, cells);
    for (Attendee a : r.attendees()) {
      b.addAttendee(a);
      attendeeLines.add(line.number());
    }
    r.group().ifPresent(g -> {
      b.addAttendeeGroup(g);
      groupLines.add(line.number());
    });
  }

  private void value(PrintedText.Line line, ProtocolLabel label, String value) {
    String v = PrintableText.collapse(value);
    if (label == ProtocolLabel.FORBUND) {
      association(v);
      return;
    }
    String before = values.putIfAbsent(label, v);
    if (before != null && !before.equals(v)) {
      throw new IllegalArgumentException(label.text() + " is \"" + v + "\" here but \"" + before
          + "\" before");
    }
    if (before != null) {
      return;
    }
    if (label != ProtocolLabel.PARAGRAFER) {
      PrintableText.check(v, label.text());
    }
    switch (label) {
      case PLATS:
        b.place(v);
        break;
      case SEKRETERARE:
        b.secretary(v);
        break;
      case ORDFORANDE:
        b.chair(v);
        break;
      case UNDERSKRIFT:
        b.signedBy(v);
        break;
      default:
        declared = ParagraphSet.parse(v);
        lineOf.put("paragraphs", line.number());
    }
  }

  private void association(String v) {
    String before = values.putIfAbsent(ProtocolLabel.FORBUND, v);
    if (before != null && !before.equals(v)) {
      throw new IllegalArgumentException("the association is \"" + v + "\" here but \"" + before
          + "\" before");
    }
    if (before == null) {
      b.association(PrintableText.check(v, "association"));
    }
  }

  private void closeSentenceIfEnded() {
    if (sentence.isEnded()) {
      closeSentence();
    }
  }

  private void closeSentence() {
    if (sentence != null) {
      Sentence done = sentence;
      sentence = null;
      at(done.line(), () -> keep(done));
    }
  }

  private void keep(Sentence done) {
    String v = done.value();
    if (v.isEmpty()) {
      return;
    }
    String before = values.putIfAbsent(done.label(), v);
    if (before != null && !before.equals(v)) {
      throw new IllegalArgumentException(done.label().text() + " says \"" + v + "\" here but \""
          + before + "\" before");
    }
    if (before == null && done.label() == ProtocolLabel.NOTICE) {
      b.noticeAt(PrintableText.check(v, "noticeAt"));
    } else if (before == null) {
      b.keptAt(PrintableText.check(v, "keptAt"));
    }
  }

  /** Reads the dates of a line ({@link DateLine}) and keeps them and the association. */
  private void dates(PrintedText.Line line, List<String> cells, ProtocolLabel waiting,
      boolean namesAssociation) {
    DateLine.Result r = DateLine.read(cells, waiting, namesAssociation,
        dates.containsKey("meetingDate"));
    for (DateLine.Entry e : r.entries()) {
      if (e.date() != null) {
        date(line, e.label(), e.date());
      } else {
        association(e.association());
      }
    }
    pendingDate = r.pending();
  }

  private void date(PrintedText.Line line, ProtocolLabel label, LocalDate d) {
    String field = label == ProtocolLabel.SAMMANTRADESDATUM ? "meetingDate"
        : label == ProtocolLabel.JUSTERINGSDATUM ? "adjustedOn"
        : label == ProtocolLabel.UPPSATTANDE ? "postedOn" : "takenDownOn";
    String before = dates.putIfAbsent(field, d.toString());
    if (before != null) {
      if (!before.equals(d.toString())) {
        throw new IllegalArgumentException(label.text() + " " + d + " differs from " + before
            + " on line " + lineOf.get(field));
      }
      return;
    }
    lineOf.put(field, line.number());
    Consumer<LocalDate> set = field.equals("meetingDate") ? b::meetingDate
        : field.equals("adjustedOn") ? b::adjustedOn
        : field.equals("postedOn") ? b::postedOn : b::takenDownOn;
    set.accept(d);
  }

  // --- the protocol

  private Read finish() {
    flush();
    closeSentence();
    PrintedText.Line end = last;
    if (!dates.containsKey("meetingDate")) {
      throw bad(end, "the protocol has no Sammanträdesdatum");
    }
    if (declared == null && numbers.isEmpty()) {
      throw bad(end, "the protocol has no paragraphs: no § line and no Paragrafer");
    }
    b.paragraphs(declared != null ? declared : ParagraphSet.ofRanges(numbers));
    Protocol p;
    try {
      p = b.build();
    } catch (IllegalArgumentException e) {
      throw bad(lineFor(String.valueOf(e.getMessage()), end), String.valueOf(e.getMessage()));
    }
    for (Map.Entry<Integer, Integer> h : headingLines.entrySet()) {
      lineOf.put("§" + h.getKey(), h.getValue());
    }
    return new Read(p, Map.copyOf(lineOf));
  }

  private PrintedText.Line lineFor(String message, PrintedText.Line end) {
    Integer n = null;
    if (message.startsWith("attendees[")) {
      n = attendeeLines.get(Integer.parseInt(message.substring(10, message.indexOf(']'))));
    } else if (message.startsWith("attendeeGroups[")) {
      n = groupLines.get(Integer.parseInt(message.substring(15, message.indexOf(']'))));
    } else if (message.startsWith("minutes (§ ")) {
      n = headingLines.get(Integer.parseInt(message.substring(11, message.indexOf(')'))));
    } else if (message.indexOf(' ') > 0) {
      n = lineOf.get(message.substring(0, message.indexOf(' ')));
    }
    int index = n == null ? -1 : n - all.get(0).number();
    return index >= 0 && index < all.size() ? all.get(index) : end;
  }
}
