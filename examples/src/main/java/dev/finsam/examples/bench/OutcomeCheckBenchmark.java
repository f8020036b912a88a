package dev.finsam.examples.bench;

import dev.finsam.core.Findings;
import dev.finsam.outcomes.OutcomeCategory;
import dev.finsam.outcomes.OutcomeScheme;
import dev.finsam.outcomes.OutcomeTable;
import dev.finsam.outcomes.PercentRounding;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Checking the whole association's 2017 outcome table, and its percentages. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OutcomeCheckBenchmark {

  private final OutcomeTable table = OutcomeTable.builder(OutcomeScheme.CLASSIC)
      .participants(422, 468).newcomers(221, 260).endedTotal(139, 159)
      .ended(OutcomeCategory.WORK, 34, 58).ended(OutcomeCategory.STUDIES, 28, 29)
      .ended(OutcomeCategory.OTHER_ADAPTED_SOLUTION, 45, 42)
      .ended(OutcomeCategory.OTHER_DROPOUT, 32, 30).remaining(283, 309).build();

  @Benchmark
  public Findings check() {
    return table.check();
  }

  @Benchmark
  public Map<OutcomeCategory, Integer> largestRemainderPercents() {
    return table.percents(PercentRounding.LARGEST_REMAINDER);
  }
}
