package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.money.MonetaryAmount;

/**
 * One row of a printed {@link Statement} (<i>rad i en ekonomisk rapport</i>): a heading, a line or
 * a printed sum, with its label, its kind (cost, revenue, result, asset, equity, liability), one
 * cell per value column and one per printed difference column, and an optional note number.
 *
 * <p>For example, {@code StatementRow.line("Vännäs", Statement.Kind.COST, List.of(
 * Optional.of(Amounts.tkr(380)), Optional.of(Amounts.tkr(380))))}.
 *
 * <p>Amounts are held positive by their kind (a cost of 380 tkr is 380 tkr, whether the table
 * printed it as −380 or as 380 under a "Kostnader" heading); {@link Statement#signs()} says how
 * it was printed. An empty cell ("-" or blank) is no value. The source line a row was read from is
 * kept for findings but is not part of the row's value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatementRow {

  private final Statement.RowRole role;
  private final String label;
  private final Statement.Kind kind;
  private final List<OptionalLong> values;
  private final List<OptionalLong> differences;
  private final OptionalInt note;
  private final int line;
  private final boolean unresolved;

  StatementRow(Statement.RowRole role, String label, Statement.Kind kind,
      List<OptionalLong> values, List<OptionalLong> differences, OptionalInt note, int line) {
    this(role, label, kind, values, differences, note, line, false);
  }

  StatementRow(Statement.RowRole role, String label, Statement.Kind kind,
      List<OptionalLong> values, List<OptionalLong> differences, OptionalInt note, int line,
      boolean unresolved) {
    this.unresolved = unresolved;
    this.role = requireNonNull(role, "role");
    this.label = requireNonNull(label, "label").strip();
    this.kind = requireNonNull(kind, "kind");
    this.values = List.copyOf(values);
    this.differences = List.copyOf(differences);
    this.note = requireNonNull(note, "note");
    this.line = line;
    if (role != Statement.RowRole.SUM) {
      Checks.checkNotBlank(this.label, "label");
    }
    if (role == Statement.RowRole.HEADING) {
      Checks.checkArgument(this.values.isEmpty() && this.differences.isEmpty(),
          "heading (%s) must have no values", label);
    }
    note.ifPresent(n -> Checks.checkBetween(n, 1, 999, "note of " + label));
  }

  /**
   * @param label the heading's text, e.g. "Insatser", not blank
   * @param kind what the lines under it are, not null
   * @return a heading row, never null
   */
  public static StatementRow heading(String label, Statement.Kind kind) {
    return new StatementRow(Statement.RowRole.HEADING, label, kind, List.of(), List.of(),
        OptionalInt.empty(), 0);
  }

  /**
   * @param label the line's label, not blank
   * @param kind cost, revenue, asset, …; not null
   * @param values one cell per value column, positive by kind, empty for no value; not null
   * @return a line, never null
   */
  public static StatementRow line(String label, Statement.Kind kind,
      List<Optional<MonetaryAmount>> values) {
    return new StatementRow(Statement.RowRole.LINE, label, kind, ore(values, label), List.of(),
        OptionalInt.empty(), 0);
  }

  /**
   * @param label the sum's label, e.g. "Summa insatser"; may be empty (a row of numbers only)
   * @param kind what the sum is, not null
   * @param values one printed cell per value column, positive by kind; not null
   * @return a printed sum, never null
   */
  public static StatementRow sum(String label, Statement.Kind kind,
      List<Optional<MonetaryAmount>> values) {
    return new StatementRow(Statement.RowRole.SUM, label, kind, ore(values, label), List.of(),
        OptionalInt.empty(), 0);
  }

  /**
   * @param printed the printed differences, one per difference column of the statement, as
   *     printed in a statement printed {@link Statement.Signs#BY_KIND}; not null
   * @return this row with those differences, never null
   */
  public StatementRow withDifferences(List<Optional<MonetaryAmount>> printed) {
    return new StatementRow(role, label, kind, values, ore(printed, label), note, line,
        unresolved);
  }

  /**
   * @param number the note (<i>not</i>) the row refers to, 1 to 999
   * @return this row with that note, never null
   */
  public StatementRow withNote(int number) {
    return new StatementRow(role, label, kind, values, differences, OptionalInt.of(number), line,
        unresolved);
  }

  StatementRow withLine(int number) {
    return new StatementRow(role, label, kind, values, differences, note, number, unresolved);
  }

  StatementRow withValues(List<OptionalLong> ore, List<OptionalLong> diffs) {
    return new StatementRow(role, label, kind, ore, diffs, note, line, unresolved);
  }

  private static List<OptionalLong> ore(List<Optional<MonetaryAmount>> amounts, String label) {
    requireNonNull(amounts, "values");
    List<OptionalLong> out = new ArrayList<>(amounts.size());
    for (Optional<MonetaryAmount> a : amounts) {
      requireNonNull(a, "value of " + label);
      out.add(a.isPresent() ? OptionalLong.of(Amounts.toOre(a.get(), "value of " + label))
          : OptionalLong.empty());
    }
    return Collections.unmodifiableList(out);
  }

  /** @return heading, line or sum, never null */
  public Statement.RowRole role() {
    return role;
  }

  /** @return the label as printed, stripped; empty only for a sum of numbers only */
  public String label() {
    return label;
  }

  /** @return the kind, never null */
  public Statement.Kind kind() {
    return kind;
  }

  /**
   * @param column a value column's index, from 0
   * @return the cell, positive by kind, or empty for no value; never null
   * @throws IndexOutOfBoundsException if there is no such column
   */
  public Optional<MonetaryAmount> value(int column) {
    OptionalLong v = values.get(column);
    return v.isPresent() ? Optional.of(Amounts.ofOre(v.getAsLong())) : Optional.empty();
  }

  /**
   * @param difference a difference column's index, from 0
   * @return the printed difference (as a {@link Statement.Signs#BY_KIND} table prints it), or
   *     empty; never null
   */
  public Optional<MonetaryAmount> difference(int difference) {
    OptionalLong v = differences.get(difference);
    return v.isPresent() ? Optional.of(Amounts.ofOre(v.getAsLong())) : Optional.empty();
  }

  /** @return the note number, if the row has one */
  public OptionalInt note() {
    return note;
  }

  /** @return the source line the row was read from, or 0 if it was built */
  public int sourceLine() {
    return line;
  }

  /** @return true if the reader could not tell this row's cells apart (it has no values) */
  boolean isUnresolved() {
    return unresolved;
  }

  List<OptionalLong> ore() {
    return values;
  }

  List<OptionalLong> differenceOre() {
    return differences;
  }

  boolean isHeading() {
    return role == Statement.RowRole.HEADING;
  }

  boolean isSum() {
    return role == Statement.RowRole.SUM;
  }

  /** Equal rows have the same role, label, kind, cells and note; the source line is not compared. */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof StatementRow)) {
      return false;
    }
    StatementRow o = (StatementRow) obj;
    return role == o.role && label.equals(o.label) && kind == o.kind && values.equals(o.values)
        && differences.equals(o.differences) && note.equals(o.note)
        && unresolved == o.unresolved;
  }

  @Override
  public int hashCode() {
    return ((role.hashCode() * 31 + label.hashCode()) * 31 + kind.hashCode()) * 31
        + values.hashCode() * 7 + differences.hashCode() + note.hashCode();
  }

  /** @return e.g. {@code "LINE COST Vännäs [380 tkr, 380 tkr]"} in öre-exact kronor */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(role).append(' ').append(kind).append(' ')
        .append(label);
    note.ifPresent(n -> sb.append(" (not ").append(n).append(')'));
    if (!isHeading()) {
      sb.append(" [");
      for (int i = 0; i < values.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(values.get(i).isPresent()
            ? Amounts.formatOre(values.get(i).getAsLong(), AmountUnit.KRONA) : "-");
      }
      sb.append(']');
    }
    return sb.toString();
  }
}
