package dev.finsam.core.internal;

/**
 * The order among parts whose remainders and weights are equal (<i>lika rest</i>), by position.
 *
 * <p>For example, {@code (i, j) -> names.get(i).compareTo(names.get(j))} gives the leftover unit to
 * the name that sorts first. Implementations must be a consistent total preorder; positions they
 * call equal fall back to position order.
 */
@FunctionalInterface
public interface TieBreak {

  /** No tie-break of its own: position order decides. */
  TieBreak NONE = (i, j) -> 0;

  /**
   * @param i a position
   * @param j another position
   * @return negative if {@code i} gets a leftover unit before {@code j}, positive if after, zero
   *     if this tie-break does not decide
   */
  int compare(int i, int j);
}
