package dev.finsam.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which rows a printed sum adds up (<i>vad en summarad summerar</i>), found from the labels and
 * headings alone, so that reading and checking agree.
 *
 * <p>For example, in "Sammanställning av budget och utfall 2017": "Summa" adds the 17 lines under
 * the heading Insatser; "Summa insatser" adds that sum and the line "Projektnära kostnader" (the
 * heading Insatser is named, so everything not yet summed after it); "Tot. kostnader" names a
 * kind in one word, so it adds every cost row not yet summed ("Summa insatser" and "Summa kansli
 * och adm-kostnader"); "Resultat" adds every row not yet summed, with its sign.
 *
 * <p>The rules, in order, for a sum row:
 * <ol>
 *   <li>A result ("Resultat", "Periodens/årets resultat", "Verksamhetens nettokostnad") adds every
 *       row before it that no earlier sum added, back to the last final result ({@link #isFinal}):
 *       a net-budgeted project's result after the association's adds only the project's rows.
 *   <li>"Summa X" (also "Tot.", "Totalt", "Totala", "S:a") where X is the one word "kostnader" or
 *       "intäkter" adds every row of that kind not yet added, wherever it is: a total of costs
 *       printed after the revenue lines still adds the costs.
 *   <li>"Summa X" where X is the text of a heading still open, or starts with the same word, adds
 *       every row after that heading that no earlier sum added, and closes that heading and those
 *       after it. The innermost heading is tried first, an exact match before a first-word match.
 *   <li>Otherwise (a plain "Summa", or a row of numbers without a label) it adds the rows after the
 *       innermost open heading not yet added, without closing it, or, with no heading, every row
 *       not yet added.
 * </ol>
 * Every row is added by at most one sum, so that a sum of sums does not count a line twice.
 */
final class StatementScope {

  private static final List<String> SUM_WORDS = List.of("summa", "s:a", "sa", "tot", "totalt",
      "totala", "total", "sum");

  /** The most open headings a sum's label is compared with, innermost first. */
  static final int MAX_OPEN = 64;
  private static final java.util.regex.Pattern WORD_BREAKS =
      java.util.regex.Pattern.compile("[\\s/]+");

  private StatementScope() {}

  /** What a label says a row is. */
  enum SumType {
    /** Not a sum. */
    NONE,
    /** A result: everything not yet summed. */
    RESULT,
    /** "Summa …", "Tot. …" or a row of numbers without a label. */
    SUM
  }

  /**
   * @param label a row's label
   * @return whether the label is a sum's, and which kind
   */
  static SumType type(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    String first = firstWord(l);
    if (first.isEmpty() || SUM_WORDS.contains(first)) {
      return SumType.SUM;
    }
    return l.contains("resultat") || l.contains("nettokostnad") ? SumType.RESULT : SumType.NONE;
  }

  /**
   * Is a result final ("Resultat", "Periodens/årets resultat"), rather than a step towards one
   * ("Verksamhetens nettokostnad", "Resultat före extraordinära poster")? A later result does
   * not add a final one: "Resultat projektet" after "Resultat förbundet" is the project's own.
   */
  static boolean isFinal(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return l.contains("resultat") && !l.contains("före");
  }

  /** The first word of a lower-case label, without surrounding punctuation. */
  private static String firstWord(String l) {
    int a = 0;
    while (a < l.length() && (Character.isWhitespace(l.charAt(a)) || l.charAt(a) == '/')) {
      a++;
    }
    int b = a;
    while (b < l.length() && !Character.isWhitespace(l.charAt(b)) && l.charAt(b) != '/') {
      b++;
    }
    return strip(l.substring(a, b));
  }

  /**
   * The rows each sum adds.
   *
   * @param rows the rows, not null
   * @return for each row, the indices of the rows it adds (empty for headings and lines)
   */
  static int[][] of(List<StatementRow> rows) {
    return of(rows, null);
  }

  /**
   * The rows each sum adds, and what each sum is: a result, the kind of the heading or the kind
   * it names, the kind of the innermost open heading, or the kind its rows share (else a result).
   *
   * @param rows the rows, not null
   * @param kinds if not null, the rows' kinds, where the sums' kinds are written as they are found
   * @return for each row, the indices of the rows it adds
   */
  static int[][] of(List<StatementRow> rows, Statement.Kind[] kinds) {
    int n = rows.size();
    int[][] scope = new int[n][];
    boolean[] covered = new boolean[n];
    List<Integer> open = new ArrayList<>();
    int lastFinal = -1;
    // rows not yet added, in order, and the same per kind; covered rows are skipped when popped
    List<Integer> pending = new ArrayList<>();
    List<List<Integer>> byKind = new ArrayList<>();
    for (int k = 0; k < Statement.Kind.values().length; k++) {
      byKind.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      StatementRow r = rows.get(i);
      scope[i] = new int[0];
      if (r.isHeading()) {
        open.add(i);
        continue;
      }
      if (r.isSum()) {
        List<Integer> items = new ArrayList<>();
        SumType t = type(r.label());
        Statement.Kind kind;
        Statement.Kind named = t == SumType.RESULT ? null : namedKind(r.label());
        int h = t == SumType.RESULT || named != null ? -1 : namedHeading(rows, open, r.label());
        if (t == SumType.RESULT) {
          popAfter(pending, covered, lastFinal, items);
          kind = Statement.Kind.RESULT;
          lastFinal = isFinal(r.label()) ? i : lastFinal;
        } else if (named != null) {
          popAfter(byKind.get(named.ordinal()), covered, -1, items);
          kind = named;
        } else if (h >= 0) {
          popAfter(pending, covered, open.get(h), items);
          kind = kindOf(rows, kinds, open.get(h));
          while (open.size() > h) {
            open.remove(open.size() - 1);
          }
        } else if (namesEquityAndLiabilities(r.label())) {
          // "Summa eget kapital och skulder" under no heading of its own: not the assets above
          popAfter(byKind.get(Statement.Kind.EQUITY.ordinal()), covered, -1, items);
          popAfter(byKind.get(Statement.Kind.LIABILITY.ordinal()), covered, -1, items);
          items.sort(java.util.Comparator.reverseOrder());
          kind = Statement.Kind.EQUITY;
        } else {
          popAfter(pending, covered, open.isEmpty() ? -1 : open.get(open.size() - 1), items);
          kind = open.isEmpty() ? shared(rows, kinds, items)
              : kindOf(rows, kinds, open.get(open.size() - 1));
        }
        if (kinds != null) {
          kinds[i] = kind;
        }
        java.util.Collections.reverse(items);
        scope[i] = items.stream().mapToInt(Integer::intValue).toArray();
        for (int j : scope[i]) {
          covered[j] = true;
        }
      }
      pending.add(i);
      byKind.get(kindOf(rows, kinds, i).ordinal()).add(i);
    }
    return scope;
  }

  /** Pops the uncovered rows after {@code after} from the end of a stack, newest first. */
  private static void popAfter(List<Integer> stack, boolean[] covered, int after,
      List<Integer> out) {
    while (!stack.isEmpty() && stack.get(stack.size() - 1) > after) {
      int j = stack.remove(stack.size() - 1);
      if (!covered[j]) {
        out.add(j);
      }
    }
  }

  /** The open heading that a sum's label names: index into {@code open}, or −1. */
  static int namedHeading(List<StatementRow> rows, List<Integer> open, String label) {
    List<String> rest = rest(label);
    if (rest.isEmpty()) {
      return -1;
    }
    for (int pass = 0; pass < 2; pass++) {
      for (int k = open.size() - 1; k >= Math.max(0, open.size() - MAX_OPEN); k--) {
        List<String> h = words(rows.get(open.get(k)).label());
        if (h.isEmpty()) {
          continue;
        }
        if (pass == 0 ? h.equals(rest) : h.get(0).equals(rest.get(0))) {
          return k;
        }
      }
    }
    return -1;
  }

  /** The words after "Summa", "Tot." and the like; empty if the label is not such a sum. */
  static List<String> rest(String label) {
    List<String> w = words(label);
    if (w.isEmpty() || !SUM_WORDS.contains(w.get(0))) {
      return List.of();
    }
    return w.subList(1, w.size());
  }

  private static Statement.Kind namedKind(String label) {
    List<String> rest = rest(label);
    if (rest.size() != 1) {
      return null;
    }
    String x = rest.get(0);
    if (x.startsWith("kostnad")) {
      return Statement.Kind.COST;
    }
    if (x.startsWith("intäkt")) {
      return Statement.Kind.REVENUE;
    }
    return null;
  }

  /** "Summa eget kapital och skulder", "Summa eget kapital, avsättningar och skulder". */
  private static boolean namesEquityAndLiabilities(String label) {
    List<String> rest = rest(label);
    return rest.size() >= 3 && rest.get(0).equals("eget") && rest.get(1).equals("kapital")
        && rest.get(rest.size() - 1).startsWith("skuld");
  }

  private static Statement.Kind kindOf(List<StatementRow> rows, Statement.Kind[] kinds, int j) {
    return kinds != null ? kinds[j] : rows.get(j).kind();
  }

  private static Statement.Kind shared(List<StatementRow> rows, Statement.Kind[] kinds,
      List<Integer> items) {
    Statement.Kind k = null;
    for (int j : items) {
      Statement.Kind x = kindOf(rows, kinds, j);
      if (k != null && x != k) {
        return Statement.Kind.RESULT;
      }
      k = x;
    }
    return k == null ? Statement.Kind.RESULT : k;
  }

  /** Lower-case words without surrounding punctuation; "adm-kostnader" stays one word. */
  static List<String> words(String label) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_BREAKS.split(label.toLowerCase(Locale.ROOT))) {
      String x = strip(w);
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }

  private static String strip(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a)) && w.charAt(a) != ':') {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
      b--;
    }
    return w.substring(a, b);
  }
}
