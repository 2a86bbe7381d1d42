package io.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.model.Country;
import io.parley.model.Person;
import io.parley.model.Territory;
import org.junit.jupiter.api.Test;

/**
 * Names found the way people type them (issue #13), on the bundled dataset: a surname, one word of
 * a territory's name, the beginning of a name, either Chinese script; ranked exact, then whole
 * word, then prefix; and the closest names offered when nothing matches.
 */
class NameLookupTest {
  static final Parley parley = Parley.bundled();

  @Test
  void oneWordOfATerritorysNameFindsIt() {
    assertThat(parley.territories().named("Senkaku").list()).extracting(Territory::id)
        .containsExactly("senkaku-diaoyu-islands");
    assertThat(parley.territories().named("Diaoyu").list()).extracting(Territory::id)
        .containsExactly("senkaku-diaoyu-islands");
    assertThat(parley.territories().named("Kurils").list()).extracting(Territory::id)
        .containsExactly("southern-kurils");
    assertThat(parley.territories().named("Habomai").list()).extracting(Territory::id)
        .containsExactly("southern-kurils"); // a word of a feature's name, Habomai Islands
    assertThat(parley.territories().named("Kuril Islands").list()).extracting(Territory::id)
        .containsExactly("southern-kurils"); // both words of South Kuril Islands
  }

  @Test
  void aSurnameFindsThePerson() {
    assertThat(parley.people().named("Putin").list()).extracting(Person::id).containsExactly("vladimir-putin");
    assertThat(parley.people().named("Abe").list()).extracting(Person::id).containsExactly("shinzo-abe");
    assertThat(parley.people().named("Lavrov").list()).extracting(Person::id).containsExactly("sergey-lavrov");
    assertThat(parley.people().named("Путин").list()).extracting(Person::id).containsExactly("vladimir-putin");
    assertThat(parley.people().named("プーチン").list()).extracting(Person::id)
        .containsExactly("vladimir-putin"); // ウラジーミル・ウラジーミロヴィチ・プーチン: words at ・
    assertThat(parley.people().named("安倍").list()).extracting(Person::id).containsExactly("shinzo-abe");
    assertThat(parley.people().named("Putin Vladimir").list()).extracting(Person::id)
        .containsExactly("vladimir-putin"); // words in any order
    assertThat(parley.people().named("Kramp").list()).extracting(Person::id)
        .containsExactly("annegret-kramp-karrenbauer"); // words at hyphens
  }

  @Test
  void caseDiacriticsAndChineseScriptsAreIgnored() {
    assertThat(parley.people().named("Shinzō").list()).extracting(Person::id).containsExactly("shinzo-abe");
    assertThat(parley.people().named("SHINZO ABE").list()).extracting(Person::id).containsExactly("shinzo-abe");
    assertThat(parley.people().named("習近平").list()).extracting(Person::id).containsExactly("xi-jinping");
    for (String name : new String[] {"黄尾屿", "黃尾嶼", "钓鱼岛", "釣魚島", "釣魚台", "钓鱼台"}) {
      assertThat(parley.territories().named(name).list()).as(name).extracting(Territory::id)
          .containsExactly("senkaku-diaoyu-islands");
    }
    for (String name : new String[] {"独島", "獨島", "竹島", "竹岛"}) {
      assertThat(parley.territories().named(name).list()).as(name).extracting(Territory::id)
          .containsExactly("dokdo-takeshima");
    }
    // The Chinese forms of Japanese names: 择捉岛 (択捉島), 齿舞群岛 (歯舞群島), differing in shinjitai.
    for (String name : new String[] {"择捉岛", "擇捉島", "齿舞群岛", "齒舞群島"}) {
      assertThat(parley.territories().named(name).list()).as(name).extracting(Territory::id)
          .containsExactly("southern-kurils");
    }
  }

  @Test
  void theBeginningOfANameOrOfAWordFindsIt() {
    assertThat(parley.territories().named("Senk").list()).extracting(Territory::id)
        .containsExactly("senkaku-diaoyu-islands");
    assertThat(parley.people().named("Sergey Lav").list()).extracting(Person::id).containsExactly("sergey-lavrov");
    assertThat(parley.territories().named("尖閣").list()).extracting(Territory::id)
        .containsExactly("senkaku-diaoyu-islands"); // 尖閣諸島
    assertThat(parley.countries().named("日本").list()).extracting(Country::id).containsExactly("jp"); // 日本国
    // Under three letters a beginning is not looked up: "Ab" is no word of any name.
    assertThatThrownBy(() -> parley.people().named("Ab")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chineseAndJapaneseTextIsFoundAnywhereWithinAWord() {
    // 麻生太郎 is written without a space: 太郎 lies within it. 河野 太郎 has it as a word.
    assertThat(parley.people().named("太郎").list()).extracting(Person::id).containsExactly("taro-kono", "taro-aso");
    assertThat(parley.people().named("麻生").list()).extracting(Person::id).containsExactly("taro-aso");
    // One character is not enough.
    assertThatThrownBy(() -> parley.territories().named("島")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resultsAreRankedExactThenWholeWordThenPrefixAndByIdWithinATier() {
    // 河野 太郎 has 太郎 as a word, 麻生太郎 within a word: taro-kono first, though taro-aso's id is lower.
    assertThat(parley.people().named("太郎").first()).map(Person::id).hasValue("taro-kono");
    // Republic is a word of most countries' long names, but only begins the Soviet Union's Republics.
    assertThat(parley.countries().named("Republic").list()).extracting(Country::id)
        .startsWith("ar", "cn", "de").endsWith("vn", "su");
    // Crimea is a whole name of crimea, and also a word of Republic of Crimea: one record, once.
    assertThat(parley.territories().named("Crimea").list()).extracting(Territory::id).containsExactly("crimea");
    // Sergey is a word of both Sergeys' names: id order.
    assertThat(parley.people().named("Sergey").list()).extracting(Person::id)
        .containsExactly("sergey-lavrov", "sergey-shoigu");
    // Isl begins a word of three territories' names, and none has it as a word: id order.
    assertThat(parley.territories().named("Isl").list()).extracting(Territory::id)
        .containsExactly("dokdo-takeshima", "senkaku-diaoyu-islands", "southern-kurils");
  }

  @Test
  void nameLookupNarrowsWithTheOtherRefinementsAndKeepsItsRanking() {
    assertThat(parley.territories().claimedBy("CN").named("Islands").list()).extracting(Territory::id)
        .containsExactly("senkaku-diaoyu-islands");
    assertThat(parley.territories().named("Islands").claimedBy("RU").list()).extracting(Territory::id)
        .containsExactly("southern-kurils");
    // A name that matches the dataset but none of the narrower query's records: an empty result.
    assertThat(parley.territories().claimedBy("UA").named("Senkaku").list()).isEmpty();
    // Every country with a word of one of its names that is or begins with "Republic" (the
    // USSR's "Republics" by its beginning), and no other.
    long republics = parley.countries().list().stream().filter(c -> c.names().stream()
        .anyMatch(n -> java.util.Arrays.stream(n.text().split("[\\s,()']+"))
            .anyMatch(w -> w.startsWith("Republic"))))
        .count();
    assertThat(republics).isGreaterThan(10);
    assertThat(parley.countries().named("Republic").count()).isEqualTo(republics);
    assertThat(parley.countries().named("Republic").find("su")).isPresent();
    assertThat(parley.people().named("太郎").get("taro-aso").id()).isEqualTo("taro-aso");
  }

  @Test
  void aNameNoRecordMatchesIsRefusedWithTheClosestNames() {
    assertThatThrownBy(() -> parley.territories().named("Daioyu Islands"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no territory is named \"Daioyu Islands\" (did you mean \"Diaoyu Islands\"?)");
    assertThatThrownBy(() -> parley.people().named("Sergei Lavrof"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no person is named \"Sergei Lavrof\" (did you mean \"Sergei Lavrov\"?)");
    // A misspelt word of a name: the name it belongs to.
    assertThatThrownBy(() -> parley.territories().named("Senkako"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no territory is named \"Senkako\" (did you mean \"Senkaku/Diaoyu Islands\"?)");
    assertThatThrownBy(() -> parley.people().named("Puttin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no person is named \"Puttin\" (did you mean \"Vladimir Putin\"");
    // Nothing close: refused all the same.
    assertThatThrownBy(() -> parley.countries().named("Atlantis"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no country is named \"Atlantis\"");
    // Words of two different people's names.
    assertThatThrownBy(() -> parley.people().named("Abe Putin")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> parley.people().named(" - "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\" - \" has no letter or digit to look up");
    assertThatThrownBy(() -> parley.people().named(null)).isInstanceOf(NullPointerException.class);
  }
}
