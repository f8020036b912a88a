package dev.finsam.money;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The generators of the money module, named in domain terms, with edges mixed in. */
final class MoneyGenerators {

  private MoneyGenerators() {}

  /** Totals in units: mostly moderate, with 0, 1, tiny, negative and huge values mixed in. */
  static Gen<Long> totals() {
    return longs().between(0, 20_000_000)
        .mix(longs().between(0, 10), 25)
        .mix(Generate.pick(List.of(0L, 1L, 2L, 3_108_000L, 6_216_000L, 1_000_000_000_000L)), 10)
        .mix(longs().between(-1_000_000, -1), 10)
        .mix(longs().between(1L << 40, 1L << 50), 10);
  }

  /**
   * Amounts in öre of every size and sign: ordinary budgets, amounts with and without öre, whole
   * tkr, and the edges 0, ±1 öre, ±1 krona and the ends of a long.
   */
  static Gen<Long> oreAmounts() {
    return longs().between(-10_000_000_000L, 10_000_000_000L)
        .mix(longs().all(), 20)
        .mix(longs().between(-1_000_000_000L, 1_000_000_000L).map(kr -> kr * 100), 25)
        .mix(longs().between(-100_000L, 100_000L).map(tkr -> tkr * 100_000), 10)
        .mix(Generate.pick(List.of(0L, 1L, -1L, 99L, -99L, 100L, -100L, 100_000L, -100_001L,
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 100 * 100,
            Long.MIN_VALUE / 100 * 100)), 15);
  }

  /** Populations (weights): ordinary municipalities, zeros, ties and very large values. */
  static Gen<Long> populations() {
    return longs().between(0, 130_000)
        .mix(Generate.pick(List.of(0L, 1L, 100L)), 25)
        .mix(longs().between(1L << 40, 1L << 45), 5);
  }

  /** Weights of 1 to 30 municipalities, some all equal (ties), some with zeros; not all zero. */
  static Gen<Map<String, Long>> weightMaps() {
    Gen<List<Long>> varied = lists().of(populations()).ofSizeBetween(1, 30);
    Gen<List<Long>> tiny = lists().of(populations()).ofSizeBetween(1, 3);
    Gen<List<Long>> ties = integers().between(1, 12).zip(longs().between(1, 50),
        (n, w) -> java.util.Collections.nCopies(n, w));
    return varied.mix(tiny, 30).mix(ties, 20)
        .assuming(l -> l.stream().anyMatch(w -> w > 0))
        .map(MoneyGenerators::named);
  }

  static Map<String, Long> named(List<Long> weights) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      m.put(String.format("k%03d", i), weights.get(i));
    }
    return m;
  }
}
