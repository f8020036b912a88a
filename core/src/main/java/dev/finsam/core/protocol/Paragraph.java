package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of a protocol as written (<i>paragraf</i>): its number, its title and its text.
 *
 * <p>For example, {@code new Paragraph(71, "Mötets öppnande", "Ordförande förklarade mötet
 * öppnat.")}, printed as {@code "§ 71 Mötets öppnande"} and the text on the lines after it.
 *
 * <p>The text is kept line by line as a reader of the printed protocol sees it: each line's
 * whitespace collapsed to single spaces, and lines without a letter or digit (blank lines,
 * rules such as {@code "---"}) left out. A line must not start a new paragraph ({@code "§ 72 …"})
 * or the BEVIS block ({@code "BEVIS"}) and must hold no markup that a reader would remove.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the paragraph number, at least 1
 * @param title the title on the § line, one line of plain text or empty
 * @param text the text, lines separated by {@code '\n'}, possibly empty
 */
public record Paragraph(int number, String title, String text) {

  /**
   * Normalises and validates the components.
   *
   * @param number the paragraph number, at least 1
   * @param title the title, not null; whitespace is collapsed
   * @param text the text, not null; each line's whitespace is collapsed and lines without a
   *     letter or digit are left out
   * @throws IllegalArgumentException if the number is below 1, or a line of the title or text
   *     holds markup, or a text line would be read as a § heading or as "BEVIS"
   */
  public Paragraph {
    requireNonNull(title, "title");
    requireNonNull(text, "text");
    Checks.checkArgument(number >= 1, "number (%s) must be at least 1", number);
    title = PrintableText.collapse(title);
    Checks.checkArgument(title.isEmpty() || PrintableText.isPlainLine(title),
        "title (\"%s\") must be one line without markup", title);
    List<String> lines = textLines(text);
    for (int i = 0; i < lines.size(); i++) {
      checkTextLine(lines.get(i), "text line " + (i + 1));
    }
    text = String.join("\n", lines);
  }

  /**
   * @param number the paragraph number
   * @param title the title
   * @param text the text
   * @return the paragraph, never null
   */
  public static Paragraph of(int number, String title, String text) {
    return new Paragraph(number, title, text);
  }

  /** @return the text's lines, never null; empty for no text */
  public List<String> lines() {
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  /** Splits text into collapsed lines, leaving out those without a letter or digit. */
  static List<String> textLines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        String line = PrintableText.collapse(text.subSequence(from, i));
        if (hasLetterOrDigit(line)) {
          out.add(line);
        }
        from = i + 1;
      }
    }
    return out;
  }

  static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param line a collapsed line of text
   * @param name what it is, for the message
   * @throws IllegalArgumentException if the line holds markup, starts a § heading or is "BEVIS"
   */
  static void checkTextLine(String line, String name) {
    Checks.checkArgument(PrintableText.isPlainLine(line), "%s (\"%s\") must hold no markup",
        name, line);
    Checks.checkArgument(ParagraphHeading.of(line) == null && !line.equals("BEVIS"),
        "%s (\"%s\") must not start a paragraph or the BEVIS block", name, line);
  }
}
