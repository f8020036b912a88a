package dev.finsam.money;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import java.util.List;

/**
 * The period's result as a document's result report prints it (<i>årets resultat</i>), held
 * against the change of equity in its balance report.
 *
 * <p>For example, the annual report 2017: Resultaträkning's "Periodens/årets resultat" 867 365 kr
 * against equity 3 201 561 → 4 142 334 kr leaves 73 408 kr unexplained.
 *
 * <p>Also each line that refers to a note against that note's sum.
 *
 * <p>The result is the last result row ("Resultat", "Periodens/årets resultat") in the outcome
 * column of the result report printed in the balance report's unit, the nearest before it
 * (else after it); a report in another unit is used only if there is none in the same.
 */
final class DocumentResult {

  private DocumentResult() {}

  static Findings reconcile(BalanceSheet balance, Statement sheet, List<Statement> results) {
    if (balance.dates() < 2) {
      return Findings.none();
    }
    Statement best = null;
    int bestLine = 0;
    int at = sheet.rows().isEmpty() ? 0 : sheet.rows().get(0).sourceLine();
    for (Statement s : results) {
      int line = resultRow(s);
      if (line < 0 || s.column(Statement.ColumnKind.OUTCOME) < 0) {
        continue;
      }
      int srcLine = s.rows().get(line).sourceLine();
      boolean sameUnit = s.unit() == sheet.unit();
      boolean bestSameUnit = best != null && best.unit() == sheet.unit();
      boolean nearer = best == null || Math.abs(srcLine - at) < Math.abs(bestLine - at);
      if (best == null || sameUnit && !bestSameUnit || sameUnit == bestSameUnit && nearer) {
        best = s;
        bestLine = srcLine;
      }
    }
    if (best == null) {
      return Findings.none();
    }
    StatementCheck c = StatementCheck.of(best);
    long result = c.used(resultRow(best), best.column(Statement.ColumnKind.OUTCOME));
    String source = "Mot resultatet i \"" + (best.caption().isEmpty() ? "resultaträkningen"
        : best.caption()) + "\" (rad " + bestLine + "): ";
    Findings.Builder f = Findings.builder();
    for (Finding x : balance.reconcileEquity(Amounts.ofOre(result)).all()) {
      f.add(Finding.of(x.severity(), x.code(), source + x.message()));
    }
    return f.build();
  }

  /** The index of the last result sum, or −1. */
  private static int resultRow(Statement s) {
    int found = -1;
    for (int i = 0; i < s.rows().size(); i++) {
      StatementRow r = s.rows().get(i);
      if (r.isSum() && r.kind() == Statement.Kind.RESULT
          && StatementScope.type(r.label()) == StatementScope.SumType.RESULT) {
        found = i;
      }
    }
    return found;
  }

  /**
   * Each row with a note number against the last sum of that note ("Not 2. Fordringar"), column
   * by column where both have the same number of columns. Code {@code statement.note.mismatch}
   * (ERROR). A note printed with the other sign convention agrees if the amounts are equal.
   */
  static Findings notes(Statement s, java.util.Map<Integer, Statement> notes) {
    Findings.Builder f = Findings.builder();
    for (StatementRow r : s.rows()) {
      Statement note = r.note().isPresent() ? notes.get(r.note().getAsInt()) : null;
      if (note == null || note.columns().size() != s.columns().size()) {
        continue;
      }
      StatementRow total = null;
      for (StatementRow x : note.rows()) {
        total = x.isSum() && !x.isUnresolved() ? x : total;
      }
      if (total == null || r.isUnresolved()) {
        continue;
      }
      for (int c = 0; c < s.columns().size(); c++) {
        java.util.OptionalLong a = r.ore().get(c);
        java.util.OptionalLong b = total.ore().get(c);
        if (a.isPresent() && b.isPresent()
            && Math.abs(a.getAsLong()) != Math.abs(b.getAsLong())) {
          f.error("statement.note.mismatch", "Raden \"" + r.label() + "\""
              + StatementCheck.line(r)
              + ", kolumnen \"" + s.columns().get(c).name() + "\": " + Amounts.formatOre(
                  a.getAsLong(), s.unit()) + ", men " + note.caption() + " summerar till "
              + Amounts.formatOre(b.getAsLong(), note.unit()) + ".");
        }
      }
    }
    return f.build();
  }
}
