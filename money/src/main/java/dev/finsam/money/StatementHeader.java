package dev.finsam.money;

import dev.finsam.core.text.PrintedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The header row of a printed statement (<i>kolumnrubriker</i>): the unit ("Belopp i tkr",
 * "Belopp tkr.", "Belopp i kr."), a "Not" column, the value columns and the difference columns.
 *
 * <p>For example, {@code "Belopp tkr. Utfall jan-dec 2017 Aktuell budget  jan-dec 2017 Avvikelse
 * utfall - budget Bokslut helår 2016"} has the unit tkr, the columns "Utfall jan-dec 2017"
 * (outcome), "Aktuell budget jan-dec 2017" (budget) and "Bokslut helår 2016" (last year), and the
 * difference "Avvikelse utfall - budget" of the first two.
 *
 * <p>Where cells are not separated (a PDF's text), a column starts at one of the words budget,
 * årsbudget, utfall, prognos, helårsprognos, avvikelse, avv., bokslut, föreg./föregående, fg,
 * aktuell, reviderad, not, or at a date; "budget" after "aktuell" or "reviderad" and "X − Y"
 * after "avvikelse" stay in the column. A difference column compares the nearest outcome or
 * forecast column before it with the nearest budget column before it, and is printed right after
 * the later of the two.
 */
final class StatementHeader {

  private static final Set<String> STARTS = Set.of("budget", "årsbudget", "utfall", "prognos",
      "helårsprognos", "avvikelse", "avv", "bokslut", "föreg", "föregående", "fg", "aktuell",
      "reviderad", "not", "differens", "diff", "balans", "saldo");
  private static final Set<String> PREFIXES = Set.of("aktuell", "reviderad");
  /** Runs of white space, between the words of a line. */
  static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  final AmountUnit unit;
  final boolean unitDeclared;
  final String caption;
  final boolean note;
  final List<Statement.Column> columns;
  final List<Statement.Difference> differences;
  /** The printed order of cells: ≥ 0 a value column, < 0 difference −1−d. */
  final int[] order;

  private StatementHeader(AmountUnit unit, boolean unitDeclared, String caption, boolean note,
      List<Statement.Column> columns, List<Statement.Difference> differences, int[] order) {
    this.unit = unit;
    this.unitDeclared = unitDeclared;
    this.caption = caption;
    this.note = note;
    this.columns = columns;
    this.differences = differences;
    this.order = order;
  }

  /**
   * Reads a line as a header row, if it is one.
   *
   * @param line the line, not null
   * @param balance true to read dates as balance dates, false as periods (outcome, last year)
   * @return the header, or null if the line is not one
   */
  static StatementHeader read(PrintedText.Line line, boolean balance) {
    String text = line.text().strip();
    if (text.isEmpty() || text.length() > 300 || !startsLikeAHeader(text) || line.isPipeRule()) {
      return null;
    }
    boolean separated = line.isPipeRow() || text.indexOf('\t') >= 0;
    List<String> cells = separated ? new ArrayList<>(line.cells()) : null;
    String lead = separated ? cells.get(0) : text;
    List<String> words = new ArrayList<>(List.of(SPACES.split(lead)));
    words.removeIf(String::isEmpty);
    if (words.isEmpty()) {
      return null;
    }
    AmountUnit unit = AmountUnit.KRONA;
    boolean declared = false;
    int k = 0;
    String caption = "";
    String w0 = norm(words.get(0));
    if (w0.equals("belopp")) {
      k = 1;
      if (k < words.size() && norm(words.get(k)).equals("i")) {
        k++;
      }
      if (k < words.size() && (norm(words.get(k)).equals("tkr")
          || norm(words.get(k)).equals("kr"))) {
        unit = norm(words.get(k)).equals("tkr") ? AmountUnit.TKR : AmountUnit.KRONA;
        declared = true;
        k++;
      }
    } else if (w0.equals("not") && words.size() > 1 && isNoteNumber(words.get(1))) {
      int first = separated ? words.size() : firstColumn(words, 2);
      if (first < 0) {
        return null;
      }
      caption = String.join(" ", words.subList(0, first));
      k = first;
    } else if (!STARTS.contains(w0) && !isDate(words.get(0))) {
      return null;
    }
    List<String> names;
    if (separated) {
      boolean leadIsColumn = k == 0 && caption.isEmpty();
      if (!leadIsColumn && k < words.size()) {
        return null;
      }
      names = new ArrayList<>(cells.subList(leadIsColumn ? 0 : 1, cells.size()));
      names.removeIf(String::isBlank);
    } else {
      names = split(words.subList(k, words.size()));
    }
    if (names == null || names.isEmpty()) {
      return null;
    }
    boolean bare = !w0.equals("belopp") && caption.isEmpty();
    if (bare && (names.size() < 2 || text.endsWith("."))) {
      return null; // "Bokslut för varje verksamhetsår." is prose, not a header
    }
    return of(names, unit, declared, caption.strip(), balance);
  }

  private static StatementHeader of(List<String> names, AmountUnit unit, boolean declared,
      String caption, boolean balance) {
    boolean note = false;
    List<Statement.Column> columns = new ArrayList<>();
    List<Statement.Difference> diffs = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    boolean outcomeSeen = false;
    for (String name : names) {
      String n = name.toLowerCase(Locale.ROOT);
      String first = norm(SPACES.split(name)[0]);
      if (first.equals("not") && SPACES.split(name).length == 1) {
        note = true;
        continue;
      }
      if (first.startsWith("avv") || first.startsWith("diff")) {
        int actual = nearest(columns, Statement.ColumnKind.OUTCOME, Statement.ColumnKind.FORECAST,
            n.contains("prognos") ? Statement.ColumnKind.FORECAST : null);
        int planned = nearest(columns, Statement.ColumnKind.BUDGET,
            Statement.ColumnKind.ANNUAL_BUDGET, null);
        if (actual < 0 || planned < 0) {
          return null;
        }
        order.add(-1 - diffs.size());
        diffs.add(new Statement.Difference(name, actual, planned));
        continue;
      }
      Statement.ColumnKind kind;
      if (isDate(first)) {
        kind = balance ? Statement.ColumnKind.BALANCE
            : outcomeSeen ? Statement.ColumnKind.LAST_YEAR : Statement.ColumnKind.OUTCOME;
      } else if (n.contains("prognos")) {
        kind = Statement.ColumnKind.FORECAST;
      } else if (n.contains("årsbudget")) {
        kind = Statement.ColumnKind.ANNUAL_BUDGET;
      } else if (n.contains("budget")) {
        kind = Statement.ColumnKind.BUDGET;
      } else if (first.equals("bokslut") || first.startsWith("föreg") || first.equals("fg")) {
        kind = Statement.ColumnKind.LAST_YEAR;
      } else if (first.equals("utfall")) {
        kind = outcomeSeen ? Statement.ColumnKind.LAST_YEAR : Statement.ColumnKind.OUTCOME;
      } else {
        kind = balance ? Statement.ColumnKind.BALANCE : Statement.ColumnKind.OTHER;
      }
      outcomeSeen |= kind == Statement.ColumnKind.OUTCOME;
      order.add(columns.size());
      columns.add(new Statement.Column(name, kind));
    }
    if (columns.isEmpty()) {
      return null;
    }
    return new StatementHeader(unit, declared, caption, note, List.copyOf(columns),
        List.copyOf(diffs), order.stream().mapToInt(Integer::intValue).toArray());
  }

  private static int nearest(List<Statement.Column> columns, Statement.ColumnKind a,
      Statement.ColumnKind b, Statement.ColumnKind preferred) {
    if (preferred != null) {
      for (int i = columns.size() - 1; i >= 0; i--) {
        if (columns.get(i).kind() == preferred) {
          return i;
        }
      }
    }
    for (int i = columns.size() - 1; i >= 0; i--) {
      Statement.ColumnKind k = columns.get(i).kind();
      if (k == a || k == b) {
        return i;
      }
    }
    return -1;
  }

  /** A cheap first test: does the line's first word start a header? */
  private static boolean startsLikeAHeader(String text) {
    int a = 0;
    while (a < text.length() && (text.charAt(a) == '|' || Character.isWhitespace(text.charAt(a)))) {
      a++;
    }
    int b = a;
    while (b < text.length() && text.charAt(b) != '|' && !Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    String w = text.substring(a, b);
    String n = norm(w);
    return n.equals("belopp") || n.equals("not") || STARTS.contains(n) || isDate(w);
  }

  /** Splits the words after the unit into column names; null if they are not column names. */
  private static List<String> split(List<String> words) {
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String n = norm(w);
      boolean start = (STARTS.contains(n) || isDate(w)) && current.length() > 0
          && !(n.equals("budget") && PREFIXES.contains(lastWord(current)))
          && !insideDifference(current, words, i);
      if (start) {
        names.add(current.toString());
        current.setLength(0);
      }
      if (current.length() == 0 && !STARTS.contains(n) && !isDate(w)) {
        return null;
      }
      current.append(current.length() == 0 ? "" : " ").append(w);
    }
    if (current.length() > 0) {
      names.add(current.toString());
    }
    for (String name : names) {
      if (SPACES.split(name).length > 8) {
        return null;
      }
    }
    return names.isEmpty() ? null : names;
  }

  /** "Avvikelse utfall - budget": after "avvikelse", "X - Y" belongs to it. */
  private static boolean insideDifference(StringBuilder current, List<String> words, int i) {
    String[] sofar = SPACES.split(current.toString());
    String head = norm(sofar[0]);
    if (!head.startsWith("avv") && !head.startsWith("diff")) {
      return false;
    }
    if (sofar.length == 1) {
      return i + 2 < words.size() && isDash(words.get(i + 1));
    }
    return sofar.length == 3 && isDash(sofar[2]);
  }

  private static boolean isDash(String w) {
    return w.equals("-") || w.equals("\u2212") || w.equals("\u2013");
  }

  private static String lastWord(StringBuilder sb) {
    String[] w = SPACES.split(sb.toString());
    return norm(w[w.length - 1]);
  }

  private static int firstColumn(List<String> words, int from) {
    for (int i = from; i < words.size(); i++) {
      if (isDate(words.get(i)) || STARTS.contains(norm(words.get(i)))
          && !norm(words.get(i)).equals("not")) {
        return i;
      }
    }
    return -1;
  }

  static boolean isNoteNumber(String w) {
    String x = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    return !x.isEmpty() && x.length() <= 3 && x.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** A date as YYYY-MM-DD. */
  static boolean isDate(String w) {
    if (w.length() != 10 || w.charAt(4) != '-' || w.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (w.charAt(i) < '0' || w.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without a trailing '.', ':' or ','. */
  static String norm(String w) {
    String x = w.toLowerCase(Locale.ROOT);
    while (!x.isEmpty() && ".:,".indexOf(x.charAt(x.length() - 1)) >= 0) {
      x = x.substring(0, x.length() - 1);
    }
    return x;
  }

  /** @return how many cells a full row has: the note (if any), values and differences */
  int cells() {
    return columns.size() + differences.size();
  }
}
