package dev.finsam.core.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one row of a protocol's list of those present: a name, an organisation or role, perhaps
 * "§ 42-47, 49-56" after either, and in a Beslutande row perhaps "(tjänstgörande) ersättare för
 * …"; or several names and organisations written together.
 */
final class AttendanceRows {

  /** What one row held: attendees, or one group written together. */
  record Row(List<Attendee> attendees, Optional<AttendeeGroup> group) {}

  private AttendanceRows() {}

  /**
   * @param label BESLUTANDE, ERSATTARE or OVRIGA
   * @param cells the row's cells, collapsed, dots and empty cells left out, not empty
   * @return what the row holds, never null
   * @throws IllegalArgumentException if the row cannot be read; the caller names the line
   */
  static Row read(ProtocolLabel label, List<String> cells) {
    List<String> texts = new ArrayList<>(cells.size());
    Optional<ParagraphSet> present = Optional.empty();
    for (String cell : cells) {
      int at = cell.indexOf('§');
      String text = cell;
      if (at >= 0) {
        if (present.isPresent()) {
          throw new IllegalArgumentException("the row has two paragraph sets");
        }
        present = Optional.of(ParagraphSet.parse(cell.substring(at)));
        text = cell.substring(0, at).strip();
      }
      if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("the row has paragraphs but no name");
    }
    Attendee.Role role = label == ProtocolLabel.BESLUTANDE ? Attendee.Role.MEMBER
        : label == ProtocolLabel.ERSATTARE ? Attendee.Role.SUBSTITUTE : Attendee.Role.OTHER;
    Optional<String> servesFor = Optional.empty();
    if (role == Attendee.Role.MEMBER) {
      for (int k = 1; k < texts.size(); k++) {
        String lower = texts.get(k).toLowerCase(Locale.ROOT);
        int at = lower.indexOf("ersättare");
        if (at < 0) {
          continue;
        }
        if (role == Attendee.Role.SERVING_SUBSTITUTE) {
          throw new IllegalArgumentException("the row names two substitutes' seats");
        }
        role = Attendee.Role.SERVING_SUBSTITUTE;
        String cell = texts.get(k);
        String after = cell.substring(at + "ersättare".length()).strip();
        String before = stripRole(cell.substring(0, at).strip());
        if (after.toLowerCase(Locale.ROOT).startsWith("för ")) {
          servesFor = Optional.of(after.substring(4).strip());
        } else if (!after.isEmpty()) {
          throw new IllegalArgumentException("\"ersättare " + after + "\" must be \"ersättare för"
              + " <name>\"");
        }
        if (before.isEmpty()) {
          texts.remove(k--);
        } else {
          texts.set(k, before);
        }
      }
    }
    if (texts.size() > 2) {
      throw new IllegalArgumentException("the row has " + texts.size() + " cells; a row is a "
          + "name, an organisation or role, and paragraphs");
    }
    String names = texts.get(0);
    String represents = texts.size() > 1 ? texts.get(1) : "";
    if (RunTogether.isSeveral(names, represents)) {
      if (role == Attendee.Role.SERVING_SUBSTITUTE) {
        throw new IllegalArgumentException("several names written together cannot be paired with "
            + "the seats their substitutes fill");
      }
      List<String> paired = RunTogether.pairedNames(names, represents);
      if (paired.isEmpty()) {
        return new Row(List.of(), Optional.of(new AttendeeGroup(role, names, represents,
            present)));
      }
      List<String> orgs = RunTogether.organisations(represents);
      List<Attendee> out = new ArrayList<>(paired.size());
      for (int k = 0; k < paired.size(); k++) {
        out.add(new Attendee(paired.get(k), orgs.get(k), role, Optional.empty(), present));
      }
      return new Row(out, Optional.empty());
    }
    return new Row(List.of(new Attendee(names, represents, role, servesFor, present)),
        Optional.empty());
  }

  /** Strips a trailing comma and "tjänstgörande" left before "ersättare". */
  private static String stripRole(String before) {
    String s = before;
    if (s.toLowerCase(Locale.ROOT).endsWith("tjänstgörande")) {
      s = s.substring(0, s.length() - "tjänstgörande".length()).strip();
    }
    while (s.endsWith(",")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }
}
