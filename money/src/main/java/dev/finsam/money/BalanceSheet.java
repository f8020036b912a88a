package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.NumberStyle;
import dev.finsam.core.Findings;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.PrintedText;
import java.time.LocalDate;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A balance report (<i>balansräkning</i>, <i>balansrapport</i>): line items under sub-sums —
 * Fordringar, Kassa och bank, Summa omsättningstillgångar, SUMMA TILLGÅNGAR, Eget kapital,
 * Kortfristiga skulder, SUMMA EGET KAPITAL OCH SKULDER — for one or two dates side by side, with
 * the checks that every sum adds up, that assets = equity + liabilities on each date, and that
 * equity moved between the dates by the period's result.
 *
 * <p>For example, 2017-12-31: 10 194 601 = 4 142 334 + 6 052 267 kr. Equity opened at 3 201 561
 * and the result was 867 365; the 73 408 kr in between were a direct transfer the report explains
 * in prose, and {@code reconcileEquity(Amounts.sek(867_365))} reports them.
 *
 * <p>The sheet is a {@link Statement} whose columns are balance dates, the latest first as
 * reports print them. Amounts are positive on both sides (debit form); a sheet printed with equity
 * and liabilities negative (credit form) reads the same. The totals are found by their labels:
 * the last sum of assets ("Summa tillgångar"), equity ("Eget kapital" or "Summa eget kapital") and
 * the sum of equity and liabilities ("Summa eget kapital och skulder"); where one is not printed,
 * it is the sum of its lines. Assets that differ from equity + liabilities by no more than the
 * rounding of the lines under the two totals (n/2 units, see {@link StatementCheck}) are
 * {@code balance.rounding} (INFO); more is {@code balance.not-balanced} (ERROR).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BalanceSheet {

  private final Statement statement;
  private final long[] assets;
  private final long[] equity;
  private final long[] total;
  private final int[] tolerance;
  private final Findings sums;

  private BalanceSheet(Statement statement) {
    this.statement = statement;
    BalanceTotals t = BalanceTotals.of(statement);
    this.assets = t.assets;
    this.equity = t.equity;
    this.total = t.total;
    this.tolerance = t.leaves;
    this.sums = t.sums;
  }

  /**
   * @param assets total assets (<i>summa tillgångar</i>), not null
   * @param equity equity (<i>eget kapital</i>), not null
   * @param liabilities liabilities and provisions (<i>skulder och avsättningar</i>), not null
   * @return a sheet of one date, in kronor, never null
   */
  public static BalanceSheet of(MonetaryAmount assets, MonetaryAmount equity,
      MonetaryAmount liabilities) {
    requireNonNull(assets, "assets");
    requireNonNull(equity, "equity");
    requireNonNull(liabilities, "liabilities");
    Amounts.toOre(assets, "assets"); // each amount is named in a message before it is a row
    Amounts.toOre(equity, "equity");
    Amounts.toOre(liabilities, "liabilities");
    return builder(AmountUnit.KRONA, List.of())
        .line("Tillgångar", Statement.Kind.ASSET, assets)
        .heading("Eget kapital och skulder", Statement.Kind.EQUITY)
        .line("Eget kapital", Statement.Kind.EQUITY, equity)
        .line("Skulder", Statement.Kind.LIABILITY, liabilities).build();
  }

  /**
   * @param unit the printed unit, kr or tkr, not null
   * @param dates the balance dates, latest first; none for one undated column; not null
   * @return a builder, never null
   */
  public static Builder builder(AmountUnit unit, List<LocalDate> dates) {
    return new Builder(unit, dates);
  }

  /**
   * Reads a balance report as associations print it ("Belopp i kr. Not 2017-12-31
   * 2016-12-31", headings, lines, sums), detecting whether equity and liabilities are printed
   * negative; the rules are those of {@link Statement#parse}.
   *
   * @param text the report's text, not null
   * @return the sheet; rows that stay ambiguous are reported by {@link #check()}
   * @throws IllegalArgumentException if there is no header row or a line cannot be read; the
   *     message names the line
   */
  public static BalanceSheet parse(CharSequence text) {
    List<PrintedText.Line> lines = PrintedText.lines(requireNonNull(text, "text"));
    return of(StatementReader.read(lines, 0, lines.size(), StatementReader.Context.BALANCE));
  }

  /**
   * As {@link #parse(CharSequence)}, with the sign convention declared rather than detected.
   *
   * @param text the report's text, not null
   * @param signs {@link Statement.Signs#SIGNED} for credit signs, not null
   * @return the sheet, never null
   * @throws IllegalArgumentException if the text cannot be read
   */
  public static BalanceSheet parse(CharSequence text, Statement.Signs signs) {
    List<PrintedText.Line> lines = PrintedText.lines(requireNonNull(text, "text"));
    return of(StatementReader.read(lines, 0, lines.size(), StatementReader.Context.BALANCE,
        requireNonNull(signs, "signs")));
  }

  static BalanceSheet of(Statement statement) {
    return new BalanceSheet(statement);
  }

  /** @return the sheet as a printed statement, never null */
  public Statement statement() {
    return statement;
  }

  /** @return how many dates (columns) the sheet has, at least 1 */
  public int dates() {
    return assets.length;
  }

  /** @return total assets on the (latest) first date, never null */
  public MonetaryAmount assets() {
    return assets(0);
  }

  /**
   * @param date a column, from 0 (the first printed, usually the latest)
   * @return total assets on that date, never null
   */
  public MonetaryAmount assets(int date) {
    return Amounts.ofOre(assets[date]);
  }

  /** @return equity on the first date, never null */
  public MonetaryAmount equity() {
    return equity(0);
  }

  /**
   * @param date a column, from 0
   * @return equity on that date, never null
   */
  public MonetaryAmount equity(int date) {
    return Amounts.ofOre(equity[date]);
  }

  /** @return liabilities (equity and liabilities less equity) on the first date, never null */
  public MonetaryAmount liabilities() {
    return liabilities(0);
  }

  /**
   * @param date a column, from 0
   * @return liabilities and provisions on that date, never null
   */
  public MonetaryAmount liabilities(int date) {
    return Amounts.ofOre(Checks.subtract(total[date], equity[date], "liabilities"));
  }

  /** @return equity on the first date less equity on the second, if there are two dates */
  public Optional<MonetaryAmount> equityChange() {
    return assets.length < 2 ? Optional.empty() : Optional.of(Amounts.ofOre(
        Checks.subtract(equity[0], equity[1], "equity change")));
  }

  /**
   * Checks every printed sum, and that assets = equity + liabilities on every date. Codes: those
   * of {@link Statement#check()}, {@code balance.not-balanced} (ERROR), {@code balance.rounding}
   * (INFO).
   *
   * @return the findings, never null
   */
  public Findings check() {
    Findings.Builder f = Findings.builder().addAll(sums);
    for (int c = 0; c < assets.length; c++) {
      long off = Checks.subtract(assets[c], total[c], "balance");
      long tol = Checks.multiply(tolerance[c], statement.unit().ore(), "tolerance") / 2;
      String text = (assets.length > 1 ? statement.columns().get(c).name() + ": s" : "S")
          + "umma tillgångar " + kr(assets[c]) + " är inte lika med eget kapital och skulder "
          + kr(total[c]) + " (skillnad " + kr(off) + ")";
      if (off != 0 && Math.abs(off) <= tol) {
        f.info("balance.rounding", text + "; det ryms i avrundningen.");
      } else if (off != 0) {
        f.error("balance.not-balanced", text + ".");
      }
    }
    return f.build();
  }

  /**
   * Checks that equity moved from the second date to the first by the period's result. Code
   * {@code balance.equity.unreconciled} (ERROR), naming the unexplained amount; nothing if the
   * sheet has one date.
   *
   * @param result the period's result, not null
   * @return the findings, never null
   */
  public Findings reconcileEquity(MonetaryAmount result) {
    requireNonNull(result, "result");
    if (assets.length < 2) {
      return Findings.none();
    }
    return reconcileEquity(Amounts.ofOre(equity[1]), result, Amounts.sek(0));
  }

  /**
   * Checks that equity moved from the opening figure by the result plus entries made directly to
   * equity. Code {@code balance.equity.unreconciled} (ERROR), naming the unexplained amount.
   *
   * @param openingEquity equity at the start of the year, not null
   * @param result the year's result, not null
   * @param directEntries amounts booked directly to equity, zero if none, not null
   * @return the findings, never null
   */
  public Findings reconcileEquity(MonetaryAmount openingEquity, MonetaryAmount result,
      MonetaryAmount directEntries) {
    long opening = Amounts.toOre(openingEquity, "openingEquity");
    long res = Amounts.toOre(result, "result");
    long direct = Amounts.toOre(directEntries, "directEntries");
    // exact: a check answers, whatever the amounts, and never wraps or throws
    BigInteger expected = BigInteger.valueOf(opening).add(BigInteger.valueOf(res))
        .add(BigInteger.valueOf(direct));
    BigInteger closing = BigInteger.valueOf(equity[0]);
    if (expected.equals(closing)) {
      return Findings.none();
    }
    return Findings.builder().error("balance.equity.unreconciled", "Ingående eget kapital "
        + kr(opening) + " plus årets resultat " + kr(res)
        + (direct != 0 ? " plus direkta poster " + kr(direct) : "")
        + " är " + kr(expected) + ", men utgående eget kapital är " + kr(equity[0])
        + "; " + kr(closing.subtract(expected)) + " är oförklarat.")
        .build();
  }

  private static String kr(long ore) {
    return Amounts.formatOre(ore, AmountUnit.KRONA);
  }

  private static String kr(BigInteger ore) {
    return Amounts.formatOre(ore, AmountUnit.KRONA, NumberStyle.SWEDISH);
  }

  /**
   * @param layout the layout, not null
   * @param signs {@link Statement.Signs#SIGNED} for credit signs, not null
   * @return the sheet as text that {@link #parse} reads back equal, never null
   */
  public String toText(Statement.Layout layout, Statement.Signs signs) {
    return statement.toText(layout, signs);
  }

  /** Equal sheets have equal statements (columns, rows and amounts). */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof BalanceSheet && ((BalanceSheet) obj).statement.equals(statement);
  }

  @Override
  public int hashCode() {
    return statement.hashCode();
  }

  /** @return the sheet as tab-separated text in debit form, which {@link #parse} reads back */
  @Override
  public String toString() {
    return toText(Statement.Layout.TABS, Statement.Signs.BY_KIND);
  }

  /** Builds a {@link BalanceSheet} row by row. */
  public static final class Builder {
    private final Statement.Builder s;
    private final int dates;

    private Builder(AmountUnit unit, List<LocalDate> dates) {
      requireNonNull(dates, "dates");
      Checks.checkArgument(dates.size() <= 2, "dates (%s) must be one or two", dates);
      Checks.checkArgument(dates.size() < 2 || !dates.get(0).equals(dates.get(1)),
          "dates (%s) must be two different dates", dates);
      this.s = Statement.builder(unit).caption("Balansräkning");
      if (dates.isEmpty()) {
        s.column("Saldo", Statement.ColumnKind.BALANCE);
      }
      for (LocalDate d : dates) {
        s.column(requireNonNull(d, "date").toString(), Statement.ColumnKind.BALANCE);
      }
      this.dates = Math.max(1, dates.size());
    }

    /**
     * @param label e.g. "Omsättningstillgångar", not blank
     * @param kind asset, equity or liability, not null
     * @return this builder
     */
    public Builder heading(String label, Statement.Kind kind) {
      s.row(StatementRow.heading(label, kind));
      return this;
    }

    /**
     * @param label e.g. "Kassa och bank", not blank
     * @param kind asset, equity or liability, not null
     * @param perDate the amounts, one per date, positive (debit form), not null
     * @return this builder
     */
    public Builder line(String label, Statement.Kind kind, MonetaryAmount... perDate) {
      s.row(StatementRow.line(label, kind, amounts(label, perDate)));
      return this;
    }

    /**
     * @param label e.g. "Summa omsättningstillgångar", not null
     * @param kind asset, equity or liability, not null
     * @param perDate the printed sums, one per date, not null
     * @return this builder
     */
    public Builder sum(String label, Statement.Kind kind, MonetaryAmount... perDate) {
      s.row(StatementRow.sum(label, kind, amounts(label, perDate)));
      return this;
    }

    private List<Optional<MonetaryAmount>> amounts(String label, MonetaryAmount[] perDate) {
      requireNonNull(perDate, "perDate");
      Checks.checkArgument(perDate.length == dates, "amounts of %s (%s) must be one per date (%s)",
          label, perDate.length, dates);
      List<Optional<MonetaryAmount>> out = new ArrayList<>();
      Arrays.stream(perDate).forEach(a -> out.add(Optional.of(requireNonNull(a, label))));
      return out;
    }

    /** @return the sheet, never null */
    public BalanceSheet build() {
      return new BalanceSheet(s.build());
    }
  }

  static boolean isEquityLabel(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return (l.startsWith("eget kapital") || l.startsWith("summa eget kapital"))
        && !l.contains("skuld");
  }
}
