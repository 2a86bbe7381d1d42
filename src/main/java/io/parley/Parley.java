package io.parley;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.parley.internal.BuildInfo;
import io.parley.internal.RecordKind;
import io.parley.internal.RecordSource;
import io.parley.internal.bundle.BundledData;
import io.parley.internal.query.Indexes;
import io.parley.internal.query.Lazy;
import io.parley.io.CsvExport;
import io.parley.io.DatasetException;
import io.parley.io.DatasetReader;
import io.parley.io.DatasetWriter;
import io.parley.io.Problem;
import io.parley.io.ReadLimits;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.DatasetCitation;
import io.parley.model.Entity;
import io.parley.model.Manifest;
import io.parley.model.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facts about bilateral diplomacy, and the queries over them: the entry point of Parley.
 *
 * <pre>{@code
 * Parley parley = Parley.bundled();
 * parley.dataVersion();                                          // "2027.1"
 * parley.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO).list();
 * parley.territories().named("Southern Kuriles").first();        // any name, any script
 * parley.positions().of("RU").on("kuril-islands-dispute").latest();
 * parley.positions().divergence("JP", "RU");
 * parley.people().holding(Office.FOREIGN_MINISTER, "JP", LocalDate.parse("2017-03-20")).list();
 * parley.timeline("JP", "RU");
 * }</pre>
 *
 * <p>A {@code Parley} is immutable and thread-safe. {@link #bundled()} loads the dataset in the
 * jar once, lazily, on first use, and returns the same instance thereafter; it is safe to call
 * from many threads at once. {@link #load(Path)} reads a dataset directory in the documented
 * format, all or nothing, and {@link #builder()} makes one in code, optionally on top of another:
 *
 * <pre>{@code
 * Parley mine = Parley.builder()
 *     .addAll(Parley.bundled())        // everything bundled
 *     .addAll(Parley.load(myDir))      // plus my records; an id clash is an error...
 *     .replace(myCorrectedMeeting)     // ...unless replacement is asked for
 *     .build();                        // validated like the reader
 * mine.save(outDir);
 * }</pre>
 *
 * <p>Every query method returns a new, immutable query over one kind of record; see {@link
 * Query}. Lookups run on indexes, each built once, when a query first needs it.
 *
 * @since 0.1.0
 */
public final class Parley {
  private final RecordSource source;
  private final Manifest manifest;
  private final Indexes indexes;

  private Parley(RecordSource source) {
    this.source = source;
    this.manifest = source.manifest();
    this.indexes = new Indexes(source);
  }

  private Parley(Dataset dataset) {
    this(RecordSource.of(dataset));
  }

  /**
   * The holder idiom: the class loads, and the bundle is opened with it, on first use of
   * bundled(). Each kind of record is then decoded, and each index built, when a query first
   * needs it.
   */
  private static final class Bundled {
    static final Parley INSTANCE = new Parley(BundledData.open());
  }

  /**
   * The dataset bundled in the jar, loaded on first use and the same instance afterwards.
   *
   * @return the bundled dataset
   * @throws IllegalStateException if the jar's compiled dataset is missing or corrupt
   * @since 0.1.0
   */
  public static Parley bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads a dataset directory in the documented format, with the default {@link ReadLimits}.
   *
   * @param directory the directory
   * @return the dataset
   * @throws DatasetException listing every problem, if it does not load whole and consistent
   * @since 0.1.0
   */
  public static Parley load(Path directory) throws DatasetException {
    return new Parley(DatasetReader.create().read(directory));
  }

  /**
   * Reads a dataset directory with the given limits.
   *
   * @param directory the directory
   * @param limits the limits
   * @return the dataset
   * @throws DatasetException listing every problem
   * @since 0.1.0
   */
  public static Parley load(Path directory, ReadLimits limits) throws DatasetException {
    return new Parley(DatasetReader.withLimits(limits).read(directory));
  }

  /**
   * Your own records laid over another dataset, usually {@link #bundled()}: the directory's files
   * are read and checked together with the base, so your records may refer to the base's. A
   * directory with one meeting between {@code jp} and {@code kr} whose participant is the bundled
   * {@code fumio-kishida} needs only {@code meetings.json} (and a {@code sources.json} for its
   * citations); it needs no manifest (the result has the base's unless it has one).
   *
   * <pre>{@code
   * Parley mine = Parley.load(Path.of("my-data"), Parley.bundled());
   * mine.meetings().between("JP", "KR").list();   // the bundled meetings and yours
   * }</pre>
   *
   * <p>A record whose id the base already uses is a problem, reported at its place in your file;
   * to replace the base's record with yours, load with {@link Overlay#REPLACE}. Problems are
   * reported as {@link #load(Path)} reports them, {@code file:line:column record field: reason},
   * all at once, and nothing is loaded in part.
   *
   * <p>{@link #save(Path)} on the result writes the whole dataset, base and yours together, as
   * one directory that loads on its own; your own directory stays as it was, the place to keep
   * your records apart.
   *
   * @param directory the directory of your files
   * @param base the dataset to lay them over
   * @return the base and your records, as one dataset
   * @throws DatasetException listing every problem, if they do not load whole and consistent
   * @since 0.1.0
   */
  public static Parley load(Path directory, Parley base) throws DatasetException {
    return load(directory, base, Overlay.ADD);
  }

  /**
   * Your own records laid over another dataset, replacing or refusing records of the base with
   * the same ids as the overlay says; see {@link #load(Path, Parley)}.
   *
   * @param directory the directory of your files
   * @param base the dataset to lay them over
   * @param overlay what a record whose id the base already uses does
   * @return the base and your records, as one dataset
   * @throws DatasetException listing every problem
   * @since 0.1.0
   */
  public static Parley load(Path directory, Parley base, Overlay overlay) throws DatasetException {
    checkNotNull(base, "base");
    checkNotNull(overlay, "overlay");
    return new Parley(DatasetReader.create().read(directory, base.dataset(),
        overlay == Overlay.REPLACE));
  }

  /**
   * What a record of yours does when the base dataset already has a record of its kind with the
   * same id; see {@link Parley#load(Path, Parley, Overlay)}.
   *
   * @since 0.1.0
   */
  public enum Overlay {
    /** Adds your records; one whose id the base already uses is a problem. */
    ADD,
    /** Adds your records, each replacing any record of the base with its kind and id. */
    REPLACE
  }

  /**
   * A {@code Parley} over a dataset made in code, after checking the rules between its records.
   *
   * @param dataset the dataset
   * @return the instance
   * @throws DatasetException listing every rule broken
   * @since 0.1.0
   */
  public static Parley of(Dataset dataset) throws DatasetException {
    DatasetReader.create().validate(checkNotNull(dataset, "dataset"));
    return new Parley(dataset);
  }

  /**
   * A builder, for a dataset made in code or laid over another.
   *
   * @return an empty builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the dataset in the canonical form of the format into the directory.
   *
   * @param directory the directory, created if needed
   * @throws IOException if a file cannot be written
   * @since 0.1.0
   */
  public void save(Path directory) throws IOException {
    DatasetWriter.write(dataset(), directory);
  }

  /**
   * Exports the dataset as CSV files for R, pandas, SQL engines and spreadsheets, with a
   * Frictionless data package that gives every column its type and a data dictionary: see {@link
   * CsvExport}.
   *
   * <pre>{@code
   * Parley.bundled().exportCsv(Path.of("parley-csv"));
   * }</pre>
   *
   * @param directory the directory, created if needed
   * @return the files written
   * @throws IOException if a file cannot be written
   * @since 0.1.0
   */
  public ImmutableList<Path> exportCsv(Path directory) throws IOException {
    return CsvExport.write(dataset(), directory);
  }

  /**
   * How to cite this dataset version, as plain text and as BibTeX, from what its manifest says.
   *
   * <pre>{@code
   * Parley.bundled().citation().text();    // "The Parley authors. Parley bundled dataset, version 2027.1. CC BY 4.0."
   * Parley.bundled().citation().bibtex();  // "@misc{parley-bundled-dataset-2027.1, ...}"
   * }</pre>
   *
   * <p>Each {@link Source} renders itself as a reference too: {@link
   * Source#reference(io.parley.model.ReferenceStyle)}.
   *
   * @return the citation
   * @since 0.1.0
   */
  public DatasetCitation citation() {
    return DatasetCitation.of(manifest);
  }

  /**
   * The version of this library, such as {@code 0.1.0}; the data has its own, {@link
   * #dataVersion()}.
   *
   * @return the library version
   * @since 0.1.0
   */
  public static String libraryVersion() {
    return BuildInfo.version();
  }

  /**
   * The dataset's own version, such as {@code 2026.1}.
   *
   * @return the data version
   * @since 0.1.0
   */
  public String dataVersion() {
    return manifest.dataVersion();
  }

  /**
   * What the dataset says of itself: version, licence, how to cite it.
   *
   * @return the manifest
   * @since 0.1.0
   */
  public Manifest manifest() {
    return manifest;
  }

  /**
   * The records as plain values, in file order. For the bundled dataset, the first call decodes
   * every kind of record.
   *
   * @return the dataset
   * @since 0.1.0
   */
  public Dataset dataset() {
    return wholeDataset.get();
  }

  private final Lazy<Dataset> wholeDataset = new Lazy<Dataset>() {
    @Override
    public Dataset compute() {
      return source.dataset();
    }
  };

  /**
   * All countries.
   *
   * @return a query over countries
   * @since 0.1.0
   */
  public CountryQuery countries() {
    return new CountryQuery(indexes, ImmutableList.of());
  }

  /**
   * All people.
   *
   * @return a query over people
   * @since 0.1.0
   */
  public PersonQuery people() {
    return new PersonQuery(indexes, ImmutableList.of());
  }

  /**
   * All meetings.
   *
   * @return a query over meetings
   * @since 0.1.0
   */
  public MeetingQuery meetings() {
    return new MeetingQuery(indexes, ImmutableList.of());
  }

  /**
   * All territories.
   *
   * @return a query over territories
   * @since 0.1.0
   */
  public TerritoryQuery territories() {
    return new TerritoryQuery(indexes, ImmutableList.of());
  }

  /**
   * All territorial claims.
   *
   * @return a query over claims
   * @since 0.1.0
   */
  public ClaimQuery claims() {
    return new ClaimQuery(indexes, ImmutableList.of());
  }

  /**
   * All positions.
   *
   * @return a query over positions
   * @since 0.1.0
   */
  public PositionQuery positions() {
    return new PositionQuery(indexes, ImmutableList.of(), Optional.empty());
  }

  /**
   * All topics.
   *
   * @return a query over topics
   * @since 0.1.0
   */
  public TopicQuery topics() {
    return new TopicQuery(indexes, ImmutableList.of());
  }

  /**
   * All agreements.
   *
   * @return a query over agreements
   * @since 0.1.0
   */
  public AgreementQuery agreements() {
    return new AgreementQuery(indexes, ImmutableList.of());
  }

  /**
   * All events.
   *
   * @return a query over events
   * @since 0.1.0
   */
  public EventQuery events() {
    return new EventQuery(indexes, ImmutableList.of());
  }

  /**
   * All propositions: the neutral statements that positions take sides on.
   *
   * @return a query over propositions
   * @since 0.1.0
   */
  public PropositionQuery propositions() {
    return new PropositionQuery(indexes, ImmutableList.of());
  }

  /**
   * All series of recurring meetings, with how complete the data is for each.
   *
   * @return a query over series
   * @since 0.1.0
   */
  public SeriesQuery series() {
    return new SeriesQuery(indexes, ImmutableList.of());
  }

  /**
   * All sources.
   *
   * @return a query over sources
   * @since 0.1.0
   */
  public SourceQuery sources() {
    return new SourceQuery(indexes, ImmutableList.of());
  }

  /**
   * Everything between two countries in one chronological list: their meetings; agreements to
   * which both are parties; events that involved both; the start of each one's claim to a
   * territory both claim; and the positions of each (not analysts') stated at a meeting between
   * them or on a topic about a territory both claim.
   *
   * <p>Titles name countries, people and territories as a reader knows them ("Japan-Russia 2+2,
   * round 2, in Tokyo", "Japan claims Southern Kuril Islands / Northern Territories"). Entries are ordered by the
   * last day their date may be, so an entry known only to the month or the year comes after the
   * days it contains (a protest dated September 2012 after the event of 11 September it answers);
   * then a finer date before a coarser one; then events, agreements, claims, meetings and
   * positions; then by id.
   *
   * @param a a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @param b another country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the entries
   * @throws IllegalArgumentException if a code is unknown or both are the same
   * @since 0.1.0
   */
  public ImmutableList<TimelineEntry> timeline(String a, String b) {
    return Timelines.between(indexes, indexes.countryId(a), indexes.countryId(b), null);
  }

  /**
   * The entries of {@link #timeline(String, String)} that concern one topic or territory:
   * meetings and agreements that list the topic (or a topic of the territory), events at the
   * territory, claims to it, and positions on the topic. {@code about} is a topic's id ({@code
   * peace-treaty}), a territory's id ({@code dokdo-takeshima}) or any name of a territory or of
   * one of its features ({@code Takeshima}, {@code 독도}, {@code Etorofu}).
   *
   * <pre>{@code
   * parley.timeline("JP", "KR", "Takeshima"); // the Dokdo/Takeshima dispute, year by year
   * }</pre>
   *
   * @param a a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @param b another country's code
   * @param about a topic or territory id, or a territory's name
   * @return the entries
   * @throws IllegalArgumentException if a code is unknown, both are the same, or {@code about}
   *     names no topic or territory (the message offers the closest ids)
   * @since 0.1.0
   */
  public ImmutableList<TimelineEntry> timeline(String a, String b, String about) {
    checkNotNull(about, "about");
    return Timelines.between(indexes, indexes.countryId(a), indexes.countryId(b),
        Timelines.scope(indexes, about));
  }

  /**
   * Everything between two countries in one chronological list; see {@link #timeline(String,
   * String)}.
   *
   * @param a a country
   * @param b another country
   * @return the entries
   * @since 0.1.0
   */
  public ImmutableList<TimelineEntry> timeline(Country a, Country b) {
    return Timelines.between(indexes, indexes.countryId(a), indexes.countryId(b), null);
  }

  /**
   * A short description naming the dataset version, such as {@code Parley{data 2026.1}}.
   *
   * @return the description
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "Parley{data " + dataVersion() + "}";
  }

  /**
   * Builds a {@link Parley} in code, optionally laying records over another dataset. Adding a
   * record whose id is already taken within its kind is an error reported by {@link #build()};
   * {@link #replace(Entity)} and {@link #replaceAll(Parley)} replace such a record explicitly. A
   * builder is not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Optional<Manifest> manifest = Optional.empty();
    private final Map<RecordKind, Map<String, Entity>> records = new EnumMap<>(RecordKind.class);
    private final List<Problem> clashes = new ArrayList<>();

    Builder() {}

    /**
     * Sets the manifest; without one, the first dataset added with {@link #addAll} provides it.
     *
     * @param manifest the manifest
     * @return this builder
     * @since 0.1.0
     */
    public Builder manifest(Manifest manifest) {
      this.manifest = Optional.of(checkNotNull(manifest, "manifest"));
      return this;
    }

    /**
     * Adds a record; an id already taken within its kind is reported by {@link #build()}.
     *
     * @param record a record of any kind
     * @return this builder
     * @since 0.1.0
     */
    public Builder add(Entity record) {
      put(checkNotNull(record, "record"), false);
      return this;
    }

    /**
     * Adds a record, replacing any record of its kind with the same id.
     *
     * @param record a record of any kind
     * @return this builder
     * @since 0.1.0
     */
    public Builder replace(Entity record) {
      put(checkNotNull(record, "record"), true);
      return this;
    }

    /**
     * Adds every record of another dataset; ids already taken are reported by {@link #build()}.
     *
     * @param other the dataset
     * @return this builder
     * @since 0.1.0
     */
    public Builder addAll(Parley other) {
      return addAll(checkNotNull(other, "other"), false);
    }

    /**
     * Adds every record of another dataset, replacing records with the same ids.
     *
     * @param other the dataset
     * @return this builder
     * @since 0.1.0
     */
    public Builder replaceAll(Parley other) {
      return addAll(checkNotNull(other, "other"), true);
    }

    private Builder addAll(Parley other, boolean replace) {
      if (manifest.isEmpty()) {
        manifest = Optional.of(other.manifest());
      }
      Dataset d = other.dataset();
      for (RecordKind kind : RecordKind.records()) {
        for (Entity e : kind.records(d)) {
          put(e, replace);
        }
      }
      return this;
    }

    private void put(Entity e, boolean replace) {
      RecordKind kind = RecordKind.of(e);
      Map<String, Entity> byId = records.computeIfAbsent(kind, k -> new LinkedHashMap<>());
      if (!replace && byId.containsKey(e.id())) {
        clashes.add(Problem.inRecord(kind.file(), 0, 0, kind.singular(), Optional.of(e.id()),
            Optional.of("id"), "clashes with a " + kind.singular() + " already added with the same id;"
                + " use replace or replaceAll to replace it"));
        return;
      }
      byId.put(e.id(), e);
    }

    /**
     * Builds the {@code Parley}, checking every rule the reader checks between records.
     *
     * @return the new instance
     * @throws DatasetException listing id clashes and every rule broken
     * @throws IllegalStateException if no manifest was set or inherited
     * @since 0.1.0
     */
    public Parley build() throws DatasetException {
      checkState(manifest.isPresent(), "no manifest: call manifest(...) or addAll(...) first");
      if (!clashes.isEmpty()) {
        throw new DatasetException(clashes, 0);
      }
      Dataset.Builder b = Dataset.builder().manifest(manifest.get());
      for (RecordKind kind : RecordKind.records()) {
        kind.addTo(b, new ArrayList<>(records.getOrDefault(kind, Map.of()).values()));
      }
      Dataset d = b.build();
      return Parley.of(d);
    }
  }
}
