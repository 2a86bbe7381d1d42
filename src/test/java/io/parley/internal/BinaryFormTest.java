package io.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.io.DatasetReader;
import io.parley.model.Dataset;
import io.parley.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryFormTest {
  private static byte[] compile(Dataset d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryForm.write(d.manifest().dataVersion(), DatasetTrees.of(d), out);
    return out.toByteArray();
  }

  private static Dataset decode(byte[] bytes) throws Exception {
    BinaryForm.Contents c = BinaryForm.read(new ByteArrayInputStream(bytes));
    List<Issue> issues = new ArrayList<>();
    Dataset d = DatasetTrees.read(c.files, issues).orElseThrow();
    assertThat(issues).isEmpty();
    return d;
  }

  @Test
  void theBinaryFormReadsBackEqualToTheJson() throws Exception {
    Dataset json = DatasetReader.create().read(Fixtures.small());
    assertThat(decode(compile(json))).isEqualTo(json);
  }

  @Test
  void theBundledBinaryIsEqualToReadingTheBundledJson() throws Exception {
    Dataset json = DatasetReader.create().read(Paths.get(System.getProperty("parley.data", "src/main/data")));
    Dataset binary = BundledData.load();
    assertThat(binary).isEqualTo(json);
  }

  @Test
  void aCorruptPayloadFailsTheChecksum() throws Exception {
    byte[] bytes = compile(DatasetReader.create().read(Fixtures.small()));
    bytes[bytes.length - 5] ^= 0x55;
    assertThatThrownBy(() -> decode(bytes))
        .isInstanceOf(BinaryForm.FormatException.class)
        .hasMessageStartingWith("checksum mismatch: header says ");
  }

  @Test
  void anotherFileIsRefusedByItsMagic() {
    InputStream in = new ByteArrayInputStream("{\"format\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThatThrownBy(() -> BinaryForm.read(in))
        .isInstanceOf(BinaryForm.FormatException.class)
        .hasMessage("not a Parley binary dataset: the file does not start with PARLEYDB");
  }

  @Test
  void aNewerBinaryVersionIsRefused() throws Exception {
    byte[] bytes = compile(DatasetReader.create().read(Fixtures.small()));
    bytes[9] = 9; // the low byte of the u16 version after the 8-byte magic
    assertThatThrownBy(() -> decode(bytes))
        .isInstanceOf(BinaryForm.FormatException.class)
        .hasMessage("binary dataset format 9 is not the one this library reads (1)");
  }
}
