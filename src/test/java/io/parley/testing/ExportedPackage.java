package io.parley.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A CSV export read back through its {@code datapackage.json} alone, as a tool that knows only the
 * Data Package specification would: each resource's fields, keys and rows (read with Apache
 * Commons CSV as RFC 4180), and the checks a package's keys and constraints promise.
 */
public final class ExportedPackage {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The descriptor. */
  public final JsonNode descriptor;
  /** The resources by name, in the descriptor's order. */
  public final Map<String, Resource> resources = new LinkedHashMap<>();

  /** One resource: its descriptor, its header and its rows (empty fields as empty strings). */
  public static final class Resource {
    public final String name;
    public final JsonNode descriptor;
    public final List<String> header;
    public final List<Map<String, String>> rows = new ArrayList<>();

    Resource(String name, JsonNode descriptor, List<String> header) {
      this.name = name;
      this.descriptor = descriptor;
      this.header = header;
    }

    public JsonNode schema() {
      return descriptor.path("schema");
    }

    public List<JsonNode> fields() {
      List<JsonNode> out = new ArrayList<>();
      schema().path("fields").forEach(out::add);
      return out;
    }

    public List<String> primaryKey() {
      return strings(schema().path("primaryKey"));
    }
  }

  private ExportedPackage(JsonNode descriptor) {
    this.descriptor = descriptor;
  }

  /** Reads the package in the directory: the descriptor, then every resource's file. */
  public static ExportedPackage read(Path dir) throws IOException {
    ExportedPackage p = new ExportedPackage(
        JSON.readTree(Files.readString(dir.resolve("datapackage.json"), StandardCharsets.UTF_8)));
    for (JsonNode r : p.descriptor.path("resources")) {
      String name = r.path("name").asString();
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      try (Reader in = Files.newBufferedReader(dir.resolve(r.path("path").asString()),
              StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(in, format)) {
        Resource resource = new Resource(name, r, parser.getHeaderNames());
        for (CSVRecord rec : parser) {
          Map<String, String> row = new LinkedHashMap<>();
          for (String h : resource.header) {
            row.put(h, rec.get(h));
          }
          resource.rows.add(row);
        }
        p.resources.put(name, resource);
      }
    }
    return p;
  }

  /** The strings of a JSON array, or the one string. */
  public static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asString()));
    } else if (!node.isMissingNode()) {
      out.add(node.asString());
    }
    return out;
  }

  /** Every primary key that is not unique, or has an empty part: "resource: key [values]". */
  public List<String> primaryKeyViolations() {
    List<String> problems = new ArrayList<>();
    for (Resource r : resources.values()) {
      List<String> key = r.primaryKey();
      if (key.isEmpty()) {
        continue;
      }
      if (!r.header.containsAll(key)) {
        problems.add(r.name + ": the primary key " + key + " names a column the file does not have");
        continue;
      }
      Map<List<String>, Integer> seen = new LinkedHashMap<>();
      for (int i = 0; i < r.rows.size(); i++) {
        List<String> values = values(r.rows.get(i), key);
        if (values.contains("")) {
          problems.add(r.name + ": row " + (i + 1) + " has an empty primary key " + key + " " + values);
        }
        Integer earlier = seen.putIfAbsent(values, i + 1);
        if (earlier != null) {
          problems.add(r.name + ": rows " + earlier + " and " + (i + 1) + " share the primary key "
              + key + " " + values);
        }
      }
    }
    return problems;
  }

  /** Every foreign key whose values, all filled, name no row of the referenced resource. */
  public List<String> foreignKeyViolations() {
    List<String> problems = new ArrayList<>();
    for (Resource r : resources.values()) {
      for (JsonNode fk : r.schema().path("foreignKeys")) {
        List<String> fields = strings(fk.path("fields"));
        String target = fk.path("reference").path("resource").asString();
        Resource referenced = target.isEmpty() ? r : resources.get(target);
        if (referenced == null) {
          problems.add(r.name + ": " + fields + " refer to the unknown resource " + target);
          continue;
        }
        List<String> to = strings(fk.path("reference").path("fields"));
        if (!r.header.containsAll(fields) || !referenced.header.containsAll(to)) {
          problems.add(r.name + ": " + fields + " -> " + referenced.name + " " + to
              + " names a column the files do not have");
          continue;
        }
        Set<List<String>> keys = new HashSet<>();
        referenced.rows.forEach(row -> keys.add(values(row, to)));
        for (int i = 0; i < r.rows.size(); i++) {
          List<String> values = values(r.rows.get(i), fields);
          if (!values.contains("") && !keys.contains(values)) {
            problems.add(r.name + ": row " + (i + 1) + " " + fields + " " + values + " is no "
                + to + " of " + referenced.name);
          }
        }
      }
    }
    return problems;
  }

  /**
   * Every value that breaks its field's type or constraints: required, unique, pattern (matched
   * against the whole value, as Table Schema's XML Schema patterns are), enum, minimum, maximum,
   * and the lexical forms of integer, number and boolean.
   */
  public List<String> constraintViolations() {
    List<String> problems = new ArrayList<>();
    for (Resource r : resources.values()) {
      for (JsonNode f : r.fields()) {
        String name = f.path("name").asString();
        String type = f.path("type").asString();
        JsonNode c = f.path("constraints");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.rows.size(); i++) {
          String v = r.rows.get(i).get(name);
          String at = r.name + "." + name + " row " + (i + 1) + " \"" + v + "\"";
          if (v.isEmpty()) {
            if (c.path("required").asBoolean(false)) {
              problems.add(at + ": required");
            }
            continue;
          }
          if (c.path("unique").asBoolean(false) && !seen.add(v)) {
            problems.add(at + ": not unique");
          }
          if (c.has("pattern") && !v.matches(c.path("pattern").asString())) {
            problems.add(at + ": does not match " + c.path("pattern").asString());
          }
          if (c.has("enum") && !strings(c.path("enum")).contains(v)) {
            problems.add(at + ": not one of " + strings(c.path("enum")));
          }
          switch (type) {
            case "integer":
              if (!v.matches("-?[0-9]+")) {
                problems.add(at + ": not an integer");
              } else {
                long n = Long.parseLong(v);
                if (c.has("minimum") && n < c.path("minimum").asLong()) {
                  problems.add(at + ": below " + c.path("minimum").asLong());
                }
                if (c.has("maximum") && n > c.path("maximum").asLong()) {
                  problems.add(at + ": above " + c.path("maximum").asLong());
                }
              }
              break;
            case "number":
              if (!v.matches("-?[0-9]+(\\.[0-9]+)?")) {
                problems.add(at + ": not a number");
              }
              break;
            case "boolean":
              if (!v.equals("true") && !v.equals("false")) {
                problems.add(at + ": not true or false");
              }
              break;
            case "string":
              break;
            default:
              problems.add(at + ": a type the export does not use, " + type);
          }
        }
      }
    }
    return problems;
  }

  private static List<String> values(Map<String, String> row, List<String> fields) {
    List<String> out = new ArrayList<>(fields.size());
    for (String f : fields) {
      String v = row.get(f);
      out.add(v == null ? "" : v);
    }
    return out;
  }
}
