package dev.finsam.examples.bench;

import dev.finsam.core.Documents;
import dev.finsam.core.Findings;
import dev.finsam.money.AmountUnit;
import dev.finsam.money.Amounts;
import dev.finsam.money.ResultReport;
import dev.finsam.money.Statement;
import dev.finsam.outcomes.OutcomeScheme;
import dev.finsam.outcomes.OutcomeTable;
import dev.finsam.outcomes.OutcomeTables;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading what associations publish: a 14-line SUS outcome table, a 40-line result report, and a
 * whole 200-line document (outcome tables, a result report with sections and sums, a protocol)
 * read and checked by {@link Documents#check}, which is what the main job does per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadingBenchmark {

  /** A tertial's SUS table as Word copies it: a header and 13 rows, 14 lines. */
  static final String SUS_TABLE = "Tertial 1\tKvinnor\tMän\tTotalt\t%\n"
      + "Antal deltagare T1\t40\t40\t80\t\n"
      + "varav nya för T1\t10\t12\t22\t\n"
      + "Totalt antal avslutade T1\t10\t10\t20\t\n"
      + "Totalt antal avslutade till långsiktiga lösningar\t8\t7\t15\t75 %\n"
      + "- till arbete (SUS 1)\t3\t4\t7\t35 %\n"
      + "- till extratjänster (SUS 1)\t1\t0\t1\t5 %\n"
      + "- till studier (SUS 1)\t2\t1\t3\t15 %\n"
      + "- fortsatt rehabilitering och öppet arbetssökande (SUS 1 och 2)\t1\t1\t2\t10 %\n"
      + "- saknar arbetsförmåga (SUS 3)\t1\t1\t2\t10 %\n"
      + "Avbrott av hälsoskäl (SUS 3)\t1\t1\t2\t10 %\n"
      + "Övriga avbrott (SUS 4, 5, 7 och 9)\t1\t2\t3\t15 %\n"
      + "Antal kvar t.o.m. T1\t30\t30\t60\t\n"
      + "\n";

  private String resultReport;
  private String document;

  @Setup
  public void setUp() {
    resultReport = resultReport(30).toText(Statement.Layout.SPACES, Statement.Signs.SIGNED);
    StringBuilder doc = new StringBuilder("Tertialrapport 1 2021\n\n");
    for (int platform = 0; doc.toString().lines().count() < 120; platform++) {
      doc.append("Tabell ").append(platform + 1).append(". Resultat på individnivå\n")
          .append(SUS_TABLE.replace("Tertial 1\t", ""));
    }
    doc.append(resultReport).append('\n').append(PROTOCOL);
    while (doc.toString().lines().count() < 200) {
      doc.append("Styrelsen diskuterade verksamheten och godkände rapporten.\n");
    }
    document = doc.toString();
    if (Documents.checkParts(document).size() < 7) {
      throw new IllegalStateException("the document's parts were not all found");
    }
  }

  /** A result report of {@code lines} cost lines in three sections, with sums and totals. */
  static ResultReport resultReport(int lines) {
    ResultReport.Builder b = ResultReport.builder(2021);
    String[] sections = {"Insatser", "Verksamhetsnära kostnader", "Kansli och styrelse"};
    for (int s = 0; s < sections.length; s++) {
      b.section(sections[s], ResultReport.Kind.COST);
      long budget = 0;
      long outcome = 0;
      for (int i = 0; i < lines / sections.length; i++) {
        long bi = 100 + 37L * i + s;
        long oi = 90 + 31L * i;
        b.line(sections[s] + " rad " + (i + 1), Amounts.tkr(bi), Amounts.tkr(oi));
        budget += bi;
        outcome += oi;
      }
      b.printedSum(Amounts.tkr(budget), Amounts.tkr(outcome));
    }
    return b.section("Intäkter", ResultReport.Kind.REVENUE)
        .line("Medlemsavgifter", Amounts.tkr(12_432), Amounts.tkr(12_432))
        .line("Övriga intäkter", Amounts.tkr(86), Amounts.tkr(111))
        .printedIn(AmountUnit.TKR).build();
  }

  static final String PROTOCOL = "PROTOKOLL\n"
      + "Sammanträdesdatum\n"
      + "Samordningsförbundet Umeåregionen 2021-11-30\n"
      + "Plats och tid\tUngdomstorget, klockan 08.15-12.00\n"
      + "Beslutande\tPeter Vigren\tUmeå kommun, ordförande\n"
      + "Beslutande\tCarola Larsson\tArbetsförmedlingen\n"
      + "Beslutande\tMikael Broman\tFörsäkringskassan\n"
      + "Sekreterare\tMikael Holmlund\n"
      + "Justerare\tCarola Larsson\n"
      + "BEVIS\n"
      + "Sammanträdesdatum: 2021-11-30 Justeringsdatum: 2021-12-10\n"
      + "Datum för anslags uppsättande: 2021-12-13 Datum för anslags nedtagande: 2022-01-10\n"
      + "§ 71 Mötets öppnande\n"
      + "Ordförande förklarade mötet öppnat.\n"
      + "§ 72 Mötet avslutas\n"
      + "Ordförande förklarade mötet avslutat.\n";

  /** Parsing a 14-line SUS table. */
  @Benchmark
  public OutcomeTable parseSusTable() {
    return OutcomeTables.parse(SUS_TABLE, OutcomeScheme.SUS);
  }

  /** Parsing and checking a 40-line result report printed with spaces (PDF text). */
  @Benchmark
  public Findings readAndCheckResultReport() {
    return ResultReport.parse(resultReport).check();
  }

  /** Finding, reading and checking every part of a 200-line document. */
  @Benchmark
  public Findings checkDocument() {
    return Documents.check(document);
  }
}
