package io.parley.internal;

import com.google.common.collect.ImmutableList;
import io.parley.model.Agreement;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.Event;
import io.parley.model.Manifest;
import io.parley.model.Meeting;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Proposition;
import io.parley.model.Series;
import io.parley.model.Source;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@code Parley}'s records come from: a dataset in memory, or the compiled bundle, whose
 * each call decodes one section (callers keep what they decode).
 */
public interface RecordSource {
  Manifest manifest();

  ImmutableList<Source> sources();

  ImmutableList<Country> countries();

  ImmutableList<Person> people();

  ImmutableList<Topic> topics();

  ImmutableList<Territory> territories();

  ImmutableList<TerritorialClaim> claims();

  ImmutableList<Agreement> agreements();

  ImmutableList<Event> events();

  ImmutableList<Meeting> meetings();

  ImmutableList<Position> positions();

  ImmutableList<Proposition> propositions();

  ImmutableList<Series> series();

  /** The whole dataset. */
  Dataset dataset();

  /**
   * The countries' ISO codes to their ids ({@link IsoCodes#map}), where the source holds them
   * ready, else null: the bundle does, so that a first query by country code decodes no country.
   */
  default @Nullable Map<String, String> isoCodes() {
    return null;
  }

  static RecordSource of(Dataset d) {
    return new RecordSource() {
      @Override
      public Manifest manifest() {
        return d.manifest();
      }

      @Override
      public ImmutableList<Source> sources() {
        return d.sources();
      }

      @Override
      public ImmutableList<Country> countries() {
        return d.countries();
      }

      @Override
      public ImmutableList<Person> people() {
        return d.people();
      }

      @Override
      public ImmutableList<Topic> topics() {
        return d.topics();
      }

      @Override
      public ImmutableList<Territory> territories() {
        return d.territories();
      }

      @Override
      public ImmutableList<TerritorialClaim> claims() {
        return d.claims();
      }

      @Override
      public ImmutableList<Agreement> agreements() {
        return d.agreements();
      }

      @Override
      public ImmutableList<Event> events() {
        return d.events();
      }

      @Override
      public ImmutableList<Meeting> meetings() {
        return d.meetings();
      }

      @Override
      public ImmutableList<Position> positions() {
        return d.positions();
      }

      @Override
      public ImmutableList<Proposition> propositions() {
        return d.propositions();
      }

      @Override
      public ImmutableList<Series> series() {
        return d.series();
      }

      @Override
      public Dataset dataset() {
        return d;
      }
    };
  }
}
