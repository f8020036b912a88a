package dev.finsam.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result of a rule check (<i>iakttagelse</i>): a severity, a stable code that programs can
 * match, and a sentence a board secretary understands.
 *
 * <p>For example, {@code Finding.of(Severity.ERROR, "protocol.justering.late",
 * "Protokollet justerades 21 dagar efter sammanträdet; gränsen är 14 dagar.")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /** @return the severity, never null */
  public abstract Severity severity();

  /** @return the stable code, dot-separated lower case, e.g. {@code "protocol.justering.late"} */
  public abstract String code();

  /** @return the sentence for people, never blank */
  public abstract String message();

  /** @return where in a published document the finding was made, if it was made in one */
  @Value.Parameter(false)
  public abstract Optional<Location> location();

  /**
   * @param location where in a document the finding was made, not null
   * @return this finding with that location, never null
   */
  public Finding at(Location location) {
    return ImmutableFinding.builder().severity(severity()).code(code()).message(message())
        .location(location).build();
  }

  /**
   * Obtains a finding.
   *
   * @param severity the severity, not null
   * @param code the stable code: lower-case words separated by dots, not null
   * @param message the sentence, not null, not blank
   * @return the finding, never null
   * @throws IllegalArgumentException if the code is malformed or the message blank
   */
  public static Finding of(Severity severity, String code, String message) {
    return ImmutableFinding.create(severity, code, message);
  }

  @Value.Check
  void check() {
    if (!code().matches("[a-z0-9]+([._-][a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "code (\"" + code() + "\") must be lower-case words separated by dots");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("message (\"" + message() + "\") must not be blank");
    }
  }

  /**
   * @return e.g. {@code "ERROR protocol.justering.late: Protokollet …"}, with
   *     {@code " (rad 12, …)"} after it when the finding has a location
   */
  @Override
  public String toString() {
    return severity() + " " + code() + ": " + message()
        + location().map(l -> " (" + l + ")").orElse("");
  }
}
