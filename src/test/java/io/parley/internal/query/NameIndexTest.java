package io.parley.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.internal.text.NameKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name index on its own, over records given as lists of names. */
class NameIndexTest {
  static NameIndex index(List<List<String>> records) {
    return new NameIndex(records.size(), new NameIndex.Names() {
      @Override
      public void add(int position, List<String> out) {
        out.addAll(records.get(position));
      }
    });
  }

  static final NameIndex INDEX = index(List.of(
      List.of("Kuril Islands", "Курильские острова"), // 0
      List.of("Kuril"),                                // 1: a whole name equal to 0's word
      List.of("Kurilsk"),                              // 2: begins with it
      List.of("Southern Kurils", "South Kuril Islands"), // 3
      List.of("麻生太郎", "河野 太郎"),                  // 4
      List.of("太郎丸")));                              // 5

  static String tiers(String typed) {
    NameIndex.Matches m = INDEX.find(typed, "record");
    StringBuilder b = new StringBuilder();
    for (int p : m.positions) {
      b.append(b.length() == 0 ? "" : " ").append(p).append(':').append(m.of(p));
    }
    return b.toString();
  }

  @Test
  void eachRecordOnceWithItsBestTier() {
    // 1 has it as its whole name, 0 and 3 as a word, 2 begins with it.
    assertThat(tiers("kuril")).isEqualTo("0:1 1:0 2:2 3:1");
    assertThat(tiers("Kuril Islands")).isEqualTo("0:0 3:1");
    assertThat(tiers("Kuril Isl")).isEqualTo("0:2 3:2");
    assertThat(tiers("Kurils")).isEqualTo("2:2 3:1");
    assertThat(tiers("Курильские")).isEqualTo("0:1");
  }

  @Test
  void aRecordTheLookupDidNotFindRanksPastEveryTier() {
    assertThat(INDEX.find("Kuril Islands", "record").of(2)).isEqualTo(NameIndex.PREFIX + 1);
  }

  @Test
  void chineseAndJapaneseWordsAreFoundByTheirBeginningAndWithin() {
    assertThat(tiers("太郎")).isEqualTo("4:1 5:2"); // a word of 河野 太郎; the beginning of 太郎丸
    assertThat(tiers("生太")).isEqualTo("4:2");     // within 麻生太郎
    assertThat(tiers("麻生")).isEqualTo("4:2");
  }

  @Test
  void substringsWithinChineseAndJapaneseWordsAreKeptUpToEightCharacters() {
    NameIndex long_ = index(List.of(List.of("一二三四五六七八九十")));
    assertThat(long_.lookUp(NameKey.words("二三四五六七八九")).positions).containsExactly(0);
    assertThat(long_.lookUp(NameKey.words("二三四五六七八九十")).positions).isEmpty();
    assertThat(long_.lookUp(NameKey.words("一二三四五六七八九")).positions).containsExactly(0); // a beginning
  }

  @Test
  void suggestionsAreNamesAsWrittenOnePerRecord() {
    assertThatThrownBy(() -> INDEX.find("Kuril Islandz", "record"))
        .hasMessage("no record is named \"Kuril Islandz\" (did you mean \"Kuril Islands\"?)");
    assertThatThrownBy(() -> INDEX.find("Kurill", "record"))
        .hasMessage("no record is named \"Kurill\" (did you mean \"Kuril\", \"Southern Kurils\" or \"Kurilsk\"?)");
  }

  @Test
  void aCommonWordIntersectsWithARareOneWhicheverWayTheSizesGo() {
    java.util.List<List<String>> records = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      records.add(List.of("Rock " + i + (i % 50 == 7 ? " Kita" : "")));
    }
    NameIndex many = index(records);
    assertThat(many.lookUp(NameKey.words("Kita Rock")).positions).containsExactly(7, 57, 107, 157);
    assertThat(many.lookUp(NameKey.words("Rock Kita")).positions).containsExactly(7, 57, 107, 157);
    assertThat(many.lookUp(NameKey.words("Rock 57")).positions).containsExactly(57);
  }
}
