package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The rules of printed statements, stated as properties over generated reports and sheets. */
class StatementProperties {

  static final Statement.Layout[] LAYOUTS = Statement.Layout.values();
  static final Statement.Signs[] SIGNS = Statement.Signs.values();

  private static Gen<Statement.Layout> layouts() {
    return integers().between(0, LAYOUTS.length - 1).map(i -> LAYOUTS[i]);
  }

  private static Gen<Statement.Signs> signs() {
    return integers().between(0, 1).map(i -> SIGNS[i]);
  }

  @Test
  void resultReportsReadBackEqualFromTabsAndPipes() {
    qt().withExamples(400).forAll(MoneyGenerators.resultStatements(false, false),
        integers().between(0, 1), signs()).checkAssert((s, layout, signs) -> {
          ResultReport r = ResultReport.of(s);
          String text = r.toText(LAYOUTS[layout], signs);
          assertEquals(r, ResultReport.parse(text), text);
        });
  }

  @Test
  void resultReportsReadBackEqualFromAPdfsSpacesWhenEachAmountIsOneWord() {
    qt().withExamples(300).forAll(MoneyGenerators.resultStatements(true, true), signs())
        .checkAssert((s, signs) -> {
          ResultReport r = ResultReport.of(s);
          String text = r.toText(Statement.Layout.SPACES, signs);
          assertEquals(r, ResultReport.parse(text), text);
        });
  }

  @Test
  void aPdfsSpacesAreNeverGuessed_everyRowReadsBackOrIsReportedAmbiguous() {
    qt().withExamples(300).forAll(MoneyGenerators.resultStatements(false, true), signs())
        .checkAssert((s, signs) -> neverGuessed(s, s.toText(Statement.Layout.SPACES, signs),
            ResultReport.parse(s.toText(Statement.Layout.SPACES, signs)).statement()));
  }

  @Test
  void balanceSheetsReadBackEqualInEveryLayoutDebitOrCredit() {
    qt().withExamples(400).forAll(MoneyGenerators.balanceStatements(false), layouts(), signs())
        .checkAssert((s, layout, signs) -> {
          BalanceSheet b = BalanceSheet.of(s);
          String text = b.toText(layout, signs);
          if (layout == Statement.Layout.SPACES) {
            neverGuessed(s, text, BalanceSheet.parse(text).statement());
          } else {
            assertEquals(b, BalanceSheet.parse(text), text);
            assertEquals(b, BalanceSheet.parse(text, signs), text);
          }
        });
  }

  @Test
  void balanceSheetsReadBackEqualFromSpacesWhenEachAmountIsOneWord() {
    qt().withExamples(300).forAll(MoneyGenerators.balanceStatements(true), signs())
        .checkAssert((s, signs) -> {
          BalanceSheet b = BalanceSheet.of(s);
          String text = b.toText(Statement.Layout.SPACES, signs);
          assertEquals(b, BalanceSheet.parse(text), text);
        });
  }

  /** Each row reads back equal, or is reported ambiguous and read without values. */
  static void neverGuessed(Statement s, String text, Statement read) {
    assertEquals(s.rows().size(), read.rows().size(), text);
    Findings reading = read.reading();
    for (int i = 0; i < s.rows().size(); i++) {
      StatementRow want = s.rows().get(i);
      StatementRow got = read.rows().get(i);
      if (got.isUnresolved()) {
        assertTrue(got.ore().stream().allMatch(OptionalLong::isEmpty), text);
        assertTrue(reading.all().stream().anyMatch(f -> f.code().equals(
            "statement.row.ambiguous") && f.message().contains("\"" + want.label() + "\"")),
            text);
      } else {
        assertEquals(want, got, text);
      }
    }
    assertTrue(reading.all().stream().allMatch(f -> f.code().equals("statement.row.ambiguous")),
        reading.toString());
  }

  @Test
  void generatedStatementsAreClean() {
    qt().withExamples(300).forAll(MoneyGenerators.resultStatements(false, false))
        .checkAssert(s -> assertTrue(s.check().all().isEmpty(), s.check() + "\n" + s));
    qt().withExamples(300).forAll(MoneyGenerators.balanceStatements(false))
        .checkAssert(s -> assertTrue(BalanceSheet.of(s).check().all().isEmpty(),
            BalanceSheet.of(s).check() + "\n" + s));
  }

  @Test
  void aSumChangedBeyondItsRoundingGivesExactlyOneErrorNamingRowAndColumn() {
    qt().withExamples(400).forAll(statements(), integers().between(0, 1_000),
        integers().between(0, 1_000_000)).checkAssert((s, which, extra) -> {
          Mutation m = Mutation.of(s, which);
          long beyond = m.items * s.unit().ore() / 2 + s.unit().ore() * (1 + extra);
          Statement changed = m.apply(s, which % 2 == 0 ? beyond : -beyond);
          Findings f = BalanceSheet.of(changed).check();
          if (s.caption().startsWith("Resultatrapport")) {
            f = changed.check();
          }
          assertEquals(1, f.errors().size(), f + "\n" + changed);
          Finding e = f.errors().get(0);
          assertEquals("statement.sum.mismatch", e.code());
          assertTrue(e.message().contains("\"" + m.row.label() + "\""), e.message());
          assertTrue(e.message().contains("\"" + s.columns().get(m.column).name() + "\""),
              e.message());
          assertTrue(f.warnings().isEmpty(), f.toString());
        });
  }

  @Test
  void aSumChangedWithinItsRoundingGivesOnlyInfo() {
    qt().withExamples(400).forAll(statements(), integers().between(0, 1_000))
        .checkAssert((s, which) -> {
          Mutation m = Mutation.of(s, which);
          long halves = m.items / 2;
          if (halves == 0) {
            return; // a sum of one row has no rounding to spend
          }
          long within = s.unit().ore() * (1 + which % halves);
          Statement changed = m.apply(s, which % 2 == 0 ? within : -within);
          Findings f = s.caption().startsWith("Resultatrapport") ? changed.check()
              : BalanceSheet.of(changed).check();
          assertTrue(f.isClean(), f + "\n" + changed);
          assertTrue(f.all().stream().anyMatch(x -> x.code().equals("statement.sum.rounding")
              && x.message().contains("avrundning")), f.toString());
        });
  }

  private static Gen<Statement> statements() {
    return MoneyGenerators.resultStatements(false, false)
        .mix(MoneyGenerators.balanceStatements(false), 40)
        .assuming(s -> s.rows().stream().anyMatch(StatementRow::isSum));
  }

  /** One printed sum of a statement and one of its printed cells. */
  private static final class Mutation {
    final int index;
    final StatementRow row;
    final int column;
    final int items;

    private Mutation(int index, StatementRow row, int column, int items) {
      this.index = index;
      this.row = row;
      this.column = column;
      this.items = items;
    }

    static Mutation of(Statement s, int which) {
      List<Integer> sums = new ArrayList<>();
      for (int i = 0; i < s.rows().size(); i++) {
        if (s.rows().get(i).isSum()) {
          sums.add(i);
        }
      }
      int i = sums.get(which % sums.size());
      StatementRow r = s.rows().get(i);
      int column = which % s.columns().size();
      return new Mutation(i, r, column, StatementScope.of(s.rows())[i].length);
    }

    Statement apply(Statement s, long delta) {
      List<OptionalLong> values = new ArrayList<>(row.ore());
      values.set(column, OptionalLong.of(values.get(column).orElse(0) + delta));
      List<StatementRow> rows = new ArrayList<>(s.rows());
      rows.set(index, row.withValues(values, row.differenceOre()));
      return s.withRows(rows);
    }
  }
}
