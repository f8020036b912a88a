package dev.finsam.money;

import dev.finsam.core.text.NumberTokens;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways one printed row can be read (<i>tolkningar av en rad</i>): which of its words belong to
 * the label, which is a note number, and how the number words split into the table's cells.
 *
 * <p>For example, {@code "Fordringar 2 88 834 147 330"} under a header with a "Not" column and two
 * dates can be note 2 with 88 | 834 147 330, 88 834 | 147 330 or 88 834 147 | 330, or the label
 * "Fordringar 2" with the same cells, which reads the same and is dropped; the balance's sums
 * choose 88 834 | 147 330.
 *
 * <p>Readings come in two levels. The first fills every cell: up to two leading number words may
 * belong to the label ("Fordran moms kvartal 4", "Friskvårdskostnad avseende år 2017"), the first
 * word may be a note (1 to 3 digits, not on a sum), and the rest splits as
 * {@link NumberTokens#readings} allows. The second, tried only where the first leaves a table's
 * sums unexplained, also lets a row leave cells empty, in any of the places (a PDF drops empty
 * cells). Each level lists a reading once (by its values, the most natural first: no label words,
 * a note where the header has one) and at most {@link #MAX} readings.
 */
final class RowReadings {

  /** The most readings of one row. */
  static final int MAX = 256;
  /** The most leading number words a label may take. */
  static final int MAX_LABEL_WORDS = 2;

  /**
   * One reading.
   *
   * @param labelSuffix number words that belong to the label, or empty
   * @param note the note number, or 0 for none
   * @param cells the cells in printed order (value and difference columns), in öre as printed;
   *     null for an empty cell
   */
  record Reading(String labelSuffix, int note, Long[] cells) {

    String describe(AmountUnit unit) {
      StringBuilder sb = new StringBuilder();
      if (!labelSuffix.isEmpty()) {
        sb.append('"').append(labelSuffix).append("\" i texten, ");
      }
      if (note > 0) {
        sb.append("not ").append(note).append(", ");
      }
      for (int i = 0; i < cells.length; i++) {
        sb.append(i > 0 ? " | " : "").append(cells[i] == null ? "–"
            : Amounts.number(cells[i], unit));
      }
      return sb.toString();
    }

    /** Readings with the same cells read the same: the first (the more natural) is kept. */
    boolean sameValues(Reading o) {
      return Arrays.equals(cells, o.cells);
    }
  }

  /**
   * The readings of a row at one level.
   *
   * @param list the readings, most natural first
   * @param truncated true if there were more than could be listed, so that the list cannot be
   *     trusted to hold the right one
   */
  record Readings(List<Reading> list, boolean truncated) {}

  private RowReadings() {}

  /**
   * @param tokens the row's number words, not null
   * @param cells how many cells a full row has
   * @param note whether the header has a "Not" column
   * @param sum whether the row is a sum (a sum has no note)
   * @param unit the printed unit
   * @param partial false for the first level, true for the second
   * @param checked whether row-level arithmetic (a difference column) will check each reading
   * @return the readings, most natural first, and whether there were too many to list
   */
  static Readings of(List<NumberTokens.Token> tokens, int cells, boolean note, boolean sum,
      AmountUnit unit, boolean partial, boolean checked) {
    List<Reading> out = new ArrayList<>();
    boolean truncated = false;
    int maxAbsorb = sum ? 0 : Math.min(MAX_LABEL_WORDS, tokens.size() - 1);
    for (int absorb = 0; absorb <= maxAbsorb; absorb++) {
      if (!absorbable(tokens, absorb, checked)) {
        break;
      }
      List<NumberTokens.Token> rest = tokens.subList(absorb, tokens.size());
      String suffix = text(tokens.subList(0, absorb));
      for (int withNote = note && !sum && absorb == 0 ? 1 : 0; withNote >= 0; withNote--) {
        List<NumberTokens.Token> values = rest;
        int noteNumber = 0;
        if (withNote == 1) {
          noteNumber = noteNumber(rest);
          if (noteNumber == 0) {
            continue;
          }
          values = rest.subList(1, rest.size());
        }
        if (values.isEmpty()) {
          continue;
        }
        for (int k = partial ? cells - 1 : cells; k >= (partial ? 1 : cells); k--) {
          List<List<NumberTokens.Cell>> listed = NumberTokens.readings(values, k);
          truncated |= values.size() > NumberTokens.MAX_WORDS
              || listed.size() >= NumberTokens.MAX_READINGS
                  && NumberTokens.count(values, k) > NumberTokens.MAX_READINGS;
          for (List<NumberTokens.Cell> r : listed) {
            Long[] read = ore(r, unit);
            if (read == null) {
              continue;
            }
            if (k == cells) {
              add(out, new Reading(suffix, noteNumber, read));
            } else {
              place(out, suffix, noteNumber, read, cells, 0, 0, new Long[cells]);
            }
            if (out.size() >= MAX) {
              return new Readings(out, true);
            }
          }
        }
      }
    }
    return new Readings(out, truncated);
  }

  /**
   * May the first {@code absorb} words belong to the label? They must be plain digits, and the
   * word after them must not be one that could continue the last of them as a grouped number
   * ("kvartal 4  75 016" yes, "staten 6 216 000" no), unless row-level arithmetic will check the
   * reading ({@code checked}).
   */
  private static boolean absorbable(List<NumberTokens.Token> tokens, int absorb,
      boolean checked) {
    for (int i = 0; i < absorb; i++) {
      NumberTokens.Token t = tokens.get(i);
      if (t.kind() != NumberTokens.Kind.DIGITS || Swedish.isMinus(t.text().charAt(0))
          || t.text().indexOf(',') >= 0 || t.text().endsWith("%")) {
        return false;
      }
    }
    if (absorb == 0 || checked) {
      return true;
    }
    NumberTokens.Token last = tokens.get(absorb - 1);
    NumberTokens.Token next = tokens.get(absorb);
    boolean continues = last.text().length() <= 3 && next.kind() == NumberTokens.Kind.DIGITS
        && next.text().length() == 3 && next.gapBefore() < dev.finsam.core.text.PrintedText.WIDE_GAP
        && next.text().chars().allMatch(c -> c >= '0' && c <= '9');
    return !continues;
  }

  private static int noteNumber(List<NumberTokens.Token> rest) {
    NumberTokens.Token t = rest.get(0);
    if (t.kind() != NumberTokens.Kind.DIGITS || t.text().length() > 3
        || !t.text().chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    int n = Integer.parseInt(t.text());
    return n >= 1 && n <= 999 ? n : 0;
  }

  /** Every way to put {@code read} into {@code cells} places in order, the others empty. */
  private static void place(List<Reading> out, String suffix, int note, Long[] read, int cells,
      int at, int next, Long[] current) {
    if (out.size() >= MAX) {
      return;
    }
    if (next == read.length) {
      Long[] full = Arrays.copyOf(current, cells);
      for (int i = at; i < cells; i++) {
        full[i] = null;
      }
      add(out, new Reading(suffix, note, full));
      return;
    }
    for (int i = at; i <= cells - (read.length - next); i++) {
      Long[] c = Arrays.copyOf(current, cells);
      for (int j = at; j < i; j++) {
        c[j] = null;
      }
      c[i] = read[next];
      place(out, suffix, note, read, cells, i + 1, next + 1, c);
    }
  }

  private static void add(List<Reading> out, Reading r) {
    for (Reading o : out) {
      if (o.sameValues(r)) {
        return;
      }
    }
    out.add(r);
  }

  /** Cells in öre, or null if a value has fractions of an öre or does not fit. */
  private static Long[] ore(List<NumberTokens.Cell> cells, AmountUnit unit) {
    Long[] out = new Long[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      NumberTokens.Cell c = cells.get(i);
      if (c.isBlank()) {
        continue;
      }
      if (c.percent()) {
        return null;
      }
      Long v = ore(c.value(), unit);
      if (v == null) {
        return null;
      }
      out[i] = v;
    }
    return out;
  }

  /** A printed number in a unit as öre, or null if it has fractions of an öre or is too large. */
  static Long ore(BigDecimal printed, AmountUnit unit) {
    try {
      return printed.multiply(BigDecimal.valueOf(unit.ore())).longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static String text(List<NumberTokens.Token> ts) {
    StringBuilder sb = new StringBuilder();
    for (NumberTokens.Token t : ts) {
      sb.append(sb.length() == 0 ? "" : " ").append(t.text());
    }
    return sb.toString();
  }

  /** Distinct texts of readings, for a finding; at most a few. */
  static String list(List<Reading> rs, AmountUnit unit) {
    Set<String> texts = new LinkedHashSet<>();
    for (Reading r : rs) {
      texts.add(r.describe(unit));
      if (texts.size() == 4) {
        break;
      }
    }
    return String.join("; ", texts) + (rs.size() > texts.size() ? "; …" : "");
  }
}
