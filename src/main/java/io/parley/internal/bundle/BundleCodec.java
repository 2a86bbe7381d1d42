package io.parley.internal.bundle;

import com.google.common.collect.ImmutableList;
import io.parley.internal.RecordKind;
import io.parley.internal.RecordSource;
import io.parley.model.Administration;
import io.parley.model.Agreement;
import io.parley.model.Citation;
import io.parley.model.ClaimStatus;
import io.parley.model.Coordinate;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.DateSpan;
import io.parley.model.Entity;
import io.parley.model.Event;
import io.parley.model.Feature;
import io.parley.model.Holder;
import io.parley.model.HolderKind;
import io.parley.model.Manifest;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Name;
import io.parley.model.Note;
import io.parley.model.Office;
import io.parley.model.Outcome;
import io.parley.model.PartialDate;
import io.parley.model.Participant;
import io.parley.model.Person;
import io.parley.model.Place;
import io.parley.model.Position;
import io.parley.model.Proposition;
import io.parley.model.Provision;
import io.parley.model.Series;
import io.parley.model.Session;
import io.parley.model.SessionKind;
import io.parley.model.Source;
import io.parley.model.SourceKind;
import io.parley.model.Stance;
import io.parley.model.StateSystem;
import io.parley.model.SystemMembership;
import io.parley.model.Tenure;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.CRC32;

/**
 * The compiled binary form of a dataset, the way the JDK compiles tzdb: written at build time
 * from a dataset the reader has validated, read at run time with plain byte access, no JSON
 * library, no reflection, and one section per kind of record so that a kind is decoded only when
 * it is first used.
 *
 * <pre>
 * magic      8 bytes  "PARLEYDB"
 * format     u16      {@link #VERSION}
 * data       u16 length + UTF-8: the dataset version, such as 2026.1
 * checksum   i32      CRC-32 of everything after it
 * strings    varint n, n × (varint length, UTF-8): every string, once
 * sections   varint n, n × (u8 kind ordinal, varint record count, varint byte length, records)
 * </pre>
 *
 * Records are their fields in a fixed order per type: strings as indexes into the table (plus one
 * for an optional, 0 when absent), dates packed as {@code year << 9 | month << 5 | day} (plus one
 * when optional), spans as a start and an end (0 when open), enums as their ordinal, lists as a
 * count and their items. The reader trusts the content (the build validated it) but checks the
 * header and checksum, and any inconsistency surfaces as a {@link FormatException}.
 */
public final class BundleCodec {
  public static final int VERSION = 4;
  private static final byte[] MAGIC = "PARLEYDB".getBytes(StandardCharsets.US_ASCII);

  private BundleCodec() {}

  /** Thrown when the bytes are not a binary dataset this code reads. */
  public static final class FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message);
    }
  }

  // ---------------------------------------------------------------- writing

  /** Writes the dataset's binary form. */
  public static void write(Dataset d, OutputStream out) throws IOException {
    Out o = new Out();
    ByteArrayOutputStream sections = new ByteArrayOutputStream(1 << 16);
    DataOutputStream s = new DataOutputStream(sections);
    varint(s, RecordKind.values().length);
    for (RecordKind kind : RecordKind.values()) {
      o.buf.reset();
      int count = o.records(kind, d);
      s.writeByte(kind.ordinal());
      varint(s, count);
      varint(s, o.buf.size());
      o.buf.writeTo(s);
    }
    s.flush();
    ByteArrayOutputStream body = new ByteArrayOutputStream(sections.size() + (1 << 16));
    DataOutputStream b = new DataOutputStream(body);
    varint(b, o.strings.size());
    for (String str : o.strings.keySet()) {
      byte[] utf8 = str.getBytes(StandardCharsets.UTF_8);
      varint(b, utf8.length);
      b.write(utf8);
    }
    sections.writeTo(b);
    b.flush();
    byte[] bytes = body.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    DataOutputStream h = new DataOutputStream(out);
    h.write(MAGIC);
    h.writeShort(VERSION);
    h.writeUTF(d.manifest().dataVersion());
    h.writeInt((int) crc.getValue());
    h.write(bytes);
    h.flush();
  }

  static void varint(DataOutputStream out, int value) throws IOException {
    int v = value;
    while ((v & ~0x7f) != 0) {
      out.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  static int packDate(PartialDate d) {
    return d.year() << 9 | d.month().orElse(0) << 5 | d.day().orElse(0);
  }

  /** Writes records; strings go to a table built as they are met. */
  private static final class Out {
    final Map<String, Integer> strings = new LinkedHashMap<>();
    final ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
    final DataOutputStream out = new DataOutputStream(buf);

    int records(RecordKind kind, Dataset d) throws IOException {
      if (kind == RecordKind.MANIFEST) {
        manifest(d.manifest());
        return 1;
      }
      List<? extends Entity> records = kind.records(d);
      for (Entity x : records) {
        record(kind, x);
      }
      return records.size();
    }

    /** One record, by its kind's writer; each writer's reader is {@code In}'s method of the same name. */
    void record(RecordKind kind, Entity x) throws IOException {
      switch (kind) {
        case MANIFEST -> throw new AssertionError("the manifest is not a record");
        case SOURCES -> source((Source) x);
        case COUNTRIES -> country((Country) x);
        case PEOPLE -> person((Person) x);
        case TOPICS -> topic((Topic) x);
        case PROPOSITIONS -> proposition((Proposition) x);
        case TERRITORIES -> territory((Territory) x);
        case CLAIMS -> claim((TerritorialClaim) x);
        case AGREEMENTS -> agreement((Agreement) x);
        case EVENTS -> event((Event) x);
        case SERIES -> series((Series) x);
        case MEETINGS -> meeting((Meeting) x);
        case POSITIONS -> position((Position) x);
      }
    }

    void proposition(Proposition p) throws IOException {
      str(p.id());
      str(p.topic());
      str(p.text());
      names(p.translations());
      strs(p.excludes());
      notes(p.notes());
    }

    void series(Series x) throws IOException {
      str(x.id());
      strs(x.parties());
      e(x.format());
      names(x.names());
      str(x.coverage());
      citations(x.citations());
      notes(x.notes());
    }

    void u(int v) throws IOException {
      varint(out, v);
    }

    void str(String s) throws IOException {
      Integer i = strings.get(s);
      if (i == null) {
        i = strings.size();
        strings.put(s, i);
      }
      u(i);
    }

    void opt(Optional<String> s) throws IOException {
      if (s.isPresent()) {
        Integer i = strings.get(s.get());
        if (i == null) {
          i = strings.size();
          strings.put(s.get(), i);
        }
        u(i + 1);
      } else {
        u(0);
      }
    }

    void optInt(OptionalInt v) throws IOException {
      u(v.isPresent() ? v.getAsInt() + 1 : 0);
    }

    void strs(List<String> list) throws IOException {
      u(list.size());
      for (String s : list) {
        str(s);
      }
    }

    void date(PartialDate d) throws IOException {
      u(packDate(d));
    }

    void optDate(Optional<PartialDate> d) throws IOException {
      u(d.isPresent() ? packDate(d.get()) + 1 : 0);
    }

    void span(DateSpan s) throws IOException {
      date(s.start());
      optDate(s.end());
    }

    void e(Enum<?> e) throws IOException {
      u(e.ordinal());
    }

    void manifest(Manifest m) throws IOException {
      u(m.format());
      str(m.dataVersion());
      str(m.title());
      str(m.license());
      str(m.citation());
    }

    void citations(List<Citation> cs) throws IOException {
      u(cs.size());
      for (Citation c : cs) {
        str(c.source());
        opt(c.excerpt());
      }
    }

    void notes(List<Note> ns) throws IOException {
      u(ns.size());
      for (Note n : ns) {
        str(n.text());
        citations(n.citations());
      }
    }

    void names(List<Name> ns) throws IOException {
      u(ns.size());
      for (Name n : ns) {
        str(n.text());
        str(n.language());
        opt(n.romanization());
        strs(n.usedBy().asList());
      }
    }

    void place(Place p) throws IOException {
      opt(p.city());
      str(p.country());
      opt(p.venue());
    }

    void coordinate(Optional<Coordinate> c) throws IOException {
      out.writeBoolean(c.isPresent());
      if (c.isPresent()) {
        out.writeDouble(c.get().latitude());
        out.writeDouble(c.get().longitude());
      }
    }

    void source(Source s) throws IOException {
      str(s.id());
      str(s.publisher());
      opt(s.via());
      opt(s.headline());
      opt(s.author());
      optDate(s.published());
      opt(s.url());
      str(s.language());
      e(s.kind());
      notes(s.notes());
    }

    void country(Country c) throws IOException {
      str(c.id());
      str(c.alpha2());
      str(c.alpha3());
      opt(c.numeric());
      opt(c.iso3166Part3());
      optInt(c.cowCode());
      opt(c.cowAbbreviation());
      optInt(c.gwCode());
      opt(c.wikidata());
      names(c.names());
      out.writeBoolean(c.existence().isPresent());
      if (c.existence().isPresent()) {
        span(c.existence().get());
      }
      opt(c.predecessor());
      opt(c.successor());
      u(c.memberships().size());
      for (SystemMembership m : c.memberships()) {
        e(m.system());
        u(m.code());
        span(m.span());
        citations(m.citations());
      }
      citations(c.citations());
      notes(c.notes());
    }

    void person(Person p) throws IOException {
      str(p.id());
      names(p.names());
      strs(p.variants());
      opt(p.wikidata());
      u(p.tenures().size());
      for (Tenure t : p.tenures()) {
        e(t.office());
        str(t.country());
        span(t.span());
        opt(t.title());
        citations(t.citations());
      }
      citations(p.citations());
      notes(p.notes());
    }

    void topic(Topic t) throws IOException {
      str(t.id());
      str(t.label());
      opt(t.territory());
      notes(t.notes());
    }

    void territory(Territory t) throws IOException {
      str(t.id());
      str(t.neutralName());
      opt(t.wikidata());
      names(t.names());
      u(t.features().size());
      for (Feature f : t.features()) {
        str(f.id());
        names(f.names());
        coordinate(f.coordinate());
        citations(f.citations());
      }
      u(t.administration().size());
      for (Administration a : t.administration()) {
        str(a.country());
        span(a.span());
        citations(a.citations());
      }
      coordinate(t.coordinate());
      citations(t.citations());
      notes(t.notes());
    }

    void claim(TerritorialClaim c) throws IOException {
      str(c.id());
      str(c.claimant());
      str(c.territory());
      span(c.span());
      str(c.basis());
      e(c.status());
      citations(c.citations());
      notes(c.notes());
    }

    void agreement(Agreement a) throws IOException {
      str(a.id());
      str(a.title());
      opt(a.wikidata());
      names(a.names());
      strs(a.parties());
      date(a.signed());
      out.writeBoolean(a.place().isPresent());
      if (a.place().isPresent()) {
        place(a.place().get());
      }
      optDate(a.inForce());
      u(a.provisions().size());
      for (Provision p : a.provisions()) {
        str(p.text());
        citations(p.citations());
      }
      strs(a.topics());
      citations(a.citations());
      notes(a.notes());
    }

    void event(Event e) throws IOException {
      str(e.id());
      span(e.span());
      str(e.title());
      opt(e.summary());
      strs(e.countries());
      opt(e.territory());
      citations(e.citations());
      notes(e.notes());
    }

    void meeting(Meeting m) throws IOException {
      str(m.id());
      strs(m.parties());
      e(m.format());
      span(m.span());
      place(m.place());
      opt(m.host());
      opt(m.occasion());
      opt(m.series());
      optInt(m.number());
      u(m.sessions().size());
      for (Session s : m.sessions()) {
        e(s.kind());
        date(s.date());
        out.writeBoolean(s.place().isPresent());
        if (s.place().isPresent()) {
          place(s.place().get());
        }
        u(s.participants().size());
        for (Participant p : s.participants()) {
          str(p.person());
          e(p.office());
          str(p.country());
        }
        citations(s.citations());
      }
      strs(m.topics());
      u(m.outcomes().size());
      for (Outcome o : m.outcomes()) {
        str(o.text());
        citations(o.citations());
      }
      citations(m.citations());
      notes(m.notes());
    }

    void position(Position p) throws IOException {
      str(p.id());
      e(p.holder().kind());
      opt(p.holder().country());
      opt(p.holder().person());
      opt(p.holder().description());
      str(p.topic());
      e(p.stance());
      str(p.summary());
      opt(p.quote());
      date(p.date());
      opt(p.meeting());
      opt(p.proposition());
      u(p.agrees().isEmpty() ? 0 : p.agrees().get() ? 2 : 1);
      citations(p.citations());
      notes(p.notes());
    }
  }

  // ---------------------------------------------------------------- reading

  /** An opened binary dataset: header checked, sections decoded on request. */
  public static final class Contents implements RecordSource {
    private final String dataVersion;
    private final Strings strings;
    private final byte[] bytes;
    private final int[] offsets = new int[RecordKind.values().length];
    private final int[] counts = new int[RecordKind.values().length];

    private Contents(String dataVersion, Strings strings, byte[] bytes) {
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
    private In section(RecordKind kind) {
      int at = offsets[kind.ordinal()];
      if (at < 0) {
        throw new IllegalStateException("the bundled dataset has no section for " + kind.file());
      }
      return new In(bytes, at, strings);
    }

    @Override
    public Manifest manifest() {
      return section(RecordKind.MANIFEST).manifest();
    }

    /** Every record of a kind's section, decoded in order. */
    @SuppressWarnings("unchecked")
    public <T extends Entity> ImmutableList<T> records(RecordKind kind) {
      int n = count(kind);
      In in = section(kind);
      ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(n);
      for (int i = 0; i < n; i++) {
        out.add((T) in.record(kind));
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

  /** Opens a binary dataset: checks the header and checksum, reads the strings. */
  public static Contents open(byte[] all) throws FormatException {
    try {
      if (all.length < MAGIC.length + 2 || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
        throw new FormatException("not a Parley binary dataset: the file does not start with PARLEYDB");
      }
      int pos = MAGIC.length;
      int version = (all[pos] & 0xff) << 8 | (all[pos + 1] & 0xff);
      pos += 2;
      if (version != VERSION) {
        throw new FormatException(
            "binary dataset format " + version + " is not the one this library reads (" + VERSION + ")");
      }
      int len = (all[pos] & 0xff) << 8 | (all[pos + 1] & 0xff);
      pos += 2;
      String dataVersion = new String(all, pos, len, StandardCharsets.UTF_8);
      pos += len;
      int checksum = (all[pos] & 0xff) << 24 | (all[pos + 1] & 0xff) << 16 | (all[pos + 2] & 0xff) << 8
          | (all[pos + 3] & 0xff);
      pos += 4;
      CRC32 crc = new CRC32();
      crc.update(all, pos, all.length - pos);
      if ((int) crc.getValue() != checksum) {
        throw new FormatException(String.format(
            "checksum mismatch: header says %08x, content is %08x", checksum, (int) crc.getValue()));
      }
      In in = new In(all, pos, Strings.NONE);
      int n = in.u();
      if (n < 0 || n > all.length - in.pos) {
        throw new FormatException("truncated binary dataset: the string table claims " + n + " strings");
      }
      int[] bounds = new int[2 * n];
      for (int i = 0; i < n; i++) {
        int l = in.u();
        bounds[2 * i] = in.pos;
        in.pos += l;
        if (l < 0 || in.pos > all.length) {
          throw new FormatException("truncated binary dataset: string " + i + " runs past the end");
        }
        bounds[2 * i + 1] = in.pos;
      }
      Contents c = new Contents(dataVersion, new Strings(all, bounds), all);
      int sections = in.u();
      RecordKind[] kinds = RecordKind.values();
      for (int i = 0; i < sections; i++) {
        int kind = all[in.pos++] & 0xff;
        if (kind >= kinds.length) {
          throw new FormatException("unknown record kind " + kind);
        }
        c.counts[kind] = in.u();
        int length = in.u();
        c.offsets[kind] = in.pos;
        in.pos += length;
      }
      if (in.pos != all.length) {
        throw new FormatException("the sections do not end where the file does");
      }
      return c;
    } catch (IndexOutOfBoundsException e) {
      throw new FormatException("truncated binary dataset: " + e.getMessage());
    }
  }

  /**
   * The string table, decoded string by string on first use: opening the bundled dataset then
   * costs one pass over the lengths, and a program that asks only about meetings never decodes the
   * sources' excerpts.
   */
  private static final class Strings {
    static final Strings NONE = new Strings(new byte[0], new int[0]);

    private final byte[] bytes;
    /** String i's UTF-8 bytes are [bounds[2i], bounds[2i + 1]). */
    private final int[] bounds;
    /**
     * Strings decoded so far. Unsynchronized: two threads may decode the same string at once and
     * store equal values; a String is safe to publish through a race.
     */
    private final String[] decoded;

    Strings(byte[] bytes, int[] bounds) {
      this.bytes = bytes;
      this.bounds = bounds;
      this.decoded = new String[bounds.length / 2];
    }

    String get(int i) {
      String s = decoded[i];
      if (s == null) {
        int from = bounds[2 * i];
        s = new String(bytes, from, bounds[2 * i + 1] - from, StandardCharsets.UTF_8);
        decoded[i] = s;
      }
      return s;
    }
  }

  /** Reads records from a section. */
  private static final class In {
    final byte[] b;
    int pos;
    final Strings strings;

    In(byte[] b, int pos, Strings strings) {
      this.b = b;
      this.pos = pos;
      this.strings = strings;
    }

    int u() {
      int value = 0;
      for (int shift = 0; ; shift += 7) {
        byte x = b[pos++];
        value |= (x & 0x7f) << shift;
        if (x >= 0) {
          return value;
        }
      }
    }

    String str() {
      return strings.get(u());
    }

    /** An optional string: the index plus one, or 0; returns null when absent. */
    @org.jspecify.annotations.Nullable
    String opt() {
      int i = u();
      return i == 0 ? null : strings.get(i - 1);
    }

    int optInt() {
      return u() - 1;
    }

    boolean bool() {
      return b[pos++] != 0;
    }

    double dbl() {
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = bits << 8 | (b[pos++] & 0xff);
      }
      return Double.longBitsToDouble(bits);
    }

    static PartialDate unpack(int p) {
      int day = p & 31;
      int month = (p >> 5) & 15;
      int year = p >> 9;
      return day != 0 ? PartialDate.ofDay(year, month, day)
          : month != 0 ? PartialDate.ofMonth(year, month) : PartialDate.ofYear(year);
    }

    PartialDate date() {
      return unpack(u());
    }

    @org.jspecify.annotations.Nullable
    PartialDate optDate() {
      int p = u();
      return p == 0 ? null : unpack(p - 1);
    }

    DateSpan span() {
      PartialDate start = date();
      PartialDate end = optDate();
      return end == null ? DateSpan.from(start) : DateSpan.of(start, end);
    }

    String[] strs() {
      int n = u();
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        out[i] = str();
      }
      return out;
    }

    Manifest manifest() {
      return Manifest.builder().format(u()).dataVersion(str()).title(str()).license(str())
          .citation(str()).build();
    }

    ImmutableList<Citation> citations() {
      int n = u();
      if (n == 0) {
        return ImmutableList.of();
      }
      ImmutableList.Builder<Citation> out = ImmutableList.builderWithExpectedSize(n);
      for (int i = 0; i < n; i++) {
        Citation.Builder c = Citation.builder().source(str());
        String excerpt = opt();
        if (excerpt != null) {
          c.excerpt(excerpt);
        }
        out.add(c.build());
      }
      return out.build();
    }

    ImmutableList<Note> notes() {
      int n = u();
      if (n == 0) {
        return ImmutableList.of();
      }
      ImmutableList.Builder<Note> out = ImmutableList.builderWithExpectedSize(n);
      for (int i = 0; i < n; i++) {
        out.add(Note.builder().text(str()).addAllCitations(citations()).build());
      }
      return out.build();
    }

    ImmutableList<Name> names() {
      int n = u();
      ImmutableList.Builder<Name> out = ImmutableList.builderWithExpectedSize(n);
      for (int i = 0; i < n; i++) {
        Name.Builder b = Name.builder().text(str()).language(str());
        String r = opt();
        if (r != null) {
          b.romanization(r);
        }
        b.addUsedBy(strs());
        out.add(b.build());
      }
      return out.build();
    }

    Place place() {
      Place.Builder p = Place.builder();
      String city = opt();
      if (city != null) {
        p.city(city);
      }
      p.country(str());
      String venue = opt();
      if (venue != null) {
        p.venue(venue);
      }
      return p.build();
    }

    @org.jspecify.annotations.Nullable
    Coordinate coordinate() {
      return bool() ? Coordinate.of(dbl(), dbl()) : null;
    }

    Source source() {
      Source.Builder s = Source.builder().id(str()).publisher(str());
      String via = opt();
      String headline = opt();
      String author = opt();
      PartialDate published = optDate();
      String url = opt();
      if (via != null) {
        s.via(via);
      }
      if (headline != null) {
        s.headline(headline);
      }
      if (author != null) {
        s.author(author);
      }
      if (published != null) {
        s.published(published);
      }
      if (url != null) {
        s.url(url);
      }
      return s.language(str()).kind(SourceKind.values()[u()]).addAllNotes(notes()).build();
    }

    Country country() {
      Country.Builder c = Country.builder().id(str()).alpha2(str()).alpha3(str());
      String numeric = opt();
      String part3 = opt();
      int cow = optInt();
      String cowAbbreviation = opt();
      int gw = optInt();
      String wikidata = opt();
      if (numeric != null) {
        c.numeric(numeric);
      }
      if (part3 != null) {
        c.iso3166Part3(part3);
      }
      if (cow >= 0) {
        c.cowCode(cow);
      }
      if (cowAbbreviation != null) {
        c.cowAbbreviation(cowAbbreviation);
      }
      if (gw >= 0) {
        c.gwCode(gw);
      }
      if (wikidata != null) {
        c.wikidata(wikidata);
      }
      c.addAllNames(names());
      if (bool()) {
        c.existence(span());
      }
      String predecessor = opt();
      String successor = opt();
      if (predecessor != null) {
        c.predecessor(predecessor);
      }
      if (successor != null) {
        c.successor(successor);
      }
      int memberships = u();
      for (int i = 0; i < memberships; i++) {
        c.addMemberships(SystemMembership.builder().system(StateSystem.values()[u()]).code(u())
            .span(span()).addAllCitations(citations()).build());
      }
      return c.addAllCitations(citations()).addAllNotes(notes()).build();
    }

    Person person() {
      Person.Builder p = Person.builder().id(str()).addAllNames(names()).addVariants(strs());
      String wikidata = opt();
      if (wikidata != null) {
        p.wikidata(wikidata);
      }
      int n = u();
      for (int i = 0; i < n; i++) {
        Tenure.Builder t = Tenure.builder().office(Office.values()[u()]).country(str()).span(span());
        String title = opt();
        if (title != null) {
          t.title(title);
        }
        p.addTenures(t.addAllCitations(citations()).build());
      }
      return p.addAllCitations(citations()).addAllNotes(notes()).build();
    }

    Topic topic() {
      Topic.Builder t = Topic.builder().id(str()).label(str());
      String territory = opt();
      if (territory != null) {
        t.territory(territory);
      }
      return t.addAllNotes(notes()).build();
    }

    Proposition proposition() {
      return Proposition.builder().id(str()).topic(str()).text(str()).addAllTranslations(names())
          .addExcludes(strs()).addAllNotes(notes()).build();
    }

    Series series() {
      return Series.builder().id(str()).addParties(strs()).format(MeetingFormat.values()[u()])
          .addAllNames(names()).coverage(str()).addAllCitations(citations()).addAllNotes(notes())
          .build();
    }

    /** One record of the kind, by its kind's reader; see {@code Out#record}. */
    Entity record(RecordKind kind) {
      return switch (kind) {
        case MANIFEST -> throw new AssertionError("the manifest is not a record");
        case SOURCES -> source();
        case COUNTRIES -> country();
        case PEOPLE -> person();
        case TOPICS -> topic();
        case PROPOSITIONS -> proposition();
        case TERRITORIES -> territory();
        case CLAIMS -> claim();
        case AGREEMENTS -> agreement();
        case EVENTS -> event();
        case SERIES -> series();
        case MEETINGS -> meeting();
        case POSITIONS -> position();
      };
    }

    Territory territory() {
      Territory.Builder t = Territory.builder().id(str()).neutralName(str());
      String wikidata = opt();
      if (wikidata != null) {
        t.wikidata(wikidata);
      }
      t.addAllNames(names());
      int n = u();
      for (int i = 0; i < n; i++) {
        Feature.Builder f = Feature.builder().id(str()).addAllNames(names());
        Coordinate c = coordinate();
        if (c != null) {
          f.coordinate(c);
        }
        t.addFeatures(f.addAllCitations(citations()).build());
      }
      n = u();
      for (int i = 0; i < n; i++) {
        t.addAdministration(Administration.builder().country(str()).span(span())
            .addAllCitations(citations()).build());
      }
      Coordinate c = coordinate();
      if (c != null) {
        t.coordinate(c);
      }
      return t.addAllCitations(citations()).addAllNotes(notes()).build();
    }

    TerritorialClaim claim() {
      return TerritorialClaim.builder().id(str()).claimant(str()).territory(str()).span(span())
          .basis(str()).status(ClaimStatus.values()[u()]).addAllCitations(citations())
          .addAllNotes(notes()).build();
    }

    Agreement agreement() {
      Agreement.Builder a = Agreement.builder().id(str()).title(str());
      String wikidata = opt();
      if (wikidata != null) {
        a.wikidata(wikidata);
      }
      a.addAllNames(names()).addParties(strs()).signed(date());
      if (bool()) {
        a.place(place());
      }
      PartialDate inForce = optDate();
      if (inForce != null) {
        a.inForce(inForce);
      }
      int n = u();
      for (int i = 0; i < n; i++) {
        a.addProvisions(Provision.builder().text(str()).addAllCitations(citations()).build());
      }
      return a.addTopics(strs()).addAllCitations(citations()).addAllNotes(notes()).build();
    }

    Event event() {
      Event.Builder e = Event.builder().id(str()).span(span()).title(str());
      String summary = opt();
      if (summary != null) {
        e.summary(summary);
      }
      e.addCountries(strs());
      String territory = opt();
      if (territory != null) {
        e.territory(territory);
      }
      return e.addAllCitations(citations()).addAllNotes(notes()).build();
    }

    Meeting meeting() {
      Meeting.Builder m = Meeting.builder().id(str()).addParties(strs())
          .format(MeetingFormat.values()[u()]).span(span()).place(place());
      String host = opt();
      String occasion = opt();
      String series = opt();
      int number = optInt();
      if (host != null) {
        m.host(host);
      }
      if (occasion != null) {
        m.occasion(occasion);
      }
      if (series != null) {
        m.series(series);
      }
      if (number >= 0) {
        m.number(number);
      }
      int n = u();
      for (int i = 0; i < n; i++) {
        Session.Builder s = Session.builder().kind(SessionKind.values()[u()]).date(date());
        if (bool()) {
          s.place(place());
        }
        int p = u();
        for (int j = 0; j < p; j++) {
          s.addParticipants(Participant.of(str(), Office.values()[u()], str()));
        }
        m.addSessions(s.addAllCitations(citations()).build());
      }
      m.addTopics(strs());
      n = u();
      for (int i = 0; i < n; i++) {
        m.addOutcomes(Outcome.builder().text(str()).addAllCitations(citations()).build());
      }
      return m.addAllCitations(citations()).addAllNotes(notes()).build();
    }

    Position position() {
      String id = str();
      Holder.Builder h = Holder.builder().kind(HolderKind.values()[u()]);
      String country = opt();
      String person = opt();
      String description = opt();
      if (country != null) {
        h.country(country);
      }
      if (person != null) {
        h.person(person);
      }
      if (description != null) {
        h.description(description);
      }
      Position.Builder p = Position.builder().id(id).holder(h.build()).topic(str())
          .stance(Stance.values()[u()]).summary(str());
      String quote = opt();
      if (quote != null) {
        p.quote(quote);
      }
      p.date(date());
      String meeting = opt();
      if (meeting != null) {
        p.meeting(meeting);
      }
      String proposition = opt();
      if (proposition != null) {
        p.proposition(proposition);
      }
      int agrees = u();
      if (agrees != 0) {
        p.agrees(agrees == 2);
      }
      return p.addAllCitations(citations()).addAllNotes(notes()).build();
    }
  }
}
