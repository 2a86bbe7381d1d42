package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A bilateral meeting: two parties, a format, when and where, its sessions and who took part,
 * what it was about and what came of it.
 *
 * <pre>{@code
 * Meeting m = parley.meetings().get("jp-ru-2plus2-2013");
 * m.format();            // TWO_PLUS_TWO
 * m.span();              // 2013-11-01/2013-11-02
 * m.number();            // OptionalInt[1]: the first round of its series
 * m.sessions().size();   // 2: the foreign ministers on the 1st, the 2+2 on the 2nd
 * }</pre>
 *
 * <p>A meeting's span is closed: one day, or a first and last day. Every session lies within it.
 * The host, when present, is one of the parties; a meeting at a third location has none.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Meeting implements Entity, Cited {
  Meeting() {}

  /**
   * The id, such as {@code jp-ru-2plus2-2017}.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * The ids of the two countries that met.
   *
   * @return two distinct country ids
   * @since 0.1.0
   */
  public abstract ImmutableList<String> parties();

  /**
   * The format.
   *
   * @return the format
   * @since 0.1.0
   */
  public abstract MeetingFormat format();

  /**
   * When: one day, or the first and last day of a visit; never open.
   *
   * @return the span
   * @since 0.1.0
   */
  public abstract DateSpan span();

  /**
   * How it was held: in person, or by video or telephone.
   *
   * @return the mode; {@link MeetingMode#IN_PERSON} unless the dataset says otherwise
   * @since 0.1.0
   */
  @Value.Default
  public MeetingMode mode() {
    return MeetingMode.IN_PERSON;
  }

  /**
   * Where both sides met: present exactly when the meeting was held {@linkplain
   * MeetingMode#IN_PERSON in person}. A meeting by video or telephone has no one place; its
   * {@link #sides()} say where each side sat.
   *
   * @return the place, or empty for a remote meeting
   * @since 0.1.0
   */
  public abstract Optional<Place> place();

  /**
   * For a meeting by video or telephone, where each side sat, as far as sources say: at most one
   * side per party. Empty for a meeting in person.
   *
   * @return the sides
   * @since 0.1.0
   */
  public abstract ImmutableList<Side> sides();

  /**
   * Every place someone at the meeting was: the meeting's place, or the places of its sides.
   *
   * @return the places, possibly empty for a remote meeting whose sides' places are unknown
   * @since 0.1.0
   */
  public ImmutableList<Place> places() {
    if (place().isPresent()) {
      return ImmutableList.of(place().get());
    }
    ImmutableList.Builder<Place> out = ImmutableList.builder();
    for (Side s : sides()) {
      s.place().ifPresent(out::add);
    }
    return out.build();
  }

  /**
   * The id of the party that hosted, or empty for a meeting at a third location.
   *
   * @return a country id among {@link #parties()}, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> host();

  /**
   * The occasion, such as "on the sidelines of the G20 summit in Osaka".
   *
   * @return the occasion, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> occasion();

  /**
   * The id of the series the meeting belongs to, such as {@code jp-ru-2plus2}.
   *
   * @return the series id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> series();

  /**
   * The meeting's number in its series, where a source gives it: 1 for the first round.
   *
   * @return the round number, or empty
   * @since 0.1.0
   */
  public abstract OptionalInt number();

  /**
   * The sessions, in the order the dataset gives them (chronological by convention).
   *
   * @return the sessions
   * @since 0.1.0
   */
  public abstract ImmutableList<Session> sessions();

  /**
   * The ids of the topics on the agenda.
   *
   * @return topic ids
   * @since 0.1.0
   */
  public abstract ImmutableList<String> topics();

  /**
   * What came of it.
   *
   * @return the outcomes
   * @since 0.1.0
   */
  public abstract ImmutableList<Outcome> outcomes();



  /**
   * Whether the country is one of the two parties.
   *
   * @param countryId a country id, in any case ({@code jp} or {@code JP})
   * @return true if it took part
   * @throws IllegalArgumentException for another kind of country code, which only the dataset
   *     can resolve ({@code parley.countries().code(...)})
   * @since 0.1.0
   */
  public boolean involves(String countryId) {
    return parties().contains(Ids.country(countryId));
  }

  /**
   * Whether the person took part in any session.
   *
   * @param personId a person id
   * @return true if a session lists the person
   * @since 0.1.0
   */
  public boolean isAttendedBy(String personId) {
    for (Session s : sessions()) {
      if (s.isAttendedBy(personId)) {
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
    Ids.check(id(), "id");
    InvalidValueException.require(
        parties().size() == 2, "parties", "a bilateral meeting has two parties, not %s", parties().size());
    InvalidValueException.require(
        !parties().get(0).equals(parties().get(1)), "parties", "the two parties are the same");
    for (int i = 0; i < 2; i++) {
      Ids.check(parties().get(i), "parties[" + i + "]");
    }
    InvalidValueException.require(!span().isOpen(), "end", "a meeting's span cannot be open");
    if (mode().isRemote()) {
      InvalidValueException.require(place().isEmpty(), "place",
          "a meeting by %s has no one place; give each side's place under sides", mode().id());
      for (int i = 0; i < sides().size(); i++) {
        String party = sides().get(i).party();
        InvalidValueException.require(parties().contains(party), "sides[" + i + "].party",
            "\"%s\" is not one of the parties %s", party, parties());
        for (int j = 0; j < i; j++) {
          InvalidValueException.require(!sides().get(j).party().equals(party),
              "sides[" + i + "].party", "\"%s\" has two sides", party);
        }
      }
    } else {
      InvalidValueException.require(place().isPresent(), "place",
          "a meeting in person needs its place (or a mode: video or telephone)");
      InvalidValueException.require(sides().isEmpty(), "sides",
          "a meeting in person has no sides; sides are for meetings by video or telephone");
      InvalidValueException.require(format() != MeetingFormat.PHONE_CALL, "mode",
          "a phone call is not held in person; give its mode: telephone or video");
    }
    if (host().isPresent()) {
      InvalidValueException.require(parties().contains(host().get()), "host",
          "\"%s\" is not one of the parties %s", host().get(), parties());
    }
    Ids.check(series(), "series");
    if (number().isPresent()) {
      int n = number().getAsInt();
      InvalidValueException.require(series().isPresent(), "number", "a number needs a series");
      InvalidValueException.require(n >= 1, "number", "%s is not a positive number", n);
    }
    InvalidValueException.requireText(occasion(), "occasion");
    for (int i = 0; i < sessions().size(); i++) {
      PartialDate d = sessions().get(i).date();
      InvalidValueException.require(
          span().contains(d),
          "sessions[" + i + "].date",
          "%s is outside the meeting's span %s",
          d,
          span());
    }
    for (int i = 0; i < topics().size(); i++) {
      Ids.check(topics().get(i), "topics[" + i + "]");
    }
  }

  /**
   * Builds a {@link Meeting}; {@code id}, {@code parties}, {@code format}, {@code span} and
   * {@code place} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }
}
