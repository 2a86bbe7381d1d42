package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.parley.Parley;
import io.parley.model.Dataset;
import io.parley.model.Manifest;
import io.parley.testing.ExportedPackage;
import io.parley.testing.Fixtures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code datapackage.json} of a CSV export, checked as a user's tools would check it: against
 * the JSON Schema profiles the Frictionless Data specifications publish (Data Package, Tabular Data
 * Package, Table Schema; copies in {@code src/test/resources/frictionless}), then the data of the
 * bundled dataset's export against what the package promises: every primary key unique, every
 * foreign key resolved, every value of its type and within its constraints.
 */
class DataPackageTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry DRAFT_4 =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

  @TempDir static Path temp;
  static Dataset bundled;
  static Path exported;
  static ExportedPackage pkg;

  @BeforeAll
  static void export() throws Exception {
    bundled = Parley.bundled().dataset();
    exported = temp.resolve("bundled");
    CsvExport.write(bundled, exported);
    pkg = ExportedPackage.read(exported);
  }

  private static Schema profile(String name) throws Exception {
    try (InputStream in = DataPackageTest.class.getResourceAsStream("/frictionless/" + name)) {
      assertThat(in).as(name).isNotNull();
      return DRAFT_4.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static List<String> errors(String profile, JsonNode node) throws Exception {
    List<String> out = new ArrayList<>();
    for (Error e : profile(profile).validate(node)) {
      out.add(e.toString());
    }
    return out;
  }

  @Test
  void theDescriptorConformsToTheDataPackageAndTabularDataPackageProfiles() throws Exception {
    assertThat(errors("data-package.json", pkg.descriptor)).isEmpty();
    assertThat(errors("tabular-data-package.json", pkg.descriptor)).isEmpty();
  }

  @Test
  void everyResourceSchemaConformsToTheTableSchemaProfile() throws Exception {
    for (ExportedPackage.Resource r : pkg.resources.values()) {
      assertThat(errors("table-schema.json", r.schema())).as(r.name).isEmpty();
    }
  }

  @Test
  void theProfilesRefuseABrokenDescriptor() throws Exception {
    ObjectNode broken = (ObjectNode) pkg.descriptor.deepCopy();
    ObjectNode first = (ObjectNode) broken.path("resources").get(0);
    first.put("name", "Not A Name");
    ((ObjectNode) first.path("schema").path("fields").get(0)).put("type", "text");
    assertThat(errors("tabular-data-package.json", broken)).isNotEmpty();
    ObjectNode withoutResources = (ObjectNode) pkg.descriptor.deepCopy();
    withoutResources.remove("resources");
    assertThat(errors("data-package.json", withoutResources)).isNotEmpty();
  }

  @Test
  void thereIsOneResourcePerFileWithItsColumnsInOrder() throws Exception {
    assertThat(pkg.resources.values()).extracting(r -> r.descriptor.path("path").asString())
        .containsExactlyElementsOf(CsvExport.files());
    for (ExportedPackage.Resource r : pkg.resources.values()) {
      List<String> names = new ArrayList<>();
      r.fields().forEach(f -> names.add(f.path("name").asString()));
      assertThat(r.header).as(r.name).isEqualTo(names);
      assertThat(r.name + ".csv").isEqualTo(r.descriptor.path("path").asString());
      assertThat(r.descriptor.path("dialect").path("lineTerminator").asString()).isEqualTo("\r\n");
      assertThat(r.descriptor.path("encoding").asString()).isEqualTo("utf-8");
    }
  }

  @Test
  void everyFileButCitationsHasAPrimaryKeyAndEveryKeyIsUnique() {
    assertThat(pkg.resources.values()).filteredOn(r -> r.primaryKey().isEmpty())
        .extracting(r -> r.name).containsExactly("citations");
    assertThat(pkg.primaryKeyViolations()).isEmpty();
  }

  @Test
  void everyForeignKeyResolvesInTheExportedFiles() {
    int keys = 0;
    for (ExportedPackage.Resource r : pkg.resources.values()) {
      keys += r.schema().path("foreignKeys").size();
    }
    assertThat(keys).as("foreign keys declared").isGreaterThan(50);
    assertThat(pkg.foreignKeyViolations()).isEmpty();
  }

  @Test
  void everyValueHasItsTypeAndMeetsItsConstraints() {
    assertThat(pkg.constraintViolations()).isEmpty();
  }

  @Test
  void theChecksFindADuplicateKeyADanglingReferenceAndABadCode() throws Exception {
    Path copy = temp.resolve("doctored");
    CsvExport.write(bundled, copy);
    Path meetings = copy.resolve("meetings.csv");
    List<String> lines = new ArrayList<>(List.of(Files.readString(meetings).split("\r\n")));
    lines.add(lines.get(1)); // the first meeting twice
    Files.writeString(meetings, String.join("\r\n", lines) + "\r\n");
    Path participants = copy.resolve("meeting_participants.csv");
    Files.writeString(participants, Files.readString(participants)
        .replaceFirst("\r\n([a-z0-9-]+),1,([a-z0-9-]+),", "\r\n$1,1,nobody-at-all,"));
    Path countries = copy.resolve("countries.csv");
    Files.writeString(countries, Files.readString(countries).replace(",JPN,392,", ",JPN,39,"));
    ExportedPackage doctored = ExportedPackage.read(copy);
    assertThat(doctored.primaryKeyViolations()).singleElement().asString()
        .startsWith("meetings: rows 1 and " + (bundled.meetings().size() + 1));
    assertThat(doctored.foreignKeyViolations()).anySatisfy(p -> assertThat(p)
        .startsWith("meeting_participants: row 1 [person] [nobody-at-all] is no [id] of people"));
    assertThat(doctored.constraintViolations())
        .contains("countries.iso3n row 1 \"39\": does not match [0-9]{3}");
  }

  @Test
  void codesAreTextWithTheirPatternsAndNumbersAreIntegers() {
    Map<String, JsonNode> countries = fields("countries");
    assertThat(countries.get("iso3n").path("type").asString()).isEqualTo("string");
    assertThat(countries.get("iso3n").path("constraints").path("pattern").asString())
        .isEqualTo("[0-9]{3}");
    assertThat(countries.get("iso2c").path("constraints").path("pattern").asString())
        .isEqualTo("[A-Z]{2}");
    assertThat(countries.get("ccode").path("type").asString()).isEqualTo("integer");
    assertThat(countries.get("gwcode").path("type").asString()).isEqualTo("integer");
    assertThat(countries.get("id").path("constraints").path("unique").asBoolean()).isTrue();
    Map<String, JsonNode> cameo = fields("cameo");
    assertThat(cameo.get("cameo_code").path("type").asString()).isEqualTo("string");
    assertThat(ExportedPackage.strings(cameo.get("cameo_code").path("constraints").path("enum")))
        .contains("040", "042", "043", "044");
    assertThat(cameo.get("goldstein").path("type").asString()).isEqualTo("number");
    // Event data dates an event's end by its last day; every other date column by the first.
    assertThat(cameo.get("end_date").path("description").asString())
        .contains("written as the last day it can mean");
    assertThat(cameo.get("date").path("description").asString())
        .contains("written as the first day it can mean");
    assertThat(fields("meetings").get("number").path("type").asString()).isEqualTo("integer");
    assertThat(fields("positions").get("agrees").path("type").asString()).isEqualTo("boolean");
    assertThat(ExportedPackage.strings(fields("meetings").get("format").path("constraints")
        .path("enum"))).contains("summit", "two-plus-two", "phone-call");
    // The leading zero survives: Australia is 036, and read through the schema it stays text.
    assertThat(pkg.resources.get("countries").rows).anySatisfy(r ->
        assertThat(r).containsEntry("id", "au").containsEntry("iso3n", "036"));
  }

  @Test
  void datesAreTextWithAPatternEachFollowedByItsPrecision() {
    for (ExportedPackage.Resource r : pkg.resources.values()) {
      List<JsonNode> fields = r.fields();
      for (int i = 0; i < fields.size(); i++) {
        String name = fields.get(i).path("name").asString();
        if (name.endsWith("_precision")) {
          String date = name.substring(0, name.length() - "_precision".length());
          JsonNode before = fields.get(i - 1);
          assertThat(before.path("name").asString()).as(r.name).isEqualTo(date);
          assertThat(before.path("type").asString()).isEqualTo("string");
          assertThat(before.path("constraints").path("pattern").asString())
              .isEqualTo("[0-9]{4}-[0-9]{2}-[0-9]{2}");
          assertThat(before.path("description").asString()).contains(name);
          assertThat(ExportedPackage.strings(fields.get(i).path("constraints").path("enum")))
              .containsExactly("day", "month", "year");
        }
      }
    }
  }

  @Test
  void keysAreDeclaredAsTheDataDictionaryDescribesThem() {
    assertThat(pkg.resources.get("meeting_participants").primaryKey())
        .containsExactly("meeting", "session", "person");
    assertThat(pkg.resources.get("sessions").primaryKey()).containsExactly("meeting", "seq");
    assertThat(pkg.resources.get("system_membership").primaryKey())
        .containsExactly("country", "system", "start");
    List<String> participantKeys = new ArrayList<>();
    pkg.resources.get("meeting_participants").schema().path("foreignKeys").forEach(k ->
        participantKeys.add(ExportedPackage.strings(k.path("fields")) + "->"
            + k.path("reference").path("resource").asString()
            + ExportedPackage.strings(k.path("reference").path("fields"))));
    assertThat(participantKeys).containsExactly("[meeting]->meetings[id]",
        "[person]->people[id]", "[country]->countries[id]",
        "[meeting, session]->sessions[meeting, seq]");
    // A reference to the same table names the empty resource, as the specification asks.
    assertThat(pkg.resources.get("countries").schema().path("foreignKeys"))
        .allSatisfy(k -> assertThat(k.path("reference").path("resource").asString()).isEmpty());
  }

  @Test
  void thePackageCarriesTheDatasetsTitleVersionLicenceAndCitation() {
    JsonNode d = pkg.descriptor;
    assertThat(d.path("profile").asString()).isEqualTo("tabular-data-package");
    assertThat(d.path("name").asString()).isEqualTo("parley-bundled-dataset");
    assertThat(d.path("title").asString()).isEqualTo(bundled.manifest().title());
    assertThat(d.path("version").asString()).isEqualTo(bundled.manifest().dataVersion())
        .isEqualTo(System.getProperty("parley.dataVersion", bundled.manifest().dataVersion()));
    assertThat(d.path("citation").asString()).isEqualTo(bundled.manifest().citation());
    assertThat(d.path("description").asString()).contains(bundled.manifest().citation());
    JsonNode licence = d.path("licenses").get(0);
    // The dataset is CC BY 4.0: its manifest says so, and so does the pom's second licence.
    assertThat(licence.path("name").asString()).isEqualTo(bundled.manifest().license())
        .isEqualTo("CC-BY-4.0");
    assertThat(licence.path("path").asString())
        .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
  }

  @Test
  void theFixturesExportIsAValidPackageToo(@TempDir Path dir) throws Exception {
    CsvExport.write(DatasetReader.create().read(Fixtures.small()), dir);
    ExportedPackage fixture = ExportedPackage.read(dir);
    assertThat(errors("tabular-data-package.json", fixture.descriptor)).isEmpty();
    assertThat(fixture.primaryKeyViolations()).isEmpty();
    assertThat(fixture.foreignKeyViolations()).isEmpty();
    assertThat(fixture.constraintViolations()).isEmpty();
    assertThat(fixture.descriptor.path("licenses").get(0).has("name")
        || fixture.descriptor.path("licenses").get(0).has("path")).isTrue();
  }

  @Test
  void aLicenceThatIsNoIdentifierStillGivesAValidPackage() throws Exception {
    for (String licence : List.of("All rights reserved, for now", "ODbL-1.0", "LicenseRef-ours")) {
      Dataset d = Dataset.builder().manifest(Manifest.builder().format(Manifest.CURRENT_FORMAT)
          .dataVersion("2031.2").title("Élections & Traités: 2031!").license(licence)
          .citation("Us. Our data, 2031.2.").build()).build();
      JsonNode descriptor = JSON.readTree(CsvExport.dataPackage(d));
      assertThat(errors("tabular-data-package.json", descriptor)).as(licence).isEmpty();
      assertThat(descriptor.path("name").asString()).isEqualTo("elections-traites-2031");
      JsonNode l = descriptor.path("licenses").get(0);
      switch (licence) {
        case "ODbL-1.0":
          assertThat(l.path("path").asString())
              .isEqualTo("https://opendatacommons.org/licenses/odbl/1-0/");
          break;
        case "LicenseRef-ours":
          assertThat(l.path("name").asString()).isEqualTo(licence);
          assertThat(l.has("path")).isFalse();
          break;
        default:
          // Not an identifier: its words as the title, the data dictionary (which states it) as
          // the path the profile asks for.
          assertThat(l.has("name")).isFalse();
          assertThat(l.path("title").asString()).isEqualTo(licence);
          assertThat(l.path("path").asString()).isEqualTo("README.md");
      }
    }
  }

  @Test
  void theDescriptorIsWhatDataPackageReturnsAndParsesBack() throws Exception {
    String text = Files.readString(exported.resolve(CsvExport.DATA_PACKAGE), StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(CsvExport.dataPackage(bundled)).endsWith("}\n");
    assertThat(JSON.readTree(text)).isEqualTo(pkg.descriptor);
  }

  private static Map<String, JsonNode> fields(String resource) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    pkg.resources.get(resource).fields().forEach(f -> out.put(f.path("name").asString(), f));
    return out;
  }
}
