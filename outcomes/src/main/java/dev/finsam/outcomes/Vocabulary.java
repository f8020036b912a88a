package dev.finsam.outcomes;

import dev.finsam.core.text.Swedish;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of an outcome table's labels and prose (<i>ordförråd</i>), for matching rows by meaning
 * rather than by exact text: lower case, singular and plural alike ("extratjänster" is
 * "extratjänst"), the period ("T1", "2021", "under året", "t.o.m.") and fillers ("varav",
 * "antal") ignored, and SUS codes read from "(SUS 4, 5, 7 och 9)". Built once per scheme; every
 * method is one pass over its text, without regular expressions.
 */
final class Vocabulary {

  /** Words that say nothing about which row it is: fillers and the period. */
  private static final Set<String> FILLERS = Set.of("till", "av", "och", "för", "i", "på", "med",
      "som", "de", "under", "året", "år", "varav", "antal", "totalt", "tom", "t", "o", "m",
      "tertial", "tertialet", "period", "perioden", "periodens", "delsumma", "summa", "sus",
      "eller", "samt", "dec", "jan", "aug", "apr", "sep", "maj", "hittills", "ackumulerat");
  /** Words too common to name a category by themselves. */
  private static final Set<String> GENERIC = Set.of("annan", "annat", "övrig", "lösning",
      "sakn", "fortsatt", "öppet");
  private static final String[] SUFFIXES = {"erna", "arna", "orna", "ade", "er", "ar", "or", "en",
      "et", "a", "e"};

  /** One category's key words, each once, and SUS codes (never changed once made). */
  record Key(OutcomeCategory category, List<String> stems, BitSet codes) {}

  /**
   * A label or sentence as words, each with the length of its stem (-1 for a filler, a number or
   * a period), and the SUS codes it prints (never changed once made).
   */
  record Words(List<String> words, int[] stemLengths, BitSet printedCodes) {

    /** The SUS codes printed, e.g. 4, 5, 7 and 9 for "(SUS 4, 5, 7 och 9)". */
    Set<Integer> codes() {
      return printedCodes.stream().boxed().collect(Collectors.toUnmodifiableSet());
    }

    /** True if a word's stem is {@code stem}. */
    boolean has(String stem) {
      for (int i = 0; i < stemLengths.length; i++) {
        if (stemLengths[i] == stem.length() && words.get(i).startsWith(stem)) {
          return true;
        }
      }
      return false;
    }

    boolean hasPrefix(String prefix) {
      for (String w : words) {
        if (w.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }

    /** The words' stems, in order, each once. */
    Set<String> stems() {
      Set<String> stems = new LinkedHashSet<>();
      for (int i = 0; i < stemLengths.length; i++) {
        if (stemLengths[i] >= 0) {
          stems.add(stem(words.get(i)));
        }
      }
      return stems;
    }
  }

  /** The codes of text that prints none (never changed). */
  private static final BitSet NO_CODES = new BitSet();

  private final OutcomeScheme scheme;
  private final List<Key> keys = new ArrayList<>();

  Vocabulary(OutcomeScheme scheme) {
    this.scheme = scheme;
    for (OutcomeCategory c : scheme.categories()) {
      BitSet codes = new BitSet();
      c.susCodes().forEach(codes::set);
      keys.add(new Key(c, List.copyOf(of(c.label()).stems()), codes));
    }
  }

  List<Key> keys() {
    return keys;
  }

  /** Splits text into lower-case words of letters, digits and inner hyphens; reads SUS codes. */
  static Words of(String text) {
    List<String> words = new ArrayList<>();
    BitSet codes = NO_CODES; // most text has none
    StringBuilder w = new StringBuilder();
    boolean inCodes = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      boolean part = Character.isLetterOrDigit(c)
          || (c == '-' && w.length() > 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1)));
      if (part) {
        w.append(Character.toLowerCase(c));
        continue;
      }
      if (w.length() > 0) {
        String word = w.toString();
        w.setLength(0);
        if (word.equals("sus")) {
          inCodes = true;
        } else if (inCodes && isNumber(word)) {
          if (word.length() <= 2) {
            codes = codes == NO_CODES ? new BitSet() : codes;
            codes.set(Integer.parseInt(word));
          }
        } else if (!(inCodes && word.equals("och"))) {
          inCodes = false;
        }
        words.add(word);
      }
      if (c == ')' || c == '.') {
        inCodes = false;
      }
    }
    int[] stemLengths = new int[words.size()];
    for (int k = 0; k < stemLengths.length; k++) {
      String word = words.get(k);
      boolean named = !FILLERS.contains(word) && !isNumber(word) && !isPeriod(word);
      stemLengths[k] = named ? stemLength(word) : -1;
    }
    return new Words(words, stemLengths, codes);
  }

  /**
   * False if no word of the text can be or start with {@code word}: its letters, lower-cased as
   * {@link #of} lower-cases them, stand nowhere in a row. A test without allocation before the
   * text is split into words; linear in the text, as {@code word} is a short constant.
   *
   * @param word lower case
   */
  static boolean mentions(String text, String word) {
    int m = word.length();
    char first = word.charAt(0);
    for (int i = 0; i + m <= text.length(); i++) {
      char c = text.charAt(i);
      if (c != first && Character.toLowerCase(c) != first) {
        continue;
      }
      int j = 1;
      while (j < m && Character.toLowerCase(text.charAt(i + j)) == word.charAt(j)) {
        j++;
      }
      if (j == m) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Swedish.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return !w.isEmpty();
  }

  /** "t1", "t2", "t3": a tertial. */
  private static boolean isPeriod(String w) {
    return w.length() == 2 && w.charAt(0) == 't' && Swedish.isDigit(w.charAt(1));
  }

  /** Singular and plural, definite and not, to one stem: "lösningar" and "lösning" alike. */
  static String stem(String word) {
    return word.substring(0, stemLength(word));
  }

  /** The length of a word's {@linkplain #stem stem}: the word without its ending. */
  private static int stemLength(String word) {
    for (String s : SUFFIXES) {
      if (word.endsWith(s) && word.length() - s.length() >= 4) {
        return word.length() - s.length();
      }
    }
    return word.length();
  }

  /**
   * Which row a label names, or null: the long-term subtotal, newcomers, remaining, a category
   * (by its key words, with its SUS codes where printed), ended, participants — in that order.
   *
   * @throws IllegalArgumentException (without the line) if the label fits several categories
   */
  OutcomeRow row(String label) {
    Words w = of(label);
    if (scheme.isSusCoded() && w.hasPrefix("långsiktig")) {
      return OutcomeRow.LONG_TERM_SUBTOTAL;
    }
    if (w.has("ny") || w.has("nya") || w.hasPrefix("nytillkomn") || w.hasPrefix("nyinskriv")) {
      return OutcomeRow.NEWCOMERS;
    }
    if (w.has("kvar") || w.hasPrefix("kvarvarande") || w.hasPrefix("kvarstående")) {
      return OutcomeRow.REMAINING;
    }
    OutcomeCategory c = category(w);
    if (c != null) {
      return OutcomeRow.of(c);
    }
    if (w.hasPrefix("avslut")) {
      return OutcomeRow.ENDED;
    }
    if (w.hasPrefix("deltag")) {
      return OutcomeRow.PARTICIPANTS;
    }
    return null;
  }

  // how well words fit a key (fit()): all its key words beat one distinctive word beats codes
  private static final int NO_FIT = 0;
  private static final int CODES = 1;
  private static final int DISTINCTIVE_WORD = 2;
  private static final int ALL_WORDS = 3;

  /** The category whose key words the words hold; null if none; IAE if several fit equally. */
  OutcomeCategory category(Words w) {
    int bestFit = NO_FIT;
    Key first = null;
    int ties = 0;
    for (Key k : keys) {
      int fit = fit(k, w);
      if (fit > bestFit) {
        bestFit = fit;
        first = k;
        ties = 1;
      } else if (fit == bestFit && fit > NO_FIT) {
        ties++;
      }
    }
    if (ties <= 1) {
      return first == null ? null : first.category();
    }
    List<Key> best = new ArrayList<>();
    for (Key k : keys) {
      if (fit(k, w) == bestFit) {
        best.add(k);
      }
    }
    if (!w.printedCodes().isEmpty()) {
      List<Key> byCode = new ArrayList<>();
      for (Key k : best) {
        if (k.codes().equals(w.printedCodes())) {
          byCode.add(k);
        }
      }
      best = byCode.isEmpty() ? best : byCode;
    }
    if (best.size() > 1) {
      throw new IllegalArgumentException("it may be any of " + names(best));
    }
    return best.get(0).category();
  }

  /**
   * How well words fit a key: {@link #ALL_WORDS} plus the number of its key words if they hold
   * them all (the more, the better), else {@link #DISTINCTIVE_WORD} if they hold one that is not
   * generic, else {@link #CODES} if they hold one and print the key's SUS codes; printed codes
   * that differ from the key's fit it not at all.
   */
  private static int fit(Key k, Words w) {
    BitSet printed = w.printedCodes();
    if (!printed.isEmpty() && !k.codes().isEmpty() && !printed.equals(k.codes())) {
      return NO_FIT;
    }
    int hits = 0;
    boolean distinctive = false;
    for (int i = 0; i < k.stems().size(); i++) { // by index: no iterator per key and label
      String s = k.stems().get(i);
      if (w.has(s)) {
        hits++;
        distinctive |= !GENERIC.contains(s);
      }
    }
    if (hits == k.stems().size()) {
      return ALL_WORDS + k.stems().size();
    }
    if (distinctive) {
      return DISTINCTIVE_WORD;
    }
    if (hits > 0 && !printed.isEmpty() && printed.equals(k.codes())) {
      return CODES; // "fortsatt rehabilitering … (SUS 1, 2)": the codes say which
    }
    return NO_FIT;
  }

  private static String names(List<Key> keys) {
    List<String> names = new ArrayList<>();
    keys.forEach(k -> names.add(k.category().id()));
    return names.toString();
  }

  /** True if words name a category: all its key words, or one that only it uses. */
  static boolean names(Words w, Key k) {
    int hits = 0;
    boolean distinctive = false;
    for (int i = 0; i < k.stems().size(); i++) {
      String s = k.stems().get(i);
      if (w.has(s)) {
        hits++;
        distinctive |= !GENERIC.contains(s);
      }
    }
    return hits > 0 && (hits == k.stems().size() || distinctive);
  }

  /** True if a label names a SUS-coded row: SUS codes, or a word only the SUS scheme uses. */
  static boolean isSus(String label) {
    if (!mentions(label, "sus") && !mentions(label, "långsiktig")
        && !mentions(label, "extratjänst") && !mentions(label, "hälsoskäl")) {
      return false; // most lines: no need to split them into words
    }
    Words w = of(label);
    return w.words().contains("sus") || w.hasPrefix("långsiktig") || w.hasPrefix("extratjänst")
        || w.hasPrefix("hälsoskäl");
  }

  @Override
  public String toString() {
    return "Vocabulary " + scheme.name().toLowerCase(Locale.ROOT);
  }
}
