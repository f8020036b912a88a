package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import dev.finsam.core.text.PrintedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The text a protocol's fields may hold so that its printed layout reads back to the same value:
 * one line of plain text, as {@link PrintedText} leaves it.
 */
final class PrintableText {

  private PrintableText() {}

  /**
   * @param value the field's value, not null
   * @param name the field's name, for the message
   * @return the value
   * @throws IllegalArgumentException if the value is blank, or is not one line of plain text:
   *     stripped, without tabs, line breaks, runs of spaces, markup, '|' or '§', with a letter or
   *     digit
   */
  static String check(String value, String name) {
    requireNonNull(value, name);
    Checks.checkArgument(!value.isBlank(), "%s (\"%s\") must not be blank", name, value);
    Checks.checkArgument(isPlain(value), "%s (\"%s\") must be one line of plain text, without "
        + "tabs, line breaks, double spaces, markup, '|' or '§'", name, value);
    Checks.checkArgument(Paragraph.hasLetterOrDigit(value), "%s (\"%s\") must hold a letter or "
        + "digit; dots and rules alone are read as a signature line", name, value);
    return value;
  }

  /**
   * @param value a person's name, not null
   * @param name the field's name, for the message
   * @return the value
   * @throws IllegalArgumentException if {@link #check} fails or the name has more than three
   *     words (more are read as several names run together)
   */
  static String checkPersonName(String value, String name) {
    check(value, name);
    Checks.checkArgument(words(value) <= 3, "%s (\"%s\") must have at most three words; more "
        + "are read as several names run together", name, value);
    return value;
  }

  static int words(String plain) {
    int n = 1;
    for (int i = 0; i < plain.length(); i++) {
      if (plain.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /**
   * @return true if the text is one stripped line without other whitespace than single spaces,
   *     without control characters, markup, '|' or '§'
   */
  static boolean isPlain(String s) {
    if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '|' || c == '§' || c == ' ' && s.charAt(i - 1) == ' ' || c != ' '
          && (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
        return false;
      }
    }
    List<PrintedText.Line> lines = PrintedText.lines(s);
    return lines.size() == 1 && lines.get(0).text().equals(s);
  }

  /**
   * @param s collapsed text, not null
   * @return true if the text is one line that a reader leaves as it is: no markup, no control
   *     characters; '|' and '§' are allowed
   */
  static boolean isPlainLine(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return false;
      }
    }
    List<PrintedText.Line> lines = PrintedText.lines(s);
    return lines.size() == 1 && lines.get(0).text().equals(s);
  }

  /**
   * Collapses every run of whitespace to one space and strips the ends.
   *
   * @param s any text, not null
   * @return the text on one line, never null
   */
  static String collapse(CharSequence s) {
    if (isCollapsed(s)) {
      return s.toString(); // most lines: no copy
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** True if {@link #collapse} would give the text back: single spaces, and only inside. */
  private static boolean isCollapsed(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((Character.isWhitespace(c) || Character.isSpaceChar(c))
          && (c != ' ' || i == 0 || i == s.length() - 1 || s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param line a printed line, not null
   * @return its cells, collapsed, without empty cells and signature dots; never null
   */
  static List<String> cells(PrintedText.Line line) {
    List<String> out = new ArrayList<>();
    for (String c : line.cells()) {
      String s = collapse(c);
      if (!s.isEmpty() && Paragraph.hasLetterOrDigit(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * @param s text after a label, not null
   * @return the text without the spaces and colon that separate it from the label
   */
  static String stripLead(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ':')) {
      i++;
    }
    return s.substring(i).strip();
  }
}
