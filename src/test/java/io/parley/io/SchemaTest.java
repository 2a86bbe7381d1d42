package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.parley.testing.Fixtures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The JSON Schemas shipped in the jar, checked with a well-kept validator (networknt, draft
 * 2020-12): the bundled data and the fixtures conform, and broken records do not.
 */
class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static Stream<String> files() {
    return Stream.of(Fixtures.FILES);
  }

  private static Schema schema(String file) throws Exception {
    String name = "/META-INF/parley/schema/" + file.replace(".json", ".schema.json");
    try (InputStream in = SchemaTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static List<String> errors(String file, Path dir) throws Exception {
    JsonNode node = JSON.readTree(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    for (Error e : schema(file).validate(node)) {
      out.add(e.toString());
    }
    return out;
  }

  @ParameterizedTest(name = "bundled {0}")
  @MethodSource("files")
  void theBundledDataConforms(String file) throws Exception {
    assertThat(errors(file, Paths.get(System.getProperty("parley.data", "src/main/data")))).isEmpty();
  }

  @ParameterizedTest(name = "fixture {0}")
  @MethodSource("files")
  void theFixtureConforms(String file) throws Exception {
    assertThat(errors(file, Fixtures.small())).isEmpty();
  }

  @Test
  void theSchemasRefuseWhatTheReaderRefuses(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    Fixtures.replaceOnce(dir.resolve("meetings.json"), "\"number\": 2,", "\"number\": 2,\n    \"round\": 2,");
    Fixtures.replaceOnce(dir.resolve("topics.json"), "\"id\": \"north-korea\",", "\"id\": \"North-Korea\",");
    Fixtures.replaceOnce(dir.resolve("events.json"), "\"date\": \"2012-09-11\",", "\"date\": \"2012-13-11\",");
    assertThat(errors("meetings.json", dir)).singleElement().asString().contains("round");
    assertThat(errors("topics.json", dir)).containsExactly("/3/id: does not match the regex pattern ^[a-z0-9]+(-[a-z0-9]+)*$");
    assertThat(errors("events.json", dir)).isNotEmpty();
  }
}
