package dev.finsam.core;

/**
 * The kind of a member of a samordningsförbund (<i>förbundsmedlem</i>), as FinsamL names them.
 *
 * <p>For example, Umeå kommun is a {@link #MUNICIPALITY}; Region Västerbotten a {@link #REGION}.
 */
public enum MemberKind {
  /** Försäkringskassan, the social insurance agency; pays the state's half. */
  SOCIAL_INSURANCE_AGENCY("Försäkringskassan"),
  /** Arbetsförmedlingen, the public employment service; its part is in the state's half. */
  PUBLIC_EMPLOYMENT_SERVICE("Arbetsförmedlingen"),
  /** A region (formerly <i>landsting</i>); the regions together pay one quarter. */
  REGION("region"),
  /** A municipality (<i>kommun</i>); the municipalities together pay one quarter. */
  MUNICIPALITY("kommun");

  private final String swedish;

  MemberKind(String swedish) {
    this.swedish = swedish;
  }

  /** @return the Swedish term, never null */
  public String swedish() {
    return swedish;
  }

  /** @return true for the two state agencies, which share the state's half */
  public boolean isState() {
    return this == SOCIAL_INSURANCE_AGENCY || this == PUBLIC_EMPLOYMENT_SERVICE;
  }
}
