package io.parley.benchmarks;

import io.parley.Parley;
import io.parley.model.Dataset;
import io.parley.model.Meeting;
import io.parley.model.Name;
import io.parley.model.Office;
import io.parley.model.Territory;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The arguments of every benchmarked query for one dataset, chosen from the data the same way
 * every time: the busiest pair of countries and a pair at the median of meeting counts, one
 * calendar year, a date for "as of", a name of a territory in each of four scripts, an office;
 * and, for lookups by part of a name, one word of a territory's Latin name, its first four
 * letters, the first two characters of a kanji name, a person's surname and full name.
 */
final class Args {
  /** Labels of the datasets: the bundled one, and the synthetic sizes under the data directory. */
  static final String BUNDLED = "bundled";

  String busyA;
  String busyB;
  int busyMeetings;
  String typicalA;
  String typicalB;
  int typicalMeetings;
  LocalDate from = LocalDate.of(2017, 1, 1);
  LocalDate to = LocalDate.of(2017, 12, 31);
  LocalDate asOf = LocalDate.of(2020, 6, 30);
  LocalDate onDay = LocalDate.of(2017, 3, 20);
  Office office = Office.FOREIGN_MINISTER;
  String latin;
  String cyrillic;
  String kanji;
  String hangul;
  String word;
  String prefix;
  String kanjiPrefix;
  String surname;
  String person;

  /** The directory of a synthetic dataset: {@code -Dparley.data} (default benchmarks/target/data) / label. */
  static Path dataDir(String label) {
    return Path.of(System.getProperty("parley.data", "benchmarks/target/data")).resolve(label);
  }

  static Parley open(String label) throws Exception {
    return label.equals(BUNDLED) ? Parley.bundled() : Parley.load(dataDir(label), Synthetic.limits());
  }

  static Args of(String label, Parley parley) {
    Dataset d = parley.dataset();
    Args a = new Args();
    Map<String, Integer> counts = new HashMap<>();
    for (Meeting m : d.meetings()) {
      counts.merge(Synthetic.pairKey(m.parties().get(0), m.parties().get(1)), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> pairs = new ArrayList<>(counts.entrySet());
    pairs.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    Map.Entry<String, Integer> busy = pairs.get(pairs.size() - 1);
    Map.Entry<String, Integer> typical = pairs.get(pairs.size() / 2);
    a.busyA = busy.getKey().split("\\|")[0];
    a.busyB = busy.getKey().split("\\|")[1];
    a.busyMeetings = busy.getValue();
    a.typicalA = typical.getKey().split("\\|")[0];
    a.typicalB = typical.getKey().split("\\|")[1];
    a.typicalMeetings = typical.getValue();
    if (label.equals(BUNDLED)) {
      a.latin = "Southern Kurils";
      a.cyrillic = "Южные Курилы";
      a.kanji = "北方領土";
      a.hangul = "독도";
      a.word = "Senkaku";
      a.prefix = "Senk";
      a.kanjiPrefix = "北方";
      a.surname = "Putin";
      a.person = "Vladimir Putin";
    } else {
      a.latin = firstName(d, "en");
      a.cyrillic = firstName(d, "ru");
      a.kanji = firstName(d, "ja");
      a.hangul = firstName(d, "ko");
      a.word = a.latin.split(" ")[0];
      a.prefix = a.word.substring(0, Math.min(4, a.word.length()));
      a.kanjiPrefix = a.kanji.substring(0, 2);
      a.person = d.people().get(0).name();
      a.surname = a.person.substring(a.person.lastIndexOf(' ') + 1);
    }
    return a;
  }

  private static String firstName(Dataset d, String language) {
    for (Territory t : d.territories()) {
      for (Name n : t.names()) {
        if (n.language().equals(language)) {
          return n.text();
        }
      }
    }
    throw new IllegalStateException("no territory has a name in " + language);
  }

  void save(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("busyA", busyA);
    p.setProperty("busyB", busyB);
    p.setProperty("busyMeetings", String.valueOf(busyMeetings));
    p.setProperty("typicalA", typicalA);
    p.setProperty("typicalB", typicalB);
    p.setProperty("typicalMeetings", String.valueOf(typicalMeetings));
    p.setProperty("latin", latin);
    p.setProperty("cyrillic", cyrillic);
    p.setProperty("kanji", kanji);
    p.setProperty("hangul", hangul);
    p.setProperty("word", word);
    p.setProperty("prefix", prefix);
    p.setProperty("kanjiPrefix", kanjiPrefix);
    p.setProperty("surname", surname);
    p.setProperty("person", person);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, "query arguments");
    }
  }

  static Args load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Args a = new Args();
    a.busyA = p.getProperty("busyA");
    a.busyB = p.getProperty("busyB");
    a.busyMeetings = Integer.parseInt(p.getProperty("busyMeetings"));
    a.typicalA = p.getProperty("typicalA");
    a.typicalB = p.getProperty("typicalB");
    a.typicalMeetings = Integer.parseInt(p.getProperty("typicalMeetings"));
    a.latin = p.getProperty("latin");
    a.cyrillic = p.getProperty("cyrillic");
    a.kanji = p.getProperty("kanji");
    a.hangul = p.getProperty("hangul");
    a.word = p.getProperty("word", "");
    a.prefix = p.getProperty("prefix", "");
    a.kanjiPrefix = p.getProperty("kanjiPrefix", "");
    a.surname = p.getProperty("surname", "");
    a.person = p.getProperty("person", "");
    return a;
  }

  @Override
  public String toString() {
    return "busy pair " + busyA + "-" + busyB + " (" + busyMeetings + " meetings), typical pair " + typicalA + "-"
        + typicalB + " (" + typicalMeetings + "), period " + from + ".." + to + ", as of " + asOf + ", names "
        + latin + " / " + cyrillic + " / " + kanji + " / " + hangul + ", parts of names " + word + " / " + prefix
        + " / " + kanjiPrefix + ", person " + person + " / " + surname + ", " + office.id() + " of " + busyA + " on "
        + onDay;
  }
}
