package dev.finsam.core.protocol;

/**
 * A line that starts a paragraph of a protocol: {@code "§ 71 Mötets öppnande"}, also written
 * {@code "§71 …"} or {@code "§ 3. …"}.
 *
 * @param number the paragraph number, at least 1
 * @param title the rest of the line, stripped
 */
record ParagraphHeading(int number, String title) {

  /**
   * @param line a line, collapsed
   * @return the heading if the line starts a paragraph ("§ 71 Mötets öppnande", "§15 …",
   *     "§ 3. …"), else null
   */
  static ParagraphHeading of(String line) {
    if (line.isEmpty() || line.charAt(0) != '§') {
      return null;
    }
    int i = 1;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    long n = 0;
    while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9' && i - start < 11) {
      n = n * 10 + (line.charAt(i++) - '0');
    }
    if (i == start || n < 1 || n > Integer.MAX_VALUE) {
      return null;
    }
    if (i < line.length() && line.charAt(i) == '.'
        && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
      i++;
    }
    if (i < line.length() && line.charAt(i) != ' ') {
      return null;
    }
    return new ParagraphHeading((int) n, line.substring(i).strip());
  }

}
