package io.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.parley.internal.json.Node;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * JSON text to {@link Node}s with jackson-core's streaming parser: the only place the format's
 * reader touches Jackson. The records of a top-level array are handed over one at a time, so a
 * large file is never held as one tree.
 *
 * <p>Places are 1-based lines and columns in characters (code points), as an editor shows them;
 * Jackson's own columns count bytes, and some of its errors point just past the offending text,
 * so both are corrected here.
 */
final class JsonSyntax {
  /** Receives each record of a file's top-level array, or the file's one object. */
  interface RecordSink {
    void accept(int index, Node record);
  }

  /** The longest field name read: the format's names are short, so a long one is broken or hostile. */
  static final int MAX_NAME_LENGTH = 1000;
  /** The most characters in a number: no number of the format comes near it. */
  static final int MAX_NUMBER_LENGTH = 100;
  /**
   * The most JSON values (objects, arrays, strings, numbers...) in one record. The largest bundled
   * record has a few hundred; the cap bounds the memory one record's tree can take, which for a
   * file of tiny values would otherwise be some fifty times the file's size.
   */
  static final int MAX_RECORD_VALUES = 100_000;

  private final JsonFactory factory;
  private final ReadLimits limits;
  private final int nameLimit;

  JsonSyntax(ReadLimits limits) {
    this.limits = limits;
    this.nameLimit = Math.min(limits.maxStringLength(), MAX_NAME_LENGTH);
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(nameLimit)
                    .maxNestingDepth(limits.maxNestingDepth() + 1)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build(); // duplicate keys: found by value(), cheaper than Jackson's set per object
  }

  /**
   * Parses a file, handing each record to the sink. Returns the problem that stopped the file
   * early, if any; records handed over before it stay handed over.
   */
  Optional<Problem> parse(byte[] bytes, String file, boolean array, RecordSink sink) {
    Optional<Problem> encoding = encoding(bytes, file);
    if (encoding.isPresent()) {
      return encoding;
    }
    return parse(bytes, 0, bytes.length, new Places(bytes), file, array, 0, sink);
  }

  /** What parsing a chunk gave: the problem that stopped it, if any, and how many records it handed over. */
  static final class ChunkParse {
    final Optional<Problem> stop;
    final int records;

    ChunkParse(Optional<Problem> stop, int records) {
      this.stop = stop;
      this.records = records;
    }
  }

  /**
   * Parses a chunk of a file's records ({@link RecordChunks}), handing each record to the sink
   * with its index in the file, its places those of the file.
   */
  ChunkParse parseChunk(RecordChunks.Chunk c, String file, RecordSink sink) {
    int[] count = new int[1];
    RecordSink counting = (index, record) -> {
      count[0]++;
      sink.accept(index, record);
    };
    Places places = new Places(c.bytes, c.from, c.length, c.line, c.column);
    Optional<Utf8> bad = Utf8.firstError(c.bytes, c.from, c.from + c.length);
    if (bad.isPresent()) {
      int[] place = places.ofOffset(bad.get().offset);
      return new ChunkParse(Optional.of(Problem.inFile(file, place[0], place[1],
          "is not valid UTF-8: " + bad.get().reason + "; save it as UTF-8")), 0);
    }
    Optional<Problem> stop = parse(c.bytes, c.from, c.length, places, file, true, c.firstIndex, counting);
    return new ChunkParse(stop, count[0]);
  }

  private Optional<Problem> parse(byte[] bytes, int from, int length, Places places, String file, boolean array,
      int firstIndex, RecordSink sink) {
    JsonParser p;
    try {
      p = factory.createParser(bytes, from, length);
    } catch (IOException e) {
      return Optional.of(Problem.inFile(file, 0, 0, "cannot be read: " + e.getMessage()));
    }
    // The parser is closed only after a failure has been placed: a closed parser forgets where it was.
    try {
      return records(p, places, file, array, firstIndex, sink);
    } catch (Stop e) {
      return Optional.of(Problem.inFile(file, e.line, e.column, e.reason));
    } catch (StreamConstraintsException e) {
      return Optional.of(constraint(p, places, file, e));
    } catch (JsonProcessingException e) {
      return Optional.of(syntax(places, file, e));
    } catch (IOException e) {
      return Optional.of(Problem.inFile(file, 0, 0, "cannot be read: " + e.getMessage()));
    } finally {
      try {
        p.close();
      } catch (IOException e) {
        // Nothing was held but the bytes already in memory.
      }
    }
  }

  private Optional<Problem> records(JsonParser p, Places places, String file, boolean array, int firstIndex,
      RecordSink sink) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      return Optional.of(Problem.inFile(file, 1, 1,
          "is empty; expected " + (array ? "an array of records, [ ... ]" : "an object, { ... }")));
    }
    if (array) {
      if (t != JsonToken.START_ARRAY) {
        return Optional.of(at(file, p, places, "expected an array of records, [ ... ], found " + describe(t)));
      }
      int index = firstIndex;
      for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (index >= limits.maxRecords()) {
          return Optional.of(at(file, p, places, "has more than " + limits.maxRecords()
              + " records, the limit (ReadLimits.maxRecords)"));
        }
        sink.accept(index++, value(p, places, t, 2, new int[1]));
      }
    } else {
      if (t != JsonToken.START_OBJECT) {
        return Optional.of(at(file, p, places, "expected an object, { ... }, found " + describe(t)));
      }
      sink.accept(0, value(p, places, t, 1, new int[1]));
    }
    if (p.nextToken() != null) {
      return Optional.of(at(file, p, places, "has more after the end of its " + (array ? "array" : "object")));
    }
    return Optional.empty();
  }

  /**
   * Refuses what is not UTF-8 before Jackson sees it: Jackson reads some ill-formed sequences (an
   * overlong {@code 0xC0 0xAF} for {@code /}, encoded surrogates) as if they were characters.
   */
  private static Optional<Problem> encoding(byte[] b, String file) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return Optional.of(Problem.inFile(file, 1, 1,
          "starts with a byte-order mark; save it as UTF-8 without one"));
    }
    if (b.length >= 2 && (b[0] == 0 || b[1] == 0 || ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
        || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe))) {
      return Optional.of(Problem.inFile(file, 1, 1,
          "is not UTF-8 (it looks like UTF-16 or UTF-32); save it as UTF-8"));
    }
    return Utf8.firstError(b).map(e -> {
      int[] place = Places.of(b, e.offset);
      return Problem.inFile(file, place[0], place[1], "is not valid UTF-8: " + e.reason + "; save it as UTF-8");
    });
  }

  /** A limit of Jackson's, met while reading the next token (string values are read later, in {@link #value}). */
  private Problem constraint(JsonParser p, Places places, String file, StreamConstraintsException e) {
    String m = e.getOriginalMessage();
    JsonLocation l = p.currentLocation();
    int[] place = places.at(l);
    String reason;
    if (m.contains("Name length")) {
      place = places.back(l, Places.NAME);
      reason = "a field name is longer than " + nameLimit + " characters, the limit for names";
    } else if (m.contains("Number value length") || m.contains("String value length")) {
      // A string value's length is checked when it is read, in value(); here it is a number's.
      place = places.back(l, Places.NUMBER);
      reason = "a number has more than " + MAX_NUMBER_LENGTH + " characters";
    } else if (m.contains("nesting depth")) {
      reason = "nesting is deeper than " + limits.maxNestingDepth() + ", the limit (ReadLimits.maxNestingDepth)";
    } else {
      reason = readable(m);
    }
    return Problem.inFile(file, place[0], place[1], "invalid JSON: " + reason);
  }

  private static Problem syntax(Places places, String file, JsonProcessingException e) {
    String m = e.getOriginalMessage();
    JsonLocation l = e.getLocation();
    int[] place = l == null ? new int[] {0, 0} : places.at(l);
    Optional<String> culprit = culprit(m);
    if (l != null && culprit.isPresent()) {
      place = places.find(l, culprit.get());
    }
    return Problem.inFile(file, place[0], place[1], "invalid JSON: " + readable(m));
  }

  private static final Pattern CHARACTER = Pattern.compile("code (\\d+)\\)");
  private static final Pattern TOKEN = Pattern.compile("token '([^']+)'");

  /**
   * The text a Jackson message is about, to find where it starts: Jackson places some errors on
   * the offending text and others just past it.
   */
  static Optional<String> culprit(String message) {
    if (message.startsWith("Non-standard token") || message.startsWith("Unrecognized token")) {
      Matcher t = TOKEN.matcher(message);
      return t.find() ? Optional.of(t.group(1)) : Optional.empty();
    }
    if (message.contains("Leading zeroes not allowed")) {
      return Optional.of("0");
    }
    Matcher c = CHARACTER.matcher(message);
    if (c.find()) {
      int code = Integer.parseInt(c.group(1));
      return code <= Character.MAX_CODE_POINT ? Optional.of(new String(Character.toChars(code))) : Optional.empty();
    }
    return Optional.empty();
  }

  private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: \\d+\\]");
  private static final Pattern END_OF_INPUT =
      Pattern.compile("^Unexpected end-of-input: expected close marker for (Array|Object) \\(start marker at line (\\d+)\\)");

  /**
   * Jackson's message, less what only a Jackson user could act on (parser features to enable,
   * byte columns, a redacted source): a data editor reads it.
   */
  static String readable(String message) {
    String m = SOURCE.matcher(message).replaceAll("line $1");
    Matcher end = END_OF_INPUT.matcher(m);
    if (end.find()) {
      return "the file ends before the " + end.group(1).toLowerCase(java.util.Locale.ROOT)
          + " opened on line " + end.group(2) + " is closed";
    }
    if (m.startsWith("Non-standard token 'NaN'") || m.startsWith("Non-standard token 'Infinity'")
        || m.startsWith("Non-standard token '-Infinity'") || m.startsWith("Non-standard token '+Infinity'")) {
      return m.substring(0, m.indexOf(':')) + ": JSON numbers have no NaN or Infinity";
    }
    if (m.contains("maybe a (non-standard) comment?")) {
      return m.substring(0, m.indexOf("maybe a (non-standard) comment?")) + "JSON has no comments";
    }
    return m.replaceAll(": enable `[A-Za-z_.]+` to allow", "")
        .replaceAll(" \\(not recognized as one since Feature '\\w+' not enabled for parser\\)", "");
  }

  private static Problem at(String file, JsonParser p, Places places, String reason) {
    int[] place = places.at(p.currentTokenLocation());
    return Problem.inFile(file, place[0], place[1], reason);
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "true or false";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  /**
   * Up to this many keys, an object's keys are checked for a duplicate one by one; past it, in a
   * set. Jackson's own check (STRICT_DUPLICATE_DETECTION) makes a set for every object of three
   * keys or more, some 4% of a large load.
   */
  private static final int FEW_KEYS = 16;

  /** A key given twice in one object, placed on its second occurrence. */
  private static Stop duplicate(Places places, JsonParser p, String key) {
    return new Stop(places.at(p.currentTokenLocation()), "invalid JSON: Duplicate field '" + key + "'");
  }

  /** A problem found where it happens, that stops the file. */
  private static final class Stop extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final String reason;

    Stop(int[] place, String reason) {
      super(reason);
      this.line = place[0];
      this.column = place[1];
      this.reason = reason;
    }
  }

  /** The value starting at the current token, as a tree; its depth is bounded by the limits. */
  private Node value(JsonParser p, Places places, JsonToken t, int depth, int[] values) throws IOException {
    int[] place = places.at(p.currentTokenLocation());
    int line = place[0];
    int column = place[1];
    if (++values[0] > MAX_RECORD_VALUES) {
      throw new Stop(place, "a record holds more than " + MAX_RECORD_VALUES + " values, the most one may");
    }
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > limits.maxNestingDepth()) {
      throw new Stop(place, "invalid JSON: nesting is deeper than " + limits.maxNestingDepth()
          + ", the limit (ReadLimits.maxNestingDepth)");
    }
    switch (t) {
      case START_OBJECT: {
        List<String> keys = new ArrayList<>(12);
        List<Node> fields = new ArrayList<>(12);
        @Nullable Set<String> many = null; // the keys, past FEW_KEYS of them
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
          String key = p.currentName();
          if (keys.size() < FEW_KEYS) {
            for (int k = 0; k < keys.size(); k++) {
              if (keys.get(k).equals(key)) {
                throw duplicate(places, p, key);
              }
            }
          } else {
            if (many == null) {
              many = new HashSet<>(keys);
            }
            if (!many.add(key)) {
              throw duplicate(places, p, key);
            }
          }
          keys.add(key);
          fields.add(value(p, places, p.nextToken(), depth + 1, values));
        }
        return Node.object(keys.toArray(new String[0]), fields.toArray(new Node[0]), line, column);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
          items.add(value(p, places, i, depth + 1, values));
        }
        return Node.array(items, line, column);
      }
      case VALUE_STRING:
        try {
          return Node.string(p.getText(), line, column);
        } catch (StreamConstraintsException e) {
          throw new Stop(place, "invalid JSON: a string is longer than " + limits.maxStringLength()
              + " characters, the limit (ReadLimits.maxStringLength)");
        }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Node.number(p.getText(), line, column);
      case VALUE_TRUE:
        return Node.bool(true, line, column);
      case VALUE_FALSE:
        return Node.bool(false, line, column);
      case VALUE_NULL:
        return Node.nullValue(line, column);
      default:
        throw new AssertionError("unexpected token " + t);
    }
  }

  /**
   * Turns Jackson's places (line, byte column, byte offset) into lines and character columns. The
   * tokens of a file come in order, so columns are counted on from the last one: the work is
   * linear in the file, even when it is one long line.
   */
  static final class Places {
    static final int NAME = 0;
    static final int NUMBER = 1;

    private final byte[] bytes;
    /** The parsed bytes are [start, end): Jackson's offsets count from start. */
    private final int start;
    private final int end;
    /** The line of the file that Jackson's line 1 is, and the column of bytes[start + skip] on it. */
    private final int firstLine;
    private final int firstColumn;
    /** Bytes at the start that are not the file's: a chunk's {@code [}. */
    private final int skip;
    private int lastLine = -1;
    private long lastOffset;
    private int lastColumn;

    Places(byte[] bytes) {
      this(bytes, 0, bytes.length, 1, 1, 0);
    }

    /** The places of a chunk: bytes[from] is its '[', not the file's, and bytes[from + 1] is at the line and column. */
    Places(byte[] bytes, int from, int length, int line, int column) {
      this(bytes, from, from + length, line, column, 1);
    }

    private Places(byte[] bytes, int start, int end, int firstLine, int firstColumn, int skip) {
      this.bytes = bytes;
      this.start = start;
      this.end = end;
      this.firstLine = firstLine;
      this.firstColumn = firstColumn;
      this.skip = skip;
    }

    /** The file's line of a line of the parsed bytes. */
    private int line(int line) {
      return line == 0 ? 0 : firstLine + line - 1;
    }

    /** {line, column} in the file of an offset into the array (for an encoding error). */
    int[] ofOffset(int offset) {
      int[] place = of(java.util.Arrays.copyOfRange(bytes, start + skip, end), offset - start - skip);
      return new int[] {firstLine + place[0] - 1, place[0] == 1 ? firstColumn + place[1] - 1 : place[1]};
    }

    /** {line, column} of a location Jackson reports. */
    int[] at(JsonLocation l) {
      int line = Math.max(0, l.getLineNr());
      long offset = l.getByteOffset();
      if (line == 0 || offset < 0 || offset > end - start || l.getColumnNr() < 1) {
        return new int[] {line(line), 0};
      }
      int column;
      if (line == lastLine && offset >= lastOffset) {
        column = lastColumn + codePoints((int) lastOffset, (int) offset);
      } else if (line == 1) {
        column = firstColumn + codePoints(skip, (int) offset);
      } else {
        column = 1 + codePoints(lineStart(l), (int) offset);
      }
      lastLine = line;
      lastOffset = offset;
      lastColumn = column;
      return new int[] {line(line), column};
    }

    /** The column of an offset on the line that starts at {@code lineStart} (offsets from start). */
    private int column(int lineNr, int lineStart, int offset) {
      return lineNr == 1 ? firstColumn + codePoints(skip, offset) : 1 + codePoints(lineStart, offset);
    }

    /**
     * The place of {@code culprit} where it ends at most two bytes past the location (or starts
     * at it) on the same line; the location itself if it is not there.
     */
    int[] find(JsonLocation l, String culprit) {
      byte[] c = culprit.getBytes(StandardCharsets.UTF_8);
      long offset = l.getByteOffset();
      if (offset < 0 || offset > end - start || l.getColumnNr() < 1) {
        return at(l);
      }
      int lineStart = lineStart(l);
      for (int i = (int) Math.min(offset, end - start - c.length); i >= Math.max(lineStart, offset - c.length - 2); i--) {
        if (regionMatches(i, c)) {
          return new int[] {line(l.getLineNr()), column(l.getLineNr(), lineStart, i)};
        }
      }
      return at(l);
    }

    /**
     * The start of the field name or number that Jackson was reading at the location: back to the
     * opening quote of a name, or over the characters a number is written with.
     */
    int[] back(JsonLocation l, int what) {
      long offset = l.getByteOffset();
      if (offset < 0 || offset > end - start || l.getColumnNr() < 1) {
        return at(l);
      }
      int lineStart = lineStart(l);
      int i = (int) Math.min(offset, end - start);
      if (what == NAME) {
        while (i > lineStart && !(bytes[start + i - 1] == '"' && !escaped(i - 1, lineStart))) {
          i--;
        }
        i = Math.max(lineStart, i - 1);
      } else {
        while (i > lineStart && "0123456789+-.eE".indexOf(bytes[start + i - 1]) >= 0) {
          i--;
        }
      }
      return new int[] {line(l.getLineNr()), column(l.getLineNr(), lineStart, i)};
    }

    private boolean escaped(int at, int lineStart) {
      int n = 0;
      for (int k = at - 1; k >= lineStart && bytes[start + k] == '\\'; k--) {
        n++;
      }
      return n % 2 == 1;
    }

    private boolean regionMatches(int at, byte[] c) {
      for (int k = 0; k < c.length; k++) {
        if (bytes[start + at + k] != c[k]) {
          return false;
        }
      }
      return true;
    }

    /** Where the location's line starts, as an offset from start. */
    private int lineStart(JsonLocation l) {
      return (int) Math.max(0, l.getByteOffset() - (l.getColumnNr() - 1));
    }

    /** Characters (code points) in [from, to) of valid UTF-8 (offsets from start): bytes other than continuation bytes. */
    private int codePoints(int from, int to) {
      int n = 0;
      for (int i = Math.max(0, from); i < to && start + i < end; i++) {
        if ((bytes[start + i] & 0xc0) != 0x80) {
          n++;
        }
      }
      return n;
    }

    /** {line, column} of a byte offset, counting lines as Jackson does (LF, CR or CR LF). */
    static int[] of(byte[] b, int offset) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < offset && i < b.length; i++) {
        byte c = b[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
          line++;
          column = 1;
        } else if (c != '\r' && (c & 0xc0) != 0x80) {
          column++;
        }
      }
      return new int[] {line, column};
    }
  }

  /** The well-formed UTF-8 of RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF. */
  static final class Utf8 {
    final int offset;
    final String reason;

    private Utf8(int offset, String reason) {
      this.offset = offset;
      this.reason = reason;
    }

    /** Eight bytes at a time, for the ASCII fast path. */
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static Optional<Utf8> firstError(byte[] b) {
      return firstError(b, 0, b.length);
    }

    /** The first error in bytes [from, to); its offset is into the array. */
    static Optional<Utf8> firstError(byte[] b, int from, int to) {
      int i = from;
      int n = to;
      while (i < n) {
        if (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
          i += 8; // eight ASCII bytes
          continue;
        }
        int b0 = b[i] & 0xff;
        if (b0 < 0x80) {
          i++;
          continue;
        }
        int need;
        int min = 0x80;
        int max = 0xbf;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
          need = 1;
        } else if (b0 == 0xe0) {
          need = 2;
          min = 0xa0;
        } else if (b0 == 0xed) {
          need = 2;
          max = 0x9f;
        } else if (b0 >= 0xe1 && b0 <= 0xef) {
          need = 2;
        } else if (b0 == 0xf0) {
          need = 3;
          min = 0x90;
        } else if (b0 >= 0xf1 && b0 <= 0xf3) {
          need = 3;
        } else if (b0 == 0xf4) {
          need = 3;
          max = 0x8f;
        } else if (b0 <= 0xbf) {
          return Optional.of(new Utf8(i, String.format("the byte 0x%02X continues a character that never started", b0)));
        } else if (b0 <= 0xc1) {
          return Optional.of(new Utf8(i, i + 1 < n
              ? String.format("the bytes 0x%02X 0x%02X are an overlong encoding", b0, b[i + 1] & 0xff)
              : String.format("the byte 0x%02X starts an overlong encoding", b0)));
        } else {
          return Optional.of(new Utf8(i, String.format("the byte 0x%02X never occurs in UTF-8", b0)));
        }
        for (int k = 1; k <= need; k++) {
          if (i + k >= n) {
            return Optional.of(new Utf8(i, String.format("the file ends inside the character that 0x%02X starts", b0)));
          }
          int bk = b[i + k] & 0xff;
          int lo = k == 1 ? min : 0x80;
          int hi = k == 1 ? max : 0xbf;
          if (bk < lo || bk > hi) {
            if (bk >= 0x80 && bk <= 0xbf && k == 1) {
              String what = b0 == 0xed ? "an encoded surrogate, which UTF-8 does not allow"
                  : b0 == 0xf4 ? "a character past U+10FFFF" : "an overlong encoding";
              return Optional.of(new Utf8(i, String.format("the bytes 0x%02X 0x%02X ... are %s", b0, bk, what)));
            }
            return Optional.of(new Utf8(i, String.format(
                "the byte 0x%02X starts a character of %d bytes, but 0x%02X follows it", b0, need + 1, bk)));
          }
        }
        i += need + 1;
      }
      return Optional.empty();
    }
  }
}
