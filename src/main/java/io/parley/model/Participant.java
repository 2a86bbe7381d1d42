package io.parley.model;

import org.immutables.value.Value;

/**
 * A person who took part in a session, in the office they held and for the country they spoke
 * for.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Participant {
  Participant() {}

  /**
   * The id of the {@link Person}.
   *
   * @return a person id
   * @since 0.1.0
   */
  public abstract String person();

  /**
   * The office in which they took part.
   *
   * @return the office
   * @since 0.1.0
   */
  public abstract Office office();

  /**
   * The id of the country they spoke for.
   *
   * @return a country id
   * @since 0.1.0
   */
  public abstract String country();

  /**
   * A participant.
   *
   * @param person the person's id
   * @param office the office held
   * @param country the id of the country spoken for
   * @return the participant
   * @since 0.1.0
   */
  public static Participant of(String person, Office office, String country) {
    return new Builder().person(person).office(office).country(country).build();
  }

  @Value.Check
  void check() {
    Ids.check(person(), "person");
    Ids.check(country(), "country");
  }

  static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
