package io.parley.io;

import com.google.common.util.concurrent.Futures;
import io.parley.internal.Issue;
import io.parley.internal.RecordKind;
import io.parley.internal.json.Dedup;
import io.parley.internal.json.RecordMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A file of records read in chunks ({@link RecordChunks}), each parsed on the pool (or on this
 * thread, without one). The dataset and the problems are those of reading the file whole: a
 * chunk that meets bad syntax or encoding has the file read whole again, which reports it as
 * it always has, with Jackson's own words; only a file too large to be read whole reports such
 * a problem from its chunk (its place is the file's, a line that Jackson's message names is
 * counted from the chunk's start).
 */
final class ChunkedFile {
  /** What parsing one chunk of a file gave: its records, and its problems in the order found. */
  static final class ChunkRead {
    final RecordChunks.Chunk chunk;
    final List<Object> records = new ArrayList<>();
    final List<Problem> found = new ArrayList<>();
    long dropped;
    JsonSyntax.ChunkParse parse;

    ChunkRead(RecordChunks.Chunk chunk) {
      this.chunk = chunk;
    }

    /** Parsed to the end, with as many records as the scan counted. */
    boolean whole() {
      return parse.stop.isEmpty() && parse.records == chunk.records;
    }
  }

  final RecordKind kind;
  final Path path;
  final long size;
  final List<Future<ChunkRead>> chunks = new ArrayList<>();
  private final BiFunction<RecordKind, Path, FileRead> wholeFile;
  private final JsonSyntax syntax;
  private final Dedup dedup;
  private final Problems problems;
  private final ReadLimits limits;
  /** The scan could not cut the file, or could not read it: read it whole, or report this. */
  boolean readWhole;
  @Nullable Problem unread;

  ChunkedFile(RecordKind kind, Path path, long size, @Nullable ExecutorService pool,
      java.util.concurrent.@Nullable Semaphore inFlight, BiFunction<RecordKind, Path, FileRead> wholeFile,
      JsonSyntax syntax, Dedup dedup, Problems problems, ReadLimits limits, int chunkBytes) {
    this.kind = kind;
    this.path = path;
    this.size = size;
    this.wholeFile = wholeFile;
    this.syntax = syntax;
    this.dedup = dedup;
    this.problems = problems;
    this.limits = limits;
    String file = kind.file();
    long limit = limits.maxFileBytes();
    if (size < 0) {
      readWhole = true; // not a regular file, or gone: readFile says which
      return;
    }
    if (size > limit) {
      unread = Problem.inFile(file, 0, 0, "is " + size + " bytes, more than the limit of " + limit
          + " (ReadLimits.maxFileBytes)");
      readWhole = size <= DatasetReader.WHOLE_BYTES;
      return;
    }
    try (RecordChunks cuts = new RecordChunks(path, limit, chunkBytes)) {
      for (RecordChunks.Chunk c = cuts.next(); c != null; c = cuts.next()) {
        RecordChunks.Chunk chunk = c;
        Callable<ChunkRead> parse = new Callable<ChunkRead>() {
          @Override
          public ChunkRead call() {
            try {
              return parse(chunk);
            } finally {
              if (inFlight != null) {
                inFlight.release();
              }
            }
          }
        };
        if (pool == null) {
          chunks.add(com.google.common.util.concurrent.Futures.immediateFuture(parse(chunk)));
        } else {
          inFlight.acquireUninterruptibly();
          chunks.add(pool.submit(parse));
        }
      }
    } catch (RecordChunks.NotChunkable e) {
      unread = Problem.inFile(file, e.line, e.column, "invalid JSON: " + e.reason);
      readWhole = size <= DatasetReader.WHOLE_BYTES;
    } catch (RecordChunks.TooLong e) {
      unread = Problem.inFile(file, 0, 0, "grew past the limit of " + limit
          + " bytes (ReadLimits.maxFileBytes) while being read");
      readWhole = size <= DatasetReader.WHOLE_BYTES;
    } catch (NoSuchFileException e) {
      unread = Problem.inFile(file, 0, 0, "disappeared while being read");
      readWhole = size <= DatasetReader.WHOLE_BYTES;
    } catch (IOException e) {
      unread = Problem.inFile(file, 0, 0, "cannot be read: " + e);
      readWhole = size <= DatasetReader.WHOLE_BYTES;
    }
  }

  private ChunkRead parse(RecordChunks.Chunk chunk) {
    ChunkRead read = new ChunkRead(chunk);
    CappedIssues issues = new CappedIssues(limits.maxProblems());
    int cap = limits.maxProblems();
    read.parse = syntax.parseChunk(chunk, kind.file(), (index, node) -> {
      RecordMapper.read(kind, index, node, issues, dedup).ifPresent(read.records::add);
      for (Issue i : issues) {
        // The first cap of a chunk's problems, in the order found, which is the order of
        // their places: all that the report's first cap can need from it.
        if (read.found.size() < cap) {
          read.found.add(DatasetReader.problem(i));
        } else {
          read.dropped++;
        }
      }
      read.dropped += issues.dropped;
      issues.clear();
    });
    return read;
  }

  /** The file's records, its problems reported; waits for its chunks. */
  FileRead finish() {
    List<ChunkRead> done = new ArrayList<>(chunks.size());
    boolean whole = unread == null;
    for (Future<ChunkRead> f : chunks) {
      ChunkRead r = Futures.getUnchecked(f);
      done.add(r);
      whole &= r.whole();
    }
    if (readWhole || (!whole && size <= DatasetReader.WHOLE_BYTES)) {
      return wholeFile.apply(kind, path);
    }
    FileRead read = new FileRead(kind);
    for (ChunkRead r : done) {
      for (Problem p : r.found) {
        problems.add(p);
      }
      problems.count(r.dropped);
      read.records.addAll(r.records);
      if (!r.whole()) {
        problems.add(r.parse.stop.orElseGet(() -> Problem.inFile(kind.file(), r.chunk.line, r.chunk.column,
            "invalid JSON: a record is missing between two commas, or after the last one")));
        return read;
      }
    }
    if (unread != null) {
      problems.add(unread);
    }
    return read;
  }
}