package dev.finsam.examples.bench;

import dev.finsam.core.Association;
import dev.finsam.core.Member;
import dev.finsam.money.AmountUnit;
import dev.finsam.money.Amounts;
import dev.finsam.money.ContributionPlan;
import dev.finsam.money.GrantCall;
import dev.finsam.money.MunicipalKey;
import dev.finsam.money.ReportedContributions;
import dev.finsam.money.StateAllocationModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Everything that takes a collection, at 10⁴ and 10⁵ elements: an association's member list, a
 * grant call's applications, the state's allocation model's recipients, a municipal key and the
 * contribution plan it gives, and reported contributions. Beside them, {@code sortBaseline} sorts
 * as many {@code long}s: an O(n log n) yardstick measured in the same run. Going from 10⁴ to 10⁵
 * elements, O(n log n) work grows about 12-fold and quadratic work 100-fold.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class CollectionsBenchmark {

  @Param({"10000", "100000"})
  public int elements;

  private long[] values;
  private List<Member> members;
  private List<GrantCall.Application> applications;
  private List<StateAllocationModel.Recipient> recipients;
  private Map<String, Long> population;
  private Map<String, MonetaryAmount> reported;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2017);
    values = new long[elements];
    members = new ArrayList<>();
    applications = new ArrayList<>();
    recipients = new ArrayList<>();
    population = new LinkedHashMap<>();
    reported = new LinkedHashMap<>();
    for (int i = 0; i < elements; i++) {
      values[i] = random.nextLong();
      String name = "Kommun " + i;
      members.add(Member.municipality(name));
      applications.add(new GrantCall.Application("Projekt " + i, name,
          Amounts.sek(1 + random.nextInt(1_000_000)), 1 + random.nextInt(50)));
      recipients.add(new StateAllocationModel.Recipient(name, 1 + random.nextInt(1000),
          1000 + random.nextInt(100_000),
          Optional.of(Amounts.sek(300_000 + random.nextInt(100_000))), i % 3 == 0));
      population.put(name, 1 + (long) random.nextInt(130_000));
      reported.put(name, Amounts.sek(random.nextInt(1_000_000)));
    }
  }

  @Benchmark
  public long[] sortBaseline() {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  @Benchmark
  public int associationMembersOn() {
    Association.Builder b = Association.builder().name("Samordningsförbundet");
    for (Member m : members) {
      b.addMember(m, LocalDate.of(2005, 5, 1));
    }
    return b.build().membersOn(LocalDate.of(2017, 12, 31)).size();
  }

  @Benchmark
  public int grantCallPropose() {
    GrantCall call = GrantCall.of(Amounts.sek(250L * elements * 1000), applications);
    return call.propose().granted().size();
  }

  @Benchmark
  public MonetaryAmount stateAllocation() {
    return StateAllocationModel.standard()
        .allocate(Amounts.sek(400_000L * elements), recipients).total();
  }

  @Benchmark
  public MonetaryAmount contributionPlan() {
    return ContributionPlan.fromTotal(Amounts.sek(4_000_000L * elements),
        MunicipalKey.ofTotalPopulation(population), AmountUnit.KRONA).total();
  }

  @Benchmark
  public MonetaryAmount reportedContributions() {
    return ReportedContributions.of(Amounts.sek(1_000_000), Amounts.sek(500_000), reported)
        .total();
  }
}
