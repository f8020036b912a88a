package dev.finsam.examples;

import dev.finsam.core.Findings;
import dev.finsam.money.AmountUnit;
import dev.finsam.money.Amounts;
import dev.finsam.money.GrantCall;
import dev.finsam.money.GrantCall.Application;
import java.util.List;

/** The extra call for applications of spring 2017. */
final class GrantCallExample {

  private GrantCallExample() {}

  static GrantCall call2017() {
    return GrantCall.of(Amounts.tkr(1_200), List.of(
        new Application("Social lots på Ungdomstorget", "Ungdomstorget", Amounts.tkr(408), 1),
        new Application("Stöd för att återgå/klara sina studier", "", Amounts.tkr(410), 2),
        new Application("Förstärkt kunskap om rehab, Robertsfors", "Robertsfors kommun",
            Amounts.tkr(250), 3),
        new Application("Vårdskap ASF", "", Amounts.tkr(160), 4),
        new Application("Fokus långa sjukfall", "Försäkringskassan", Amounts.tkr(398), 5),
        new Application("Arbetsgivarekonferens", "", Amounts.tkr(220), 6)));
  }

  static Section section() {
    GrantCall call = call2017();
    GrantCall.Proposal p = call.propose();
    List<Comparison> c = List.of(
        new Comparison("Sökta medel", "1 846 tkr", Amounts.format(call.applied(), AmountUnit.TKR)),
        new Comparison("Bifall (prioritet)", "1, 2, 3", String.join(", ", p.granted().stream()
            .map(a -> String.valueOf(a.priority())).toList())),
        new Comparison("Kvar i ramen", "132 tkr", Amounts.format(p.left(), AmountUnit.TKR)));
    return new Section("Extra utlysning 2017", p.toString(), c, Findings.none());
  }
}
