package io.parley.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.Parley;
import io.parley.model.Dataset;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Note;
import io.parley.model.Office;
import io.parley.model.Participant;
import io.parley.model.Position;
import io.parley.model.Series;
import io.parley.model.Session;
import io.parley.model.Source;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The curation gates of the bundled data (curation/README.md): what every release of the data
 * must hold beyond what the reader's rules check for any dataset.
 */
class DatasetGatesTest {
  private static final Dataset DATA = Parley.bundled().dataset();

  /** How a position that takes no side on any statement says so (curation/merge_research.py). */
  private static final String NO_SIDE = "Takes no side on any proposition: ";

  /**
   * Hosts that copy others' pages (mirrors, scrapers, document-sharing and archive sites), found
   * by the 2027.1 audit. A source read on one is cited as its original publisher, with the copy in
   * {@code via}.
   */
  private static final Set<String> COPY_HOSTS = Set.of("docslib.org", "megalodon.jp", "yumpu.com",
      "lookforattorney.com", "lua.ovh", "cms-example.chautec.com", "piglix.com", "theodora.com",
      "worddisk.com", "usa.one", "bodysize.org", "gateway.ipfs.io", "fdocuments.in", "expydoc.com",
      "scribd.com", "pdfslide.tips", "zzwav.com", "edudba.com",
      "firstchoicepropertyinspections.com", "hessslslslsls.azureedge.net", "wiki.gravy.cc",
      "wiki.greatalarm.org", "en.wikipedia-on-ipfs.org", "b.hatena.ne.jp", "fr.qaz.wiki",
      "wikiwand.com", "wikiplanet.click", "ja-wiki.pages.dev", "wiki-gateway.eudic.net",
      "wiwikim.kfd.me", "iiab.me", "pressreader.com", "weblio.jp");

  @Test
  void everyPositionTakesASideOnAPropositionOrSaysWhyNot() {
    List<String> uncoded = new ArrayList<>();
    for (Position p : DATA.positions()) {
      boolean says = p.notes().stream().map(Note::text).anyMatch(t -> t.startsWith(NO_SIDE));
      if (p.proposition().isEmpty() && !says) {
        uncoded.add(p.id());
      }
      assertThat(p.proposition().isPresent() && says).as(p.id() + " both coded and not").isFalse();
    }
    assertThat(uncoded).isEmpty();
  }

  @Test
  void everySeriesRoundIsInTheDataOrItsAbsenceIsExplained() {
    for (Series s : DATA.series()) {
      Set<Integer> rounds = new TreeSet<>();
      for (Meeting m : DATA.meetings()) {
        if (m.series().equals(java.util.Optional.of(s.id())) && m.number().isPresent()) {
          rounds.add(m.number().getAsInt());
        }
      }
      if (rounds.isEmpty()) {
        continue; // a series without ordinals says so in its coverage (jp-us-scc)
      }
      Set<Integer> stated = numbersIn(s.coverage());
      int first = rounds.iterator().next();
      int last = ((TreeSet<Integer>) rounds).last();
      boolean earlierExplained = s.coverage().toLowerCase(Locale.ROOT)
          .matches("(?s).*(earlier|not in the data|first term).*");
      for (int n = 1; n < last; n++) {
        if (!rounds.contains(n)) {
          assertThat(stated.contains(n) || (n < first && earlierExplained))
              .as("%s: round %s is missing and its coverage does not say why: %s", s.id(), n,
                  s.coverage())
              .isTrue();
        }
      }
    }
  }

  /** Every number in a text, ranges such as {@code 17-27} expanded. */
  private static Set<Integer> numbersIn(String text) {
    Set<Integer> out = new HashSet<>();
    Matcher m = Pattern.compile("(\\d+)(?:\\s*[-–]\\s*(\\d+))?").matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
      for (int n = a; n <= Math.min(b, a + 1000); n++) {
        out.add(n);
      }
    }
    return out;
  }

  @Test
  void everyTwoPlusTwoHasBothSidesForeignAndDefenceMinistersOrANote() {
    for (Meeting m : DATA.meetings()) {
      if (m.format() != MeetingFormat.TWO_PLUS_TWO || !m.notes().isEmpty()) {
        continue;
      }
      Set<String> present = new HashSet<>();
      for (Session s : m.sessions()) {
        for (Participant p : s.participants()) {
          present.add(p.country() + "/" + p.office().id());
        }
      }
      for (String party : m.parties()) {
        assertThat(present).as(m.id())
            .contains(party + "/" + Office.FOREIGN_MINISTER.id(), party + "/" + Office.DEFENCE_MINISTER.id());
      }
    }
  }

  @Test
  void noSourceReadOnACopyNamesTheCopyAsItsPublisher() {
    int copies = 0;
    for (Source s : DATA.sources()) {
      if (s.url().isEmpty()) {
        continue;
      }
      String host = URI.create(s.url().get().replace(" ", "%20")).getHost();
      if (host == null) {
        continue;
      }
      host = host.replaceFirst("^www\\.", "");
      if (COPY_HOSTS.contains(host)) {
        copies++;
        assertThat(s.via()).as("%s read on %s says so in via", s.id(), host).isPresent();
        assertThat(s.publisher().toLowerCase(Locale.ROOT)).as(s.id()).doesNotContain(host);
      }
    }
    assertThat(copies).as("sources read on a copy (the test must see some)").isPositive();
  }

  @Test
  void remoteMeetingsHaveNoPlaceAndMeetingsInPersonDo() {
    for (Meeting m : DATA.meetings()) {
      assertThat(m.place().isPresent()).as(m.id()).isEqualTo(!m.mode().isRemote());
    }
    assertThat(DATA.meetings()).filteredOn(m -> m.mode().isRemote()).isNotEmpty();
  }
}
