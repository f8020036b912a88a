package dev.finsam.examples.bench;

import dev.finsam.examples.ContributionsExample;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first call in a fresh JVM: computing and printing the 2017 contribution plan, against only
 * {@code Money.of(…)} and printing it. Each fork is a new JVM, so each measurement is a cold start
 * of the code (JVM boot itself excluded).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

  @Benchmark
  public String contributionPlan2017() {
    return ContributionsExample.plan2017().toString();
  }

  @Benchmark
  public String monetaMoneyOfOnly() {
    return Money.of(6_216_000, "SEK").toString();
  }
}
