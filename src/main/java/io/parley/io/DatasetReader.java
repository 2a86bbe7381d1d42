package io.parley.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.ExecutionError;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.parley.internal.DaemonPool;
import io.parley.internal.Issue;
import io.parley.internal.RecordKind;
import io.parley.internal.json.DatasetTrees;
import io.parley.internal.json.Dedup;
import io.parley.internal.json.Locate;
import io.parley.internal.json.Node;
import io.parley.internal.json.RecordMapper;
import io.parley.internal.text.Suggest;
import io.parley.internal.validate.Validator;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import io.parley.model.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset directory, all or nothing: a whole, consistent {@link Dataset}, or a {@link
 * DatasetException} listing every problem found.
 *
 * <pre>{@code
 * try {
 *   Dataset d = DatasetReader.create().read(Path.of("my-data"));
 * } catch (DatasetException e) {
 *   e.problems().forEach(System.err::println);
 *   // meetings.json:42:17 meeting jp-ru-2plus2-2017 field sessions[1].participants[0].person:
 *   //     no person with id "sergei-lavrov" (did you mean "sergey-lavrov"?)
 * }
 * }</pre>
 *
 * <p><b>Files.</b> A dataset is a directory holding {@code manifest.json} and any of {@code
 * sources.json}, {@code countries.json}, {@code people.json}, {@code topics.json}, {@code
 * territories.json}, {@code claims.json}, {@code agreements.json}, {@code events.json}, {@code
 * meetings.json} and {@code positions.json}; a missing file of records means none of that kind.
 * Each is UTF-8 JSON without a byte-order mark: the manifest an object, every other file an array
 * of records. Any other {@code .json} file in the directory is a problem (it is most likely a
 * misspelt name). The format is described in {@code FORMAT.md} and by the JSON Schemas that ship
 * in the jar as {@code META-INF/parley/schema/<file>.schema.json}.
 *
 * <p><b>Checks.</b> In the first pass, each record is checked on its own: JSON syntax, types,
 * required and unknown fields, allowed values, id form, dates, and each value's own consistency.
 * If every record passes, the second pass checks the rules between records: ids are unique per
 * kind; every reference resolves; every fact-bearing record and note has a citation; the parties
 * to a meeting or agreement and a claimant existed as states on the date; a participant held the
 * office they are listed in on the session's date, when the dataset records that person's
 * tenures; a position stated at a meeting falls within its span; neither predecessors nor successors
 * form a cycle.
 *
 * <p><b>Limits.</b> {@link ReadLimits} bound what one read may cost; a file past a limit fails
 * with a problem that names the limit and where it was passed. The defaults ({@link #create()}):
 *
 * <ul>
 *   <li>a file of at most 64 MiB ({@link ReadLimits#maxFileBytes()}), else it is not read;
 *   <li>strings of at most 1,000,000 characters ({@link ReadLimits#maxStringLength()}), field
 *       names of at most 1,000, numbers of at most 100;
 *   <li>arrays and objects nested at most 64 deep ({@link ReadLimits#maxNestingDepth()});
 *   <li>at most 5,000,000 records per file ({@link ReadLimits#maxRecords()}), and at most 100,000
 *       JSON values in one record;
 *   <li>100 problems listed ({@link ReadLimits#maxProblems()}); the rest are counted, not kept.
 * </ul>
 *
 * <p>Change them with {@link #withLimits(ReadLimits)}, for instance to hold files from strangers to
 * the size you expect.
 *
 * <p><b>Untrusted input.</b> A read opens only the directory's {@code *.json} files, and of those
 * reads only regular files (following symbolic links), never a device, pipe or directory that
 * bears a file's name. It binds JSON to the model by explicit code for each field, never by
 * reflection, and it never opens a network connection or loads a class named in the data. Any
 * input, however malformed or hostile, either reads whole and consistent or fails with a
 * {@link DatasetException} (or with an {@link OutOfMemoryError} only if the heap cannot hold what
 * the limits allow); a problem's message may quote a short part of the file.
 *
 * <p><b>Threads and memory.</b> When the files of records hold more than 8 MiB in all, a read
 * parses them on as many threads as there are processors, which it starts and stops itself: a
 * file of more than 32 MiB in chunks of some 1 MiB of whole records, parsed as they are read, so
 * that only a few chunks of a large file are in memory at once and every thread has work to the
 * end; smaller files whole. With 100,000 meetings and positions or more, the rules between
 * records run on as many threads too. The dataset and the problems reported are the same as on
 * one thread. A file may be of any size the limits allow, over 2 GiB too. A reader is immutable
 * and thread-safe; reads never modify the files.
 *
 * @since 0.1.0
 */
public final class DatasetReader {
  private static final DatasetReader DEFAULT = new DatasetReader(ReadLimits.defaults());

  private final ReadLimits limits;
  /** The size of the files of records above which they are read on several threads. */
  private final long parallelBytes;
  /** Whether the files are checked against the record counts a saved manifest lists. */
  private final boolean checkCounts;
  /** The size of a file of records above which it is read in chunks, when reading on several threads. */
  private final long chunkedBytes;
  /** About how many bytes a chunk holds. */
  private final int chunkBytes;

  private DatasetReader(ReadLimits limits) {
    this(limits, PARALLEL_BYTES, true, CHUNKED_BYTES, CHUNK_BYTES);
  }

  private DatasetReader(ReadLimits limits, long parallelBytes, boolean checkCounts, long chunkedBytes,
      int chunkBytes) {
    this.parallelBytes = parallelBytes;
    this.limits = limits;
    this.checkCounts = checkCounts;
    this.chunkedBytes = chunkedBytes;
    this.chunkBytes = chunkBytes;
  }

  /**
   * This reader, but not checking the files against the record counts in the manifest: for a
   * dataset that Parley saved and whose files you have since edited by hand. (Saving it again
   * brings the counts up to date.)
   *
   * @return the reader
   * @since 0.1.0
   */
  public DatasetReader ignoringRecordCounts() {
    return new DatasetReader(limits, parallelBytes, false, chunkedBytes, chunkBytes);
  }

  /**
   * A reader with the default limits.
   *
   * @return the reader
   * @since 0.1.0
   */
  public static DatasetReader create() {
    return DEFAULT;
  }

  /**
   * A reader with the given limits.
   *
   * @param limits the limits
   * @return the reader
   * @since 0.1.0
   */
  public static DatasetReader withLimits(ReadLimits limits) {
    return new DatasetReader(checkNotNull(limits, "limits"));
  }

  /**
   * The limits this reader applies.
   *
   * @return the limits
   * @since 0.1.0
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads the dataset in the directory.
   *
   * @param directory a dataset directory
   * @return the whole, consistent dataset
   * @throws DatasetException listing every problem found; nothing is returned in part
   * @since 0.1.0
   */
  public Dataset read(Path directory) throws DatasetException {
    checkNotNull(directory, "directory");
    Load load = new Load(directory, null, false);
    return load.run();
  }

  /**
   * Reads the records in the directory laid over a base dataset: the result is the base and the
   * directory's records together, checked as one, so the directory's records may refer to the
   * base's (a meeting of yours between {@code jp} and {@code kr} whose participant is the bundled
   * {@code fumio-kishida}). The directory needs no manifest; without one the result has the
   * base's. Problems name the directory's files, lines and columns as {@link #read(Path)} does; a
   * rule that your records break in a base record (say, a replaced person that a base meeting
   * still names) is reported for that base record, in its file, at line 0.
   *
   * @param directory a directory of dataset files, any of which may be missing
   * @param base the dataset to lay the records over
   * @param replace whether a record whose id the base already uses replaces the base's; if
   *     false, such a record is a problem
   * @return the whole, consistent dataset
   * @throws DatasetException listing every problem found; nothing is returned in part
   * @since 0.1.0
   */
  public Dataset read(Path directory, Dataset base, boolean replace) throws DatasetException {
    checkNotNull(directory, "directory");
    checkNotNull(base, "base");
    return new Load(directory, base, replace).run();
  }

  /**
   * Checks the rules between records (the reader's second pass) on a dataset made in code.
   * Problems name the file each kind of record would be written to, with line and column 0.
   *
   * @param dataset the dataset
   * @throws DatasetException listing every rule broken
   * @since 0.1.0
   */
  public void validate(Dataset dataset) throws DatasetException {
    checkNotNull(dataset, "dataset");
    List<Problem> problems = new ArrayList<>();
    for (Issue i : Validator.check(dataset)) {
      problems.add(problem(i));
    }
    fail(problems);
  }

  private void fail(List<Problem> problems) throws DatasetException {
    if (problems.isEmpty()) {
      return;
    }
    int cap = limits.maxProblems();
    if (problems.size() > cap) {
      throw new DatasetException(problems.subList(0, cap), problems.size() - cap);
    }
    throw new DatasetException(problems, 0);
  }

  static Problem problem(Issue i) {
    String reason = shortened(i.reason());
    if (i.index() < 0) {
      return Problem.inFile(i.kind().file(), i.line(), i.column(), reason);
    }
    return Problem.inRecord(
        i.kind().file(), i.line(), i.column(), i.kind().singular(), i.record(), i.field(), reason);
  }

  /** The longest value a message quotes whole. */
  private static final int QUOTE_LIMIT = 120;
  private static final java.util.regex.Pattern LONG_QUOTE =
      java.util.regex.Pattern.compile("\"([^\"]{" + (QUOTE_LIMIT + 1) + ",})\"");

  /**
   * The reason with each long quoted value cut to its two ends and its length, so that a value
   * of a million characters makes a message of a line, not of a megabyte.
   */
  static String shortened(String reason) {
    if (reason.length() <= QUOTE_LIMIT) {
      return reason;
    }
    java.util.regex.Matcher m = LONG_QUOTE.matcher(reason);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = m.group(1);
      int n = v.codePointCount(0, v.length());
      if (n <= QUOTE_LIMIT) {
        continue;
      }
      String cut = "\"" + v.substring(0, v.offsetByCodePoints(0, 60)) + "…"
          + v.substring(v.offsetByCodePoints(v.length(), -20)) + "\" (" + n + " characters)";
      m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(cut));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** By default, the files of records are read on several threads above 8 MiB in all. */
  private static final long PARALLEL_BYTES = 8L << 20;

  /**
   * This reader, reading on several threads above {@code bytes}: for tests of both paths. At 0,
   * the rules between records run on several threads too, whatever the number of records.
   */
  DatasetReader withParallelThreshold(long bytes) {
    return new DatasetReader(limits, bytes, checkCounts, chunkedBytes, chunkBytes);
  }

  /**
   * This reader, reading files of records over {@code threshold} bytes in chunks of about {@code
   * bytes} (on several threads if the files hold more than the parallel threshold): for tests of
   * the chunked path on small files.
   */
  DatasetReader withChunks(long threshold, int bytes) {
    return new DatasetReader(limits, parallelBytes, checkCounts, threshold, bytes);
  }

  /**
   * A file of records larger than this is read in chunks, parsed on several threads when the files
   * are read so; a file larger than {@link #WHOLE_BYTES} is read so whatever this is.
   */
  private static final long CHUNKED_BYTES = 32L << 20;
  /** About how many bytes one chunk holds: some 10-20 ms of parsing, and an array G1 need not treat as humongous. */
  private static final int CHUNK_BYTES = 1 << 20;
  /** The largest file read into one byte array. */
  static final long WHOLE_BYTES = Integer.MAX_VALUE - 8;

  /** One read of one directory. */
  private final class Load {
    private final Path directory;
    /** Holds no state of a parse (a Jackson factory is thread-safe): shared by the reading threads. */
    private final JsonSyntax syntax = new JsonSyntax(limits);
    private final Problems problems = new Problems(limits.maxProblems());
    private final DatasetTrees.Collector collector = new DatasetTrees.Collector();
    private final Map<RecordKind, Path> present = new EnumMap<>(RecordKind.class);
    /** Made once the files are listed, for their size. */
    private Dedup dedup = new Dedup(0);
    private final @Nullable Dataset base;
    private final boolean replace;
    /** The manifest's record counts, as the file has them, if it has them. */
    private @Nullable Node savedCounts;

    Load(Path directory, @Nullable Dataset base, boolean replace) {
      this.directory = directory;
      this.base = base;
      this.replace = replace;
    }

    Dataset run() throws DatasetException {
      String dir = directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
      if (!Files.isDirectory(directory)) {
        problems.add(Problem.inFile(dir, 0, 0, Files.exists(directory)
            ? "is not a directory; a dataset is a directory of JSON files"
            : "does not exist"));
        problems.fail();
      }
      listFiles();
      dedup = new Dedup(jsonBytes());
      if (base != null && !present.containsKey(RecordKind.MANIFEST)) {
        collector.addAll(RecordKind.MANIFEST, List.of(base.manifest()));
      } else if (!present.containsKey(RecordKind.MANIFEST)) {
        problems.add(Problem.inFile(RecordKind.MANIFEST.file(), 0, 0,
            "is missing; every dataset has one, with its format version, dataset version, licence"
                + " and how to cite it"));
      }
      readFiles();
      problems.fail();
      Dataset dataset = collector.build().orElseThrow();
      if (checkCounts && savedCounts != null) {
        SavedCounts.check(savedCounts, dataset, present, problems);
        problems.fail();
      }
      Map<RecordKind, Integer> own = new EnumMap<>(RecordKind.class);
      if (base != null) {
        for (RecordKind kind : RecordKind.records()) {
          own.put(kind, kind.records(dataset).size());
        }
        dataset = overlay(dataset, base);
        problems.fail();
      }
      List<Issue> cross = Validator.check(dataset, Runtime.getRuntime().availableProcessors(),
          parallelBytes == 0 ? 0 : Validator.PARALLEL_RECORDS);
      if (!cross.isEmpty()) {
        List<Issue> ours = new ArrayList<>();
        for (Issue i : cross) {
          if (base != null && i.index() >= own.get(i.kind())) {
            problems.add(problem(i.because("in a record of the base dataset: " + i.reason())));
          } else {
            ours.add(i);
          }
        }
        locate(ours);
        problems.fail();
      }
      return dataset;
    }

    /**
     * The directory's records followed by the base's (so that a record's index in the result is
     * its index in its file, for the places of problems), each base record whose id the directory
     * also uses either replaced or reported.
     */
    private Dataset overlay(Dataset own, Dataset base) {
      Dataset.Builder b = Dataset.builder().manifest(own.manifest());
      List<Issue> clashes = new ArrayList<>();
      for (RecordKind kind : RecordKind.records()) {
        List<? extends Entity> mine = kind.records(own);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Entity e : mine) {
          ids.add(e.id());
        }
        List<Entity> all = new ArrayList<>(mine);
        for (Entity e : kind.records(base)) {
          if (!ids.contains(e.id())) {
            all.add(e);
          } else if (!replace) {
            int index = indexOf(mine, e.id());
            clashes.add(new Issue(kind, index, Optional.of(e.id()), Optional.of("id"), 0, 0,
                "the base dataset already has a " + kind.singular() + " with this id; give yours"
                    + " another id, or replace the base's: Parley.load(directory, base,"
                    + " Parley.Overlay.REPLACE)"));
          }
        }
        kind.addTo(b, all);
      }
      locate(clashes);
      return b.build();
    }

    private int indexOf(List<? extends Entity> records, String id) {
      for (int i = 0; i < records.size(); i++) {
        if (records.get(i).id().equals(id)) {
          return i;
        }
      }
      return -1;
    }

    private void listFiles() throws DatasetException {
      List<String> known = new ArrayList<>();
      for (RecordKind k : RecordKind.values()) {
        known.add(k.file());
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
        for (Path f : new TreeSet<>(ImmutableList.copyOf(files))) {
          String name = f.getFileName().toString();
          Optional<RecordKind> kind = RecordKind.ofFile(name);
          if (kind.isPresent()) {
            present.put(kind.get(), f);
          } else {
            problems.add(Problem.inFile(name, 0, 0, "is not a file of the dataset format"
                + Suggest.didYouMean(name, known) + "; the files are " + Joiner.on(", ").join(known)));
          }
        }
      } catch (IOException e) {
        problems.add(Problem.inFile(directory.toString(), 0, 0, "cannot be listed: " + e));
        problems.fail();
      }
    }

    /**
     * Reads the manifest, then the other files: on as many threads as there are processors (at
     * most one per file) when they hold more than 8 MiB in all, else on this
     * thread. Records are collected per file and added in file order, and problems are sorted by
     * place, so the result and the report do not depend on which file finished first.
     */
    private void readFiles() {
      List<FileRead> reads = new ArrayList<>();
      Path manifest = present.get(RecordKind.MANIFEST);
      if (manifest != null) {
        FileRead read = readFile(RecordKind.MANIFEST, manifest);
        collector.addAll(read.kind, read.records);
        if (read.newerFormat) {
          return;
        }
      }
      List<RecordKind> kinds = new ArrayList<>();
      long bytes = 0;
      for (RecordKind kind : RecordKind.values()) {
        Path file = present.get(kind);
        if (kind != RecordKind.MANIFEST && file != null) {
          kinds.add(kind);
          try {
            bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
          } catch (IOException e) {
            // readFile reports it
          }
        }
      }
      int processors = Runtime.getRuntime().availableProcessors();
      boolean parallel = processors >= 2 && bytes >= parallelBytes
          && (kinds.size() >= 2 || chunked(kinds.isEmpty() ? null : kinds.get(0)));
      if (!parallel) {
        for (RecordKind kind : kinds) {
          Path file = present.get(kind);
          reads.add(chunked(kind) ? new ChunkedFile(kind, file, size(file), null, null, this::readFile, syntax, dedup, problems, limits, chunkBytes).finish() : readFile(kind, file));
        }
      } else {
        ExecutorService pool = DaemonPool.of("parley-reader", processors);
        try {
          // Whole files go to the pool at once; this thread then cuts the large ones into chunks,
          // which it hands to the pool as it cuts them, no more at a time than the threads can
          // parse soon, so that the bytes in memory stay a few chunks, whatever the files' size.
          Map<RecordKind, Future<FileRead>> whole = new EnumMap<>(RecordKind.class);
          for (RecordKind kind : kinds) {
            if (!chunked(kind)) {
              Path file = present.get(kind);
              whole.put(kind, pool.submit(new Callable<FileRead>() {
                @Override
                public FileRead call() {
                  return readFile(kind, file);
                }
              }));
            }
          }
          java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(2 * processors + 1);
          Map<RecordKind, ChunkedFile> cut = new EnumMap<>(RecordKind.class);
          for (RecordKind kind : kinds) {
            if (chunked(kind)) {
              cut.put(kind, new ChunkedFile(kind, present.get(kind), size(present.get(kind)), pool, inFlight, this::readFile, syntax, dedup, problems, limits, chunkBytes));
            }
          }
          for (RecordKind kind : kinds) {
            reads.add(whole.containsKey(kind) ? Futures.getUnchecked(whole.get(kind)) : cut.get(kind).finish());
          }
        } catch (UncheckedExecutionException | ExecutionError e) {
          Throwables.throwIfUnchecked(e.getCause());
          throw e;
        } finally {
          pool.shutdownNow();
        }
      }
      for (FileRead read : reads) {
        collector.addAll(read.kind, read.records);
      }
    }

    /**
     * Whether the kind's file is read in chunks: when it is larger than the chunked threshold (and
     * so always when it is too large for one byte array). Chunks are parsed on the pool when there
     * is one, else one after another, which still holds only a chunk of the file's bytes at a time.
     */
    private boolean chunked(@Nullable RecordKind kind) {
      if (kind == null || kind == RecordKind.MANIFEST) {
        return false;
      }
      long size = size(present.get(kind));
      return size > WHOLE_BYTES || size > chunkedBytes;
    }

    /** The bytes of every file of records present. */
    private long jsonBytes() {
      return present.entrySet().stream().filter(e -> e.getKey() != RecordKind.MANIFEST)
          .mapToLong(e -> Math.max(0, size(e.getValue()))).sum();
    }

    private long size(Path file) {
      try {
        return Files.isRegularFile(file) ? Files.size(file) : -1;
      } catch (IOException e) {
        return -1; // readFile reports it
      }
    }

    /** Reads one file into a list of its records, reporting its problems. */
    private FileRead readFile(RecordKind kind, Path path) {
      FileRead read = new FileRead(kind);
      String file = kind.file();
      Optional<byte[]> bytes = bytes(file, path);
      if (bytes.isEmpty()) {
        return read;
      }
      // Issues go to the bounded list record by record, and a record keeps no more of its own
      // than the cap, so a file of many bad values costs memory for the cap, not for the file.
      CappedIssues issues = new CappedIssues(limits.maxProblems());
      Optional<Problem> stop =
          syntax.parse(bytes.get(), file, kind != RecordKind.MANIFEST, (index, node) -> {
            if (kind == RecordKind.MANIFEST && newerFormat(node, issues)) {
              read.newerFormat = true;
            } else {
              if (kind == RecordKind.MANIFEST && node.type() == Node.Type.OBJECT) {
                savedCounts = node.fields().get(DatasetTrees.RECORDS);
              }
              RecordMapper.read(kind, index, node, issues, dedup).ifPresent(read.records::add);
            }
            for (Issue i : issues) {
              problems.add(problem(i));
            }
            problems.count(issues.dropped);
            issues.clear();
          });
      stop.ifPresent(problems::add);
      return read;
    }

    /**
     * The file's bytes, or empty with the problem reported. Only a regular file is read (never a
     * device, pipe or directory that happens to have the name), and never more than the size
     * limit, even if it grows while being read.
     */
    private Optional<byte[]> bytes(String file, Path path) {
      try {
        if (!Files.isRegularFile(path)) {
          problems.add(Problem.inFile(file, 0, 0, Files.isDirectory(path)
              ? "is a directory, not a file of records"
              : "is not a regular file (a device, pipe or socket); a dataset's files are plain JSON files"));
          return Optional.empty();
        }
        long size = Files.size(path);
        long limit = Math.min(limits.maxFileBytes(), WHOLE_BYTES);
        if (size > limit) {
          problems.add(Problem.inFile(file, 0, 0, "is " + size + " bytes, more than the limit of "
              + limit + " (ReadLimits.maxFileBytes)"));
          return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
          bytes = in.readNBytes((int) limit + 1);
        }
        if (bytes.length > limit) {
          problems.add(Problem.inFile(file, 0, 0, "grew past the limit of " + limit
              + " bytes (ReadLimits.maxFileBytes) while being read"));
          return Optional.empty();
        }
        return Optional.of(bytes);
      } catch (NoSuchFileException e) {
        problems.add(Problem.inFile(file, 0, 0, "disappeared while being read"));
        return Optional.empty();
      } catch (IOException e) {
        problems.add(Problem.inFile(file, 0, 0, "cannot be read: " + e));
        return Optional.empty();
      }
    }

    /** A manifest whose format is newer than this library's is reported alone: nothing else can be trusted. */
    private boolean newerFormat(Node manifest, List<Issue> issues) {
      if (manifest.type() != Node.Type.OBJECT) {
        return false;
      }
      Node format = manifest.fields().get("format");
      if (format == null || format.type() != Node.Type.NUMBER) {
        return false;
      }
      try {
        java.math.BigDecimal version = new java.math.BigDecimal(format.text());
        // Only a whole number is a version; the mapper reports any other.
        boolean whole = version.signum() == 0 || version.stripTrailingZeros().scale() <= 0;
        if (whole && version.compareTo(java.math.BigDecimal.valueOf(Manifest.CURRENT_FORMAT)) > 0) {
          issues.add(new Issue(RecordKind.MANIFEST, 0, Optional.empty(), Optional.of("format"),
              format.line(), format.column(), "format version " + format.text()
                  + " is newer than this library reads (" + Manifest.CURRENT_FORMAT
                  + "); upgrade Parley to read this dataset"));
          return true;
        }
      } catch (NumberFormatException e) {
        return false;
      }
      return false;
    }

    /** Finds the places of cross-record issues by reading their files again. */
    private void locate(List<Issue> issues) {
      Map<RecordKind, List<Issue>> byKind = new EnumMap<>(RecordKind.class);
      for (Issue i : issues) {
        byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i);
      }
      for (Map.Entry<RecordKind, List<Issue>> e : byKind.entrySet()) {
        RecordKind kind = e.getKey();
        Path path = present.get(kind);
        Map<Integer, Node> records = new java.util.HashMap<>();
        java.util.Set<Integer> wanted = new java.util.HashSet<>();
        for (Issue i : e.getValue()) {
          wanted.add(i.index());
        }
        if (path != null) {
          // Places stay 0 if the file changed under us; the reasons still stand.
          JsonSyntax.RecordSink keep = (index, node) -> {
            if (wanted.contains(index)) {
              records.put(index, node);
            }
          };
          if (size(path) > WHOLE_BYTES) {
            try (RecordChunks cuts = new RecordChunks(path, limits.maxFileBytes(), chunkBytes)) {
              for (RecordChunks.Chunk c = cuts.next(); c != null; c = cuts.next()) {
                syntax.parseChunk(c, kind.file(), keep);
              }
            } catch (IOException | RecordChunks.NotChunkable | RecordChunks.TooLong unreadable) {
              // the places found so far stand
            }
          } else {
            bytes(kind.file(), path).ifPresent(b -> syntax.parse(b, kind.file(), kind != RecordKind.MANIFEST, keep));
          }
        }
        for (Issue i : e.getValue()) {
          Node record = records.get(i.index());
          Issue placed = i;
          if (record != null) {
            Node at = Locate.node(record, i.field().orElse(""));
            placed = i.at(at.line(), at.column());
          }
          problems.add(problem(placed));
        }
      }
    }
  }
}
