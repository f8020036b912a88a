package dev.finsam.money;

import dev.finsam.core.Fraction;
import dev.finsam.core.NumberStyle;
import dev.finsam.core.text.Swedish;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How an {@link Allocation} explains itself (<i>förklaring av en fördelning</i>), in Swedish: the
 * total and the rule, a table of weights, quotas, floors and shares, who got each leftover unit,
 * and what decided between equal remainders.
 */
final class AllocationExplanation {

  private AllocationExplanation() {}

  static <K> String explain(Allocation<K> a) {
    AmountUnit unit = a.unit();
    List<Allocation.Line<K>> lines = a.lines();
    StringBuilder sb = new StringBuilder("Fördelning av ")
        .append(Amounts.format(a.total(), unit)).append(" i hela ").append(many(unit));
    if (a.rule() == Allocation.Rule.STATE_ALLOCATION_MODEL) {
      sb.append(" enligt ").append(a.method()).append(".\n");
      List<String[]> rows = new ArrayList<>();
      for (Allocation.Line<K> l : lines) {
        rows.add(new String[] {String.valueOf(l.key()), a.number(l.units())});
      }
      sb.append(Tables.columns(List.of("", "andel " + unit.symbol()), rows)).append('\n');
      if (a.tieDecider() != Allocation.TieDecider.NONE) {
        sb.append("Mellan lika rester i den rörliga delen avgjorde ")
            .append(decider(a)).append('.');
      }
      return sb.toString().stripTrailing();
    }
    sb.append(" efter vikter som summerar till ")
        .append(Swedish.integer(a.weightSum(), NumberStyle.SWEDISH))
        .append(".\nRegel: ").append(a.method()).append("; lika rest går till större vikt, sedan ")
        .append(a.rule().tieBreak());
    if (a.rule() != Allocation.Rule.LARGEST_REMAINDER_THEN_KEY_ORDER) {
      sb.append(", sedan ordningen i vikterna");
    }
    sb.append(".\n");
    List<String[]> rows = new ArrayList<>();
    long floors = 0;
    for (Allocation.Line<K> l : lines) {
      floors += l.floor();
      rows.add(new String[] {String.valueOf(l.key()), Swedish.integer(l.weight()),
          Allocation.quotaText(l.quota()), a.number(l.floor()), a.number(l.units()),
          l.gotLeftover() ? "+1" : ""});
    }
    sb.append(Tables.columns(List.of("", "vikt", "kvot", "golv", "andel " + unit.symbol(), ""),
        rows)).append('\n');
    long leftover = Math.abs(a.totalUnits() - floors);
    sb.append("Golven (kvoterna avrundade nedåt) summerar till ")
        .append(Amounts.format(Amounts.of(floors, unit), unit));
    if (leftover == 0) {
      return sb.append("; inget blev över: varje kvot var hel.").toString();
    }
    sb.append("; ").append(Swedish.integer(leftover)).append(' ')
        .append(leftover == 1 ? one(unit) : many(unit)).append(" blev över och gick till ")
        .append(leftover == 1 ? "den största resten:\n" : "de största resterna:\n");
    // how many lines share each remainder, and how many of those got nothing
    Map<Fraction, int[]> byRemainder = new HashMap<>();
    List<Allocation.Line<K>> winners = new ArrayList<>();
    for (Allocation.Line<K> l : lines) {
      int[] counts = byRemainder.computeIfAbsent(l.remainder(), r -> new int[2]);
      counts[0]++;
      if (l.gotLeftover()) {
        winners.add(l);
      } else {
        counts[1]++;
      }
    }
    winners.sort(Comparator.comparing((Allocation.Line<K> l) -> l.remainder()).reversed());
    for (Allocation.Line<K> l : winners) {
      int[] counts = byRemainder.get(l.remainder());
      sb.append("  ").append(l.key()).append(": rest ").append(Allocation.quotaText(l.remainder()));
      if (counts[1] > 0) {
        int others = counts[0] - 1;
        sb.append(" (samma rest som ").append(Swedish.integer(others))
            .append(others == 1 ? " annan)" : " andra)");
      }
      sb.append('\n');
    }
    if (a.tieDecider() != Allocation.TieDecider.NONE) {
      sb.append("Mellan lika rester avgjorde ").append(decider(a)).append('.');
    }
    return sb.toString().stripTrailing();
  }

  private static String decider(Allocation<?> a) {
    switch (a.tieDecider()) {
      case LARGER_WEIGHT:
        return "större vikt";
      case TIE_BREAK:
        return a.rule().tieBreak();
      default:
        return "ordningen i vikterna";
    }
  }

  private static String one(AmountUnit unit) {
    return unit == AmountUnit.KRONA ? "krona" : unit.symbol();
  }

  private static String many(AmountUnit unit) {
    return unit == AmountUnit.KRONA ? "kronor" : unit.symbol();
  }
}
