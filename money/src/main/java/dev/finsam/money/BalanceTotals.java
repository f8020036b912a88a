package dev.finsam.money;

import dev.finsam.core.Findings;
import dev.finsam.core.text.Checks;
import java.util.List;

/**
 * The totals of a balance report, per date (<i>balansens summor</i>): assets, equity, and equity
 * and liabilities together, as the rows above them use them (a printed total found wrong is
 * replaced by its computed amount, see {@link StatementCheck}).
 *
 * <p>For example, 2017-12-31: "Summa tillgångar" 10 194 601, "Eget kapital" 4 142 334, "Summa
 * eget kapital och skulder" 10 194 601 kr.
 */
final class BalanceTotals {

  final long[] assets;
  final long[] equity;
  final long[] total;
  /** How many lines the two compared totals add, for the rounding tolerance. */
  final int[] leaves;
  /** What the statement's own check found, so that it is worked out once. */
  Findings sums = Findings.none();

  private BalanceTotals(int n) {
    assets = new long[n];
    equity = new long[n];
    total = new long[n];
    leaves = new int[n];
  }

  static BalanceTotals of(Statement s) {
    StatementCheck check = StatementCheck.of(s);
    List<StatementRow> rows = s.rows();
    int assetsRow = -1;
    int equityRow = -1;
    int totalRow = -1;
    for (int i = 0; i < rows.size(); i++) {
      StatementRow r = rows.get(i);
      String l = r.label().toLowerCase(java.util.Locale.ROOT);
      if (r.isSum() && l.contains("tillgång")) {
        assetsRow = i;
      }
      if (!r.isHeading() && BalanceSheet.isEquityLabel(r.label())) {
        equityRow = i;
      }
      if (r.isSum() && l.contains("eget kapital") && l.contains("skuld")) {
        totalRow = i;
      }
    }
    int n = s.columns().size();
    BalanceTotals t = new BalanceTotals(n);
    t.sums = s.reading().plus(check.findings());
    for (int c = 0; c < n; c++) {
      long linesAssets = 0;
      long linesEquity = 0;
      long linesLiabilities = 0;
      for (int i = 0; i < rows.size(); i++) {
        StatementRow r = rows.get(i);
        if (r.role() != Statement.RowRole.LINE) {
          continue;
        }
        long v = check.used(i, c);
        switch (r.kind()) {
          case ASSET:
            linesAssets = Checks.add(linesAssets, v, "assets");
            break;
          case EQUITY:
            linesEquity = Checks.add(linesEquity, v, "equity");
            break;
          case LIABILITY:
            linesLiabilities = Checks.add(linesLiabilities, v, "liabilities");
            break;
          default:
            break;
        }
      }
      t.assets[c] = assetsRow >= 0 ? check.used(assetsRow, c) : linesAssets;
      t.equity[c] = equityRow >= 0 ? check.used(equityRow, c) : linesEquity;
      t.total[c] = totalRow >= 0 ? check.used(totalRow, c)
          : Checks.add(linesEquity, linesLiabilities, "equity and liabilities");
      t.leaves[c] = (assetsRow >= 0 ? check.items(assetsRow) : 0)
          + (totalRow >= 0 ? check.items(totalRow) : 0);
    }
    return t;
  }
}
