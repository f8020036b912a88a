package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import dev.finsam.core.text.Swedish;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A call for applications within a frame (<i>extra utlysning</i>, <i>beslutsutrymme</i>): the
 * applications are granted in priority order while they fit in the frame, the rest refused. The
 * model proposes; the board decides and may decide otherwise.
 *
 * <p>For example, 2017: a frame of 1 200 tkr and six applications for 1 846 tkr; priorities 1–3
 * (408 + 410 + 250 tkr) are granted, priority 4 (160 tkr) would overrun the frame by 28 tkr, and
 * 132 tkr are left.
 *
 * <p>Equal priorities are taken in the order given, and the proposal says so. With
 * {@link Policy#STOP_AT_FIRST_MISFIT} (the default, "while they fit") granting stops at the first
 * application that does not fit; with {@link Policy#SKIP_MISFITS} smaller lower-priority
 * applications may still be granted. Either way a fitting application is never passed over for a
 * lower priority.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Enclosing
@Value.Immutable
public abstract class GrantCall {

  /** What happens after an application that does not fit (<i>hantering av det som inte ryms</i>). */
  public enum Policy {
    /** Grant nothing after the first application that does not fit. */
    STOP_AT_FIRST_MISFIT,
    /** Skip an application that does not fit and go on down the priorities. */
    SKIP_MISFITS
  }

  /**
   * An application (<i>ansökan</i>).
   *
   * @param name the project's name, not blank
   * @param owner who applies, may be empty
   * @param amount the amount applied for, positive
   * @param priority the priority, 1 highest
   */
  public record Application(String name, String owner, MonetaryAmount amount, int priority) {
    /**
     * Validates the components.
     *
     * @param name the project's name, not blank
     * @param owner who applies, may be empty
     * @param amount the amount applied for, positive
     * @param priority the priority, 1 highest
     * @throws IllegalArgumentException if the name is blank, the amount not positive or the
     *     priority below 1
     */
    public Application {
      requireNonNull(name, "name");
      requireNonNull(owner, "owner");
      requireNonNull(amount, "amount");
      Checks.checkNotBlank(name, "name");
      Checks.checkArgument(Amounts.toOre(amount) > 0, "amount (%s) of \"%s\" must be positive",
          Amounts.format(amount), name);
      Checks.checkArgument(priority >= 1, "priority (%s) of \"%s\" must be at least 1",
          priority, name);
    }
  }

  /**
   * One application's place in the proposal (<i>beslutsförslag för en ansökan</i>). A result:
   * callers cannot construct one.
   *
   * <p>For example, "Vårdskap ASF" in 2017: refused, "160 tkr skulle överskrida ramen med 28 tkr".
   */
  @Value.Immutable
  public abstract static class Decision {

    Decision() {}

    /** @return the application, never null */
    public abstract Application application();

    /** @return true if proposed for a grant (<i>bifall</i>), else refused (<i>avslag</i>) */
    public abstract boolean granted();

    /** @return why, in Swedish, never null */
    public abstract String reason();

    /** @return e.g. {@code "Social lots (prioritet 1, 408 tkr): Bifall: ryms, …"} */
    @Override
    public String toString() {
      return application().name() + " (prioritet " + Swedish.integer(application().priority())
          + ", " + tkr(Amounts.toOre(application().amount())) + "): " + reason();
    }
  }

  GrantCall() {}

  abstract long frameOre();

  /** @return the applications in the order given, never null */
  public abstract List<Application> applications();

  /** @return what happens after an application that does not fit, never null */
  public abstract Policy policy();

  @Value.Check
  void validate() {
    Checks.checkArgument(frameOre() >= 0, "frame (%s) must be >= 0",
        Amounts.formatOre(frameOre(), AmountUnit.TKR));
    long sum = 0;
    for (Application a : applications()) {
      sum = Checks.add(sum, Amounts.toOre(a.amount()), "applied");
    }
  }

  /**
   * @param frame the frame (<i>beslutsutrymme</i>), not negative, not null
   * @param applications the applications, not null
   * @return the call with the default policy (stop at the first misfit), never null
   * @throws IllegalArgumentException if the frame is negative or the sum applied for does not fit
   *     in a 64-bit count of öre
   */
  public static GrantCall of(MonetaryAmount frame, List<Application> applications) {
    requireNonNull(frame, "frame");
    requireNonNull(applications, "applications");
    return ImmutableGrantCall.create(Amounts.toOre(frame, "frame"), applications,
        Policy.STOP_AT_FIRST_MISFIT);
  }

  /**
   * @param policy what to do after a misfit, not null
   * @return the call with that policy, never null
   */
  public GrantCall withPolicy(Policy policy) {
    return ImmutableGrantCall.create(frameOre(), applications(), requireNonNull(policy, "policy"));
  }

  /** @return the frame, never null */
  public MonetaryAmount frame() {
    return Amounts.ofOre(frameOre());
  }

  /** @return the sum applied for, never null */
  public MonetaryAmount applied() {
    long sum = 0;
    for (Application a : applications()) {
      sum += Amounts.toOre(a.amount()); // fits: checked when the call was made
    }
    return Amounts.ofOre(sum);
  }

  /**
   * @return the proposal: each application granted or refused, with reasons, in priority order;
   *     never null
   */
  public Proposal propose() {
    List<Application> order = new ArrayList<>(applications());
    order.sort(Comparator.comparingInt(Application::priority)); // stable: equal priorities keep order
    long left = frameOre();
    boolean stopped = false;
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Application a = order.get(i);
      long amount = Amounts.toOre(a.amount());
      String tie = samePriority(order, i);
      if (stopped) {
        decisions.add(decision(a, false, "Avslag: en högre prioritet rymdes inte i ramen." + tie));
      } else if (amount <= left) {
        left -= amount;
        decisions.add(decision(a, true, "Bifall: ryms, kvar i ramen " + tkr(left) + "." + tie));
      } else {
        decisions.add(decision(a, false, "Avslag: " + tkr(amount)
            + " skulle överskrida ramen med " + tkr(amount - left) + "." + tie));
        stopped = policy() == Policy.STOP_AT_FIRST_MISFIT;
      }
    }
    return ImmutableGrantCall.Proposal.create(frameOre(), decisions, left);
  }

  /**
   * @return e.g. {@code "ram 1 200 tkr, 6 ansökningar om 1 846 tkr, STOP_AT_FIRST_MISFIT"}
   */
  @Override
  public String toString() {
    return "ram " + tkr(frameOre()) + ", " + Swedish.integer(applications().size())
        + (applications().size() == 1 ? " ansökan om " : " ansökningar om ")
        + tkr(Amounts.toOre(applied())) + ", " + policy();
  }

  /** The sentence for an application that shares its priority, or "". */
  private static String samePriority(List<Application> order, int i) {
    Application a = order.get(i);
    // the list is sorted by priority: an equal one is next to it
    for (int j : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < order.size() && order.get(j).priority() == a.priority()) {
        return " Samma prioritet som \"" + order.get(j).name() + "\"; ordningen i listan avgör.";
      }
    }
    return "";
  }

  private static Decision decision(Application a, boolean granted, String reason) {
    return ImmutableGrantCall.Decision.create(a, granted, reason);
  }

  private static String tkr(long ore) {
    return Amounts.formatOre(ore, AmountUnit.TKR);
  }

  /**
   * The proposal of a {@link GrantCall} (<i>beslutsförslag</i>). A result: callers cannot construct
   * one.
   *
   * <p>For example, 2017: priorities 1–3 granted, 1 068 tkr in all, 132 tkr left in the frame.
   */
  @Value.Immutable
  public abstract static class Proposal {

    Proposal() {}

    abstract long frameOre();

    /** @return every decision in priority order, never null */
    public abstract List<Decision> decisions();

    abstract long leftOre();

    /** @return the granted applications in priority order, never null */
    public List<Application> granted() {
      return decisions().stream().filter(Decision::granted).map(Decision::application).toList();
    }

    /** @return the refused applications in priority order, never null */
    public List<Application> refused() {
      return decisions().stream().filter(d -> !d.granted()).map(Decision::application).toList();
    }

    /** @return the sum granted, never null */
    public MonetaryAmount grantedTotal() {
      return Amounts.ofOre(frameOre() - leftOre());
    }

    /** @return what is left of the frame, never null */
    public MonetaryAmount left() {
      return Amounts.ofOre(leftOre());
    }

    /** @return the proposal as a table with reasons, amounts in tkr */
    @Override
    public String toString() {
      List<String[]> rows = new ArrayList<>();
      for (Decision d : decisions()) {
        rows.add(new String[] {Swedish.integer(d.application().priority()),
            d.application().name(),
            Amounts.number(Amounts.toOre(d.application().amount()), AmountUnit.TKR),
            d.granted() ? "Bifall" : "Avslag"});
      }
      rows.add(new String[] {"", "Beviljat", Amounts.number(frameOre() - leftOre(),
          AmountUnit.TKR), ""});
      rows.add(new String[] {"", "Kvar i ramen", Amounts.number(leftOre(), AmountUnit.TKR), ""});
      StringBuilder sb = new StringBuilder(Tables.columns(
          List.of("Prio", "Projekt", AmountUnit.TKR.symbol(), "Förslag"), rows));
      sb.append('\n');
      for (Decision d : decisions()) {
        sb.append('\n').append(Swedish.integer(d.application().priority())).append(". ")
            .append(d.application().name()).append(": ").append(d.reason());
      }
      return sb.toString();
    }
  }
}
