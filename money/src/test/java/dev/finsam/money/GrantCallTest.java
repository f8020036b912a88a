package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 2017 grant call (reference: frame 1 200 tkr, 1 846 tkr applied for) and the edges of
 * "while they fit": each decision's reason, the frame filled exactly, and equal priorities.
 */
class GrantCallTest {

  private static GrantCall.Application app(String name, long tkr, int priority) {
    return new GrantCall.Application(name, "", Amounts.tkr(tkr), priority);
  }

  private static List<String> reasons(GrantCall.Proposal p) {
    return p.decisions().stream().map(d -> plain(d.reason())).toList();
  }

  @Test
  void grantCall2017_everyDecisionSaysWhy() {
    GrantCall call = GrantCall.of(Amounts.tkr(1_200), ReportsTest.Grants.applications2017());
    GrantCall.Proposal p = call.propose();
    assertEquals(List.of("Bifall: ryms, kvar i ramen 792 tkr.",
        "Bifall: ryms, kvar i ramen 382 tkr.", "Bifall: ryms, kvar i ramen 132 tkr.",
        "Avslag: 160 tkr skulle överskrida ramen med 28 tkr.",
        "Avslag: en högre prioritet rymdes inte i ramen.",
        "Avslag: en högre prioritet rymdes inte i ramen."), reasons(p));
    assertEquals(Amounts.tkr(1_068), p.grantedTotal());
    assertEquals(List.of(4, 5, 6), p.refused().stream().map(GrantCall.Application::priority)
        .toList());
    assertEquals("Social lots på Ungdomstorget (prioritet 1, 408 tkr): Bifall: ryms, kvar i "
        + "ramen 792 tkr.", plain(p.decisions().get(0).toString()));
    assertEquals("ram 1 200 tkr, 6 ansökningar om 1 846 tkr, STOP_AT_FIRST_MISFIT",
        plain(call.toString()));
    assertEquals(Amounts.tkr(1_200), call.frame());
    String table = plain(p.toString());
    assertTrue(table.lines().anyMatch(l -> l.contains("Beviljat") && l.endsWith("1 068")), table);
    assertTrue(table.lines().anyMatch(l -> l.contains("Kvar i ramen") && l.endsWith("132")),
        table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("4") && l.contains("Vårdskap ASF")
        && l.contains("160") && l.endsWith("Avslag")), table);
    assertTrue(table.contains("\n\n1. Social lots på Ungdomstorget: Bifall: ryms, kvar i ramen "
        + "792 tkr."), table);
  }

  @Test
  void grantCall2017_skippingMisfitsRefusesEachLaterOneByItsOwnOverrun() {
    GrantCall.Proposal p = GrantCall.of(Amounts.tkr(1_200), ReportsTest.Grants.applications2017())
        .withPolicy(GrantCall.Policy.SKIP_MISFITS).propose();
    assertEquals(List.of("Avslag: 160 tkr skulle överskrida ramen med 28 tkr.",
        "Avslag: 398 tkr skulle överskrida ramen med 266 tkr.",
        "Avslag: 220 tkr skulle överskrida ramen med 88 tkr."), reasons(p).subList(3, 6));
    assertEquals(Amounts.tkr(132), p.left());
  }

  @Test
  void anApplicationThatFillsTheFrameExactlyIsGrantedAndOneÖreMoreIsNot() {
    GrantCall.Proposal exact = GrantCall.of(Amounts.tkr(408), List.of(app("A", 408, 1)))
        .propose();
    assertEquals(List.of("Bifall: ryms, kvar i ramen 0 tkr."), reasons(exact));
    assertEquals(Amounts.sek(0), exact.left());
    GrantCall.Proposal over = GrantCall.of(Amounts.ofOre(408 * 100_000L - 1),
        List.of(app("A", 408, 1))).propose();
    assertEquals(List.of("Avslag: 408 tkr skulle överskrida ramen med 0,00001 tkr."),
        reasons(over));
    assertEquals("ram 0 tkr, 1 ansökan om 408 tkr, STOP_AT_FIRST_MISFIT",
        plain(GrantCall.of(Amounts.sek(0), List.of(app("A", 408, 1))).toString()));
  }

  /** Each of a pair of equal priorities names the other; the list's order decides. */
  @Test
  void equalPrioritiesNameEachOtherAndOthersNameNone() {
    GrantCall.Proposal p = GrantCall.of(Amounts.tkr(1_000), List.of(app("C", 100, 2),
        app("A", 600, 1), app("B", 600, 1))).propose();
    assertEquals(List.of("A", "B", "C"), p.decisions().stream()
        .map(d -> d.application().name()).toList());
    assertEquals(List.of(
        "Bifall: ryms, kvar i ramen 400 tkr. Samma prioritet som \"B\"; ordningen i listan avgör.",
        "Avslag: 600 tkr skulle överskrida ramen med 200 tkr. Samma prioritet som \"A\"; "
            + "ordningen i listan avgör.",
        "Avslag: en högre prioritet rymdes inte i ramen."), reasons(p));
  }
}
