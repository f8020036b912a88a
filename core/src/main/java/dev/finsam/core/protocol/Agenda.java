package dev.finsam.core.protocol;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting's agenda (<i>föredragningslista</i>): items numbered 1..n in the order handled, with
 * items that were added when the agenda was approved (<i>godkännande av dagordning</i>).
 *
 * <p>For example, {@code Agenda.of(List.of("Mötets öppnande", "Val av justerare"))
 * .withItemAdded("Julbord").toParagraphs(ParagraphSet.of(71, 73))} maps § 71, 72 and 73 to the
 * three items in order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param items the items in the order they are handled, not empty
 */
public record Agenda(List<String> items) {

  /**
   * Validates the components.
   *
   * @param items the items in the order they are handled, not empty
   * @throws IllegalArgumentException if there are no items or one is blank
   */
  public Agenda {
    items = List.copyOf(requireNonNull(items, "items"));
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items ([]) must not be empty");
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).isBlank()) {
        throw new IllegalArgumentException("items[" + (i + 1) + "] (\"" + items.get(i)
            + "\") must not be blank");
      }
    }
  }

  /**
   * @param items the items in order, not null, not empty
   * @return the agenda, never null
   */
  public static Agenda of(List<String> items) {
    return new Agenda(items);
  }

  /**
   * @param item an item added when the agenda was approved; handled before the closing item if
   *     the last item closes the meeting, else last
   * @return the agenda with the item, never null
   */
  public Agenda withItemAdded(String item) {
    List<String> l = new ArrayList<>(items);
    String last = l.get(l.size() - 1).toLowerCase(java.util.Locale.ROOT);
    int at = last.contains("avslut") ? l.size() - 1 : l.size();
    l.add(at, item);
    return new Agenda(l);
  }

  /** @return how many items */
  public int size() {
    return items.size();
  }

  /**
   * Numbers the items with the paragraphs held.
   *
   * @param paragraphs as many paragraphs as items, not null
   * @return paragraph number to item, in order, never null
   * @throws IllegalArgumentException if the counts differ
   */
  public Map<Integer, String> toParagraphs(ParagraphSet paragraphs) {
    if (paragraphs.size() != items.size()) {
      throw new IllegalArgumentException("paragraphs (" + paragraphs + ") must number the "
          + items.size() + " items, not " + paragraphs.size());
    }
    Map<Integer, String> m = new LinkedHashMap<>();
    int k = 0;
    for (ParagraphSet.Range r : paragraphs.ranges()) {
      for (int p = r.first(); p <= r.last(); p++) {
        m.put(p, items.get(k++));
      }
    }
    return m;
  }
}
