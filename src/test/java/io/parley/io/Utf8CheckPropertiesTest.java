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

/**
 * The reader's own UTF-8 check, which runs before Jackson because Jackson reads some ill-formed
 * sequences as characters, agrees with the JDK's strict decoder on every input: the same inputs
 * refused, at the same byte.
 */
class Utf8CheckPropertiesTest {
  private static final int[] EDGES = {0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff};
  private static final byte[][] ILL_FORMED = {
    {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
    {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xf0, (byte) 0x8f, (byte) 0xbf, (byte) 0xbf}, {(byte) 0xe2, (byte) 0x82}};

  /** Up to 24 pieces: characters, edge characters, ASCII, stray continuation bytes, ill-formed runs. */
  static byte[] nearlyUtf8(java.util.Random r) {
    List<byte[]> parts = new java.util.ArrayList<>();
    int n = r.nextInt(25);
    for (int i = 0; i < n; i++) {
      int pick = r.nextInt(14);
      if (pick < 6) {
        int cp;
        do {
          cp = r.nextInt(Character.MAX_CODE_POINT + 1);
        } while (cp >= 0xd800 && cp <= 0xdfff);
        parts.add(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
      } else if (pick < 8) {
        parts.add(new String(Character.toChars(EDGES[r.nextInt(EDGES.length)])).getBytes(StandardCharsets.UTF_8));
      } else if (pick < 12) {
        parts.add(new byte[] {(byte) r.nextInt(0x80)});
      } else if (pick < 13) {
        parts.add(new byte[] {(byte) (0x80 + r.nextInt(0x80))});
      } else {
        parts.add(ILL_FORMED[r.nextInt(ILL_FORMED.length)]);
      }
    }
    return concat(parts);
  }

  private static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }

  @org.junit.jupiter.api.Test
  void refusesExactlyWhatTheStrictDecoderRefusesAtTheSameByte() {
    java.util.Random r = new java.util.Random(11);
    for (int i = 0; i < 20_000; i++) {
      check(nearlyUtf8(r));
    }
  }

  private static void check(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length * 2 + 2), true);
    Optional<JsonSyntax.Utf8> error = JsonSyntax.Utf8.firstError(bytes);
    if (result.isError()) {
      assertThat(error).as("%s refused by the JDK at %s", java.util.Arrays.toString(bytes), in.position()).isPresent();
      assertThat(error.get().offset).isEqualTo(in.position());
    } else {
      assertThat(error).as("%s", java.util.Arrays.toString(bytes)).isEmpty();
    }
  }
}
