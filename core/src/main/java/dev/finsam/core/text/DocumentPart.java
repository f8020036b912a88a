package dev.finsam.core.text;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import java.util.function.Supplier;

/**
 * One table or block of a published document as a {@link DocumentReader} found it
 * (<i>dokumentdel</i>): its lines, its caption, what kind it is, and how to check it.
 *
 * <p>For example, an outcome table from line 540 to 551 captioned "Tabell 7. Resultat på
 * individnivå i Vindeln", of kind "resultattabell".
 *
 * @param firstLine the first line (the header row), from 1
 * @param lastLine the last line, not before {@code firstLine}
 * @param caption the caption ("Tabell 7. …", a statement's heading), or empty
 * @param kind what the part is, in Swedish, e.g. "resultattabell", "protokoll"
 * @param check reads and checks the part: findings with or without their own locations (those
 *     without get the part's first line and caption); throws {@code IllegalArgumentException}
 *     naming the line if the part cannot be read
 */
public record DocumentPart(int firstLine, int lastLine, String caption, String kind,
    Supplier<Findings> check) {

  /**
   * Validates the components.
   *
   * @param firstLine the first line, from 1
   * @param lastLine the last line, not before {@code firstLine}
   * @param caption the caption, not null
   * @param kind the kind, not blank
   * @param check the check, not null
   * @throws IllegalArgumentException if the lines are out of order
   */
  public DocumentPart {
    requireNonNull(caption, "caption");
    Checks.checkNotBlank(kind, "kind");
    requireNonNull(check, "check");
    Checks.checkArgument(firstLine >= 1 && lastLine >= firstLine,
        "lines (%s to %s) must be in order from 1", firstLine, lastLine);
  }
}
