package io.parley.internal.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.internal.IsoCodes;
import io.parley.io.DatasetReader;
import io.parley.model.Dataset;
import io.parley.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class BundleCodecTest {
  private static byte[] compile(Dataset d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BundleCodec.write(d, out);
    return out.toByteArray();
  }

  @Test
  void theBinaryFormReadsBackEqualToTheJson() throws Exception {
    Dataset json = DatasetReader.create().read(Fixtures.small());
    Contents c = BundleCodec.open(compile(json));
    assertThat(c.dataset()).isEqualTo(json);
    assertThat(c.dataVersion()).isEqualTo("2026.1");
    assertThat(c.count(io.parley.internal.RecordKind.MEETINGS)).isEqualTo(3);
  }

  @Test
  void eachSectionDecodesOnItsOwn() throws Exception {
    Dataset json = DatasetReader.create().read(Fixtures.small());
    Contents c = BundleCodec.open(compile(json));
    assertThat(c.positions()).isEqualTo(json.positions());
    assertThat(c.meetings()).isEqualTo(json.meetings());
  }

  @Test
  void theBundledBinaryIsEqualToReadingTheBundledJson() throws Exception {
    Dataset json = DatasetReader.create().read(Paths.get(System.getProperty("parley.data", "src/main/data")));
    assertThat(BundledData.open().dataset()).isEqualTo(json);
  }

  @Test
  void theBundleHoldsTheCountriesIsoCodesAsTheQueryEngineBuildsThem() throws Exception {
    Dataset json = DatasetReader.create().read(Paths.get(System.getProperty("parley.data", "src/main/data")));
    Contents c = BundledData.open();
    assertThat(c.isoCodes()).isEqualTo(IsoCodes.map(json.countries()))
        .containsEntry("JP", "jp").containsEntry("RUS", "ru").containsEntry("SU", "su");
    // A source that does not hold them ready leaves the query engine to build them.
    assertThat(io.parley.internal.RecordSource.of(json).isoCodes()).isNull();
  }

  @Test
  void whereTwoCountriesShareACodeTheFirstByIdHasIt() throws Exception {
    Dataset json = DatasetReader.create().read(Fixtures.small());
    java.util.List<io.parley.model.Country> reversed = new java.util.ArrayList<>(json.countries());
    java.util.Collections.reverse(reversed);
    assertThat(IsoCodes.map(reversed)).isEqualTo(IsoCodes.map(json.countries()));
  }

  @Test
  void aCorruptPayloadFailsTheChecksum() throws Exception {
    byte[] bytes = compile(DatasetReader.create().read(Fixtures.small()));
    bytes[bytes.length - 5] ^= 0x55;
    assertThatThrownBy(() -> BundleCodec.open(bytes))
        .isInstanceOf(BundleCodec.FormatException.class)
        .hasMessageStartingWith("checksum mismatch: header says ");
  }

  @Test
  void anotherFileIsRefusedByItsMagic() {
    byte[] json = "{\"format\": 1}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BundleCodec.open(json))
        .isInstanceOf(BundleCodec.FormatException.class)
        .hasMessage("not a Parley binary dataset: the file does not start with PARLEYDB");
  }

  @Test
  void aNewerBinaryVersionIsRefused() throws Exception {
    byte[] bytes = compile(DatasetReader.create().read(Fixtures.small()));
    bytes[9] = 9; // the low byte of the u16 version after the 8-byte magic
    assertThatThrownBy(() -> BundleCodec.open(bytes))
        .isInstanceOf(BundleCodec.FormatException.class)
        .hasMessage("binary dataset format 9 is not the one this library reads (" + BundleCodec.VERSION + ")");
  }

  @Test
  void aTruncatedFileIsRefused() throws Exception {
    byte[] bytes = compile(DatasetReader.create().read(Fixtures.small()));
    byte[] cut = java.util.Arrays.copyOf(bytes, 14);
    assertThatThrownBy(() -> BundleCodec.open(cut)).isInstanceOf(BundleCodec.FormatException.class);
  }
}
