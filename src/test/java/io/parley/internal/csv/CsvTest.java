package io.parley.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The hand-written RFC 4180 writer, checked field by field and read back by Commons CSV. */
class CsvTest {
  private static String field(String value) {
    StringBuilder b = new StringBuilder();
    Csv.field(b, value);
    return b.toString();
  }

  @Test
  void quotesOnlyFieldsWithACommaAQuoteOrALineBreak() {
    assertThat(field("Tokyo")).isEqualTo("Tokyo");
    assertThat(field("")).isEqualTo("");
    assertThat(field(" leading and trailing ")).isEqualTo(" leading and trailing ");
    assertThat(field("北方領土")).isEqualTo("北方領土");
    assertThat(field("Lough Erne, Northern Ireland")).isEqualTo("\"Lough Erne, Northern Ireland\"");
    assertThat(field("the \"2+2\" talks")).isEqualTo("\"the \"\"2+2\"\" talks\"");
    assertThat(field("\"")).isEqualTo("\"\"\"\"");
    assertThat(field("one\ntwo")).isEqualTo("\"one\ntwo\"");
    assertThat(field("one\rtwo")).isEqualTo("\"one\rtwo\"");
  }

  @Test
  void recordsEndWithCrlfAndReadBackFieldForField() throws Exception {
    List<List<String>> rows = List.of(
        List.of("id", "text", "note"),
        List.of("a", "", "plain"),
        List.of("b", "Meet at a \"third\" location", "comma, and\nline break"),
        List.of("c", "Южные Курилы", "钓鱼岛, 尖閣諸島"));
    StringBuilder b = new StringBuilder();
    rows.forEach(r -> Csv.record(b, r));
    assertThat(b.toString()).startsWith("id,text,note\r\na,,plain\r\n");
    List<List<String>> back = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(b.toString()), CSVFormat.RFC4180)) {
      for (CSVRecord r : p) {
        back.add(r.toList());
      }
    }
    assertThat(back).isEqualTo(rows);
  }
}
