package io.parley.internal.csv;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;
import io.parley.internal.BuildInfo;
import io.parley.model.Manifest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code datapackage.json} of a CSV export: a Tabular Data Package (Frictionless Data, version
 * 1 of the specifications) with one resource per CSV file and its Table Schema (each column's type
 * and constraints, the primary key, the foreign keys), written from the same table definitions as
 * the files, so that it cannot drift from them. The package carries the dataset's title, version,
 * licence and citation.
 *
 * <p>Specifications: {@code https://specs.frictionlessdata.io/data-package/}, {@code
 * .../tabular-data-package/}, {@code .../tabular-data-resource/}, {@code .../table-schema/} and
 * {@code .../csv-dialect/}. The citation is a property of Parley's own ({@code citation}), which the
 * specification allows; it is also in the package's description.
 */
public final class DataPackage {
  public static final String FILE = "datapackage.json";

  private static final JsonFactory JSON = new JsonFactory();

  /** Addresses and titles of the licences a dataset is likely to use, by SPDX identifier. */
  private static final ImmutableMap<String, String[]> LICENCES = ImmutableMap.of(
      "CC-BY-4.0", new String[] {"https://creativecommons.org/licenses/by/4.0/",
          "Creative Commons Attribution 4.0 International"},
      "CC-BY-SA-4.0", new String[] {"https://creativecommons.org/licenses/by-sa/4.0/",
          "Creative Commons Attribution-ShareAlike 4.0 International"},
      "CC0-1.0", new String[] {"https://creativecommons.org/publicdomain/zero/1.0/",
          "Creative Commons Zero v1.0 Universal"},
      "ODbL-1.0", new String[] {"https://opendatacommons.org/licenses/odbl/1-0/",
          "Open Data Commons Open Database License v1.0"},
      "PDDL-1.0", new String[] {"https://opendatacommons.org/licenses/pddl/1-0/",
          "Open Data Commons Public Domain Dedication and License v1.0"});

  private static final CharMatcher NAME = CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9'));
  private static final CharMatcher LICENCE_NAME = CharMatcher.inRange('a', 'z')
      .or(CharMatcher.inRange('A', 'Z')).or(CharMatcher.inRange('0', '9')).or(CharMatcher.anyOf("-._"));

  private DataPackage() {}

  /** The package descriptor, pretty-printed with two spaces, ending with a line feed. */
  public static String write(Manifest manifest, List<CsvTable> tables) {
    StringWriter out = new StringWriter(32_768);
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = JSON.createGenerator(out).setPrettyPrinter(pretty)) {
      g.writeStartObject();
      g.writeStringField("profile", "tabular-data-package");
      g.writeStringField("name", name(manifest.title()));
      g.writeStringField("title", manifest.title());
      g.writeStringField("description", "A relational copy of " + manifest.title() + ", version "
          + manifest.dataVersion() + ", in CSV files: one per kind of record, one per kind of part"
          + " of a record, and link tables, as README.md describes. Written by the Parley"
          + " library, version " + BuildInfo.version() + ". Cite it as: " + manifest.citation());
      g.writeStringField("version", manifest.dataVersion());
      g.writeStringField("citation", manifest.citation());
      g.writeArrayFieldStart("licenses");
      g.writeStartObject();
      String licence = manifest.license();
      String[] known = LICENCES.get(licence);
      if (LICENCE_NAME.matchesAllOf(licence) && !licence.isEmpty()) {
        g.writeStringField("name", licence);
      }
      if (known != null) {
        g.writeStringField("path", known[0]);
        g.writeStringField("title", known[1]);
      } else if (!LICENCE_NAME.matchesAllOf(licence) || licence.isEmpty()) {
        // Neither an identifier nor a known address: the profile needs one of name or path.
        g.writeStringField("path", "README.md");
        g.writeStringField("title", licence);
      }
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("resources");
      for (CsvTable t : tables) {
        resource(g, t);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString() + "\n";
  }

  /**
   * The package name: the title without accents, in lower case, each run of other characters as
   * one hyphen.
   */
  static String name(String title) {
    StringBuilder b = new StringBuilder(title.length());
    String plain = Normalizer.normalize(title, Normalizer.Form.NFD);
    for (char c : Ascii.toLowerCase(plain).toCharArray()) {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (NAME.matches(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    String name = CharMatcher.is('-').trimTrailingFrom(b);
    return name.isEmpty() ? "parley-dataset" : name;
  }

  private static void resource(JsonGenerator g, CsvTable t) throws IOException {
    g.writeStartObject();
    g.writeStringField("profile", "tabular-data-resource");
    g.writeStringField("name", t.name());
    g.writeStringField("path", t.file());
    g.writeStringField("title", t.file());
    g.writeStringField("description", t.about());
    g.writeStringField("format", "csv");
    g.writeStringField("mediatype", "text/csv");
    g.writeStringField("encoding", "utf-8");
    g.writeObjectFieldStart("dialect");
    g.writeStringField("delimiter", ",");
    g.writeStringField("lineTerminator", Csv.CRLF);
    g.writeStringField("quoteChar", "\"");
    g.writeBooleanField("doubleQuote", true);
    g.writeBooleanField("header", true);
    g.writeEndObject();
    if (!t.sources().isEmpty()) {
      g.writeArrayFieldStart("sources");
      for (CsvTable.SourceRef s : t.sources()) {
        g.writeStartObject();
        g.writeStringField("title", s.title());
        if (!s.path().isEmpty()) {
          g.writeStringField("path", s.path());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("schema");
    g.writeArrayFieldStart("fields");
    for (Column c : t.columns()) {
      field(g, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("missingValues");
    g.writeString("");
    g.writeEndArray();
    if (!t.primaryKey().isEmpty()) {
      strings(g, "primaryKey", t.primaryKey());
    }
    if (!t.foreignKeys().isEmpty()) {
      g.writeArrayFieldStart("foreignKeys");
      for (CsvTable.ForeignKey k : t.foreignKeys()) {
        g.writeStartObject();
        strings(g, "fields", k.fields());
        g.writeObjectFieldStart("reference");
        // A reference to the table itself names the empty resource, as the specification asks.
        String resource = k.file().equals(t.file()) ? "" : k.file().replace(".csv", "");
        g.writeStringField("resource", resource);
        strings(g, "fields", k.referenced());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void field(JsonGenerator g, Column c) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.name());
    g.writeStringField("type", c.type().schemaName());
    String description = c.meaning();
    if (c.isDate()) {
      description += ". A date written as the " + (c.isLastDay() ? "last" : "first") + " day it can"
          + " mean: read it with " + c.name() + "_precision, and keep the first 4 (year) or 7"
          + " (month) characters when that says year or month";
    }
    g.writeStringField("description", description);
    Map<String, Object> constraints = new LinkedHashMap<>();
    if (c.isRequired()) {
      constraints.put("required", true);
    }
    if (c.isUnique()) {
      constraints.put("unique", true);
    }
    c.pattern().ifPresent(p -> constraints.put("pattern", p));
    if (!c.values().isEmpty()) {
      constraints.put("enum", c.values());
    }
    if (c.minimum().isPresent()) {
      constraints.put("minimum", c.minimum().getAsInt());
    }
    if (c.maximum().isPresent()) {
      constraints.put("maximum", c.maximum().getAsInt());
    }
    if (!constraints.isEmpty()) {
      g.writeObjectFieldStart("constraints");
      for (Map.Entry<String, Object> e : constraints.entrySet()) {
        Object v = e.getValue();
        if (v instanceof Boolean) {
          g.writeBooleanField(e.getKey(), (Boolean) v);
        } else if (v instanceof Integer) {
          g.writeNumberField(e.getKey(), (Integer) v);
        } else if (v instanceof List<?>) {
          g.writeArrayFieldStart(e.getKey());
          for (Object o : (List<?>) v) {
            g.writeString((String) o);
          }
          g.writeEndArray();
        } else {
          g.writeStringField(e.getKey(), (String) v);
        }
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
