package dev.finsam.outcomes;

import dev.finsam.core.text.NumberTokens;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the percentages that the prose after an outcome table claims (<i>procentuppgifter i
 * texten</i>), such as "Till arbete och studier har 55 % gått.": each a percentage and the
 * categories it names.
 *
 * <p>Conservative: a sentence counts only if, outside parentheses (where last year's figures
 * stand), it has exactly one percentage and names a category; sentences about women or men, goals
 * or changes from last year are left out. One pass over the text.
 */
final class ProseClaims {

  /** One claim: the percentage as printed, the categories, and the sentence. */
  record Claim(BigDecimal percent, List<OutcomeCategory> categories, String sentence) {}

  private static final Set<String> LEFT_OUT = Set.of("män", "kvinnor", "killar", "tjejer",
      "pojkar", "flickor", "mål", "målet", "ska", "skall", "ökat", "ökade", "minskat", "minskade",
      "jämfört", "jämförelse", "föregående", "fjol", "fjolåret", "procentenheter", "procentenhet");

  private ProseClaims() {}

  static List<Claim> find(String prose, OutcomeScheme scheme) {
    List<Claim> claims = new ArrayList<>();
    for (String sentence : sentences(prose)) {
      Claim c = claim(sentence, scheme);
      if (c != null) {
        claims.add(c);
      }
    }
    return claims;
  }

  /** Sentences end at ". ", "! " or "? " before a capital or a digit, or at a wide gap. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = false;
      int next = i + 1;
      if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || text.charAt(i + 1) == ' ')) {
        int j = i + 1;
        while (j < n && text.charAt(j) == ' ') {
          j++;
        }
        end = j == n || Character.isUpperCase(text.charAt(j)) || Swedish.isDigit(text.charAt(j));
      } else if (c == ' ' && i + 1 < n && text.charAt(i + 1) == ' ') {
        end = true;
        while (next < n && text.charAt(next) == ' ') {
          next++;
        }
      }
      if (end) {
        add(out, text.substring(from, i + 1));
        from = next;
        i = next - 1;
      }
    }
    add(out, text.substring(Math.min(from, n)));
    return out;
  }

  private static void add(List<String> out, String s) {
    if (!s.isBlank()) {
      out.add(s.strip());
    }
  }

  private static Claim claim(String sentence, OutcomeScheme scheme) {
    String open = outsideParentheses(sentence);
    if (open.indexOf('%') < 0) {
      return null;
    }
    BigDecimal percent = null;
    List<NumberTokens.Token> tokens = NumberTokens.tokens(open);
    for (int i = 0; i < tokens.size(); i++) {
      NumberTokens.Token t = tokens.get(i);
      String text = t.text();
      boolean sign = text.endsWith("%");
      boolean next = i + 1 < tokens.size() && tokens.get(i + 1).kind()
          == NumberTokens.Kind.PERCENT_SIGN;
      if (t.kind() == NumberTokens.Kind.DIGITS && (sign || next)) {
        if (percent != null) {
          return null; // more than one percentage: too unclear to check
        }
        percent = Swedish.tryParseDecimal(sign ? text.substring(0, text.length() - 1) : text);
        if (percent == null || percent.signum() < 0) {
          return null;
        }
      }
    }
    Vocabulary.Words w = Vocabulary.of(open);
    if (percent == null || percent.scale() > TableCheck.MAX_PERCENT_DECIMALS) {
      return null;
    }
    for (String word : w.words()) {
      if (LEFT_OUT.contains(word)) {
        return null;
      }
    }
    List<OutcomeCategory> cats = categories(w, scheme);
    return cats.isEmpty() ? null : new Claim(percent, cats, sentence);
  }

  /** The categories a sentence names, in the scheme's order. */
  static List<OutcomeCategory> categories(Vocabulary.Words w, OutcomeScheme scheme) {
    Set<OutcomeCategory> named = new LinkedHashSet<>();
    for (Vocabulary.Key k : scheme.vocabulary().keys()) {
      if (Vocabulary.names(w, k)) {
        named.add(k.category());
      }
    }
    // "positiva avslut", "annan positiv lösning" (the positive ones besides those named) and
    // "långsiktig lösning" name every positive category; "gått vidare" does when nothing else is
    boolean positive = false;
    List<String> words = w.words();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.startsWith("positiv") || word.startsWith("långsiktig")) {
        positive = true;
      } else if (word.equals("vidare") && i > 0 && words.get(i - 1).equals("gått")) {
        positive |= named.isEmpty();
      }
    }
    if (positive) {
      named.addAll(scheme.positive());
    }
    List<OutcomeCategory> ordered = new ArrayList<>();
    for (OutcomeCategory c : scheme.categories()) {
      if (named.contains(c)) {
        ordered.add(c);
      }
    }
    return ordered;
  }

  /** The text without what stands in parentheses; an unclosed one runs to the end. */
  private static String outsideParentheses(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
        out.append(' ');
      } else if (depth == 0) {
        // "73 %." and "73 %," end with the percent sign: the mark is not part of it
        boolean mark = (c == '.' || c == ',' || c == ';' || c == ':') && i > 0
            && s.charAt(i - 1) == '%';
        out.append(mark ? ' ' : c);
      }
    }
    return out.toString();
  }
}
