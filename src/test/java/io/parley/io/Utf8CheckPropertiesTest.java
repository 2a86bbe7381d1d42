package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader's own UTF-8 check, which runs before Jackson because Jackson reads some ill-formed
 * sequences as characters, agrees with the JDK's strict decoder on every input: the same inputs
 * refused, at the same byte.
 */
class Utf8CheckPropertiesTest {
  @Provide
  Arbitrary<byte[]> nearlyUtf8() {
    Arbitrary<byte[]> character = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < 0xd800 || cp > 0xdfff)
        .map(cp -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> edge = Arbitraries.of(0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff)
        .map(cp -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> stray = Arbitraries.integers().between(0x80, 0xff).map(b -> new byte[] {b.byteValue()});
    Arbitrary<byte[]> illFormed = Arbitraries.of(
        new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xf0, (byte) 0x8f, (byte) 0xbf, (byte) 0xbf}, new byte[] {(byte) 0xe2, (byte) 0x82});
    Arbitrary<byte[]> ascii = Arbitraries.integers().between(0, 0x7f).map(b -> new byte[] {b.byteValue()});
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, character), net.jqwik.api.Tuple.of(2, edge), net.jqwik.api.Tuple.of(4, ascii),
            net.jqwik.api.Tuple.of(1, stray), net.jqwik.api.Tuple.of(1, illFormed))
        .list().ofMaxSize(24).map(Utf8CheckPropertiesTest::concat);
  }

  private static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }

  @Property(tries = 20_000)
  void refusesExactlyWhatTheStrictDecoderRefusesAtTheSameByte(@ForAll("nearlyUtf8") byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length * 2 + 2), true);
    Optional<JsonSyntax.Utf8> error = JsonSyntax.Utf8.firstError(bytes);
    if (result.isError()) {
      assertThat(error).as("refused by the JDK at %s", in.position()).isPresent();
      assertThat(error.get().offset).isEqualTo(in.position());
    } else {
      assertThat(error).isEmpty();
    }
  }
}
