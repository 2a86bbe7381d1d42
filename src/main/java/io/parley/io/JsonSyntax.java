package io.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.parley.internal.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON text to {@link Node}s with jackson-core's streaming parser: the only place the format's
 * reader touches Jackson. The records of a top-level array are handed over one at a time, so a
 * large file is never held as one tree.
 */
final class JsonSyntax {
  /** Receives each record of a file's top-level array, or the file's one object. */
  interface RecordSink {
    void accept(int index, Node record);
  }

  private final JsonFactory factory;
  private final ReadLimits limits;

  JsonSyntax(ReadLimits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(Math.min(limits.maxStringLength(), 1000))
                    .maxNestingDepth(limits.maxNestingDepth() + 1)
                    .maxNumberLength(100)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
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
    JsonParser parser = null;
    try (JsonParser p = factory.createParser(bytes)) {
      parser = p;
      JsonToken t = p.nextToken();
      if (t == null) {
        return Optional.of(Problem.inFile(file, 1, 1,
            "is empty; expected " + (array ? "an array of records, [ ... ]" : "an object, { ... }")));
      }
      if (array) {
        if (t != JsonToken.START_ARRAY) {
          return Optional.of(at(file, p, "expected an array of records, [ ... ], found " + describe(t)));
        }
        int index = 0;
        for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          if (index >= limits.maxRecords()) {
            return Optional.of(at(file, p, "has more than " + limits.maxRecords()
                + " records, the limit (ReadLimits.maxRecords)"));
          }
          sink.accept(index++, value(p, t, 2));
        }
      } else {
        if (t != JsonToken.START_OBJECT) {
          return Optional.of(at(file, p, "expected an object, { ... }, found " + describe(t)));
        }
        sink.accept(0, value(p, t, 1));
      }
      if (p.nextToken() != null) {
        return Optional.of(at(file, p, "has more after the end of its " + (array ? "array" : "object")));
      }
      return Optional.empty();
    } catch (TooDeep e) {
      return Optional.of(Problem.inFile(file, e.line, e.column, "invalid JSON: nesting is deeper than "
          + limits.maxNestingDepth() + ", the limit (ReadLimits.maxNestingDepth)"));
    } catch (StreamConstraintsException e) {
      // Constraint violations carry no location of their own; the parser knows where it stopped.
      JsonLocation l = parser != null ? parser.currentLocation() : e.getLocation();
      return Optional.of(Problem.inFile(file, l == null ? 0 : Math.max(0, l.getLineNr()),
          l == null ? 0 : Math.max(0, l.getColumnNr()), "invalid JSON: " + limitReason(e)));
    } catch (JsonProcessingException e) {
      return Optional.of(located(file, e, e.getOriginalMessage()));
    } catch (IOException e) {
      return Optional.of(Problem.inFile(file, 0, 0, "cannot be read: " + e.getMessage()));
    }
  }

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
    return Optional.empty();
  }

  private String limitReason(StreamConstraintsException e) {
    String m = e.getOriginalMessage();
    if (m.contains("String value length") || m.contains("Name length")) {
      return "a string is longer than " + limits.maxStringLength()
          + " characters, the limit (ReadLimits.maxStringLength)";
    }
    if (m.contains("nesting depth")) {
      return "nesting is deeper than " + limits.maxNestingDepth()
          + ", the limit (ReadLimits.maxNestingDepth)";
    }
    if (m.contains("Number value length")) {
      return "a number has more than 100 digits";
    }
    return m;
  }

  private static Problem located(String file, JsonProcessingException e, String reason) {
    JsonLocation l = e.getLocation();
    int line = l == null ? 0 : Math.max(0, l.getLineNr());
    int column = l == null ? 0 : Math.max(0, l.getColumnNr());
    return Problem.inFile(file, line, column, "invalid JSON: " + reason);
  }

  private static Problem at(String file, JsonParser p, String reason) {
    JsonLocation l = p.currentTokenLocation();
    return Problem.inFile(file, l.getLineNr(), l.getColumnNr(), reason);
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

  /** Nesting past the limit, found where it happens. */
  private static final class TooDeep extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    TooDeep(int line, int column) {
      super("too deep");
      this.line = line;
      this.column = column;
    }
  }

  /** The value starting at the current token, as a tree; its depth is bounded by the limits. */
  private Node value(JsonParser p, JsonToken t, int depth) throws IOException {
    JsonLocation l = p.currentTokenLocation();
    int line = l.getLineNr();
    int column = l.getColumnNr();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > limits.maxNestingDepth()) {
      throw new TooDeep(line, column);
    }
    switch (t) {
      case START_OBJECT: {
        List<String> keys = new ArrayList<>(12);
        List<Node> values = new ArrayList<>(12);
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
          keys.add(p.currentName()); // distinct: the parser refuses a duplicate key
          values.add(value(p, p.nextToken(), depth + 1));
        }
        return Node.object(keys.toArray(new String[0]), values.toArray(new Node[0]), line, column);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
          items.add(value(p, i, depth + 1));
        }
        return Node.array(items, line, column);
      }
      case VALUE_STRING:
        return Node.string(p.getText(), line, column);
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
}
