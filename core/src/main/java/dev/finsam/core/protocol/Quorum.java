package dev.finsam.core.protocol;

/**
 * Whether a board may decide (<i>beslutförhet</i>): more than half of the seats present.
 *
 * <p>For example, {@code Quorum.isPresent(8, 5)} is true and {@code Quorum.isPresent(8, 4)} false.
 */
public final class Quorum {

  private Quorum() {}

  /**
   * @param seats the number of seats (<i>ledamöter</i>), at least 1
   * @param present deciding members present, 0 to {@code seats}
   * @return true if more than half of the seats are present
   * @throws IllegalArgumentException if the counts are out of range
   */
  public static boolean isPresent(int seats, int present) {
    if (seats < 1) {
      throw new IllegalArgumentException("seats (" + seats + ") must be at least 1");
    }
    if (present < 0 || present > seats) {
      throw new IllegalArgumentException(
          "present (" + present + ") must be between 0 and seats (" + seats + ")");
    }
    return 2L * present > seats;
  }
}
