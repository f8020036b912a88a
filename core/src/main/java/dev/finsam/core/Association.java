package dev.finsam.core;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.text.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A coordination association under FinsamL (<i>samordningsförbund</i>): a name, an optional
 * organisation number, and its members with the dates they joined and left.
 *
 * <p>For example:
 * <pre>{@code
 * Association a = Association.builder().name("Samordningsförbundet Umeåregionen")
 *     .addMember(Member.socialInsuranceAgency(), LocalDate.of(2005, 5, 1))
 *     .addMember(Member.municipality("Bjurholm"), LocalDate.of(2019, 1, 1))
 *     .build();
 * a.membersOn(LocalDate.of(2019, 1, 1));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Association {

  Association() {}

  /** @return a new builder, never null */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the association's name, never blank */
  public abstract String name();

  /** @return the organisation number, if known */
  public abstract Optional<OrganisationNumber> organisationNumber();

  /** @return every membership in the order added, never null */
  public abstract List<Membership> memberships();

  /**
   * The members on a day, in the order they were added.
   *
   * @param date the day, not null
   * @return the members, never null
   */
  public List<Member> membersOn(LocalDate date) {
    requireNonNull(date, "date");
    return memberships().stream().filter(m -> m.isActiveOn(date)).map(Membership::member)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks that the association has the members FinsamL requires on a day: Försäkringskassan,
   * Arbetsförmedlingen, at least one region and at least one municipality.
   *
   * @param date the day, not null
   * @return one ERROR {@code association.member.missing} per missing kind; never null
   */
  public Findings checkMembersOn(LocalDate date) {
    Set<MemberKind> present = EnumSet.noneOf(MemberKind.class);
    membersOn(date).forEach(m -> present.add(m.kind()));
    Findings.Builder f = Findings.builder();
    for (MemberKind kind : MemberKind.values()) {
      if (!present.contains(kind)) {
        f.error("association.member.missing", name() + " har ingen medlem av slaget "
            + kind.swedish() + " den " + date + "; FinsamL kräver Försäkringskassan, "
            + "Arbetsförmedlingen, minst en region och minst en kommun.");
      }
    }
    return f.build();
  }

  /**
   * Rejects a blank name and overlapping memberships of one member, in O(n log n): the
   * memberships are sorted by member and start, and each compared with the one before it.
   */
  @Value.Check
  void check() {
    Checks.checkNotBlank(name(), "name");
    List<Membership> sorted = new ArrayList<>(memberships());
    sorted.sort(Comparator.comparing((Membership m) -> m.member().name())
        .thenComparing(m -> m.member().kind()).thenComparing(Membership::joined));
    for (int i = 1; i < sorted.size(); i++) {
      Membership a = sorted.get(i - 1);
      Membership b = sorted.get(i);
      Checks.checkArgument(!a.member().equals(b.member()) || !a.overlaps(b),
          "memberships (%s; %s) of one member must not overlap", a, b);
    }
  }

  @Override
  public String toString() {
    return name() + organisationNumber().map(n -> " (" + n + ")").orElse("") + " "
        + memberships();
  }

  /**
   * Builds an {@link Association}; nothing is built until {@code build()} has checked all values.
   */
  public static final class Builder extends ImmutableAssociation.Builder {

    Builder() {}

    /**
     * Adds a member that joined on a day and has not left.
     *
     * @param member the member, not null
     * @param joined the first day of membership, not null
     * @return this builder
     */
    public Builder addMember(Member member, LocalDate joined) {
      addMemberships(Membership.of(member, joined, Optional.empty()));
      return this;
    }

    /**
     * Adds a member that joined on a day and left on another.
     *
     * @param member the member, not null
     * @param joined the first day of membership, not null
     * @param left the first day no longer a member, not null, after {@code joined}
     * @return this builder
     */
    public Builder addMember(Member member, LocalDate joined, LocalDate left) {
      addMemberships(Membership.of(member, joined, Optional.of(requireNonNull(left, "left"))));
      return this;
    }
  }
}
