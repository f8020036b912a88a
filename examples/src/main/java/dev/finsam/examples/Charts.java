package dev.finsam.examples;

import dev.finsam.money.AmountUnit;
import dev.finsam.money.Amounts;
import dev.finsam.money.equity.EquityAssessment;
import dev.finsam.outcomes.OutcomeCategory;
import dev.finsam.outcomes.OutcomeTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** PNG charts of the report, drawn with XChart (headless, offline). */
final class Charts {

  private static final java.util.Locale SWEDISH = java.util.Locale.forLanguageTag("sv-SE");

  private Charts() {}

  /**
   * Writes the charts.
   *
   * @param folder where to write, created if missing
   * @return the files written
   */
  static List<Path> write(Path folder) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(folder);
    Path equity = folder.resolve("equity-vs-trappa.png");
    BitmapEncoder.saveBitmap(equityChart(), equity.toString(), BitmapEncoder.BitmapFormat.PNG);
    Path outcomes = folder.resolve("outcomes-per-platform.png");
    BitmapEncoder.saveBitmap(outcomesChart(), outcomes.toString(),
        BitmapEncoder.BitmapFormat.PNG);
    return List.of(equity, outcomes);
  }

  /** Equity against the trappa ceiling, in tkr (chart axes only; the figures are exact). */
  static CategoryChart equityChart() {
    CategoryChart chart = new CategoryChartBuilder().width(800).height(450)
        .title("Eget kapital mot trappans tak (provisorisk trappa)").xAxisTitle("År")
        .yAxisTitle("tkr").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setLocale(SWEDISH);
    List<String> years = new ArrayList<>();
    List<BigDecimal> equity = new ArrayList<>();
    List<BigDecimal> ceiling = new ArrayList<>();
    for (TrappaExample.Year y : TrappaExample.years()) {
      EquityAssessment a = TrappaExample.assess(y);
      years.add(y.label());
      equity.add(tkr(a.equity()));
      ceiling.add(tkr(a.ceiling()));
    }
    chart.addSeries("Eget kapital", years, equity);
    chart.addSeries("Trappans tak", years, ceiling);
    return chart;
  }

  /** Where those who ended went, per platform, in percent (largest remainder, adds to 100). */
  static CategoryChart outcomesChart() {
    CategoryChart chart = new CategoryChartBuilder().width(1000).height(500)
        .title("Avslutade 2017 per verksamhet").yAxisTitle("% av avslutade").build();
    chart.getStyler().setStacked(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setXAxisLabelRotation(30);
    Map<String, OutcomeTable> tables = OutcomesExample.tables();
    List<String> platforms = new ArrayList<>();
    tables.forEach((name, t) -> {
      if (t.hasEnded()) {
        platforms.add(name);
      }
    });
    for (OutcomeCategory c : dev.finsam.outcomes.OutcomeScheme.CLASSIC.categories()) {
      List<Integer> values = new ArrayList<>();
      for (String p : platforms) {
        values.add(tables.get(p).percents(dev.finsam.outcomes.PercentRounding.LARGEST_REMAINDER)
            .getOrDefault(c, 0));
      }
      chart.addSeries(c.label(), platforms, values);
    }
    return chart;
  }

  private static BigDecimal tkr(javax.money.MonetaryAmount amount) {
    return BigDecimal.valueOf(Amounts.toOre(amount)).movePointLeft(5)
        .stripTrailingZeros();
  }

}
