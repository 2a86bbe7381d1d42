package io.parley.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import io.parley.internal.DatasetTrees;
import io.parley.internal.Dedup;
import io.parley.internal.Issue;
import io.parley.internal.Locate;
import io.parley.internal.Node;
import io.parley.internal.RecordKind;
import io.parley.internal.RecordMapper;
import io.parley.internal.Suggest;
import io.parley.internal.Validator;
import io.parley.model.Dataset;
import io.parley.model.Manifest;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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
 * tenures; a position stated at a meeting falls within its span; predecessors form no cycle.
 *
 * <p><b>Limits.</b> {@link ReadLimits} bound the size of files, the length of strings, the depth
 * of nesting, the number of records and the number of problems listed; see its defaults. A file
 * past a limit fails with a problem that names the limit.
 *
 * <p>A reader is immutable and thread-safe; reads never modify the files.
 *
 * @since 0.1.0
 */
public final class DatasetReader {
  private static final DatasetReader DEFAULT = new DatasetReader(ReadLimits.defaults());

  private final ReadLimits limits;

  private DatasetReader(ReadLimits limits) {
    this.limits = limits;
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
    Load load = new Load(directory);
    return load.run();
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

  private static Problem problem(Issue i) {
    if (i.index() < 0) {
      return Problem.inFile(i.kind().file(), i.line(), i.column(), i.reason());
    }
    return Problem.inRecord(
        i.kind().file(), i.line(), i.column(), i.kind().singular(), i.record(), i.field(), i.reason());
  }

  /** One read of one directory. */
  private final class Load {
    private final Path directory;
    private final JsonSyntax syntax = new JsonSyntax(limits);
    private final List<Problem> problems = new ArrayList<>();
    private final DatasetTrees.Collector collector = new DatasetTrees.Collector();
    private final Map<RecordKind, Path> present = new EnumMap<>(RecordKind.class);
    private final Dedup dedup = new Dedup();

    Load(Path directory) {
      this.directory = directory;
    }

    Dataset run() throws DatasetException {
      String dir = directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
      if (!Files.isDirectory(directory)) {
        problems.add(Problem.inFile(dir, 0, 0, Files.exists(directory)
            ? "is not a directory; a dataset is a directory of JSON files"
            : "does not exist"));
        fail(problems);
      }
      listFiles();
      if (!present.containsKey(RecordKind.MANIFEST)) {
        problems.add(Problem.inFile(RecordKind.MANIFEST.file(), 0, 0,
            "is missing; every dataset has one, with its format version, dataset version, licence"
                + " and how to cite it"));
      }
      for (RecordKind kind : RecordKind.values()) {
        Path file = present.get(kind);
        if (file != null && !readFile(kind, file)) {
          break;
        }
      }
      if (!problems.isEmpty()) {
        sortAndFail();
      }
      Dataset dataset = collector.build().orElseThrow();
      List<Issue> cross = Validator.check(dataset);
      if (!cross.isEmpty()) {
        locate(cross);
        sortAndFail();
      }
      return dataset;
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
        fail(problems);
      }
    }

    /** Reads one file; false if reading should stop (a manifest from a newer format). */
    private boolean readFile(RecordKind kind, Path path) {
      String file = kind.file();
      byte[] bytes;
      try {
        long size = Files.size(path);
        if (size > limits.maxFileBytes()) {
          problems.add(Problem.inFile(file, 0, 0, "is " + size + " bytes, more than the limit of "
              + limits.maxFileBytes() + " (ReadLimits.maxFileBytes)"));
          return true;
        }
        bytes = Files.readAllBytes(path);
      } catch (NoSuchFileException e) {
        problems.add(Problem.inFile(file, 0, 0, "disappeared while being read"));
        return true;
      } catch (IOException e) {
        problems.add(Problem.inFile(file, 0, 0, "cannot be read: " + e));
        return true;
      }
      List<Issue> issues = new ArrayList<>();
      boolean[] future = {false};
      Optional<Problem> stop =
          syntax.parse(bytes, file, kind != RecordKind.MANIFEST, (index, node) -> {
            if (kind == RecordKind.MANIFEST && newerFormat(node, issues)) {
              future[0] = true;
              return;
            }
            RecordMapper.read(kind, index, node, issues, dedup).ifPresent(r -> collector.add(kind, r));
          });
      for (Issue i : issues) {
        problems.add(problem(i));
      }
      stop.ifPresent(problems::add);
      return !future[0];
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
        if (new java.math.BigDecimal(format.text()).compareTo(java.math.BigDecimal.valueOf(Manifest.CURRENT_FORMAT)) > 0) {
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
          try {
            syntax.parse(Files.readAllBytes(path), kind.file(), kind != RecordKind.MANIFEST, (index, node) -> {
              if (wanted.contains(index)) {
                records.put(index, node);
              }
            });
          } catch (IOException ex) {
            // Places stay 0: the file changed under us; the reasons still stand.
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

    private void sortAndFail() throws DatasetException {
      problems.sort(
          Comparator.comparingInt((Problem p) -> RecordKind.ofFile(p.file()).map(Enum::ordinal).orElse(-1))
              .thenComparingInt(Problem::line)
              .thenComparingInt(Problem::column));
      fail(problems);
    }
  }
}
