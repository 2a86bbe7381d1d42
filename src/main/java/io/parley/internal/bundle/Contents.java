package io.parley.internal.bundle;

import com.google.common.collect.ImmutableList;
import io.parley.internal.RecordKind;
import io.parley.internal.RecordSource;
import io.parley.internal.bundle.BundleInput.Strings;
import io.parley.model.Agreement;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.Entity;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An opened binary dataset: header checked, sections decoded on request. */
public final class Contents implements RecordSource {
  private final String dataVersion;
  private final Strings strings;
  private final byte[] bytes;
  final int[] offsets = new int[RecordKind.values().length];
  final int[] counts = new int[RecordKind.values().length];
  /** Where the countries' ISO codes are, and how many pairs; -1 in a file without them. */
  int isoCodeOffset = -1;
  int isoCodeCount;

  Contents(String dataVersion, Strings strings, byte[] bytes) {
    this.dataVersion = dataVersion;
    this.strings = strings;
    this.bytes = bytes;
    Arrays.fill(offsets, -1);
  }

  /** The dataset version the header states. */
  public String dataVersion() {
    return dataVersion;
  }

  /** How many records of the kind the section holds. */
  public int count(RecordKind kind) {
    return counts[kind.ordinal()];
  }

  /** A section's reader; {@link #open} checked the checksum, so a section decodes whole. */
  private BundleInput section(RecordKind kind) {
    int at = offsets[kind.ordinal()];
    if (at < 0) {
      throw new IllegalStateException("the bundled dataset has no section for " + kind.file());
    }
    return new BundleInput(bytes, at, strings);
  }

  @Override
  public Manifest manifest() {
    return BundleCodec.readManifest(section(RecordKind.MANIFEST));
  }

  /** Every record of a kind's section, decoded in order. */
  public <T extends Entity> ImmutableList<T> records(RecordKind kind) {
    int n = count(kind);
    BundleInput in = section(kind);
    RecordCodec<T> codec = RecordCodec.of(kind);
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      out.add(codec.read(in));
    }
    return out.build();
  }

  @Override
  public ImmutableList<Proposition> propositions() {
    return records(RecordKind.PROPOSITIONS);
  }

  @Override
  public ImmutableList<Series> series() {
    return records(RecordKind.SERIES);
  }

  @Override
  public ImmutableList<Source> sources() {
    return records(RecordKind.SOURCES);
  }

  @Override
  public ImmutableList<Country> countries() {
    return records(RecordKind.COUNTRIES);
  }

  @Override
  public ImmutableList<Person> people() {
    return records(RecordKind.PEOPLE);
  }

  @Override
  public ImmutableList<Topic> topics() {
    return records(RecordKind.TOPICS);
  }

  @Override
  public ImmutableList<Territory> territories() {
    return records(RecordKind.TERRITORIES);
  }

  @Override
  public ImmutableList<TerritorialClaim> claims() {
    return records(RecordKind.CLAIMS);
  }

  @Override
  public ImmutableList<Agreement> agreements() {
    return records(RecordKind.AGREEMENTS);
  }

  @Override
  public ImmutableList<Event> events() {
    return records(RecordKind.EVENTS);
  }

  @Override
  public ImmutableList<Meeting> meetings() {
    return records(RecordKind.MEETINGS);
  }

  @Override
  public ImmutableList<Position> positions() {
    return records(RecordKind.POSITIONS);
  }

  /** The countries' ISO codes to their ids, read without decoding a country. */
  @Override
  public @Nullable Map<String, String> isoCodes() {
    if (isoCodeOffset < 0) {
      return null;
    }
    BundleInput in = new BundleInput(bytes, isoCodeOffset, strings);
    HashMap<String, String> codes = new HashMap<>();
    for (int i = 0; i < isoCodeCount; i++) {
      codes.put(in.str(), in.str());
    }
    return Collections.unmodifiableMap(codes);
  }

  /** Every section decoded into one dataset. */
  @Override
  public Dataset dataset() {
    Dataset.Builder b = Dataset.builder().manifest(manifest());
    for (RecordKind kind : RecordKind.records()) {
      kind.addTo(b, records(kind));
    }
    return b.build();
  }
}
