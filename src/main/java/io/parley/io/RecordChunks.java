package io.parley.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * A file of records (one top-level JSON array) read a window at a time and cut into chunks of
 * whole records, each of which parses on its own as an array: so that a file of any size is read
 * without holding it whole (one byte array holds at most 2 GiB), and its chunks are parsed on
 * several threads at once.
 *
 * <p>The cuts are found by a scan that follows strings, escapes and nesting: a chunk ends before a
 * comma between two records of the top-level array, and its bytes are those records with a
 * {@code [} before them and a {@code ]} after (the comma's byte). With each chunk go the line
 * and column of its first byte and the index of its first record, so that places and indexes are
 * those of the file. The scan checks no more than it must to cut: JSON syntax, encoding and limits
 * are the parser's, chunk by chunk. What it cannot cut (no array, an array not closed, text after
 * it, a byte-order mark) it reports as {@link NotChunkable}, and the caller reads the file whole.
 */
final class RecordChunks implements AutoCloseable {
  /** The file is not one array the scan can cut; the reason and the place where it saw so. */
  static final class NotChunkable extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final String reason;

    NotChunkable(int line, int column, String reason) {
      super(reason, null, false, false);
      this.line = line;
      this.column = column;
      this.reason = reason;
    }
  }

  /** The file grew past the size limit while being read. */
  static final class TooLong extends Exception {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(null, null, false, false);
    }
  }

  /** Whole records: {@code bytes[from]} is {@code [}, {@code bytes[from + length - 1]} is {@code ]}. */
  static final class Chunk {
    final byte[] bytes;
    final int from;
    final int length;
    /** The line and column (1-based, in characters) of {@code bytes[from + 1]} in the file. */
    final int line;
    final int column;
    /** The index in the file of the chunk's first record, and how many records the scan counted. */
    final int firstIndex;
    final int records;

    Chunk(byte[] bytes, int from, int length, int line, int column, int firstIndex, int records) {
      this.bytes = bytes;
      this.from = from;
      this.length = length;
      this.line = line;
      this.column = column;
      this.firstIndex = firstIndex;
      this.records = records;
    }
  }

  private final FileChannel channel;
  private final long limit;
  private final int target;
  private long read;
  private boolean eof;

  /** The window: {@code buf[from]} is the {@code [} of the chunk being gathered; bytes up to fill. */
  private byte[] buf;
  private int from;
  private int fill;
  private int scanned;
  /** The line and column of {@code buf[from + 1]}. */
  private int line = 1;
  private int column = 1;
  /** Line breaks seen from {@code from + 1} to {@code scanned}, and where the last line began (or -1). */
  private int breaks;
  private int lineStart = -1;
  private boolean carriageReturn;
  /** Top-level commas seen from {@code from + 1}: the chunk so far holds one record more. */
  private int commas;

  private int depth;
  private boolean started;
  private boolean ended;
  private boolean inString;
  private boolean escaped;
  private int nextIndex;

  /**
   * @param limit the most bytes the file may have
   * @param target how many bytes a chunk holds at least: it ends at the first comma between
   *     records past that many (the last chunk may hold fewer)
   */
  RecordChunks(Path path, long limit, int target) throws IOException {
    this.channel = FileChannel.open(path, StandardOpenOption.READ);
    this.limit = limit;
    this.target = target;
    this.buf = new byte[Math.max(64, target + target / 4 + 1)];
    this.from = 0;
    this.fill = 1; // file bytes from buf[1]; buf[0] becomes the '[' once the array opens there
    this.scanned = 1;
  }

  /** The next chunk, or null after the last. */
  @Nullable Chunk next() throws IOException, NotChunkable, TooLong {
    while (true) {
      if (ended) {
        return null;
      }
      if (scanned == fill) {
        if (eof) {
          throw new NotChunkable(placeLine(scanned), placeColumn(scanned), started
              ? "the file ends before its array of records is closed" : "the file is empty");
        }
        readMore();
        continue;
      }
      Chunk c = scan();
      if (c != null) {
        return c;
      }
    }
  }

  private void readMore() throws IOException, TooLong {
    if (fill == buf.length) {
      // One record longer than the window: a larger window, the gathered bytes kept.
      buf = java.util.Arrays.copyOf(buf, buf.length * 2);
    }
    int n = channel.read(ByteBuffer.wrap(buf, fill, buf.length - fill));
    if (n < 0) {
      eof = true;
      return;
    }
    read += n;
    if (read > limit) {
      throw new TooLong();
    }
    fill += n;
  }

  /** Scans what was read; returns a chunk once one is gathered, or at the end of the array. */
  private @Nullable Chunk scan() throws NotChunkable, IOException, TooLong {
    byte[] b = buf;
    int i = scanned;
    int end = fill;
    for (; i < end; i++) {
      byte x = b[i];
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (x == '\\') {
          escaped = true;
        } else if (x == '"') {
          inString = false;
        }
        continue;
      }
      switch (x) {
        case '"':
          inString = true;
          break;
        case '\n':
          if (!carriageReturn) {
            breaks++;
          }
          lineStart = i + 1;
          carriageReturn = false;
          continue;
        case '\r':
          breaks++;
          lineStart = i + 1;
          carriageReturn = true;
          continue;
        case '[':
        case '{':
          if (!started) {
            if (x == '{' || depth != 0) {
              throw new NotChunkable(placeLine(i), placeColumn(i), "not an array of records");
            }
            started = true;
            // The array's own '[' begins the first chunk: its place is that of the byte after it.
            line = placeLine(i + 1);
            column = placeColumn(i + 1);
            from = i;
            breaks = 0;
            lineStart = -1;
            depth = 1;
            carriageReturn = false;
            continue;
          }
          depth++;
          break;
        case ']':
        case '}':
          depth--;
          if (depth == 0) {
            if (x != ']' || !started) {
              throw new NotChunkable(placeLine(i), placeColumn(i), "the array of records is not closed by ]");
            }
            scanned = i + 1;
            Chunk last = new Chunk(b, from, i + 1 - from, line, column, nextIndex, recordsBefore(i));
            ended = true;
            rest(i + 1);
            return last;
          }
          if (depth < 0) {
            throw new NotChunkable(placeLine(i), placeColumn(i), "more closing brackets than opening ones");
          }
          break;
        case ',':
          if (depth == 1) {
            if (i - from > target) {
              scanned = i + 1;
              return cutAt(i);
            }
            commas++;
          }
          break;
        case ' ':
        case '\t':
          break;
        default:
          if (!started) {
            throw new NotChunkable(placeLine(i), placeColumn(i), "not an array of records");
          }
      }
      carriageReturn = false;
    }
    scanned = i;
    return null;
  }

  /** The records from {@code from + 1} to {@code end}: one more than the top-level commas, if any text. */
  private int recordsBefore(int end) {
    for (int k = end - 1; k > from; k--) {
      byte x = buf[k];
      if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
        return commas + 1;
      }
    }
    // Nothing but white space: an empty array, unless a comma came before (the one that cut the
    // last chunk off, or one in this one): then a record is missing, which the count shows.
    return nextIndex > 0 || commas > 0 ? commas + 1 : 0;
  }

  /**
   * The chunk before the top-level comma at {@code at}, which the scan has just reached; the bytes
   * read after it start the next window.
   */
  private Chunk cutAt(int at) {
    byte[] b = buf;
    int records = commas + 1;
    b[at] = ']';
    Chunk c = new Chunk(b, from, at + 1 - from, line, column, nextIndex, records);
    nextIndex += records;
    // The next chunk's place: the byte after the comma.
    int nextLine = line + breaks;
    int nextColumn = lineStart >= 0 ? 1 + codePoints(b, lineStart, at + 1) : column + codePoints(b, from + 1, at + 1);
    byte[] next = new byte[Math.max(target + target / 4 + 1, 2 * (fill - at) + 64)];
    int kept = fill - (at + 1);
    System.arraycopy(b, at + 1, next, 1, kept);
    next[0] = '[';
    breaks = 0;
    lineStart = -1;
    commas = 0;
    buf = next;
    from = 0;
    fill = 1 + kept;
    scanned = 1;
    line = nextLine;
    column = nextColumn;
    return c;
  }

  /** After the array: only white space may follow, to the end of the file. */
  private void rest(int at) throws NotChunkable, IOException, TooLong {
    int i = at;
    while (true) {
      for (; i < fill; i++) {
        byte x = buf[i];
        if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
          throw new NotChunkable(placeLine(i), placeColumn(i), "has more after the end of its array");
        }
      }
      if (eof) {
        return;
      }
      // Keep the window's bytes (the last chunk still holds them); read on into a new one.
      buf = new byte[4096];
      from = 0;
      fill = 0;
      i = 0;
      readMore();
    }
  }

  /** The line of {@code buf[at]}, for a problem found by the scan (before the array, or at its end). */
  private int placeLine(int at) {
    int l = line;
    for (int k = Math.max(from + 1, started ? from + 1 : 1); k < at && k < fill; k++) {
      if (buf[k] == '\n' && !(k > 0 && buf[k - 1] == '\r') || buf[k] == '\r') {
        l++;
      }
    }
    return l;
  }

  private int placeColumn(int at) {
    int start = started ? from + 1 : 1;
    int s = start;
    for (int k = start; k < at && k < fill; k++) {
      if (buf[k] == '\n' || buf[k] == '\r') {
        s = k + 1;
      }
    }
    return (s == start ? column : 1) + codePoints(buf, s, Math.min(at, fill));
  }

  /** Characters in bytes [from, to) of UTF-8: bytes other than continuation bytes. */
  static int codePoints(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if ((b[i] & 0xc0) != 0x80) {
        n++;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
