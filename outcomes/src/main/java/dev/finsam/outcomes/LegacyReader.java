package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The first reader of printed tables, kept until the reader by meaning replaces it. */
final class LegacyReader {

  private LegacyReader() {}

  static OutcomeTable parse(String text, OutcomeScheme scheme) {
    requireNonNull(text, "text");
    requireNonNull(scheme, "scheme");
    OutcomeTable.Builder b = OutcomeTable.builder(scheme);
    java.util.Map<OutcomeRow, BigDecimal> pct = new java.util.LinkedHashMap<>();
    boolean participants = false;
    String[] lines = joinGroups(text).split("\\R", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank()) {
        continue;
      }
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.contains("kvinnor") && lower.contains("män")) {
        continue;
      }
      Row row = Row.read(line, n + 1);
      String key = normalise(row.label);
      Count count = row.count();
      if (key.equals(normalise(scheme.label(OutcomeRow.PARTICIPANTS))) || key.equals("antal deltagare")
          || key.equals("deltagare")) {
        b.participants(count);
        participants = true;
      } else if (key.equals(normalise(scheme.label(OutcomeRow.NEWCOMERS))) || key.equals("nya")) {
        b.newcomers(count);
      } else if (key.equals(normalise(scheme.label(OutcomeRow.ENDED))) || key.equals("antal avslutade")
          || key.equals("avslutade")) {
        b.endedRow(count);
      } else if (key.equals(normalise(scheme.label(OutcomeRow.REMAINING))) || key.equals("kvar")) {
        b.remaining(count);
      } else if (scheme.subtotalLabel().map(l -> normalise(l).equals(key)).orElse(false)) {
        b.longTermSubtotal(count);
      } else {
        OutcomeCategory c = category(scheme, key);
        if (c == null) {
          throw new IllegalArgumentException("line " + (n + 1) + " (\"" + line.strip()
              + "\"): the label \"" + row.label + "\" is not a row of the " + scheme
              + " scheme");
        }
        b.ended(c, count);
        if (row.percent != null) {
          b.putPublishedPercents(OutcomeRow.of(c), BigDecimal.valueOf(row.percent));
        }
      }
    }
    if (!participants) {
      throw new IllegalArgumentException(
          "the table has no line \"" + scheme.label(OutcomeRow.PARTICIPANTS) + "\" (participants)");
    }
    return b.build();
  }

  /** Digit groups joined by a non-breaking or thin space become one number; other such spaces a space. */
  private static String joinGroups(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00A0' || c == '\u202F' || c == '\u2009') {
        boolean between = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
            && Character.isDigit(text.charAt(i + 1));
        if (!between) {
          sb.append(' ');
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static OutcomeCategory category(OutcomeScheme scheme, String key) {
    for (OutcomeCategory c : scheme.categories()) {
      if (normalise(scheme.rowLabel(c)).equals(key) || normalise(c.label()).equals(key)) {
        return c;
      }
    }
    return null;
  }

  static String normalise(String label) {
    String s = label.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ")
        .replaceAll("\\s+", " ").trim();
    s = s.replaceFirst("^[-\u2013\u2014]\\s*", "");
    s = s.replaceFirst("^varav\\s+", "");
    return s.trim();
  }

  /** One printed row: its label, numbers and optional percentage. */
  private static final class Row {
    final String label;
    final Integer women;
    final Integer men;
    final int total;
    final Integer percent;

    private Row(String label, Integer women, Integer men, int total, Integer percent) {
      this.label = label;
      this.women = women;
      this.men = men;
      this.total = total;
      this.percent = percent;
    }

    Count count() {
      return women == null ? Count.ofTotal(total) : Count.of(women, men, total);
    }

    static Row read(String line, int n) {
      String work = line.replaceAll("\\([^)]*\\)", " ");
      if (work.contains("\t")) {
        String[] cells = work.split("\t", -1);
        List<String> c = new ArrayList<>();
        for (String cell : cells) {
          c.add(cell.strip());
        }
        while (c.size() > 1 && c.get(c.size() - 1).isEmpty()) {
          c.remove(c.size() - 1);
        }
        String label = line.split("\t", -1)[0].strip();
        Integer percent = null;
        if (c.size() == 5 || (c.size() > 1 && c.get(c.size() - 1).endsWith("%"))) {
          percent = percent(c.remove(c.size() - 1), line, n);
        }
        if (c.size() == 2) {
          return new Row(label, null, null, number(c.get(1), line, n), percent);
        }
        if (c.size() != 4) {
          throw bad(n, line, "needs women, men and total (or the total alone)");
        }
        if (c.get(1).isEmpty() != c.get(2).isEmpty()) {
          throw bad(n, line, "gives women or men but not both");
        }
        int total = number(c.get(3), line, n);
        if (c.get(1).isEmpty()) {
          return new Row(label, null, null, total, percent);
        }
        return new Row(label, number(c.get(1), line, n), number(c.get(2), line, n), total,
            percent);
      }
      String[] tokens = work.strip().split("\\s+");
      int k = 0;
      StringBuilder label = new StringBuilder();
      while (k < tokens.length && !startsLikeNumber(tokens[k])) {
        label.append(label.length() == 0 ? "" : " ").append(tokens[k]);
        k++;
      }
      List<Integer> numbers = new ArrayList<>();
      Integer percent = null;
      for (; k < tokens.length; k++) {
        String t = tokens[k];
        if (t.equals("%") && percent == null && !numbers.isEmpty() && k == tokens.length - 1) {
          percent = numbers.remove(numbers.size() - 1);
        } else if (t.endsWith("%")) {
          if (k != tokens.length - 1) {
            throw bad(n, line, "has a percentage before the end of the line");
          }
          percent = percent(t, line, n);
        } else {
          numbers.add(number(t, line, n));
        }
      }
      if (label.length() == 0) {
        throw bad(n, line, "has no label");
      }
      // restore the label from the original line when it held a parenthesis (e.g. a SUS code)
      String original = line.strip();
      String shown = label.toString();
      if (!original.startsWith(shown)) {
        int cut = original.length();
        for (int i = 0; i < original.length(); i++) {
          if (Character.isDigit(original.charAt(i)) && !insideParentheses(original, i)) {
            cut = i;
            break;
          }
        }
        shown = original.substring(0, cut).strip();
      }
      switch (numbers.size()) {
        case 1:
          return new Row(shown, null, null, numbers.get(0), percent);
        case 2:
          return new Row(shown, numbers.get(0), numbers.get(1),
              numbers.get(0) + numbers.get(1), percent);
        case 3:
          return new Row(shown, numbers.get(0), numbers.get(1), numbers.get(2), percent);
        default:
          throw bad(n, line, numbers.isEmpty() ? "has no numbers"
              : "has " + numbers.size() + " numbers; expected women, men and total");
      }
    }

    private static boolean insideParentheses(String s, int i) {
      int open = s.lastIndexOf('(', i);
      int close = s.lastIndexOf(')', i);
      return open > close;
    }

    private static boolean startsLikeNumber(String t) {
      char c = t.charAt(0);
      return Character.isDigit(c) || (t.length() > 1 && (c == '-' || c == '\u2212')
          && Character.isDigit(t.charAt(1)));
    }

    private static int number(String t, String line, int n) {
      if (t.startsWith("-") || t.startsWith("\u2212")) {
        throw bad(n, line, "has a negative number \"" + t + "\"");
      }
      try {
        return Integer.parseInt(t);
      } catch (NumberFormatException e) {
        throw bad(n, line, "has \"" + t + "\" where a number was expected");
      }
    }

    private static int percent(String t, String line, int n) {
      String digits = t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
      int p = number(digits, line, n);
      if (p > 100) {
        throw bad(n, line, "has a percentage above 100: \"" + t + "\"");
      }
      return p;
    }

    private static IllegalArgumentException bad(int n, String line, String problem) {
      return new IllegalArgumentException("line " + n + " (\"" + line.strip() + "\") " + problem);
    }
  }
}
