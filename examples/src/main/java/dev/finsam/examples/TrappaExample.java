package dev.finsam.examples;

import dev.finsam.core.Findings;
import dev.finsam.money.Amounts;
import dev.finsam.money.equity.EquityAssessment;
import dev.finsam.money.equity.EquityStaircase;
import dev.finsam.money.equity.EquityStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Equity against the (provisional) trappa: 2016, 2017, and the 2019 budget's statements. */
final class TrappaExample {

  private TrappaExample() {}

  /** Year, equity in tkr, contributions in tkr. */
  record Year(String label, BigDecimal equityTkr, long contributionsTkr) {}

  static List<Year> years() {
    return List.of(
        // equity in whole tkr as the annual report's text prints it (3 202 and 4 142 tkr)
        new Year("2016", new BigDecimal("3202"), 12_430),
        new Year("2017", new BigDecimal("4142"), 12_432),
        new Year("Budget 2019", new BigDecimal("2050"), 11_450));
  }

  static EquityAssessment assess(Year y) {
    return EquityStaircase.provisionalDefault().assess(Amounts.tkr(y.equityTkr()),
        Amounts.tkr(y.contributionsTkr()));
  }

  static Section section() {
    EquityStaircase trappa = EquityStaircase.provisionalDefault();
    List<Comparison> c = new ArrayList<>();
    EquityAssessment y2019 = trappa.assess(Amounts.tkr(2_050), Amounts.tkr(11_450));
    c.add(new Comparison("2 050 tkr på 11 450 tkr (2019)", "i princip trappan",
        y2019.status() == EquityStatus.AT ? "i princip trappan" : "inte i nivå"));
    EquityAssessment low = trappa.assess(Amounts.tkr(750), Amounts.tkr(11_450));
    c.add(new Comparison("750 tkr på 11 450 tkr (2019)", "långt under",
        low.status() == EquityStatus.BELOW ? "långt under" : "inte under"));
    StringBuilder table = new StringBuilder("Trappan (provisorisk): " + trappa + "\n\n");
    Findings.Builder f = Findings.builder();
    for (Year y : years()) {
      EquityAssessment a = assess(y);
      table.append(y.label()).append(": ").append(a.explain()).append("\n\n");
      f.addAll(a.toFindings());
    }
    return new Section("Eget kapital och trappan", table.toString().stripTrailing(), c, f.build());
  }
}
