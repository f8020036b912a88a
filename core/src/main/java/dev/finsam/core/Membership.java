package dev.finsam.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member's time in an association (<i>medlemskap</i>): the day it joined and, if it has left,
 * the first day it is no longer a member.
 *
 * <p>For example, Bjurholm joined Samordningsförbundet Umeåregionen on 2019-01-01:
 * {@code Membership.of(Member.municipality("Bjurholm"), LocalDate.of(2019, 1, 1), Optional.empty())}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership {

  Membership() {}

  /** @return the member, never null */
  public abstract Member member();

  /** @return the first day of membership, never null */
  public abstract LocalDate joined();

  /** @return the first day after the membership ended, if it has ended */
  public abstract Optional<LocalDate> left();

  /**
   * Obtains a membership.
   *
   * @param member the member, not null
   * @param joined the first day of membership, not null
   * @param left the first day no longer a member, if any; must be after {@code joined}
   * @return the membership, never null
   * @throws IllegalArgumentException if {@code left} is not after {@code joined}
   */
  public static Membership of(Member member, LocalDate joined, Optional<LocalDate> left) {
    return ImmutableMembership.create(member, joined, left);
  }

  /**
   * Tells whether the member is a member on a day.
   *
   * @param date the day, not null
   * @return true if {@code joined <= date < left}
   */
  public boolean isActiveOn(LocalDate date) {
    return !date.isBefore(joined()) && left().map(date::isBefore).orElse(true);
  }

  boolean overlaps(Membership other) {
    boolean thisEndsBefore = left().map(l -> !l.isAfter(other.joined())).orElse(false);
    boolean otherEndsBefore = other.left().map(l -> !l.isAfter(joined())).orElse(false);
    return !thisEndsBefore && !otherEndsBefore;
  }

  @Value.Check
  void check() {
    left().ifPresent(l -> {
      if (!l.isAfter(joined())) {
        throw new IllegalArgumentException("left (" + l + ") must be after joined (" + joined()
            + ") for member " + member());
      }
    });
  }

  @Override
  public String toString() {
    return member() + " from " + joined() + left().map(l -> " until " + l).orElse("");
  }
}
