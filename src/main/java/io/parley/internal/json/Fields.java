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
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one JSON object of a record, reporting every problem with its place and
 * field path instead of throwing. A getter whose field is missing or wrong reports it and returns
 * a stand-in; the record is then marked failed and never built, so stand-ins never escape.
 */
final class Fields {
  private final Reading reading;
  private final Node node;
  /**
   * Where this object is in its record: the object it is a field of (null for the record's own),
   * and its name there, and its index if it is an item of an array (else -1). The path these make,
   * such as {@code sessions[1].participants[0]}, is only needed for a problem, so it is made then
   * ({@link #path()}): making it for every object and field read cost a string for each.
   */
  private final @Nullable Fields parent;
  private final String name;
  private final int index;
  private @Nullable String path;
  private final List<String> allowed = new ArrayList<>(16);

  private Fields(Reading reading, Node node, @Nullable Fields parent, String name, int index) {
    this.reading = reading;
    this.node = node;
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The fields of a record's top-level object, or empty (reported) if it is not an object. */
  static Optional<Fields> of(Reading reading, Node node) {
    return of(reading, node, null, "", -1);
  }

  private static Optional<Fields> of(Reading reading, Node node, @Nullable Fields parent, String name, int index) {
    if (node.type() != Node.Type.OBJECT) {
      reading.report(node, parent == null ? "" : parent.where(name, index), "expected an object, found " + node.describe());
      return Optional.empty();
    }
    return Optional.of(new Fields(reading, node, parent, name, index));
  }

  Reading reading() {
    return reading;
  }

  Node node() {
    return node;
  }

  String path() {
    String p = path;
    if (p == null) {
      p = parent == null ? "" : parent.where(name, index);
      path = p;
    }
    return p;
  }

  private String pathOf(String name) {
    return where(name, -1);
  }

  /** The path of a field of this object, or of an item of an array field if {@code index >= 0}. */
  private String where(String name, int index) {
    String p = path();
    String field = p.isEmpty() ? name : p + "." + name;
    return index < 0 ? field : field + "[" + index + "]";
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

  private boolean expect(Node value, Node.Type type, String name, int index) {
    if (value.type() != type) {
      String field = where(name, index);
      String wanted = type == Node.Type.STRING ? "a string" : type == Node.Type.ARRAY ? "an array"
          : type == Node.Type.NUMBER ? "a number" : type == Node.Type.BOOLEAN ? "true or false"
          : "an object";
      reading.report(value, field, "expected " + wanted + ", found " + value.describe());
      return false;
    }
    return true;
  }

  private Optional<String> text(Node value, String name, int index) {
    if (!expect(value, Node.Type.STRING, name, index)) {
      return Optional.empty();
    }
    String s = value.text();
    if (s.isBlank()) {
      reading.report(value, where(name, index), "is blank");
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0)) {
        reading.report(
            value, where(name, index), String.format("has the control character U+%04X at %d", (int) c, i));
        return Optional.empty();
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
        reading.report(value, where(name, index), String.format("has an unpaired surrogate U+%04X at %d", (int) c, i));
        return Optional.empty();
      }
    }
    return Optional.of(s);
  }

  String string(String name) {
    return required(name).flatMap(v -> sharedText(v, name, -1)).orElse("");
  }

  Optional<String> optString(String name) {
    return field(name).flatMap(v -> sharedText(v, name, -1));
  }

  /**
   * Text, one instance for each distinct text of up to {@value Dedup#SHARED_TEXT} characters:
   * the summaries, quotes, excerpts and outcomes of a large dataset repeat (a source's excerpt in
   * each record that cites it, the same short summary for many statements), and a string costs
   * 40 bytes besides its text.
   */
  private Optional<String> sharedText(Node value, String name, int index) {
    Optional<String> s = text(value, name, index);
    return s.isPresent() ? Optional.of(reading.dedup.text(s.get())) : s;
  }

  private Optional<String> idText(Node value, String name, int index) {
    return idText(value, name, index, true);
  }

  private Optional<String> idText(Node value, String name, int index, boolean share) {
    Optional<String> s = text(value, name, index);
    if (s.isEmpty()) {
      return s;
    }
    if (!Ids.isValid(s.get())) {
      reading.report(value, where(name, index), "\"" + s.get() + "\" is not a valid id: it " + Ids.whyInvalid(s.get()));
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
    String id = required("id").flatMap(v -> idText(v, "id", -1, reading.kind().isReferenced()))
        .orElse("");
    if (!id.isEmpty()) {
      reading.id(id);
    }
    return id;
  }

  String id(String name) {
    return required(name).flatMap(v -> idText(v, name, -1)).orElse("");
  }

  Optional<String> optId(String name) {
    return field(name).flatMap(v -> idText(v, name, -1));
  }

  private <T> ImmutableList<T> array(String name, boolean required, Function<Indexed, Optional<T>> item) {
    Optional<Node> value = required ? required(name) : field(name);
    if (value.isEmpty() || !expect(value.get(), Node.Type.ARRAY, name, -1)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> out = ImmutableList.builder();
    ImmutableList<Node> items = value.get().items();
    for (int i = 0; i < items.size(); i++) {
      item.apply(new Indexed(items.get(i), name, i)).ifPresent(out::add);
    }
    return out.build();
  }

  /** An array element, the array's field name and the element's index. */
  private static final class Indexed {
    final Node node;
    final String name;
    final int index;

    Indexed(Node node, String name, int index) {
      this.node = node;
      this.name = name;
      this.index = index;
    }
  }

  ImmutableList<String> ids(String name) {
    return array(name, false, e -> idText(e.node, e.name, e.index));
  }

  ImmutableList<String> requiredIds(String name) {
    return array(name, true, e -> idText(e.node, e.name, e.index));
  }

  ImmutableList<String> strings(String name) {
    return array(name, false, e -> sharedText(e.node, e.name, e.index));
  }

  ImmutableList<Fields> objects(String name) {
    return array(name, false, e -> of(reading, e.node, this, e.name, e.index));
  }

  Optional<Fields> optObject(String name) {
    return field(name).flatMap(v -> of(reading, v, this, name, -1));
  }

  Optional<Fields> object(String name) {
    return required(name).flatMap(v -> of(reading, v, this, name, -1));
  }

  private Optional<PartialDate> dateOf(Node value, String name, int index) {
    Optional<String> s = text(value, name, index);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reading.dedup.date(s.get()));
    } catch (DateTimeParseException e) {
      reading.report(value, where(name, index), e.getMessage());
      return Optional.empty();
    }
  }

  PartialDate date(String name) {
    return required(name).flatMap(v -> dateOf(v, name, -1)).orElse(PartialDate.ofYear(1));
  }

  Optional<PartialDate> optDate(String name) {
    return field(name).flatMap(v -> dateOf(v, name, -1));
  }

  Optional<Boolean> optBoolean(String name) {
    Optional<Node> value = field(name);
    if (value.isEmpty() || !expect(value.get(), Node.Type.BOOLEAN, name, -1)) {
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
    Optional<String> s = text(value.get(), name, -1);
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

  private Optional<BigDecimal> numberOf(Node value, String name) {
    if (!expect(value, Node.Type.NUMBER, name, -1)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(value.text()));
    } catch (NumberFormatException | ArithmeticException e) {
      reading.report(value, pathOf(name), "\"" + value.text() + "\" is not a number this format reads");
      return Optional.empty();
    }
  }

  OptionalInt optInt(String name, int min, int max) {
    Optional<Node> value = field(name);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    return intOf(value.get(), name, min, max);
  }

  int integer(String name, int min, int max) {
    Optional<Node> value = required(name);
    return value.isEmpty() ? min : intOf(value.get(), name, min, max).orElse(min);
  }

  private OptionalInt intOf(Node value, String name, int min, int max) {
    Optional<BigDecimal> n = numberOf(value, name);
    if (n.isEmpty()) {
      return OptionalInt.empty();
    }
    BigDecimal d = n.get();
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      reading.report(value, pathOf(name), value.text() + " is not a whole number");
      return OptionalInt.empty();
    }
    if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
      reading.report(value, pathOf(name), value.text() + " is out of range " + min + ".." + max);
      return OptionalInt.empty();
    }
    return OptionalInt.of(d.intValueExact());
  }

  double decimal(String name, double min, double max) {
    Optional<Node> value = required(name);
    if (value.isEmpty()) {
      return min;
    }
    Optional<BigDecimal> n = numberOf(value.get(), name);
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
    ImmutableList<Fields> items = array(name, true, e -> of(reading, e.node, this, e.name, e.index));
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
