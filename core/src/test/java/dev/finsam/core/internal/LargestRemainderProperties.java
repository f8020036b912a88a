package dev.finsam.core.internal;

import static dev.finsam.core.CoreGenerators.splits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.finsam.core.CoreGenerators.SplitInput;
import dev.finsam.core.internal.LargestRemainder.Decider;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LargestRemainderProperties {

  /**
   * The rule the obvious, slow way, as an oracle: every quota and remainder in BigInteger, every
   * position sorted by remainder (largest first), then weight (largest first), then the
   * tie-break, then position; the first {@code left} get a unit. What decided is what tells the
   * last position that got a unit from the first that did not, if their remainders are equal.
   */
  static LargestRemainder.Split reference(long total, long[] weights, TieBreak ties) {
    int n = weights.length;
    BigInteger sum = Arrays.stream(weights).mapToObj(BigInteger::valueOf)
        .reduce(BigInteger.ZERO, BigInteger::add);
    BigInteger t = BigInteger.valueOf(total).abs();
    long[] shares = new long[n];
    BigInteger[] rem = new BigInteger[n];
    BigInteger floors = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = t.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
      shares[i] = qr[0].longValueExact();
      rem[i] = qr[1];
      floors = floors.add(qr[0]);
    }
    int left = t.subtract(floors).intValueExact();
    Comparator<Integer> byRule = Comparator.<Integer, BigInteger>comparing(i -> rem[i])
        .thenComparingLong(i -> weights[i]).reversed()
        .thenComparing(ties::compare)
        .thenComparingInt(i -> i);
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, byRule);
    for (int k = 0; k < left; k++) {
      shares[order[k]]++;
    }
    Decider decider = Decider.NONE;
    if (left > 0 && rem[order[left - 1]].equals(rem[order[left]])) {
      int winner = order[left - 1];
      int loser = order[left];
      decider = weights[winner] != weights[loser] ? Decider.LARGER_WEIGHT
          : ties.compare(winner, loser) != 0 ? Decider.TIE_BREAK : Decider.POSITION;
    }
    if (total < 0) {
      Arrays.setAll(shares, i -> -shares[i]);
    }
    return new LargestRemainder.Split(shares, left, decider);
  }

  @Test
  void leftoverUnitsGoToTheLargestRemaindersThenLargerWeightsThenTheTieBreakThenPosition() {
    qt().withExamples(400).forAll(splits()).checkAssert(s -> {
      LargestRemainder.Split expected = reference(s.total(), s.weights(), s.ties());
      LargestRemainder.Split actual = LargestRemainder.split(s.total(), s.weights(), s.ties());
      assertArrayEquals(expected.shares(), actual.shares(), s::toString);
      assertEquals(expected.leftovers(), actual.leftovers(), s::toString);
    });
  }

  @Test
  void theDeciderIsWhatToldTheLastUnitsWinnerFromTheFirstWithout() {
    qt().withExamples(400).forAll(splits()).checkAssert(s -> assertEquals(
        reference(s.total(), s.weights(), s.ties()).decider(),
        LargestRemainder.split(s.total(), s.weights(), s.ties()).decider(), s::toString));
  }

  @Test
  void theWeightsAreReadNotChanged() {
    qt().withExamples(200).forAll(splits()).checkAssert(s -> {
      long[] before = s.weights().clone();
      LargestRemainder.split(s.total(), s.weights(), s.ties());
      assertArrayEquals(before, s.weights());
    });
  }

  /** The generator reaches every edge the split has, in 400 examples. */
  @Test
  void splitsReachTheEdges() {
    Map<String, Integer> seen = new TreeMap<>();
    qt().withExamples(400).forAll(splits()).checkAssert(s -> {
      long[] w = s.weights();
      BigInteger sum = Arrays.stream(w).mapToObj(BigInteger::valueOf)
          .reduce(BigInteger.ZERO, BigInteger::add);
      BigInteger largest = BigInteger.valueOf(Arrays.stream(w).max().orElseThrow());
      Decider d = reference(s.total(), w, s.ties()).decider();
      List<String> edges = List.of(
          w.length == 1 ? "one member" : "", w.length >= 2048 ? "2048 members or more" : "",
          Arrays.stream(w).anyMatch(x -> x == 0) ? "a zero weight" : "",
          sum.bitLength() >= Long.SIZE ? "a sum beyond a long" : "",
          sum.bitLength() < Long.SIZE && BigInteger.valueOf(s.total()).abs().multiply(largest)
              .bitLength() >= Long.SIZE ? "a product beyond a long" : "",
          s.total() == 0 ? "total 0" : "", s.total() < 0 ? "a negative total" : "",
          Math.abs(s.total()) == Long.MAX_VALUE ? "total ±Long.MAX_VALUE" : "",
          "decided by " + d, "tie-break " + s.tieBreak());
      edges.forEach(e -> seen.merge(e, 1, Integer::sum));
    });
    seen.remove("");
    assertEquals(List.of("2048 members or more", "a negative total", "a product beyond a long",
        "a sum beyond a long", "a zero weight", "decided by LARGER_WEIGHT", "decided by NONE",
        "decided by POSITION", "decided by TIE_BREAK", "one member", "tie-break 0", "tie-break 1",
        "tie-break 2", "tie-break 3", "total 0", "total ±Long.MAX_VALUE"),
        List.copyOf(seen.keySet()), seen::toString);
  }
}
