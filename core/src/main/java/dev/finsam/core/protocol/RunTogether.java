package dev.finsam.core.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names and organisations written together in one cell each, as a copied table can leave them
 * ("Peter Vigen Carola Larsson | Umeå kommun, ordförande Arbetsförmedlingen"): where the
 * organisations can be split and the names paired, and where they cannot.
 *
 * <p>Organisations split after their member-kind word: "… kommun", "… landsting", "Region …",
 * "Försäkringskassan", "Arbetsförmedlingen", each with an optional role after a comma in lower
 * case (", ordförande"). Names pair only when there are exactly two words a name for as many
 * organisations; otherwise nothing is paired.
 */
final class RunTogether {

  private RunTogether() {}

  /**
   * @param cell the organisations' cell, one line of plain text or empty
   * @return the organisations in order, or an empty list if the cell does not split completely
   */
  static List<String> organisations(String cell) {
    List<String> out = new ArrayList<>();
    if (cell.isEmpty()) {
      return out;
    }
    String[] w = cell.split(" ");
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < w.length) {
      String base = stripComma(w[i]);
      boolean ends;
      if (base.equals("Region") && current.length() == 0 && i + 1 < w.length) {
        current.append(w[i]); // the next word follows after one space, below
        i++;
        ends = true;
      } else {
        ends = base.equals("Försäkringskassan") || base.equals("Arbetsförmedlingen")
            || base.equals("kommun") || base.equals("landsting");
      }
      current.append(current.length() == 0 ? "" : " ").append(w[i]);
      i++;
      if (!ends) {
        continue;
      }
      if (w[i - 1].endsWith(",")) {
        int roleStart = i;
        while (i < w.length && isLowerCaseWord(w[i])) {
          current.append(' ').append(w[i]);
          i++;
        }
        if (i == roleStart) {
          return List.of();
        }
      }
      out.add(current.toString());
      current.setLength(0);
    }
    return current.length() == 0 ? out : List.of();
  }

  private static String stripComma(String word) {
    return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
  }

  private static boolean isLowerCaseWord(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }

  /**
   * @param names the names' cell, plain text
   * @param organisations the organisations' cell, plain text or empty
   * @return true if the row holds several people: four or more words of names, or two or more
   *     organisations
   */
  static boolean isSeveral(String names, String organisations) {
    return PrintableText.words(names) >= 4 || organisations(organisations).size() >= 2;
  }

  /**
   * @param names the names' cell, plain text
   * @param organisations the organisations' cell, plain text or empty
   * @return the names paired in order, two words each, if there are exactly two words for each
   *     organisation found; else an empty list
   */
  static List<String> pairedNames(String names, String organisations) {
    int k = organisations(organisations).size();
    String[] w = names.split(" ");
    if (k == 0 || w.length != 2 * k) {
      return List.of();
    }
    List<String> out = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      out.add(w[2 * j] + " " + w[2 * j + 1]);
    }
    return out;
  }

  /**
   * @param text a role or organisation, not null
   * @return true if it mentions a substitute (<i>ersättare</i>), which a Beslutande row reads as
   *     a serving substitute
   */
  static boolean mentionsSubstitute(String text) {
    return text.toLowerCase(Locale.ROOT).contains("ersättare");
  }
}
