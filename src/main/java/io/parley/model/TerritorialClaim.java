package io.parley.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A state's claim to a territory: since when, on what basis, and where it stands.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class TerritorialClaim implements Entity, Cited {
  TerritorialClaim() {}

  /**
   * The id, such as {@code jp-claims-southern-kurils}.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * The id of the claimant country.
   *
   * @return a country id
   * @since 0.1.0
   */
  public abstract String claimant();

  /**
   * The id of the claimed territory.
   *
   * @return a territory id
   * @since 0.1.0
   */
  public abstract String territory();

  /**
   * Since when the claim has been made, and until when if it ended; open while it stands.
   *
   * @return the span
   * @since 0.1.0
   */
  public abstract DateSpan span();

  /**
   * The basis the claimant gives, in a sentence.
   *
   * @return the basis
   * @since 0.1.0
   */
  public abstract String basis();

  /**
   * Where the claim stands.
   *
   * @return the status
   * @since 0.1.0
   */
  public abstract ClaimStatus status();



  /**
   * Whether the claim was made on the day.
   *
   * @param date the day
   * @return true if the span covers it
   * @since 0.1.0
   */
  public boolean standsOn(LocalDate date) {
    return span().contains(date);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Ids.check(id(), "id");
    Ids.check(claimant(), "claimant");
    Ids.check(territory(), "territory");
    InvalidValueException.requireText(basis(), "basis");
    InvalidValueException.require(
        span().isOpen() || status() != ClaimStatus.ACTIVE,
        "status",
        "an active claim cannot have an end (%s)",
        span());
  }

  /**
   * Builds a {@link TerritorialClaim}; every attribute but the notes is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableTerritorialClaim.Builder {
    Builder() {}
  }
}
