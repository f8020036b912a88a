package dev.finsam.core.protocol;

import dev.finsam.core.text.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of one line of a protocol's header or BEVIS block, several to a line
 * ("Sammanträdesdatum: 2017-11-30 Justeringsdatum: 2017-12-21"), each after its label or, when the
 * label ends a line, on the next; text after Sammanträdesdatum is the association's name
 * ("Samordningsförbundet Umeåregionen 2017-11-30").
 */
final class DateLine {

  /**
   * A date after its label, or (with {@code date} null) the association's name.
   *
   * @param label the date's label
   * @param date the date, or null
   * @param association the association's name, or null
   */
  record Entry(ProtocolLabel label, LocalDate date, String association) {}

  /**
   * @param entries the dates and names in the order written
   * @param pending a label whose date is still to come on a later line, or null
   */
  record Result(List<Entry> entries, ProtocolLabel pending) {}

  private DateLine() {}

  /**
   * @param cells the line's cells, collapsed
   * @param waiting a label from an earlier line still waiting for its date, or null
   * @param namesAssociation true if the line may name the association without a label
   * @param meetingDateKnown true if the meeting date was read before
   * @return what the line holds, never null
   * @throws IllegalArgumentException if the line holds a date without a label, text that is no
   *     date where a date is expected, or an impossible date
   */
  static Result read(List<String> cells, ProtocolLabel waiting, boolean namesAssociation,
      boolean meetingDateKnown) {
    List<Entry> out = new ArrayList<>();
    ProtocolLabel current = waiting;
    ProtocolLabel lastDated = null;
    for (String cell : cells) {
      int i = 0;
      while (i < cell.length()) {
        char c = cell.charAt(i);
        if (c == ' ' || c == ':') {
          i++;
          continue;
        }
        ProtocolLabel l = ProtocolLabel.dateAt(cell, i);
        if (l != null) {
          current = l;
          i += l.matchAt(cell, i);
          continue;
        }
        int end = wordEnd(cell, i);
        LocalDate d = date(cell.substring(i, end));
        if (d != null) {
          if (current == null && namesAssociation && !meetingDateKnown) {
            current = ProtocolLabel.SAMMANTRADESDATUM;
          }
          if (current == null) {
            throw new IllegalArgumentException("the date " + d + " has no label");
          }
          out.add(new Entry(current, d, null));
          lastDated = current;
          current = null;
          i = end;
          continue;
        }
        int j = end;
        while (j < cell.length()) {
          int k = j + 1;
          if (ProtocolLabel.dateAt(cell, k) != null || date(cell.substring(k, wordEnd(cell, k)))
              != null) {
            break;
          }
          j = wordEnd(cell, k);
        }
        String other = cell.substring(i, j).strip();
        if (!namesAssociation && current != ProtocolLabel.SAMMANTRADESDATUM
            && lastDated != ProtocolLabel.SAMMANTRADESDATUM) {
          throw new IllegalArgumentException("\"" + Checks.abbreviate(other) + "\" is not a "
              + "date (written as 2017-11-30)");
        }
        out.add(new Entry(ProtocolLabel.FORBUND, null, other));
        i = j;
      }
    }
    return new Result(out, current);
  }

  private static int wordEnd(String s, int from) {
    int end = s.indexOf(' ', from);
    return end < 0 ? s.length() : end;
  }

  /**
   * @param word a word, perhaps with a trailing '.', ',' or ';'
   * @return the date if the word is written as an ISO date (2017-11-30, +10000-01-01), else null
   * @throws IllegalArgumentException if it is written as one but is no date (2017-02-30)
   */
  static LocalDate date(String word) {
    String w = word;
    while (!w.isEmpty() && ".,;".indexOf(w.charAt(w.length() - 1)) >= 0) {
      w = w.substring(0, w.length() - 1);
    }
    int i = !w.isEmpty() && (w.charAt(0) == '+' || w.charAt(0) == '-') ? 1 : 0;
    int yearEnd = w.indexOf('-', i);
    if (yearEnd - i < 4 || yearEnd - i > 10 || w.length() != yearEnd + 6
        || w.charAt(yearEnd + 3) != '-' || !digits(w, i, yearEnd) || !digits(w, yearEnd + 1,
            yearEnd + 3) || !digits(w, yearEnd + 4, yearEnd + 6)) {
      return null;
    }
    long year = Long.parseLong(w.substring(i, yearEnd)) * (w.charAt(0) == '-' ? -1 : 1);
    try {
      Checks.checkArgument(year >= Integer.MIN_VALUE && year <= Integer.MAX_VALUE,
          "the year (%s) is out of range", year);
      return LocalDate.of((int) year, Integer.parseInt(w.substring(yearEnd + 1, yearEnd + 3)),
          Integer.parseInt(w.substring(yearEnd + 4)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(w + " is not a date: " + e.getMessage(), e);
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return to > from;
  }
}
