package io.parley.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void ignoresCaseSpacingPunctuationAndLatinDiacritics() {
    assertThat(NameKey.of("Southern  Kurils")).isEqualTo(NameKey.of("southern-kurils"));
    assertThat(NameKey.of("Hoppō Ryōdo")).isEqualTo(NameKey.of("hoppo ryodo"));
    assertThat(NameKey.of("Южные Курилы")).isEqualTo(NameKey.of("южные-курилы"));
    assertThat(NameKey.of("Ёлка")).isEqualTo(NameKey.of("елка"));
  }

  @Test
  void keepsWhatChangesTheName() {
    assertThat(NameKey.of("Daioyu")).isNotEqualTo(NameKey.of("Diaoyu"));
    // Kana voicing marks change the sound: ド (do) is not ト (to).
    assertThat(NameKey.of("ド")).isNotEqualTo(NameKey.of("ト"));
    assertThat(NameKey.of("北方領土")).isEqualTo("北方領土");
  }

  @Test
  void foldsCompatibilityForms() {
    // Full-width Latin letters, as Japanese text often has them, meet their ASCII forms.
    assertThat(NameKey.of("ＡＢＣ")).isEqualTo("abc");
  }

  @Test
  void theAsciiFastPathAgreesWithFullNormalization() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 20_000; i++) {
      char[] chars = new char[random.nextInt(20)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = (char) random.nextInt(128);
      }
      String s = new String(chars);
      assertThat(NameKey.of(s)).as("%s", s).isEqualTo(NameKey.normalized(s));
    }
  }
}
