package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One sitting within a meeting: a visit is often a foreign ministers' session, a defence
 * ministers' session and a joint session, on different days.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Session implements Cited {
  Session() {}

  /**
   * What kind of session it was.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract SessionKind kind();

  /**
   * When it took place; within its meeting's span.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract PartialDate date();

  /**
   * Where it took place, when a source says and it differs from the meeting's place.
   *
   * @return the place, or empty
   * @since 0.1.0
   */
  public abstract Optional<Place> place();

  /**
   * Who took part.
   *
   * @return the participants, in the order the dataset gives them
   * @since 0.1.0
   */
  public abstract ImmutableList<Participant> participants();


  /**
   * Whether the person took part in this session.
   *
   * @param personId a person id
   * @return true if one of the participants is that person
   * @since 0.1.0
   */
  public boolean isAttendedBy(String personId) {
    for (Participant p : participants()) {
      if (p.person().equals(personId)) {
        return true;
      }
    }
    return false;
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
    for (int i = 0; i < participants().size(); i++) {
      for (int j = 0; j < i; j++) {
        InvalidValueException.require(
            !participants().get(i).person().equals(participants().get(j).person()),
            "participants[" + i + "].person",
            "\"%s\" is listed twice",
            participants().get(i).person());
      }
    }
  }

  /**
   * Builds a {@link Session}; {@code kind} and {@code date} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }
}
