package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A set of paragraph numbers as protocols write them (<i>paragrafer</i>): {@code "§ 42-47, 49-56"},
 * {@code "§§ 71–77"}, {@code "§ 7"}. Stored as sorted, merged ranges, never expanded, so
 * {@code "§ 1-2000000000"} costs no more than {@code "§ 1"}.
 *
 * <p>For example, {@code ParagraphSet.parse("§ 42-47, 49-56").size()} is 14 and its
 * {@code toString()} is {@code "§ 42–47, 49–56"} (en dash). Hyphen or en dash, {@code §} or
 * {@code §§}, and spaces are all accepted; {@code parse(s.toString())} gives {@code s} back. The
 * empty set prints as {@code "§"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParagraphSet {

  /**
   * One run of consecutive paragraphs, {@code first} to {@code last} inclusive.
   *
   * @param first the first paragraph, at least 1
   * @param last the last paragraph, not below {@code first}
   */
  public record Range(int first, int last) {
    /**
     * Validates the components.
     *
     * @param first the first paragraph, at least 1
     * @param last the last paragraph, not below {
     * @throws IllegalArgumentException if {@code first < 1} or {@code last < first}
     */
    public Range {
      if (first < 1) {
        throw new IllegalArgumentException("first (" + first + ") must be at least 1");
      }
      if (last < first) {
        throw new IllegalArgumentException(
            "last (" + last + ") must not be below first (" + first + ")");
      }
    }

    /** @return how many paragraphs the range holds */
    public long size() {
      return (long) last - first + 1;
    }

    @Override
    public String toString() {
      return first == last ? String.valueOf(first) : first + "\u2013" + last;
    }
  }

  private static final ParagraphSet EMPTY = new ParagraphSet(List.of());

  private final List<Range> ranges;

  private ParagraphSet(List<Range> ranges) {
    this.ranges = ranges;
  }

  /** @return the empty set, never null */
  public static ParagraphSet empty() {
    return EMPTY;
  }

  /**
   * @param paragraph a paragraph number, at least 1
   * @return the set of that one paragraph, never null
   */
  public static ParagraphSet of(int paragraph) {
    return of(paragraph, paragraph);
  }

  /**
   * @param first the first paragraph, at least 1
   * @param last the last paragraph, not below {@code first}
   * @return the set {@code first..last}, never null
   * @throws IllegalArgumentException if the range is reversed or starts below 1
   */
  public static ParagraphSet of(int first, int last) {
    return new ParagraphSet(List.of(new Range(first, last)));
  }

  /**
   * @param ranges any ranges, overlapping or not, in any order; not null
   * @return their union, never null
   */
  public static ParagraphSet ofRanges(List<Range> ranges) {
    return new ParagraphSet(normalise(new ArrayList<>(ranges)));
  }

  /**
   * Reads the protocol notation.
   *
   * @param text e.g. {@code "§ 42-47, 49-56"}, {@code "§§ 1–3"}, {@code "§ 7"}, {@code "7"}; not
   *     null
   * @return the set, never null
   * @throws IllegalArgumentException if the text is not paragraph notation, a range is reversed,
   *     or a number is 0 or too large; the message quotes the text
   */
  public static ParagraphSet parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int i = skipSpaces(s, 0);
    int signs = 0;
    while (i < s.length() && s.charAt(i) == '§' && signs < 2) {
      i++;
      signs++;
    }
    i = skipSpaces(s, i);
    List<Range> ranges = new ArrayList<>();
    if (i == s.length()) {
      if (signs == 0) {
        throw bad(text, "is empty");
      }
      return EMPTY;
    }
    while (true) {
      int start = i;
      int first;
      int[] read = readNumber(s, i, text);
      first = read[0];
      i = skipSpaces(s, read[1]);
      int last = first;
      if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '\u2013')) {
        i = skipSpaces(s, i + 1);
        read = readNumber(s, i, text);
        last = read[0];
        i = skipSpaces(s, read[1]);
      }
      if (first < 1 || last < 1) {
        throw bad(text, "has paragraph 0 at \"" + Checks.abbreviate(s.substring(start, i).trim())
            + "\"; paragraphs start at 1");
      }
      if (last < first) {
        throw bad(text, "has a reversed range \""
            + Checks.abbreviate(s.substring(start, i).trim()) + "\"");
      }
      ranges.add(new Range(first, last));
      if (i == s.length()) {
        break;
      }
      if (s.charAt(i) != ',') {
        throw bad(text, "has '" + s.charAt(i) + "' where a comma or the end was expected");
      }
      i = skipSpaces(s, i + 1);
    }
    return new ParagraphSet(normalise(ranges));
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i)) || i < s.length()
        && (s.charAt(i) == '\u00A0' || s.charAt(i) == '\u202F')) {
      i++;
    }
    return i;
  }

  private static int[] readNumber(String s, int i, CharSequence text) {
    int start = i;
    long value = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      value = value * 10 + (s.charAt(i) - '0');
      if (value > Integer.MAX_VALUE) {
        throw bad(text, "has a paragraph number above " + Integer.MAX_VALUE);
      }
      i++;
    }
    if (i == start) {
      throw bad(text, i < s.length() ? "has '" + s.charAt(i) + "' where a number was expected"
          : "ends where a number was expected");
    }
    return new int[] {(int) value, i};
  }

  private static IllegalArgumentException bad(CharSequence text, String problem) {
    return new IllegalArgumentException(
        "paragraphs (\"" + Checks.abbreviate(text) + "\") " + problem);
  }

  private static List<Range> normalise(List<Range> in) {
    in.sort((a, b) -> Integer.compare(a.first(), b.first()));
    List<Range> out = new ArrayList<>();
    for (Range r : in) {
      if (!out.isEmpty()) {
        Range prev = out.get(out.size() - 1);
        if ((long) r.first() <= (long) prev.last() + 1) {
          out.set(out.size() - 1, new Range(prev.first(), Math.max(prev.last(), r.last())));
          continue;
        }
      }
      out.add(r);
    }
    return List.copyOf(out);
  }

  /** @return the merged ranges in order, never null */
  public List<Range> ranges() {
    return ranges;
  }

  /** @return how many paragraphs the set holds */
  public long size() {
    long n = 0;
    for (Range r : ranges) {
      n += r.size();
    }
    return n;
  }

  /** @return true if the set holds no paragraph */
  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /**
   * @param paragraph a paragraph number
   * @return true if the set holds it
   */
  public boolean contains(int paragraph) {
    int lo = 0;
    int hi = ranges.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Range r = ranges.get(mid);
      if (paragraph < r.first()) {
        hi = mid - 1;
      } else if (paragraph > r.last()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * @return the lowest paragraph
   * @throws NoSuchElementException if the set is empty
   */
  public int first() {
    if (ranges.isEmpty()) {
      throw new NoSuchElementException("the paragraph set is empty");
    }
    return ranges.get(0).first();
  }

  /**
   * @return the highest paragraph
   * @throws NoSuchElementException if the set is empty
   */
  public int last() {
    if (ranges.isEmpty()) {
      throw new NoSuchElementException("the paragraph set is empty");
    }
    return ranges.get(ranges.size() - 1).last();
  }

  /**
   * @param other another set, not null
   * @return the paragraphs in either, never null
   */
  public ParagraphSet union(ParagraphSet other) {
    List<Range> all = new ArrayList<>(ranges);
    all.addAll(other.ranges);
    return new ParagraphSet(normalise(all));
  }

  /**
   * @param other another set, not null
   * @return the paragraphs in this set and not in the other, never null
   */
  public ParagraphSet minus(ParagraphSet other) {
    requireNonNull(other, "other");
    List<Range> out = new ArrayList<>();
    int k = 0; // the first range of other that may still overlap
    for (Range r : ranges) {
      long from = r.first();
      while (k < other.ranges.size() && other.ranges.get(k).last() < from) {
        k++;
      }
      int j = k;
      while (j < other.ranges.size() && other.ranges.get(j).first() <= r.last()) {
        Range o = other.ranges.get(j);
        if (o.first() > from) {
          out.add(new Range((int) from, o.first() - 1));
        }
        from = Math.max(from, (long) o.last() + 1);
        if (o.last() > r.last()) {
          break;
        }
        j++;
      }
      if (from <= r.last()) {
        out.add(new Range((int) from, r.last()));
      }
    }
    return new ParagraphSet(List.copyOf(out));
  }

  /**
   * @param other another set, not null
   * @return true if every paragraph of the other set is in this one; one binary search a range
   */
  public boolean containsAll(ParagraphSet other) {
    requireNonNull(other, "other");
    for (Range o : other.ranges) {
      int lo = 0;
      int hi = ranges.size() - 1;
      boolean inside = false;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Range r = ranges.get(mid);
        if (o.first() < r.first()) {
          hi = mid - 1;
        } else if (o.first() > r.last()) {
          lo = mid + 1;
        } else {
          inside = o.last() <= r.last();
          break;
        }
      }
      if (!inside) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param other another set, not null
   * @return the paragraphs in both, never null
   */
  public ParagraphSet intersection(ParagraphSet other) {
    return minus(minus(other));
  }

  /**
   * @param other another set, not null
   * @return true if a paragraph is in both
   */
  public boolean overlaps(ParagraphSet other) {
    return !intersection(other).isEmpty();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ParagraphSet && ((ParagraphSet) obj).ranges.equals(ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  /** @return e.g. {@code "§ 42–47, 49–56"}; {@code "§"} for the empty set */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("§");
    for (int k = 0; k < ranges.size(); k++) {
      sb.append(k == 0 ? " " : ", ").append(ranges.get(k));
    }
    return sb.toString();
  }
}
