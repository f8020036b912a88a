package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Findings;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.PrintedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A printed financial statement (<i>ekonomisk rapport</i>: resultatrapport, balansrapport, not):
 * rows in sections under headings, printed sums at each level, any number of named value columns
 * and printed difference columns, in a printed unit.
 *
 * <p>For example, "Sammanställning av budget och utfall 2017" in tkr, with the columns Budget 2017
 * and Utfall 2017, the difference column Avvikelse, the sections Insatser, Kansli och
 * administrativa kostnader and Intäkter, and the sums "Summa", "Summa insatser", "Tot.
 * kostnader", "Tot. intäkter" and "Resultat".
 *
 * <p>Amounts are held positive by their {@link Kind}: a cost of 380 tkr is 380 tkr whether the
 * table printed −380 or 380 under a cost heading. {@link #signs()} says which the table did; it is
 * not part of the statement's value, since a table with no costs reads the same either way. A
 * printed difference is held as a table printed {@link Signs#BY_KIND} would print it.
 *
 * <p>{@link #check()} checks every printed sum and difference; {@link StatementCheck} documents
 * the rules. {@link #parse} reads a statement as associations print them; {@link #toText} prints
 * one in each layout they use.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Statement {

  /** What a value column holds (<i>kolumn</i>). */
  public enum ColumnKind {
    /** The budget for the period (<i>budget</i>). */
    BUDGET,
    /** The outcome of the period, or to date (<i>utfall</i>). */
    OUTCOME,
    /** The same period last year (<i>utfall föregående år</i>, <i>bokslut</i>). */
    LAST_YEAR,
    /** The budget for the whole year (<i>årsbudget</i>). */
    ANNUAL_BUDGET,
    /** The forecast for the whole year (<i>helårsprognos</i>). */
    FORECAST,
    /** A balance on a date (<i>balansdag</i>), e.g. 2017-12-31. */
    BALANCE,
    /** Anything else. */
    OTHER
  }

  /** What a row is (<i>rubrik, rad, summa</i>). */
  public enum RowRole {
    /** A heading that opens a section; it has no values. */
    HEADING,
    /** A line item. */
    LINE,
    /** A printed sum of the rows before it (see {@link StatementScope}). */
    SUM
  }

  /** What a row's amounts are (<i>kostnad, intäkt, resultat, tillgång, eget kapital, skuld</i>). */
  public enum Kind {
    /** Costs: subtracted in a result. */
    COST(-1),
    /** Revenue: added in a result. */
    REVENUE(1),
    /** A result or net amount: revenue − costs, printed with its own sign. */
    RESULT(1),
    /** Assets (debit). */
    ASSET(1),
    /** Equity (credit). */
    EQUITY(-1),
    /** Liabilities and provisions (credit). */
    LIABILITY(-1),
    /** Anything else: added as printed. */
    OTHER(1);

    private final int sign;

    Kind(int sign) {
      this.sign = sign;
    }

    /** @return +1 for amounts that add to a result or to the debit side, −1 for the others */
    int sign() {
      return sign;
    }
  }

  /** How a table prints amounts of negative-signed kinds (costs, equity, liabilities). */
  public enum Signs {
    /** Every amount positive; the kind (a "Kostnader" heading) gives the sign (debit form). */
    BY_KIND,
    /** Costs, equity and liabilities printed negative (credit signs). */
    SIGNED
  }

  /** How a statement is laid out as text. */
  public enum Layout {
    /** Cells between tabs, as Word copies a table. */
    TABS,
    /** Cells between {@code |}, as Markdown writes a table. */
    PIPES,
    /** Cells between single spaces, digits grouped by spaces, as a PDF's text gives a table. */
    SPACES
  }

  /**
   * A value column.
   *
   * @param name the column's name as printed, e.g. "Utfall jan-dec 2017", not blank
   * @param kind what it holds, not null
   */
  public record Column(String name, ColumnKind kind) {
    /**
     * Validates the components.
     *
     * @param name the name, not blank
     * @param kind the kind, not null
     */
    public Column {
      Checks.checkNotBlank(name, "name");
      requireNonNull(kind, "kind");
      name = name.strip();
    }
  }

  /**
   * A printed difference column: the actual column against the planned one, e.g. outcome against
   * budget, or forecast against annual budget. Which way round it is printed is detected from the
   * rows (see {@link StatementCheck}).
   *
   * @param name the column's name as printed, e.g. "Avvikelse utfall - budget", not blank
   * @param actual the index of the outcome or forecast column
   * @param planned the index of the budget column
   */
  public record Difference(String name, int actual, int planned) {
    /**
     * Validates the components.
     *
     * @param name the name, not blank
     * @param actual the actual column's index, not negative
     * @param planned the planned column's index, not negative, not {@code actual}
     */
    public Difference {
      Checks.checkNotBlank(name, "name");
      name = name.strip();
      Checks.checkArgument(actual >= 0 && planned >= 0 && actual != planned,
          "columns of %s (%s, %s) must be two different columns", name, actual, planned);
    }
  }

  private final String caption;
  private final AmountUnit unit;
  private final Signs signs;
  private final List<Column> columns;
  private final List<Difference> differences;
  private final List<StatementRow> rows;
  private final Findings reading;

  Statement(String caption, AmountUnit unit, Signs signs, List<Column> columns,
      List<Difference> differences, List<StatementRow> rows, Findings reading) {
    this.caption = requireNonNull(caption, "caption").strip();
    this.unit = requireNonNull(unit, "unit");
    this.signs = requireNonNull(signs, "signs");
    this.columns = List.copyOf(columns);
    this.differences = List.copyOf(differences);
    this.rows = withAllDifferences(rows, this.differences.size());
    this.reading = requireNonNull(reading, "reading");
    Checks.checkArgument(unit != AmountUnit.ORE, "unit (%s) must be kr or tkr", unit);
    Checks.checkArgument(!this.columns.isEmpty(), "columns (%s) must not be empty", columns);
    for (Difference d : this.differences) {
      Checks.checkArgument(d.actual() < this.columns.size() && d.planned() < this.columns.size(),
          "difference %s (%s, %s) must name two of the %s columns", d.name(), d.actual(),
          d.planned(), this.columns.size());
    }
    for (StatementRow r : this.rows) {
      if (!r.isHeading()) {
        Checks.checkArgument(r.ore().size() == this.columns.size(),
            "values of %s (%s) must be one per column (%s)", r.label(), r.ore().size(),
            this.columns.size());
        Checks.checkArgument(r.differenceOre().isEmpty()
            || r.differenceOre().size() == this.differences.size(),
            "differences of %s (%s) must be one per difference column (%s)", r.label(),
            r.differenceOre().size(), this.differences.size());
      }
    }
  }

  /** Rows without printed differences get an empty cell in each difference column. */
  private static List<StatementRow> withAllDifferences(List<StatementRow> rows, int n) {
    List<StatementRow> out = new ArrayList<>(rows.size());
    for (StatementRow r : rows) {
      if (!r.isHeading() && n > 0 && r.differenceOre().isEmpty()) {
        out.add(r.withValues(r.ore(), java.util.Collections.nCopies(n,
            java.util.OptionalLong.empty())));
      } else {
        out.add(requireNonNull(r, "row"));
      }
    }
    return List.copyOf(out);
  }

  /**
   * @param unit the unit the table prints in, kr or tkr, not null
   * @return a builder, never null
   */
  public static Builder builder(AmountUnit unit) {
    return new Builder(unit);
  }

  /**
   * Reads a statement as associations print it: an optional caption, a header row ("Belopp i tkr
   * Budget 2017 Utfall 2017 Avvikelse"), then headings, lines and sums; tab-separated,
   * {@code |}-separated or space-separated. The rules are those of {@link StatementReader}.
   * Numbers are ASCII digits only, as in every finsam parser.
   *
   * @param text the statement's text, not null
   * @return the statement, with any row it could not resolve reported in {@link #check()}
   * @throws IllegalArgumentException if the text has no header row, or a line cannot be read; the
   *     message names the line
   */
  public static Statement parse(CharSequence text) {
    List<PrintedText.Line> lines = PrintedText.lines(requireNonNull(text, "text"));
    return StatementReader.read(lines, 0, lines.size(), StatementReader.Context.detect(lines));
  }

  /** @return the caption, e.g. "Sammanställning av budget och utfall 2017", possibly empty */
  public String caption() {
    return caption;
  }

  /** @return the printed unit, kr or tkr, never null */
  public AmountUnit unit() {
    return unit;
  }

  /** @return how the table printed costs, equity and liabilities; not part of the value */
  public Signs signs() {
    return signs;
  }

  /** @return the value columns in order, never null */
  public List<Column> columns() {
    return columns;
  }

  /** @return the printed difference columns in order, never null */
  public List<Difference> differences() {
    return differences;
  }

  /** @return every row in order, never null */
  public List<StatementRow> rows() {
    return rows;
  }

  /**
   * @param kind a column kind, not null
   * @return the index of the first column of that kind, or −1
   */
  public int column(ColumnKind kind) {
    requireNonNull(kind, "kind");
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks every printed sum against its rows and every printed difference against its columns,
   * and reports rows the reader could not resolve. Never throws.
   *
   * @return the findings, never null
   */
  public Findings check() {
    return reading.plus(StatementCheck.of(this).findings());
  }

  /** @return what reading the text found (ambiguous rows), empty for a built statement */
  Findings reading() {
    return reading;
  }

  /**
   * @param layout the layout, not null
   * @param printSigns how to print costs, equity and liabilities, not null
   * @return the statement as text that {@link #parse} reads back equal, never null
   */
  public String toText(Layout layout, Signs printSigns) {
    return StatementText.print(this, requireNonNull(layout, "layout"),
        requireNonNull(printSigns, "printSigns"));
  }

  Statement withRows(List<StatementRow> newRows) {
    return new Statement(caption, unit, signs, columns, differences, newRows, reading);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Statement)) {
      return false;
    }
    Statement o = (Statement) obj;
    return caption.equals(o.caption) && unit == o.unit && columns.equals(o.columns)
        && differences.equals(o.differences) && rows.equals(o.rows)
        && reading.equals(o.reading);
  }

  @Override
  public int hashCode() {
    return ((caption.hashCode() * 31 + unit.hashCode()) * 31 + columns.hashCode()) * 31
        + rows.hashCode();
  }

  /** @return the statement as tab-separated text, costs positive by kind */
  @Override
  public String toString() {
    return toText(Layout.TABS, Signs.BY_KIND);
  }

  /** Builds a {@link Statement} row by row. */
  public static final class Builder {
    private final AmountUnit unit;
    private String caption = "";
    private Signs signs = Signs.BY_KIND;
    private final List<Column> columns = new ArrayList<>();
    private final List<Difference> differences = new ArrayList<>();
    private final List<StatementRow> rows = new ArrayList<>();

    private Builder(AmountUnit unit) {
      this.unit = requireNonNull(unit, "unit");
    }

    /**
     * @param text the caption, not null
     * @return this builder
     */
    public Builder caption(String text) {
      this.caption = requireNonNull(text, "text");
      return this;
    }

    /**
     * @param printed how the table printed costs, equity and liabilities, not null
     * @return this builder
     */
    public Builder signs(Signs printed) {
      this.signs = requireNonNull(printed, "printed");
      return this;
    }

    /**
     * @param name the column's name, not blank
     * @param kind what it holds, not null
     * @return this builder
     */
    public Builder column(String name, ColumnKind kind) {
      columns.add(new Column(name, kind));
      return this;
    }

    /**
     * @param name the column's name, not blank
     * @param actual the index of the outcome or forecast column
     * @param planned the index of the budget column
     * @return this builder
     */
    public Builder difference(String name, int actual, int planned) {
      differences.add(new Difference(name, actual, planned));
      return this;
    }

    /**
     * @param row the next row, not null
     * @return this builder
     */
    public Builder row(StatementRow row) {
      rows.add(requireNonNull(row, "row"));
      return this;
    }

    /**
     * @return the statement, never null
     * @throws IllegalArgumentException if there is no column, or a row's cells do not match the
     *     columns
     */
    public Statement build() {
      return new Statement(caption, unit, signs, columns, differences, rows, Findings.none());
    }
  }
}
