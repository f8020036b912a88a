package dev.finsam.core;

import dev.finsam.core.text.Checks;

/**
 * Where in a published document a {@link Finding} was made (<i>plats i dokumentet</i>): a line
 * number and the caption of the table or protocol it belongs to.
 *
 * <p>For example, {@code Location.of(412, "Tabell 7. Resultat på individnivå i Vindeln")} prints
 * as {@code "rad 412, Tabell 7. Resultat på individnivå i Vindeln"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Location implements Comparable<Location> {

  private final int line;
  private final String caption;

  private Location(int line, String caption) {
    this.line = line;
    this.caption = caption;
  }

  /**
   * @param line the line number, from 1
   * @param caption the caption of the table or protocol, may be empty, not null
   * @return the location, never null
   * @throws IllegalArgumentException if the line is below 1
   */
  public static Location of(int line, String caption) {
    java.util.Objects.requireNonNull(caption, "caption");
    Checks.checkArgument(line >= 1, "line (%s) must be >= 1", line);
    return new Location(line, caption.strip());
  }

  /** @return the line number, from 1 */
  public int line() {
    return line;
  }

  /** @return the caption, possibly empty, never null */
  public String caption() {
    return caption;
  }

  @Override
  public int compareTo(Location other) {
    int c = Integer.compare(line, other.line);
    return c != 0 ? c : caption.compareTo(other.caption);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Location && ((Location) obj).line == line
        && ((Location) obj).caption.equals(caption);
  }

  @Override
  public int hashCode() {
    return line * 31 + caption.hashCode();
  }

  /** @return e.g. {@code "rad 412, Tabell 7. Resultat på individnivå i Vindeln"} */
  @Override
  public String toString() {
    return "rad " + line + (caption.isEmpty() ? "" : ", " + caption);
  }
}
