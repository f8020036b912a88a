package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** A statement's row: its text, its note's range, what a heading and a line must have. */
class StatementRowTest {

  private static final List<Optional<MonetaryAmount>> TWO = List.of(Optional.of(Amounts.tkr(380)),
      Optional.empty());

  @Test
  void aRowPrintsRoleKindLabelNoteAndCellsInKronor() {
    assertEquals("LINE COST Vännäs [380 000 kr, -]", plain(StatementRow.line("Vännäs",
        Statement.Kind.COST, TWO).toString()));
    assertEquals("LINE ASSET Fordringar (not 2) [380 000 kr, -]", plain(StatementRow.line(
        "Fordringar", Statement.Kind.ASSET, TWO).withNote(2).toString()));
    assertEquals("HEADING COST Insatser", StatementRow.heading("Insatser", Statement.Kind.COST)
        .toString());
    assertEquals("SUM COST  [380 000 kr, -]", plain(StatementRow.sum("", Statement.Kind.COST,
        TWO).toString()));
  }

  @Test
  void aNoteIsFrom1To999() {
    StatementRow r = StatementRow.line("Fordringar", Statement.Kind.ASSET, TWO);
    assertEquals(OptionalInt.of(1), r.withNote(1).note());
    assertEquals(OptionalInt.of(999), r.withNote(999).note());
    assertThrows(IllegalArgumentException.class, () -> r.withNote(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> r.withNote(1000));
    assertTrue(e.getMessage().startsWith("note of Fordringar"), e.getMessage());
  }

  @Test
  void aLineNeedsALabelAndAHeadingHasNoValues() {
    assertThrows(IllegalArgumentException.class, () -> StatementRow.line(" ",
        Statement.Kind.COST, TWO));
    assertEquals("", StatementRow.sum(" ", Statement.Kind.COST, TWO).label());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StatementRow(Statement.RowRole.HEADING, "Insatser", Statement.Kind.COST,
            List.of(java.util.OptionalLong.of(1)), List.of(), OptionalInt.empty(), 0));
    assertEquals("heading (Insatser) must have no values", e.getMessage());
  }

  @Test
  void theSourceLineIsKeptButIsNotPartOfTheValue() {
    StatementRow r = StatementRow.line("Vännäs", Statement.Kind.COST, TWO);
    assertEquals(0, r.sourceLine());
    assertEquals(12, r.withLine(12).sourceLine());
    assertEquals(r, r.withLine(12));
    assertEquals(r.hashCode(), r.withLine(12).hashCode());
    assertNotEquals(r, r.withNote(3));
    assertNotEquals(r.hashCode(), r.withNote(3).hashCode());
    assertNotEquals(r, r.withDifferences(List.of(Optional.of(Amounts.tkr(1)))));
    assertEquals(Optional.of(Amounts.tkr(1)), r.withDifferences(List.of(Optional.of(
        Amounts.tkr(1)))).difference(0));
    assertEquals(Optional.empty(), r.value(1));
  }
}
