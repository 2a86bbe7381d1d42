package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.model.DatasetCitation;
import io.parley.model.Manifest;
import io.parley.model.PartialDate;
import io.parley.model.ReferenceStyle;
import io.parley.model.Source;
import io.parley.model.SourceKind;
import io.parley.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How to cite a dataset version, and each source's reference in every style. */
class CitationTest {
  static Parley parley;

  @BeforeAll
  static void load() throws Exception {
    parley = Parley.load(Fixtures.small());
  }

  private static final String AP_URL = "https://www.detroitnews.com/story/news/world/2017/03/19/"
      + "japan-russia-hold-talks-security-territory-dispute/99397422/";

  @Test
  void theBundledDatasetIsCitedAsItsManifestSaysInPlainTextAndBibtex() {
    DatasetCitation c = Parley.bundled().citation();
    assertThat(c.text())
        .isEqualTo("The Parley authors. Parley bundled dataset, version 2027.1. CC BY 4.0.")
        .isEqualTo(Parley.bundled().manifest().citation())
        .isEqualTo(c.toString());
    assertThat(c.dataVersion()).isEqualTo(Parley.bundled().dataVersion());
    assertThat(c.bibtex()).isEqualTo("@misc{parley-bundled-dataset-2027.1,\n"
        + "  title = {{Parley bundled dataset}},\n"
        + "  version = {2027.1},\n"
        + "  year = {2027},\n"
        + "  note = {The Parley authors. Parley bundled dataset, version 2027.1. CC BY 4.0.}\n"
        + "}");
  }

  @Test
  void aDatasetOfOnesOwnIsCitedByItsOwnManifest() {
    assertThat(parley.citation().text()).isEqualTo("Parley test fixture, version 2026.1.");
    assertThat(parley.citation().bibtexKey()).isEqualTo("parley-test-fixture-2026.1");
    assertThat(parley.citation()).isEqualTo(DatasetCitation.of(parley.manifest()))
        .isNotEqualTo(Parley.bundled().citation());
  }

  @Test
  void bibtexEscapesSpecialCharactersAndKeysOnTheTitlesWords() {
    Manifest m = Manifest.builder().format(1).dataVersion("2027.3")
        .title("Talks & Treaties: 100% {East} Asia_data").license("CC0-1.0")
        .citation("Ministry #2 & co. Talks & Treaties, 2027.3 ~ $0.").build();
    DatasetCitation c = DatasetCitation.of(m);
    assertThat(c.bibtexKey()).isEqualTo("talks-treaties-100-east-asia-data-2027.3");
    assertThat(c.bibtex()).isEqualTo("@misc{talks-treaties-100-east-asia-data-2027.3,\n"
        + "  title = {{Talks \\& Treaties: 100\\% \\{East\\} Asia\\_data}},\n"
        + "  version = {2027.3},\n"
        + "  year = {2027},\n"
        + "  note = {Ministry \\#2 \\& co. Talks \\& Treaties, 2027.3 \\~{} \\$0.}\n"
        + "}");
  }

  @Test
  void aSourceRendersItselfInEveryStyle() {
    Source ap = parley.sources().get("ap-2017-03-20");
    assertThat(ap.reference(ReferenceStyle.PLAIN)).isEqualTo(ap.reference())
        .isEqualTo("Elaine Kurtenbach. \"Japan, Russia hold talks on security, territory dispute.\""
            + " Associated Press, via The Detroit News, 2017-03-20. " + AP_URL);
    assertThat(ap.reference(ReferenceStyle.APA))
        .isEqualTo("Elaine Kurtenbach. (2017, March 20). Japan, Russia hold talks on security,"
            + " territory dispute. Associated Press, via The Detroit News. " + AP_URL);
    assertThat(ap.reference(ReferenceStyle.BIBTEX)).isEqualTo("@misc{ap-2017-03-20,\n"
        + "  author = {Elaine Kurtenbach},\n"
        + "  title = {{Japan, Russia hold talks on security, territory dispute}},\n"
        + "  howpublished = {Associated Press, via The Detroit News},\n"
        + "  year = {2017},\n"
        + "  month = mar,\n"
        + "  url = {" + AP_URL + "}\n"
        + "}");
  }

  @Test
  void apaPutsTheHeadlineFirstWithoutAnAuthorAndThePublisherFirstWithoutEither() {
    Source scmp = parley.sources().get("scmp-2013-11-01");
    assertThat(scmp.author()).isEmpty();
    assertThat(scmp.reference(ReferenceStyle.APA)).isEqualTo("Japan to host high-level meeting"
        + " with Russian ministers. (2013, November 1). South China Morning Post. "
        + scmp.url().get());
    Source bare = Source.builder().id("kremlin-readout").publisher("President of Russia")
        .language("en").kind(SourceKind.GOVERNMENT).build();
    assertThat(bare.reference(ReferenceStyle.APA)).isEqualTo("President of Russia. (n.d.).");
    assertThat(bare.reference(ReferenceStyle.BIBTEX))
        .isEqualTo("@misc{kremlin-readout,\n  howpublished = {President of Russia}\n}");
  }

  @Test
  void apaWritesTheDateToTheKnownPrecisionAndEndsEachPartOnce() {
    Source month = Source.builder().id("rferl").publisher("RFE/RL").headline("Who said what?")
        .published(PartialDate.parse("2017-03")).language("en").kind(SourceKind.NEWS_AGENCY).build();
    assertThat(month.reference(ReferenceStyle.APA)).isEqualTo("Who said what? (2017, March). RFE/RL.");
    assertThat(month.reference(ReferenceStyle.BIBTEX)).contains("  year = {2017},\n  month = mar\n");
    Source year = Source.builder().id("yearbook").publisher("Yearbook Inc.").author("A. N. Author.")
        .headline("Yearbook").published(PartialDate.parse("1956")).language("en")
        .kind(SourceKind.REFERENCE).build();
    assertThat(year.reference(ReferenceStyle.APA))
        .isEqualTo("A. N. Author. (1956). Yearbook. Yearbook Inc.");
    assertThat(year.reference(ReferenceStyle.BIBTEX)).contains("  year = {1956}\n}").doesNotContain("month");
  }

  @Test
  void bibtexKeepsNativeScriptsAndEscapesWhatLatexWouldEat() {
    Source s = Source.builder().id("yomiuri-2019").publisher("読売新聞").headline("日露 2+2 & 100% \"合意\"")
        .published(PartialDate.parse("2019-05-31")).language("ja").kind(SourceKind.NEWSPAPER).build();
    assertThat(s.reference(ReferenceStyle.BIBTEX)).isEqualTo("@misc{yomiuri-2019,\n"
        + "  title = {{日露 2+2 \\& 100\\% \"合意\"}},\n"
        + "  howpublished = {読売新聞},\n"
        + "  year = {2019},\n"
        + "  month = may\n"
        + "}");
  }
}
