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
    assertThat(NameKey.of("北方領土")).isEqualTo(NameKey.of("北方领土")).isNotEqualTo(NameKey.of("北方领士"));
  }

  @Test
  void foldsCompatibilityForms() {
    // Full-width Latin letters, as Japanese text often has them, meet their ASCII forms.
    assertThat(NameKey.of("ＡＢＣ")).isEqualTo("abc");
  }

  @Test
  void wordsAreWhatLiesBetweenSpacesAndPunctuation() {
    assertThat(NameKey.words("Jean-Yves Le Drian")).containsExactly("jean", "yves", "le", "drian");
    assertThat(NameKey.words("USSR, Union of Soviet Socialist Republics"))
        .containsExactly("ussr", "union", "of", "soviet", "socialist", "republics");
    assertThat(NameKey.words("Shinzō  Abe")).containsExactly("shinzo", "abe");
    assertThat(NameKey.words("Южные Курилы")).containsExactly("южные", "курилы");
    assertThat(NameKey.words("ウラジーミル・プーチン")).containsExactly("ウラジーミル", "プーチン");
    assertThat(NameKey.words("박 근혜")).containsExactly("박", "근혜");
    // Chinese and Japanese text has no spaces: a run is one word, in the folded script.
    assertThat(NameKey.words("钓鱼岛及其附属岛屿")).containsExactly("钓鱼岛及其附属岛屿");
    assertThat(NameKey.words("安倍 晋三")).containsExactly("安倍", "晋三");
    assertThat(NameKey.words("釣魚臺列嶼")).containsExactly(NameKey.of("钓鱼台列屿"));
    assertThat(NameKey.words(" - ")).isEmpty();
    assertThat(NameKey.words("・")).isEmpty();
  }

  @Test
  void theWordsRunTogetherAreTheKey() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "aZ9 -,.'ōÉйЖ北國岛ア・ー가각\u0301\u3099";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(String.join("", NameKey.words(s.toString()))).as("%s", s).isEqualTo(NameKey.of(s.toString()));
    }
  }

  @Test
  void chineseAndJapaneseTextIsUnspacedAndShortPrefixesAreTwoCharacters() {
    assertThat(NameKey.unspaced("麻生太郎")).isTrue();
    assertThat(NameKey.unspaced("プーチン")).isTrue(); // ー, the length mark, is of no script
    assertThat(NameKey.unspaced("독도")).isFalse();
    assertThat(NameKey.unspaced("putin")).isFalse();
    assertThat(NameKey.shortestPrefix("尖閣")).isEqualTo(2);
    assertThat(NameKey.shortestPrefix("독도")).isEqualTo(2);
    assertThat(NameKey.shortestPrefix("senk")).isEqualTo(3);
    assertThat(NameKey.shortestPrefix("сен")).isEqualTo(3);
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
      assertThat(NameKey.words(s)).as("%s", s).isEqualTo(java.util.Arrays.asList(NameKey.fold(s, true).split(" ")).stream()
          .filter(w -> !w.isEmpty()).collect(java.util.stream.Collectors.toList()));
    }
  }

  /** The words as full normalization of the whole text gives them. */
  private static java.util.List<String> normalizedWords(String s) {
    return java.util.Arrays.stream(NameKey.fold(s, true).split(" ")).filter(w -> !w.isEmpty())
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void everyCharacterThatFoldsAloneFoldsAsFullNormalizationFoldsIt() {
    int alone = 0;
    for (int c = 0x80; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      NameKey.Typed typed = NameKey.charTyped(s);
      java.util.List<String> words = typed == null ? null : typed.words();
      if (words != null) {
        alone++;
        assertThat(words).as("U+%04X", c).isEqualTo(normalizedWords(s));
        assertThat(NameKey.of(s)).as("U+%04X", c).isEqualTo(NameKey.normalized(s));
      }
    }
    // Most of the plane: letters of every script, Chinese characters, hangul syllables, punctuation.
    assertThat(alone).isGreaterThan(50_000);
  }

  @Test
  void textOfCharactersThatFoldAloneFoldsAsFullNormalizationFoldsIt() {
    // Characters from the scripts names are written in, with the separators between them, and
    // the neighbours that would break folding one by one: marks, jamo, sigma, compatibility forms.
    java.util.List<Character> pool = new java.util.ArrayList<>();
    int[][] ranges = {{0x20, 0x7e}, {0xa0, 0x24f}, {0x370, 0x3ff}, {0x400, 0x52f}, {0x530, 0x58f},
        {0x5d0, 0x5ea}, {0x600, 0x6ff}, {0x900, 0x97f}, {0xe00, 0xe7f}, {0x10a0, 0x10ff}, {0x1100, 0x11ff},
        {0x1e00, 0x1fff}, {0x2000, 0x206f}, {0x2460, 0x24ff}, {0x3000, 0x30ff}, {0x3130, 0x318f},
        {0x3200, 0x33ff}, {0x4e00, 0x4fff}, {0x9f00, 0x9fff}, {0xac00, 0xadff}, {0xd700, 0xd7ff},
        {0xf900, 0xfaff}, {0xfb00, 0xfdff}, {0xfe30, 0xfe4f}, {0xff00, 0xffef}};
    for (int[] r : ranges) {
      for (int c = r[0]; c <= r[1]; c++) {
        pool.add((char) c);
      }
    }
    java.util.Random random = new java.util.Random(16);
    int checked = 0;
    for (int i = 0; i < 400_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = 1 + random.nextInt(6); j > 0; j--) {
        b.append(pool.get(random.nextInt(pool.size())));
      }
      String s = b.toString();
      NameKey.Typed typed = NameKey.charTyped(s);
      java.util.List<String> words = typed == null ? null : typed.words();
      if (words != null) {
        checked++;
        assertThat(words).as("%s", s).isEqualTo(normalizedWords(s));
      }
      assertThat(NameKey.words(s)).as("%s", s).isEqualTo(normalizedWords(s));
      assertThat(NameKey.of(s)).as("%s", s).isEqualTo(NameKey.normalized(s));
    }
    assertThat(checked).isGreaterThan(100_000);
  }
}
