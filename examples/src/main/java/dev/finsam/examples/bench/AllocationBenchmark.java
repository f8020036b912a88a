package dev.finsam.examples.bench;

import dev.finsam.money.AmountUnit;
import dev.finsam.money.Allocation;
import dev.finsam.money.Allocator;
import dev.finsam.money.Amounts;
import java.math.RoundingMode;
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
 * Splitting 1 000 000 000 kr among 290 municipalities (all of Sweden's) and among 1 000 000
 * members: finsam's exact largest-remainder allocation against a naive version that multiplies
 * and divides Moneta {@code Money} for each share and gives the remainder to the first member.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AllocationBenchmark {

  @Param({"290", "1000000"})
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
      weights.put("m" + i, 1_000 + random.nextLong(130_000));
    }
    keys = List.copyOf(weights.keySet());
    weightArray = weights.values().stream().mapToLong(Long::longValue).toArray();
    total = Amounts.sek(1_000_000_000L);
    totalMoney = Money.of(1_000_000_000L, "SEK");
  }

  @Benchmark
  public Allocation<String> finsamLargestRemainder() {
    return Allocator.largestRemainder().allocate(total, weights, AmountUnit.KRONA);
  }

  /** The same split from keys and a {@code long[]} of weights: no boxing, no map. */
  @Benchmark
  public Allocation<String> finsamLargestRemainderByPosition() {
    return Allocator.largestRemainder().allocate(total, keys, weightArray, AmountUnit.KRONA);
  }

  @Benchmark
  public Map<String, Money> naiveMoneta() {
    long sum = 0;
    for (long w : weights.values()) {
      sum += w;
    }
    Map<String, Money> shares = new LinkedHashMap<>();
    Money given = Money.of(0, "SEK");
    for (Map.Entry<String, Long> e : weights.entrySet()) {
      Money exact = totalMoney.multiply(e.getValue()).divide(sum);
      Money share = Money.of(exact.getNumberStripped().setScale(0, RoundingMode.FLOOR), "SEK");
      shares.put(e.getKey(), share);
      given = given.add(share);
    }
    String first = weights.keySet().iterator().next();
    shares.put(first, shares.get(first).add(totalMoney.subtract(given)));
    return shares;
  }

}
