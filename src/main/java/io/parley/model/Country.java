package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A state, present or former, with the codes other datasets join on.
 *
 * <pre>{@code
 * Country ru = parley.countries().get("RUS");
 * ru.alpha2();              // "RU"
 * ru.cowCode();             // OptionalInt[365]
 * ru.predecessor();         // Optional[su]
 * }</pre>
 *
 * <p>The id is the lower-case ISO 3166-1 alpha-2 code ({@code jp}, {@code ru}), or for a former
 * state its former alpha-2 code ({@code su}). Former states carry their ISO 3166-3 code in {@link
 * #iso3166Part3()} and the span they existed in {@link #existence()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Country implements Entity, Named, Cited {
  Country() {}

  /**
   * The id: lower-case ISO alpha-2.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * The ISO 3166-1 alpha-2 code (for a former state, its code while it existed).
   *
   * @return two upper-case letters
   * @since 0.1.0
   */
  public abstract String alpha2();

  /**
   * The ISO 3166-1 alpha-3 code (for a former state, its code while it existed).
   *
   * @return three upper-case letters
   * @since 0.1.0
   */
  public abstract String alpha3();

  /**
   * The ISO 3166-1 numeric code.
   *
   * @return three digits, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> numeric();

  /**
   * The ISO 3166-3 code of a former state, such as {@code SUHH}.
   *
   * @return four upper-case letters, or empty for a current state
   * @since 0.1.0
   */
  public abstract Optional<String> iso3166Part3();

  /**
   * The Correlates of War state number.
   *
   * @return the COW code, or empty where the state has none
   * @since 0.1.0
   */
  public abstract OptionalInt cowCode();

  /**
   * The Correlates of War state abbreviation, such as {@code RUS}.
   *
   * @return the abbreviation, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> cowAbbreviation();

  /**
   * The Gleditsch-Ward state number.
   *
   * @return the code, or empty
   * @since 0.1.0
   */
  public abstract OptionalInt gwCode();

  /**
   * The Wikidata item id, such as {@code Q159}.
   *
   * @return the id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> wikidata();

  /**
   * The country's names; the first is in English.
   *
   * @return the names
   * @since 0.1.0
   */
  @Override
  public abstract ImmutableList<Name> names();

  /**
   * When the state existed, where the dataset records it; open for a state that still exists.
   *
   * @return the span, or empty
   * @since 0.1.0
   */
  public abstract Optional<DateSpan> existence();

  /**
   * The id of the state this one succeeded.
   *
   * @return a country id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> predecessor();

  /**
   * The id of the state that succeeded this one.
   *
   * @return a country id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> successor();

  /**
   * The spells during which the Correlates of War and Gleditsch-Ward lists count the state as a
   * member, where the dataset records them: a list may count a state under different numbers,
   * or not at all, at different times (COW counts Japan as 740 until 14 August 1945 and again
   * from 28 April 1952). Spells of one list are in chronological order and do not overlap.
   *
   * @return the spells, in the order the dataset gives them; empty where none are recorded
   * @since 0.1.0
   */
  public abstract ImmutableList<SystemMembership> memberships();

  /**
   * The spells of one list, in order.
   *
   * @param system the list
   * @return the spells of {@link #memberships()} of that list
   * @since 0.1.0
   */
  public ImmutableList<SystemMembership> memberships(StateSystem system) {
    ImmutableList.Builder<SystemMembership> out = ImmutableList.builder();
    for (SystemMembership m : memberships()) {
      if (m.system() == system) {
        out.add(m);
      }
    }
    return out.build();
  }



  /**
   * The English name.
   *
   * @return the text of the first name
   * @since 0.1.0
   */
  public String name() {
    return names().get(0).text();
  }

  /**
   * The country's first name in a language other than English: its own name, in its own
   * language and script, where the dataset records one ({@code 日本国} for Japan).
   *
   * @return the name, or empty
   * @since 0.1.0
   */
  public Optional<Name> nativeName() {
    for (Name n : names()) {
      if (!n.language().equals("en")) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
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
        Codes.upper(alpha2(), 2), "alpha2", "\"%s\" is not two upper-case letters", alpha2());
    InvalidValueException.require(
        Codes.upper(alpha3(), 3), "alpha3", "\"%s\" is not three upper-case letters", alpha3());
    if (numeric().isPresent()) {
      InvalidValueException.require(
          Codes.digits(numeric().get(), 3), "numeric", "\"%s\" is not three digits", numeric().get());
    }
    if (iso3166Part3().isPresent()) {
      InvalidValueException.require(Codes.upper(iso3166Part3().get(), 4), "iso3166Part3",
          "\"%s\" is not four upper-case letters", iso3166Part3().get());
    }
    Wikidata.check(wikidata(), "wikidata");
    InvalidValueException.require(!names().isEmpty(), "names", "has no name");
    InvalidValueException.require(
        names().get(0).language().equals("en"),
        "names[0].language",
        "the first name must be in English (en), not %s",
        names().get(0).language());
    if (cowCode().isPresent()) {
      int c = cowCode().getAsInt();
      InvalidValueException.require(c > 0 && c < 1000, "cowCode", "%s is not in 1..999", c);
    }
    if (gwCode().isPresent()) {
      int c = gwCode().getAsInt();
      InvalidValueException.require(c > 0 && c < 1000, "gwCode", "%s is not in 1..999", c);
    }
    Ids.check(predecessor(), "predecessor");
    Ids.check(successor(), "successor");
    for (int i = 0; i < memberships().size(); i++) {
      SystemMembership after = memberships().get(i);
      for (int j = i - 1; j >= 0; j--) {
        SystemMembership before = memberships().get(j);
        if (before.system() == after.system()) {
          InvalidValueException.require(
              before.span().end().isPresent() && after.span().start().isAfter(before.span().end().get()),
              "memberships[" + i + "].start",
              "%s overlaps or precedes the %s spell before it, %s",
              after.span(),
              after.system().id(),
              before.span());
          break;
        }
      }
    }
  }

  /**
   * Builds a {@link Country}; {@code id}, {@code alpha2}, {@code alpha3} and an English name are
   * required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCountry.Builder {
    Builder() {}
  }
}
