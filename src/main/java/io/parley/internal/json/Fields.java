package io.parley.internal.json;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import io.parley.internal.text.Suggest;
import io.parley.model.Ids;
import io.parley.model.PartialDate;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object of a record, reporting every problem with its place and
 * field path instead of throwing. A getter whose field is missing or wrong reports it and returns
 * a stand-in; the record is then marked failed and never built, so stand-ins never escape.
 */
final class Fields {
  private final Reading reading;
  private final Node node;
  private final String path;
  private final List<String> allowed = new ArrayList<>(16);

  private Fields(Reading reading, Node node, String path) {
    this.reading = reading;
    this.node = node;
    this.path = path;
  }

  /** The fields of a record's top-level object, or empty (reported) if it is not an object. */
  static Optional<Fields> of(Reading reading, Node node) {
    return of(reading, node, "");
  }

  private static Optional<Fields> of(Reading reading, Node node, String path) {
    if (node.type() != Node.Type.OBJECT) {
      reading.report(node, path, "expected an object, found " + node.describe());
      return Optional.empty();
    }
    return Optional.of(new Fields(reading, node, path));
  }

  Reading reading() {
    return reading;
  }

  Node node() {
    return node;
  }

  String path() {
    return path;
  }

  private String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private Optional<Node> field(String name) {
    allowed.add(name); // duplicates (a field asked twice) are dropped in end()
    Node value = node.fields().get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.type() == Node.Type.NULL) {
      reading.report(value, pathOf(name), "null is not allowed; leave the field out instead");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private Optional<Node> required(String name) {
    boolean present = node.fields().containsKey(name);
    Optional<Node> value = field(name);
    if (!present) {
      reading.report(node, pathOf(name), "is required but missing");
    }
    return value;
  }

  private boolean expect(Node value, Node.Type type, String field) {
    if (value.type() != type) {
      String wanted = type == Node.Type.STRING ? "a string" : type == Node.Type.ARRAY ? "an array"
          : type == Node.Type.NUMBER ? "a number" : type == Node.Type.BOOLEAN ? "true or false"
          : "an object";
      reading.report(value, field, "expected " + wanted + ", found " + value.describe());
      return false;
    }
    return true;
  }

  private Optional<String> text(Node value, String field) {
    if (!expect(value, Node.Type.STRING, field)) {
      return Optional.empty();
    }
    String s = value.text();
    if (s.isBlank()) {
      reading.report(value, field, "is blank");
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0)) {
        reading.report(
            value, field, String.format("has the control character U+%04X at %d", (int) c, i));
        return Optional.empty();
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
        reading.report(value, field, String.format("has an unpaired surrogate U+%04X at %d", (int) c, i));
        return Optional.empty();
      }
    }
    return Optional.of(s);
  }

  String string(String name) {
    return required(name).flatMap(v -> sharedText(v, pathOf(name))).orElse("");
  }

  Optional<String> optString(String name) {
    return field(name).flatMap(v -> sharedText(v, pathOf(name)));
  }

  /**
   * Text, one instance for each distinct text of up to {@value Dedup#SHARED_TEXT} characters:
   * the summaries, quotes, excerpts and outcomes of a large dataset repeat (a source's excerpt in
   * each record that cites it, the same short summary for many statements), and a string costs
   * 40 bytes besides its text.
   */
  private Optional<String> sharedText(Node value, String field) {
    Optional<String> s = text(value, field);
    return s.isPresent() ? Optional.of(reading.dedup.text(s.get())) : s;
  }

  private Optional<String> idText(Node value, String field) {
    return idText(value, field, true);
  }

  private Optional<String> idText(Node value, String field, boolean share) {
    Optional<String> s = text(value, field);
    if (s.isEmpty()) {
      return s;
    }
    if (!Ids.isValid(s.get())) {
      reading.report(value, field, "\"" + s.get() + "\" is not a valid id: it " + Ids.whyInvalid(s.get()));
      return Optional.empty();
    }
    return Optional.of(share ? reading.dedup.string(s.get()) : s.get());
  }

  /**
   * The record's own id; also remembered for the messages that follow. Shared with the references
   * to it only for the kinds that other records refer to: a position's or a claim's id is met
   * once, and keeping it in the shared table would cost a table entry for nothing.
   */
  String recordId() {
    String id = required("id").flatMap(v -> idText(v, "id", reading.kind().isReferenced()))
        .orElse("");
    if (!id.isEmpty()) {
      reading.id(id);
    }
    return id;
  }

  String id(String name) {
    return required(name).flatMap(v -> idText(v, pathOf(name))).orElse("");
  }

  Optional<String> optId(String name) {
    return field(name).flatMap(v -> idText(v, pathOf(name)));
  }

  private <T> ImmutableList<T> array(String name, boolean required, Function<Indexed, Optional<T>> item) {
    Optional<Node> value = required ? required(name) : field(name);
    if (value.isEmpty() || !expect(value.get(), Node.Type.ARRAY, pathOf(name))) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> out = ImmutableList.builder();
    ImmutableList<Node> items = value.get().items();
    for (int i = 0; i < items.size(); i++) {
      item.apply(new Indexed(items.get(i), pathOf(name) + "[" + i + "]")).ifPresent(out::add);
    }
    return out.build();
  }

  /** An array element and its path. */
  private static final class Indexed {
    final Node node;
    final String path;

    Indexed(Node node, String path) {
      this.node = node;
      this.path = path;
    }
  }

  ImmutableList<String> ids(String name) {
    return array(name, false, e -> idText(e.node, e.path));
  }

  ImmutableList<String> requiredIds(String name) {
    return array(name, true, e -> idText(e.node, e.path));
  }

  ImmutableList<String> strings(String name) {
    return array(name, false, e -> sharedText(e.node, e.path));
  }

  ImmutableList<Fields> objects(String name) {
    return array(name, false, e -> of(reading, e.node, e.path));
  }

  Optional<Fields> optObject(String name) {
    return field(name).flatMap(v -> of(reading, v, pathOf(name)));
  }

  Optional<Fields> object(String name) {
    return required(name).flatMap(v -> of(reading, v, pathOf(name)));
  }

  private Optional<PartialDate> dateOf(Node value, String field) {
    Optional<String> s = text(value, field);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reading.dedup.date(s.get()));
    } catch (DateTimeParseException e) {
      reading.report(value, field, e.getMessage());
      return Optional.empty();
    }
  }

  PartialDate date(String name) {
    return required(name).flatMap(v -> dateOf(v, pathOf(name))).orElse(PartialDate.ofYear(1));
  }

  Optional<PartialDate> optDate(String name) {
    return field(name).flatMap(v -> dateOf(v, pathOf(name)));
  }

  Optional<Boolean> optBoolean(String name) {
    Optional<Node> value = field(name);
    if (value.isEmpty() || !expect(value.get(), Node.Type.BOOLEAN, pathOf(name))) {
      return Optional.empty();
    }
    return Optional.of(value.get().booleanValue());
  }

  boolean has(String name) {
    return node.fields().containsKey(name);
  }

  <E> E enumValue(String name, Function<String, Optional<E>> fromId, List<String> ids, E standIn) {
    Optional<Node> value = required(name);
    if (value.isEmpty()) {
      return standIn;
    }
    Optional<String> s = text(value.get(), pathOf(name));
    if (s.isEmpty()) {
      return standIn;
    }
    Optional<E> e = fromId.apply(s.get());
    if (e.isEmpty()) {
      reading.report(
          value.get(),
          pathOf(name),
          "unknown value \"" + s.get() + "\"" + Suggest.didYouMean(s.get(), ids)
              + "; allowed: " + Joiner.on(", ").join(ids));
      return standIn;
    }
    return e.get();
  }

  /** An optional enum field: its value, or {@code absent} when the field is left out. */
  <E> E optEnumValue(String name, Function<String, Optional<E>> fromId, List<String> ids,
      E absent) {
    if (!has(name)) {
      allowed.add(name);
      return absent;
    }
    return enumValue(name, fromId, ids, absent);
  }

  private Optional<BigDecimal> numberOf(Node value, String field) {
    if (!expect(value, Node.Type.NUMBER, field)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(value.text()));
    } catch (NumberFormatException | ArithmeticException e) {
      reading.report(value, field, "\"" + value.text() + "\" is not a number this format reads");
      return Optional.empty();
    }
  }

  OptionalInt optInt(String name, int min, int max) {
    Optional<Node> value = field(name);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    return intOf(value.get(), pathOf(name), min, max);
  }

  int integer(String name, int min, int max) {
    Optional<Node> value = required(name);
    return value.isEmpty() ? min : intOf(value.get(), pathOf(name), min, max).orElse(min);
  }

  private OptionalInt intOf(Node value, String field, int min, int max) {
    Optional<BigDecimal> n = numberOf(value, field);
    if (n.isEmpty()) {
      return OptionalInt.empty();
    }
    BigDecimal d = n.get();
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      reading.report(value, field, value.text() + " is not a whole number");
      return OptionalInt.empty();
    }
    if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
      reading.report(value, field, value.text() + " is out of range " + min + ".." + max);
      return OptionalInt.empty();
    }
    return OptionalInt.of(d.intValueExact());
  }

  double decimal(String name, double min, double max) {
    Optional<Node> value = required(name);
    if (value.isEmpty()) {
      return min;
    }
    Optional<BigDecimal> n = numberOf(value.get(), pathOf(name));
    if (n.isEmpty()) {
      return min;
    }
    if (n.get().compareTo(BigDecimal.valueOf(min)) < 0 || n.get().compareTo(BigDecimal.valueOf(max)) > 0) {
      reading.report(value.get(), pathOf(name), value.get().text() + " is out of range " + min + ".." + max);
      return min;
    }
    return n.get().doubleValue();
  }

  ImmutableList<Fields> requiredObjects(String name) {
    ImmutableList<Fields> items = array(name, true, e -> of(reading, e.node, e.path));
    if (has(name) && node.fields().get(name).type() == Node.Type.ARRAY
        && node.fields().get(name).items().isEmpty()) {
      reading.report(node.fields().get(name), pathOf(name), "must not be empty");
    }
    return items;
  }

  /** Reports every field that no getter asked for, naming the ones allowed. */
  void end() {
    List<String> unknown = new ArrayList<>();
    for (String key : node.fields().keySet()) {
      if (!allowed.contains(key)) {
        unknown.add(key);
      }
    }
    for (String key : unknown) {
      reading.report(
          node.fields().get(key),
          pathOf(key),
          "unknown field \"" + key + "\"" + Suggest.didYouMean(key, new java.util.LinkedHashSet<>(allowed))
              + "; allowed: " + Joiner.on(", ").join(new java.util.LinkedHashSet<>(allowed)));
    }
  }
}
