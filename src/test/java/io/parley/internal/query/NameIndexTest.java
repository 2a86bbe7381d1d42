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

  /**
   * The tiers as the class documents them, by brute force over every record's names: what the
   * index's hashing, sorted keys, runs of keys and shared arrays must reproduce exactly.
   */
  static String modelTiers(List<List<String>> records, String typed) {
    List<String> words = NameKey.words(typed);
    String whole = String.join("", words);
    String last = words.get(words.size() - 1);
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < records.size(); p++) {
      java.util.Set<String> wholes = new java.util.HashSet<>();
      java.util.Set<String> own = new java.util.HashSet<>();
      for (String name : records.get(p)) {
        List<String> w = NameKey.words(name);
        if (!w.isEmpty()) {
          wholes.add(String.join("", w));
          own.addAll(w);
        }
      }
      int tier = NameIndex.PREFIX + 1;
      if (wholes.contains(whole)) {
        tier = NameIndex.EXACT;
      } else if (words.size() == 1 ? own.contains(whole) : own.containsAll(words)) {
        tier = NameIndex.WORD;
      } else {
        boolean prefix = false;
        if (NameKey.length(whole) >= NameKey.shortestPrefix(whole)) {
          for (String k : com.google.common.collect.Sets.union(wholes, own)) {
            prefix |= k.startsWith(whole) && !k.equals(whole);
          }
        }
        if (words.size() > 1 && own.containsAll(words.subList(0, words.size() - 1))
            && NameKey.length(last) >= NameKey.shortestPrefix(last)) {
          for (String k : own) {
            prefix |= k.startsWith(last);
          }
        }
        if (NameKey.unspaced(whole) && NameKey.length(whole) >= 2) {
          for (String k : own) {
            if (NameKey.unspaced(k)) {
              int at = k.indexOf(whole, 1);
              // within the word, not at its start, at most INNER_MAX characters long
              prefix |= at > 0 && NameKey.length(whole) <= NameIndex.INNER_MAX;
            }
          }
        }
        if (prefix) {
          tier = NameIndex.PREFIX;
        }
      }
      if (tier <= NameIndex.PREFIX) {
        b.append(b.length() == 0 ? "" : " ").append(p).append(':').append(tier);
      }
    }
    return b.toString();
  }

  @Test
  void everyLookupOfTheBundledNamesFindsWhatTheTiersDefine() {
    io.parley.model.Dataset d = io.parley.Parley.bundled().dataset();
    List<List<String>> records = new java.util.ArrayList<>();
    for (io.parley.model.Territory t : d.territories()) {
      List<String> names = new java.util.ArrayList<>();
      names.add(t.neutralName());
      t.names().forEach(n -> names.add(n.text()));
      t.features().forEach(f -> f.names().forEach(n -> names.add(n.text())));
      records.add(names);
    }
    for (io.parley.model.Person person : d.people()) {
      List<String> names = new java.util.ArrayList<>();
      person.names().forEach(n -> {
        names.add(n.text());
        n.romanization().ifPresent(names::add);
      });
      names.addAll(person.variants());
      records.add(names);
    }
    NameIndex index = index(records);
    java.util.Set<String> typed = new java.util.TreeSet<>();
    for (List<String> names : records) {
      for (String name : names) {
        typed.add(name);
        List<String> w = NameKey.words(name);
        for (int i = 0; i < w.size(); i++) {
          for (int k = 1; k <= w.get(i).length(); k++) {
            typed.add(w.get(i).substring(0, k));
            if (i > 0) {
              typed.add(w.get(i - 1) + " " + w.get(i).substring(0, k));
            }
            typed.add(w.get(i).substring(Math.min(k, w.get(i).length() - 1)));
          }
        }
      }
    }
    int found = 0;
    // Twice over, the second time from the answers kept with the keys; and with the typed words
    // run together, which finds the same key split otherwise.
    for (int round = 0; round < 2; round++) {
      for (String t : typed) {
        if (NameKey.words(t).isEmpty()) {
          continue;
        }
        for (String as : List.of(t, t.replace(" ", ""))) {
          String expected = modelTiers(records, as);
          NameIndex.Matches m = index.lookUp(NameKey.words(as));
          StringBuilder b = new StringBuilder();
          for (int p : m.positions) {
            b.append(b.length() == 0 ? "" : " ").append(p).append(':').append(m.of(p));
          }
          assertThat(b.toString()).as("%s", as).isEqualTo(expected);
          found += m.positions.length > 0 ? 1 : 0;
        }
      }
    }
    assertThat(found).isGreaterThan(10_000);
  }
}
