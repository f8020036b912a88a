package dev.finsam.core;

import org.immutables.value.Value;

/**
 * A member of a samordningsförbund (<i>förbundsmedlem</i>): a named party of a {@link MemberKind}.
 *
 * <p>For example, {@code Member.municipality("Umeå")} or
 * {@code Member.of("Region Västerbotten", MemberKind.REGION)}. Two members are equal when name and
 * kind are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Member {

  Member() {}

  /** @return the member's name, never blank */
  public abstract String name();

  /** @return the member's kind, never null */
  public abstract MemberKind kind();

  /**
   * Obtains a member.
   *
   * @param name the name, not null, not blank
   * @param kind the kind, not null
   * @return the member, never null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Member of(String name, MemberKind kind) {
    return ImmutableMember.create(name, kind);
  }

  /**
   * Obtains a municipality (<i>kommun</i>).
   *
   * @param name the municipality's name, not null, not blank
   * @return the member, never null
   */
  public static Member municipality(String name) {
    return of(name, MemberKind.MUNICIPALITY);
  }

  /**
   * Obtains a region (<i>region</i>, formerly <i>landsting</i>).
   *
   * @param name the region's name, not null, not blank
   * @return the member, never null
   */
  public static Member region(String name) {
    return of(name, MemberKind.REGION);
  }

  /** @return Försäkringskassan, never null */
  public static Member socialInsuranceAgency() {
    return of("Försäkringskassan", MemberKind.SOCIAL_INSURANCE_AGENCY);
  }

  /** @return Arbetsförmedlingen, never null */
  public static Member publicEmploymentService() {
    return of("Arbetsförmedlingen", MemberKind.PUBLIC_EMPLOYMENT_SERVICE);
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name (\"" + name() + "\") must not be blank");
    }
  }

  /** @return the name and kind, e.g. {@code "Umeå (kommun)"} */
  @Override
  public String toString() {
    return name() + " (" + kind().swedish() + ")";
  }
}
