package io.parley.internal;

import com.google.common.collect.ImmutableList;
import io.parley.model.Agreement;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import io.parley.model.Event;
import io.parley.model.Meeting;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Proposition;
import io.parley.model.Series;
import io.parley.model.Source;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.util.List;
import java.util.Optional;

/**
 * The registry of record kinds: each kind's file, its name in messages, its model type, and where
 * its records sit in a {@link Dataset}, in the order files are read and written (what is referred
 * to before what refers to it). Every stage of the pipeline walks this list rather than naming the
 * kinds itself; where a stage needs a kind's own code (its JSON mapping, binary codec, rules or CSV
 * tables) it dispatches with an exhaustive {@code switch} on the kind, so that adding a constant
 * here makes the compiler name every place that needs the new kind's code.
 */
public enum RecordKind {
  MANIFEST("manifest.json", "manifest", false),
  SOURCES("sources.json", "source", true),
  COUNTRIES("countries.json", "country", true),
  PEOPLE("people.json", "person", true),
  TOPICS("topics.json", "topic", true),
  PROPOSITIONS("propositions.json", "proposition", true),
  TERRITORIES("territories.json", "territory", true),
  CLAIMS("claims.json", "claim", false),
  AGREEMENTS("agreements.json", "agreement", false),
  EVENTS("events.json", "event", false),
  SERIES("series.json", "series", true),
  MEETINGS("meetings.json", "meeting", true),
  POSITIONS("positions.json", "position", false);

  private static final ImmutableList<RecordKind> RECORDS;

  static {
    ImmutableList.Builder<RecordKind> b = ImmutableList.builder();
    for (RecordKind k : values()) {
      if (k != MANIFEST) {
        b.add(k);
      }
    }
    RECORDS = b.build();
  }

  private final String file;
  private final String singular;
  private final boolean referenced;

  RecordKind(String file, String singular, boolean referenced) {
    this.file = file;
    this.singular = singular;
    this.referenced = referenced;
  }

  /** Every kind but the manifest, in file order. */
  public static ImmutableList<RecordKind> records() {
    return RECORDS;
  }

  public String file() {
    return file;
  }

  public String singular() {
    return singular;
  }

  /** Whether records of other kinds refer to records of this kind by id. */
  public boolean isReferenced() {
    return referenced;
  }

  /** The model type of the kind's records (not for the manifest). */
  public Class<? extends Entity> type() {
    // A switch, not a field: a class literal in the constants would load every model class with
    // this enum, which opening the bundled dataset loads.
    return switch (this) {
      case MANIFEST -> throw new IllegalStateException("the manifest is not a record kind");
      case SOURCES -> Source.class;
      case COUNTRIES -> Country.class;
      case PEOPLE -> Person.class;
      case TOPICS -> Topic.class;
      case PROPOSITIONS -> Proposition.class;
      case TERRITORIES -> Territory.class;
      case CLAIMS -> TerritorialClaim.class;
      case AGREEMENTS -> Agreement.class;
      case EVENTS -> Event.class;
      case SERIES -> Series.class;
      case MEETINGS -> Meeting.class;
      case POSITIONS -> Position.class;
    };
  }

  /** The kind of a record. */
  public static RecordKind of(Entity e) {
    for (RecordKind k : RECORDS) {
      if (k.type().isInstance(e)) {
        return k;
      }
    }
    throw new AssertionError(e.getClass());
  }

  /** The dataset's records of this kind (not for the manifest). */
  public ImmutableList<? extends Entity> records(Dataset d) {
    return switch (this) {
      case MANIFEST -> throw new IllegalStateException("the manifest is not a list of records");
      case SOURCES -> d.sources();
      case COUNTRIES -> d.countries();
      case PEOPLE -> d.people();
      case TOPICS -> d.topics();
      case PROPOSITIONS -> d.propositions();
      case TERRITORIES -> d.territories();
      case CLAIMS -> d.claims();
      case AGREEMENTS -> d.agreements();
      case EVENTS -> d.events();
      case SERIES -> d.series();
      case MEETINGS -> d.meetings();
      case POSITIONS -> d.positions();
    };
  }

  /** Adds records of this kind to a dataset builder (not for the manifest). */
  @SuppressWarnings("unchecked")
  public void addTo(Dataset.Builder b, List<? extends Entity> records) {
    Dataset.Builder unused = switch (this) {
      case MANIFEST -> throw new IllegalStateException("the manifest is not a list of records");
      case SOURCES -> b.addAllSources((List<Source>) records);
      case COUNTRIES -> b.addAllCountries((List<Country>) records);
      case PEOPLE -> b.addAllPeople((List<Person>) records);
      case TOPICS -> b.addAllTopics((List<Topic>) records);
      case PROPOSITIONS -> b.addAllPropositions((List<Proposition>) records);
      case TERRITORIES -> b.addAllTerritories((List<Territory>) records);
      case CLAIMS -> b.addAllClaims((List<TerritorialClaim>) records);
      case AGREEMENTS -> b.addAllAgreements((List<Agreement>) records);
      case EVENTS -> b.addAllEvents((List<Event>) records);
      case SERIES -> b.addAllSeries((List<Series>) records);
      case MEETINGS -> b.addAllMeetings((List<Meeting>) records);
      case POSITIONS -> b.addAllPositions((List<Position>) records);
    };
  }

  public static Optional<RecordKind> ofFile(String file) {
    for (RecordKind k : values()) {
      if (k.file.equals(file)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
