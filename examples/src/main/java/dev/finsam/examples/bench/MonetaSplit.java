package dev.finsam.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The same largest-remainder rule written with Moneta's {@link Money} arithmetic, as a user of
 * Moneta alone would: each exact quota as {@code total × weight ÷ Σ weights}, its floor in whole
 * kronor, and the leftover kronor to the largest remainders (ties to the larger weight, then the
 * lower position). It gives the same shares as finsam; it is here to be measured.
 */
final class MonetaSplit {

  private MonetaSplit() {}

  static List<MonetaryAmount> split(Money total, long[] weights) {
    int n = weights.length;
    long sum = 0;
    for (long w : weights) {
      sum += w;
    }
    Money[] floors = new Money[n];
    Money[] rems = new Money[n];
    Money given = Money.of(0, total.getCurrency());
    for (int i = 0; i < n; i++) {
      Money exact = total.multiply(weights[i]).divide(sum);
      BigDecimal floor = exact.getNumberStripped().setScale(0, RoundingMode.FLOOR);
      floors[i] = Money.of(floor, total.getCurrency());
      rems[i] = exact.subtract(floors[i]);
      given = given.add(floors[i]);
    }
    int left = total.subtract(given).getNumber().intValueExact();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = rems[b].compareTo(rems[a]);
      if (c == 0) {
        c = Long.compare(weights[b], weights[a]);
      }
      return c != 0 ? c : Integer.compare(a, b);
    });
    Money one = Money.of(1, total.getCurrency());
    for (int k = 0; k < left; k++) {
      floors[order[k]] = floors[order[k]].add(one);
    }
    List<MonetaryAmount> out = new ArrayList<>(n);
    for (Money m : floors) {
      out.add(m);
    }
    return out;
  }
}
