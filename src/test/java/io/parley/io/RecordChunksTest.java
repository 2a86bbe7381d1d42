package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.internal.json.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of records cut into chunks parses to the records, places and indexes of the file parsed whole. */
class RecordChunksTest {
  private static final JsonSyntax SYNTAX = new JsonSyntax(ReadLimits.defaults());

  /** Every value of every record with its place: what a problem's place is taken from. */
  private static void places(Node n, StringBuilder out) {
    out.append(n.line()).append(':').append(n.column()).append(' ');
    if (n.type() == Node.Type.OBJECT) {
      n.fields().values().forEach(v -> places(v, out));
    } else if (n.type() == Node.Type.ARRAY) {
      n.items().forEach(v -> places(v, out));
    }
  }

  private static List<String> whole(Path file) throws Exception {
    List<String> records = new ArrayList<>();
    assertThat(SYNTAX.parse(Files.readAllBytes(file), "f.json", true, (i, n) -> {
      StringBuilder b = new StringBuilder(i + " " + n + " ");
      places(n, b);
      records.add(b.toString());
    })).isEmpty();
    return records;
  }

  private static List<String> chunked(Path file, int target, int[] chunks) throws Exception {
    List<String> records = new ArrayList<>();
    try (RecordChunks cuts = new RecordChunks(file, Long.MAX_VALUE, target)) {
      for (RecordChunks.Chunk c = cuts.next(); c != null; c = cuts.next()) {
        chunks[0]++;
        JsonSyntax.ChunkParse parse = SYNTAX.parseChunk(c, "f.json", (i, n) -> {
          StringBuilder b = new StringBuilder(i + " " + n + " ");
          places(n, b);
          records.add(b.toString());
        });
        assertThat(parse.stop).isEmpty();
        assertThat(parse.records).as("records the scan counted").isEqualTo(c.records);
      }
    }
    return records;
  }

  @Test
  void chunksGiveTheRecordsIndexesAndPlacesOfTheWholeFile() throws Exception {
    for (String name : List.of("meetings.json", "positions.json", "people.json", "territories.json")) {
      Path file = Path.of("src/main/data", name);
      List<String> expected = whole(file);
      for (int target : new int[] {1, 100, 5_000, 1 << 20}) {
        int[] chunks = new int[1];
        assertThat(chunked(file, target, chunks)).as("%s in chunks of %s bytes", name, target).isEqualTo(expected);
        if (target < 5_000) {
          assertThat(chunks[0]).as("chunks of %s bytes", target).isGreaterThan(Math.min(10, expected.size() - 1));
        }
      }
    }
  }

  @Test
  void recordsOnOneLineAndLinesEndedByCarriageReturnsArePlacedAsWhole(@TempDir Path dir) throws Exception {
    String[] texts = {
        "[{\"a\": \"Южные\", \"b\": [1, 2]}, {\"a\": \"北方\"},{\"a\":\"x\\\"],{\"}  ,\n {\"c\": {\"d\": [\"]\"]}}]\n",
        "  \r\n[\r\n  {\"a\": 1},\r\n  {\"a\": \"é\"},\r  {\"a\": [\"\\\\\"]}\r\n]\r\n",
        "[]", "[ ]\n", "[{}]"};
    for (String text : texts) {
      Path file = dir.resolve("f.json");
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
      List<String> expected = whole(file);
      for (int target : new int[] {1, 3, 10, 1000}) {
        assertThat(chunked(file, target, new int[1])).as("%s in chunks of %s", text, target).isEqualTo(expected);
      }
    }
  }

  @Test
  void whatIsNoArrayOfRecordsIsLeftToTheWholeRead(@TempDir Path dir) throws Exception {
    for (String text : new String[] {"", "  ", "{\"a\": 1}", "[{\"a\": 1}", "[{\"a\": 1}] x", "\uFEFF[]", "x[]"}) {
      Path file = dir.resolve("f.json");
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> {
        try (RecordChunks cuts = new RecordChunks(file, Long.MAX_VALUE, 1)) {
          while (cuts.next() != null) {
            // cut to the end
          }
        }
      }).as("%s", text).isInstanceOf(RecordChunks.NotChunkable.class);
    }
  }
}
