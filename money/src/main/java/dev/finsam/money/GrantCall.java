package dev.finsam.money;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.money.MonetaryAmount;

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
public final class GrantCall {

  /** What happens after an application that does not fit. */
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
      if (name.isBlank()) {
        throw new IllegalArgumentException("name (\"" + name + "\") must not be blank");
      }
      if (Amounts.toOre(amount) <= 0) {
        throw new IllegalArgumentException("amount of " + name + " (" + Amounts.format(amount)
            + ") must be positive");
      }
      if (priority < 1) {
        throw new IllegalArgumentException("priority of " + name + " (" + priority
            + ") must be at least 1");
      }
    }
  }

  /**
   * One application's place in the proposal.
   *
   * @param application the application
   * @param granted true if proposed for a grant (<i>bifall</i>), else refused (<i>avslag</i>)
   * @param reason why, in Swedish
   */
  public record Decision(Application application, boolean granted, String reason) {}

  private final MonetaryAmount frame;
  private final List<Application> applications;
  private final Policy policy;

  private GrantCall(MonetaryAmount frame, List<Application> applications, Policy policy) {
    this.frame = frame;
    this.applications = applications;
    this.policy = policy;
  }

  /**
   * @param frame the frame (<i>beslutsutrymme</i>), not negative, not null
   * @param applications the applications, not null
   * @return the call with the default policy (stop at the first misfit), never null
   */
  public static GrantCall of(MonetaryAmount frame, List<Application> applications) {
    requireNonNull(frame, "frame");
    if (Amounts.toOre(frame, "frame") < 0) {
      throw new IllegalArgumentException("frame (" + Amounts.format(frame) + ") must be >= 0");
    }
    return new GrantCall(frame, List.copyOf(requireNonNull(applications, "applications")),
        Policy.STOP_AT_FIRST_MISFIT);
  }

  /**
   * @param policy what to do after a misfit, not null
   * @return the call with that policy, never null
   */
  public GrantCall withPolicy(Policy policy) {
    return new GrantCall(frame, applications, requireNonNull(policy, "policy"));
  }

  /** @return the applications in the order given, never null */
  public List<Application> applications() {
    return applications;
  }

  /** @return the sum applied for, never null */
  public MonetaryAmount applied() {
    return Amounts.ofOre(applications.stream().mapToLong(a -> Amounts.toOre(a.amount())).sum());
  }

  /**
   * @return the proposal: each application granted or refused, with reasons, in priority order;
   *     never null
   */
  public Proposal propose() {
    List<Application> order = new ArrayList<>(applications);
    order.sort(Comparator.comparingInt(Application::priority)); // stable: equal priorities keep order
    long left = Amounts.toOre(frame);
    boolean stopped = false;
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Application a = order.get(i);
      long amount = Amounts.toOre(a.amount());
      String tie = "";
      for (Application o : order) {
        if (o != a && o.priority() == a.priority()) {
          tie = " Samma prioritet som \"" + o.name() + "\"; ordningen i listan avgör.";
          break;
        }
      }
      if (stopped) {
        decisions.add(new Decision(a, false, "Avslag: en högre prioritet rymdes inte i ramen."
            + tie));
      } else if (amount <= left) {
        left -= amount;
        decisions.add(new Decision(a, true, "Bifall: ryms, kvar i ramen "
            + Amounts.format(Amounts.ofOre(left), AmountUnit.TKR) + "." + tie));
      } else {
        decisions.add(new Decision(a, false, "Avslag: " + Amounts.format(a.amount(),
            AmountUnit.TKR) + " skulle överskrida ramen med " + Amounts.format(
                Amounts.ofOre(amount - left), AmountUnit.TKR) + "." + tie));
        stopped = policy == Policy.STOP_AT_FIRST_MISFIT;
      }
    }
    return new Proposal(Amounts.toOre(frame), decisions, left);
  }

  /** The proposal of a {@link GrantCall} (<i>beslutsförslag</i>). */
  public static final class Proposal {
    private final long frame;
    private final List<Decision> decisions;
    private final long left;

    Proposal(long frame, List<Decision> decisions, long left) {
      this.frame = frame;
      this.decisions = List.copyOf(decisions);
      this.left = left;
    }

    /** @return every decision in priority order, never null */
    public List<Decision> decisions() {
      return decisions;
    }

    /** @return the granted applications in priority order, never null */
    public List<Application> granted() {
      return decisions.stream().filter(Decision::granted).map(Decision::application).toList();
    }

    /** @return the refused applications in priority order, never null */
    public List<Application> refused() {
      return decisions.stream().filter(d -> !d.granted()).map(Decision::application).toList();
    }

    /** @return the sum granted, never null */
    public MonetaryAmount grantedTotal() {
      return Amounts.ofOre(frame - left);
    }

    /** @return what is left of the frame, never null */
    public MonetaryAmount left() {
      return Amounts.ofOre(left);
    }

    /** @return the proposal as a table with reasons, amounts in tkr */
    @Override
    public String toString() {
      List<String[]> rows = new ArrayList<>();
      for (Decision d : decisions) {
        rows.add(new String[] {String.valueOf(d.application().priority()), d.application().name(),
            Amounts.number(Amounts.toOre(d.application().amount()), AmountUnit.TKR),
            d.granted() ? "Bifall" : "Avslag"});
      }
      rows.add(new String[] {"", "Beviljat", Amounts.number(frame - left, AmountUnit.TKR), ""});
      rows.add(new String[] {"", "Kvar i ramen", Amounts.number(left, AmountUnit.TKR), ""});
      StringBuilder sb = new StringBuilder(Tables.columns(
          List.of("Prio", "Projekt", "tkr", "Förslag"), rows));
      sb.append('\n');
      for (Decision d : decisions) {
        sb.append('\n').append(d.application().priority()).append(". ")
            .append(d.application().name()).append(": ").append(d.reason());
      }
      return sb.toString();
    }
  }
}
