package dev.finsam.examples;

import dev.finsam.money.AmountUnit;
import dev.finsam.money.Allocation;
import dev.finsam.money.Allocator;
import dev.finsam.money.Amounts;
import dev.finsam.money.ContributionPlan;
import dev.finsam.money.MunicipalKey;
import java.util.Map;

/**
 * Run in fresh JVMs by {@code TieInFreshJvmsTest}: splits with equal weights given as
 * {@code Map.of}, whose iteration order changes from one JVM run to the next.
 */
public final class TieMain {

  private TieMain() {}

  /**
   * Prints the README's tie and a contribution plan whose key has equal weights.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Allocation<String> tie = Allocator.largestRemainder().allocate(Amounts.sek(3),
        Map.of("Vännäs", 1L, "Vindeln", 1L), AmountUnit.KRONA);
    ContributionPlan plan = ContributionPlan.fromStateAllocation(Amounts.sek(10),
        MunicipalKey.of(Map.of("Umeå", 7L, "Vännäs", 7L, "Vindeln", 7L, "Nordmaling", 7L,
            "Robertsfors", 7L, "Bjurholm", 7L)), AmountUnit.KRONA);
    StringBuilder sb = new StringBuilder();
    sb.append("Vännäs=").append(tie.units("Vännäs")).append(" Vindeln=")
        .append(tie.units("Vindeln"));
    for (String m : new String[] {"Bjurholm", "Nordmaling", "Robertsfors", "Umeå", "Vännäs",
        "Vindeln"}) {
      sb.append(' ').append(m).append('=').append(Amounts.toOre(plan.municipality(m)) / 100);
    }
    System.out.println(sb);
  }
}
