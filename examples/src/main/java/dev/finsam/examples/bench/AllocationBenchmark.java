package dev.finsam.examples.bench;

import dev.finsam.money.AmountUnit;
import dev.finsam.money.Allocation;
import dev.finsam.money.Allocator;
import dev.finsam.money.Amounts;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Splitting 1 000 000 000 kr among 6 (one association's municipalities), 290 (all of Sweden's),
 * 10 000 and 1 000 000 members, and reading every share: finsam's public path beside the
 * hand-written limit ({@link HandWrittenSplit}, quickselect on {@code long[]}) and the same
 * largest-remainder rule written with Moneta's {@code Money} ({@link MonetaSplit}). The set-up
 * checks that all of them give identical shares. Each benchmark returns the sum of the shares it
 * read, so nothing is optimised away.
 *
 * <p>Run with {@code -prof gc} for the bytes allocated per call; divide by {@code members}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AllocationBenchmark {

  private static final long TOTAL = 1_000_000_000L;

  @Param({"6", "290", "10000", "1000000"})
  public int members;

  private Map<String, Long> weights;
  private List<String> keys;
  private long[] weightArray;
  private MonetaryAmount total;
  private Money totalMoney;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2017);
    weights = new LinkedHashMap<>();
    for (int i = 0; i < members; i++) {
      weights.put(String.format("m%07d", i), 1_000 + random.nextLong(130_000));
    }
    keys = List.copyOf(weights.keySet());
    weightArray = weights.values().stream().mapToLong(Long::longValue).toArray();
    total = Amounts.sek(TOTAL);
    totalMoney = Money.of(TOTAL, "SEK");
    long[] limit = HandWrittenSplit.split(TOTAL, weightArray);
    Allocation<String> a = Allocator.largestRemainder().allocate(total, keys, weightArray,
        AmountUnit.KRONA);
    long[] finsam = new long[members];
    for (int i = 0; i < members; i++) {
      finsam[i] = a.unitsAt(i);
    }
    if (!Arrays.equals(limit, finsam)) {
      throw new IllegalStateException("finsam and the hand-written split differ");
    }
    if (members <= 10_000) {
      List<MonetaryAmount> moneta = MonetaSplit.split(totalMoney, weightArray);
      for (int i = 0; i < members; i++) {
        if (Amounts.toUnits(moneta.get(i), AmountUnit.KRONA) != limit[i]) {
          throw new IllegalStateException("the Moneta split differs at " + i);
        }
      }
    }
  }

  /** The limit: a hand-written split on {@code long[]}, shares read from the array. */
  @Benchmark
  public long handWritten() {
    long[] shares = HandWrittenSplit.split(TOTAL, weightArray);
    long sum = 0;
    for (long s : shares) {
      sum += s;
    }
    return sum;
  }

  /** finsam's public path from keys and {@code long} weights, shares read by position. */
  @Benchmark
  public long finsamByPosition() {
    Allocation<String> a = Allocator.largestRemainder().allocate(total, keys, weightArray,
        AmountUnit.KRONA);
    long sum = 0;
    for (int i = 0, n = a.size(); i < n; i++) {
      sum += a.unitsAt(i);
    }
    return sum;
  }

  /** finsam's public path from a map of weights, shares read by key. */
  @Benchmark
  public long finsamByKey() {
    Allocation<String> a = Allocator.largestRemainder().allocate(total, weights,
        AmountUnit.KRONA);
    long sum = 0;
    for (String k : a.keys()) {
      sum += a.units(k);
    }
    return sum;
  }

  /** The same rule with Moneta's Money arithmetic (not run at 10⁶ members: minutes a call). */
  @Benchmark
  public long monetaSameRule() {
    if (members > 10_000) {
      return 0;
    }
    long sum = 0;
    for (MonetaryAmount m : MonetaSplit.split(totalMoney, weightArray)) {
      sum += m.getNumber().longValueExact();
    }
    return sum;
  }
}
