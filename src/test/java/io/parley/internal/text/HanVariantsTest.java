package io.parley.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import io.parley.Parley;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.Feature;
import io.parley.model.Name;
import io.parley.model.Person;
import io.parley.model.Territory;
import io.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The variant table that folds Chinese and Japanese characters ({@link HanVariants}) checked
 * against ICU4J, which is a test dependency only: the committed table is what the generator makes
 * from ICU and the Jōyō table, each of its pairs agrees with ICU's Traditional-Simplified
 * transliterator, and every name of the bundled data meets its Simplified and Traditional forms
 * as ICU writes them.
 */
class HanVariantsTest {
  static Transliterator toSimplified;
  static Transliterator toTraditional;
  static List<HanVariantsGenerator.JoyoPair> joyo;

  @BeforeAll
  static void load() throws IOException {
    toSimplified = Transliterator.getInstance("Traditional-Simplified");
    toTraditional = Transliterator.getInstance("Simplified-Traditional");
    joyo = HanVariantsGenerator.joyo(Fixtures.resource(HanVariantsGenerator.JOYO));
  }

  private static String simplified(char c) {
    return toSimplified.transliterate(String.valueOf(c));
  }

  private static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  @Test
  void theCommittedTableIsWhatTheGeneratorMakesFromIcuAndTheJoyoTable() throws IOException {
    Path committed = Paths.get(System.getProperty("parley.basedir", ".")).resolve(HanVariantsGenerator.TARGET);
    String expected = HanVariantsGenerator.generate(Fixtures.resource(HanVariantsGenerator.JOYO));
    String actual = Files.readString(committed, StandardCharsets.UTF_8);
    if (!actual.equals(expected)) {
      Files.writeString(Paths.get("target", "HanVariants.java"), expected, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("HanVariants.java is stale: copy target/HanVariants.java over " + committed).isEqualTo(expected);
  }

  @Test
  void everyPairAgreesWithIcusTraditionalSimplifiedTransliteratorOrTheJoyoTable() {
    Map<Character, Character> joyoToTraditional = new HashMap<>();
    Map<Character, Character> traditionalToJoyo = new HashMap<>();
    for (HanVariantsGenerator.JoyoPair p : joyo) {
      if (p.traditional().size() == 1) {
        char j = p.joyo().charAt(0);
        char t = nfkc(p.traditional().get(0)).charAt(0);
        joyoToTraditional.put(j, t);
        traditionalToJoyo.put(t, j);
      }
    }
    String pairs = HanVariants.pairs();
    int fromIcu = 0;
    int fromJoyo = 0;
    for (int i = 0; i < pairs.length(); i += 2) {
      char variant = pairs.charAt(i);
      char form = pairs.charAt(i + 1);
      assertThat(NameKey.foldHan(variant)).isEqualTo(form);
      assertThat(NameKey.foldHan(form)).as("%s folds once", variant).isEqualTo(form);
      String icu = simplified(variant);
      if (!icu.equals(String.valueOf(variant))) {
        // ICU's simplified form, followed where ICU maps it on (苧 to 苎 to 苧: the lower one).
        assertThat(NameKey.foldHan(icu)).as("%s: ICU gives %s", variant, icu).isEqualTo(String.valueOf(form));
        fromIcu++;
      } else if (joyoToTraditional.containsKey(variant)) {
        // A Japanese form ICU does not know: where its traditional form's simplified form folds.
        char traditional = joyoToTraditional.get(variant);
        assertThat(NameKey.foldHan(simplified(traditional))).as("%s/%s", variant, traditional)
            .isEqualTo(String.valueOf(form));
        fromJoyo++;
      } else {
        // A traditional form ICU does not know: where its Japanese form's simplified form folds.
        assertThat(traditionalToJoyo).as("%s is in neither ICU nor the Jōyō table", variant).containsKey(variant);
        assertThat(NameKey.foldHan(simplified(traditionalToJoyo.get(variant)))).as("%s", variant)
            .isEqualTo(String.valueOf(form));
        fromJoyo++;
      }
    }
    assertThat(fromIcu).isGreaterThan(2800);
    assertThat(fromJoyo).isGreaterThan(150);
  }

  @Test
  void everyNameOfTheBundledDataMeetsItsSimplifiedAndTraditionalFormsAsIcuWritesThem() {
    Dataset d = Parley.bundled().dataset();
    List<String> names = new ArrayList<>();
    for (Country c : d.countries()) {
      names(c.names(), names);
    }
    for (Person p : d.people()) {
      names(p.names(), names);
      names.addAll(p.variants());
    }
    for (Territory t : d.territories()) {
      names.add(t.neutralName());
      names(t.names(), names);
      for (Feature f : t.features()) {
        names(f.names(), names);
      }
    }
    int changedByIcu = 0;
    for (String name : names) {
      String simplified = toSimplified.transliterate(name);
      String traditional = toTraditional.transliterate(name);
      assertThat(NameKey.of(simplified)).as("%s, simplified %s", name, simplified).isEqualTo(NameKey.of(name));
      assertThat(NameKey.of(traditional)).as("%s, traditional %s", name, traditional).isEqualTo(NameKey.of(name));
      changedByIcu += simplified.equals(name) && traditional.equals(name) ? 0 : 1;
    }
    assertThat(names).hasSizeGreaterThan(500);
    assertThat(changedByIcu).as("names with a Chinese character that has a variant").isGreaterThan(50);
  }

  private static void names(List<Name> names, List<String> out) {
    for (Name n : names) {
      out.add(n.text());
      n.romanization().ifPresent(out::add);
    }
  }

  @Test
  void simplifiedTraditionalAndJapaneseFormsMeet() {
    String[][] same = {
      {"黄尾屿", "黃尾嶼"}, {"钓鱼岛", "釣魚島"}, {"钓鱼台", "釣魚臺", "釣魚台"}, {"独島", "獨島", "独岛"},
      {"竹島", "竹岛"}, {"歯舞群島", "齒舞群島", "齿舞群岛"}, {"択捉島", "擇捉島", "择捉岛"},
      {"北方領土", "北方领土"}, {"国後島", "國後島", "国后岛"}, {"豊田", "豐田", "丰田"}, {"衛", "衞", "卫"},
    };
    for (String[] group : same) {
      for (String s : group) {
        assertThat(NameKey.of(s)).as("%s", s).isEqualTo(NameKey.of(group[0]));
      }
    }
  }

  @Test
  void aJapaneseFormThatIsAlsoAChineseCharacterOfItsOwnIsLeftApart() {
    // 芸 is the Japanese form of 藝 (art), but in Chinese a character of its own (rue).
    assertThat(NameKey.of("芸")).isNotEqualTo(NameKey.of("藝"));
    assertThat(NameKey.of("藝")).isEqualTo(NameKey.of("艺"));
    // Kana are no Chinese characters: nothing folds them.
    assertThat(NameKey.of("クリミア")).isEqualTo("クリミア");
  }
}
