package dev.finsam.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
public final class Association {

  private final String name;
  private final Optional<OrganisationNumber> organisationNumber;
  private final List<Membership> memberships;

  private Association(Builder b) {
    this.name = b.name;
    this.organisationNumber = Optional.ofNullable(b.organisationNumber);
    this.memberships = List.copyOf(b.memberships);
  }

  /** @return a new builder, never null */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the association's name, never null */
  public String name() {
    return name;
  }

  /** @return the organisation number, if known */
  public Optional<OrganisationNumber> organisationNumber() {
    return organisationNumber;
  }

  /** @return every membership in the order added, never null */
  public List<Membership> memberships() {
    return memberships;
  }

  /**
   * The members on a day, in the order they were added.
   *
   * @param date the day, not null
   * @return the members, never null
   */
  public List<Member> membersOn(LocalDate date) {
    requireNonNull(date, "date");
    return memberships.stream().filter(m -> m.isActiveOn(date)).map(Membership::member)
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
        f.error("association.member.missing", name + " har ingen medlem av slaget "
            + kind.swedish() + " den " + date + "; FinsamL kräver Försäkringskassan, "
            + "Arbetsförmedlingen, minst en region och minst en kommun.");
      }
    }
    return f.build();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Association
        && ((Association) obj).name.equals(name)
        && ((Association) obj).organisationNumber.equals(organisationNumber)
        && ((Association) obj).memberships.equals(memberships);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + memberships.hashCode();
  }

  @Override
  public String toString() {
    return name + organisationNumber.map(n -> " (" + n + ")").orElse("") + " " + memberships;
  }

  /**
   * Builds an {@link Association}; nothing is built until {@link #build()} has checked all values.
   */
  public static final class Builder {
    private String name;
    private OrganisationNumber organisationNumber;
    private final List<Membership> memberships = new ArrayList<>();

    private Builder() {}

    /**
     * @param name the association's name, not null, not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * @param number the organisation number, not null
     * @return this builder
     */
    public Builder organisationNumber(OrganisationNumber number) {
      this.organisationNumber = requireNonNull(number, "organisationNumber");
      return this;
    }

    /**
     * Adds a member that joined on a day and has not left.
     *
     * @param member the member, not null
     * @param joined the first day of membership, not null
     * @return this builder
     */
    public Builder addMember(Member member, LocalDate joined) {
      memberships.add(Membership.of(member, joined, Optional.empty()));
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
      memberships.add(Membership.of(member, joined, Optional.of(requireNonNull(left, "left"))));
      return this;
    }

    /**
     * @return the association, never null
     * @throws IllegalArgumentException if the name is missing or blank, or one member's
     *     memberships overlap
     */
    public Association build() {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name (" + (name == null ? "missing" : "\"" + name + "\"")
            + ") must not be blank");
      }
      for (int i = 0; i < memberships.size(); i++) {
        for (int j = i + 1; j < memberships.size(); j++) {
          Membership a = memberships.get(i);
          Membership b = memberships.get(j);
          if (a.member().equals(b.member()) && a.overlaps(b)) {
            throw new IllegalArgumentException("memberships (" + a + "; " + b
                + ") of one member must not overlap");
          }
        }
      }
      return new Association(this);
    }
  }
}
