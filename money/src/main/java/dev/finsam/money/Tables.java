package dev.finsam.money;

import java.util.List;

/** Plain-text tables with a left-aligned label column and right-aligned number columns. */
final class Tables {

  private Tables() {}

  static String twoColumns(List<String[]> rows, String unitSymbol) {
    return columns(List.of("", unitSymbol), rows);
  }

  /**
   * A table: the first column left-aligned, the others right-aligned; a header row first and
   * a total row last if the caller gives them.
   */
  static String columns(List<String> header, List<String[]> rows) {
    int cols = header.size();
    int[] width = new int[cols];
    for (int c = 0; c < cols; c++) {
      width[c] = header.get(c).length();
    }
    for (String[] r : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    appendRow(sb, header.toArray(new String[0]), width);
    for (String[] r : rows) {
      appendRow(sb, r, width);
    }
    return sb.toString().stripTrailing();
  }

  private static void appendRow(StringBuilder sb, String[] r, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < width.length; c++) {
      if (c == 0) {
        line.append(r[c]).append(" ".repeat(width[c] - r[c].length()));
      } else {
        line.append("  ").append(" ".repeat(width[c] - r[c].length())).append(r[c]);
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
