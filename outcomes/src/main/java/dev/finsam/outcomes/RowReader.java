package dev.finsam.outcomes;

import dev.finsam.core.text.Checks;
import dev.finsam.core.text.NumberTokens;
import dev.finsam.core.text.PrintedText;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one printed row of an outcome table (<i>en tabellrad</i>): its label, and the ways its
 * numbers can be read as women, men, total and percentage. Tab- and pipe-separated rows give their
 * cells directly; a PDF's space-separated row gives number words, which may group digits by spaces
 * too ({@link NumberTokens#readings}); the table's own arithmetic chooses among the readings.
 */
final class RowReader {

  /**
   * A reading of a row's numbers: the count, the printed percentage if any, and the number words
   * as this reading cut them (none for a Word or Markdown row, whose cells are its one reading
   * and are never quoted as one of several).
   */
  record Reading(Count count, BigDecimal percent, List<String> cells) {

    /** The cells as read, for a message: e.g. {@code "1 | 234 | 1 235"}. */
    String text() {
      return String.join(" | ", cells);
    }
  }

  /** A row as printed: its line, label and readings, the most plausible first. */
  record Row(PrintedText.Line line, String label, List<Reading> readings) {}

  // how well a reading fits: women + men = total beats any three cells beats a total alone
  private static final int CONSISTENT = 0;
  private static final int THREE = 1;
  private static final int TOTAL_ONLY = 2;
  private static final int TWO = 3;
  private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RowReader() {}

  static IllegalArgumentException bad(PrintedText.Line line, String problem) {
    return new IllegalArgumentException("line " + line.number() + " (\""
        + Checks.abbreviate(line.text().strip()) + "\") " + problem);
  }

  /** The row of a line, or null if the line has no numbers. */
  static Row read(PrintedText.Line line) {
    if (line.isPipeRow() || line.text().indexOf('\t') >= 0) {
      return cells(line, line.cellBounds());
    }
    return words(line);
  }

  /**
   * A Word or Markdown row, its cells read in place: cell {@code k} is at {@code bounds[2 * k]}
   * to {@code bounds[2 * k + 1]} in the line's text.
   */
  private static Row cells(PrintedText.Line line, int[] bounds) {
    String text = line.text();
    int cells = bounds.length / 2;
    // the values: the cells after the label, blank ones at the end left out
    int from = Math.min(1, cells);
    int to = cells;
    while (to > from && bounds[2 * to - 2] == bounds[2 * to - 1]) {
      to--;
    }
    if (to == from) {
      return null;
    }
    if (line.startsWithEmptyCell()
        && Swedish.tryParseDecimal(text, bounds[0], bounds[1]) != null) {
      // "\t1\t1\t2": the label's cell is empty, not "1" (a row indented by a tab has text)
      throw bad(line, "has no label");
    }
    String label = text.substring(bounds[0], bounds[1]);
    BigDecimal percent = null;
    if (text.charAt(bounds[2 * to - 1] - 1) == '%' || to - from == 4) {
      percent = percent(line, bounds[2 * to - 2], bounds[2 * to - 1]);
      to--;
    }
    Integer[] v = new Integer[to - from];
    for (int i = 0; i < v.length; i++) {
      v[i] = count(line, bounds[2 * (from + i)], bounds[2 * (from + i) + 1]);
    }
    Count c;
    if (v.length == 3 && v[2] != null && v[0] == null && v[1] == null) {
      c = Count.ofTotal(v[2]);
    } else if (v.length == 3 && v[0] != null && v[1] != null) {
      c = v[2] == null ? Count.of(v[0], v[1]) : Count.of(v[0], v[1], v[2]);
    } else if (v.length == 1 && v[0] != null) {
      c = Count.ofTotal(v[0]);
    } else if (v.length == 2 && v[0] == null && v[1] != null) {
      c = Count.ofTotal(v[1]);
    } else if (v.length == 2 && v[0] != null && v[1] != null) {
      c = Count.of(v[0], v[1]);
    } else if (v.length == 3) {
      throw bad(line, "gives women or men but not both");
    } else {
      throw bad(line, "has " + cells + " cells; expected a label, women, men, total and "
          + "a percentage");
    }
    if (label.isEmpty()) {
      throw bad(line, "has no label");
    }
    return new Row(line, label, List.of(new Reading(c, percent, List.of())));
  }

  /** The count of the cell from {@code start} to {@code end}: null for a blank or a lone dash. */
  private static Integer count(PrintedText.Line line, int start, int end) {
    String text = line.text();
    if (start == end || (end - start == 1 && Swedish.isMinus(text.charAt(start)))) {
      return null;
    }
    BigDecimal d = Swedish.tryParseDecimal(text, start, end);
    if (d == null) {
      throw bad(line, "has \"" + cell(line, start, end) + "\" where a number was expected");
    }
    if (d.signum() < 0) {
      throw bad(line, "has a negative number \"" + cell(line, start, end) + "\"");
    }
    if (d.scale() > 0) {
      throw bad(line, "has \"" + cell(line, start, end) + "\" where a whole number was expected");
    }
    if (d.compareTo(MAX_COUNT) > 0) {
      throw bad(line, "has a number too large for a count: \"" + cell(line, start, end) + "\"");
    }
    return d.intValueExact();
  }

  /** The percentage in the cell from {@code start} to {@code end}, with or without its sign. */
  private static BigDecimal percent(PrintedText.Line line, int start, int end) {
    String text = line.text();
    BigDecimal p = Swedish.tryParseDecimal(text, start, text.charAt(end - 1) == '%' ? end - 1
        : end);
    if (p == null || p.signum() < 0 || p.compareTo(HUNDRED) > 0
        || p.scale() > TableCheck.MAX_PERCENT_DECIMALS) {
      throw bad(line, "has \"" + cell(line, start, end) + "\" where a percentage from 0 to 100 "
          + "was expected");
    }
    return p;
  }

  /** A cell's text for a message, abbreviated. */
  private static String cell(PrintedText.Line line, int start, int end) {
    return Checks.abbreviate(line.text().substring(start, end));
  }

  /** A PDF's row: the label, then a run of number words at the end of the line. */
  private static Row words(PrintedText.Line line) {
    List<NumberTokens.Token> tokens = NumberTokens.tokens(line.text());
    int start = tokens.size();
    while (start > 0 && tokens.get(start - 1).isNumeric()) {
      start--;
    }
    if (start == tokens.size()) {
      return null;
    }
    if (start == 0) {
      throw bad(line, "has no label");
    }
    List<NumberTokens.Token> run = tokens.subList(start, tokens.size());
    int depth = 0;
    for (int k = 0; k < start; k++) {
      NumberTokens.Token t = tokens.get(k);
      if (t.kind() == NumberTokens.Kind.DIGITS && depth == 0 && !isYear(t)) {
        throw bad(line, "has \"" + Checks.abbreviate(tokens.get(k + 1).text())
            + "\" where a number was expected");
      }
      depth = Math.max(0, depth + count(t.text(), '(') - count(t.text(), ')'));
    }
    for (NumberTokens.Token t : run) {
      if (t.kind() == NumberTokens.Kind.DIGITS && Swedish.isMinus(t.text().charAt(0))) {
        throw bad(line, "has a negative number \"" + Checks.abbreviate(t.text()) + "\"");
      }
    }
    if (run.size() > NumberTokens.MAX_WORDS) {
      throw bad(line, "has " + run.size() + " number words; a row has women, men, total and a "
          + "percentage");
    }
    List<List<Reading>> byFit = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>());
    // an ungrouped year ends the label rather than starts the numbers: "Nya 2021 1 240" is 1 240
    // new ones (a PDF groups a count of 2 021 as "2 021"); only if that reads no way is it a count
    if (run.size() > 1 && isYear(run.get(0))) {
      readings(run.subList(1, run.size()), byFit);
    }
    if (byFit.stream().allMatch(List::isEmpty)) {
      readings(run, byFit);
    }
    for (List<Reading> fit : byFit) {
      if (!fit.isEmpty()) {
        StringBuilder label = new StringBuilder();
        for (int k = 0; k < start; k++) {
          label.append(k > 0 ? " " : "").append(tokens.get(k).text());
        }
        return new Row(line, label.toString(), List.copyOf(fit));
      }
    }
    throw bad(line, "has numbers that cannot be read as women, men, total and a percentage");
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private static boolean isYear(NumberTokens.Token t) {
    String s = t.text();
    return s.length() == 4 && (s.startsWith("19") || s.startsWith("20"))
        && Swedish.tryParseDecimal(s) != null;
  }

  private static void readings(List<NumberTokens.Token> words, List<List<Reading>> byFit) {
    NumberTokens.Token lastWord = words.get(words.size() - 1);
    boolean percent = lastWord.kind() == NumberTokens.Kind.PERCENT_SIGN
        || lastWord.text().endsWith("%");
    for (int cells : new int[] {3, 1, 2}) {
      for (List<NumberTokens.Cell> r : NumberTokens.readings(words, cells + (percent ? 1 : 0))) {
        Reading reading = reading(r, cells, percent);
        if (reading != null) {
          Count c = reading.count();
          int fit = cells == 1 ? TOTAL_ONLY : cells == 2 ? TWO
              : c.isConsistent() ? CONSISTENT : THREE;
          byFit.get(fit).add(reading);
        }
      }
    }
  }

  private static Reading reading(List<NumberTokens.Cell> r, int cells, boolean percent) {
    Integer[] v = new Integer[cells];
    for (int i = 0; i < r.size(); i++) {
      NumberTokens.Cell c = r.get(i);
      boolean isPercentCell = percent && i == r.size() - 1;
      if (c.percent() != isPercentCell || (c.isBlank() && isPercentCell)) {
        return null;
      }
      if (isPercentCell) {
        BigDecimal p = c.value();
        if (p.signum() < 0 || p.compareTo(HUNDRED) > 0
            || p.scale() > TableCheck.MAX_PERCENT_DECIMALS) {
          return null;
        }
        continue;
      }
      if (c.isBlank()) {
        v[i] = null;
        continue;
      }
      BigDecimal d = c.value();
      String digits = c.text();
      if (d.signum() < 0 || d.scale() > 0 || (digits.length() > 1 && digits.charAt(0) == '0')
          || d.compareTo(MAX_COUNT) > 0) {
        return null;
      }
      v[i] = d.intValueExact();
    }
    BigDecimal p = percent ? r.get(r.size() - 1).value() : null;
    Count count;
    if (cells == 3) {
      if (v[2] == null || (v[0] == null) != (v[1] == null)) {
        return null;
      }
      count = v[0] == null ? Count.ofTotal(v[2]) : Count.of(v[0], v[1], v[2]);
    } else if (cells == 1) {
      if (v[0] == null) {
        return null;
      }
      count = Count.ofTotal(v[0]);
    } else {
      if (v[0] == null || v[1] == null || (long) v[0] + v[1] > Integer.MAX_VALUE) {
        return null;
      }
      count = Count.of(v[0], v[1]);
    }
    List<String> texts = new ArrayList<>(r.size());
    for (NumberTokens.Cell c : r) {
      texts.add(c.text());
    }
    return new Reading(count, p, texts);
  }
}
