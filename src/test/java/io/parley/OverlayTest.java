package io.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.parley.io.DatasetException;
import io.parley.io.DatasetReader;
import io.parley.io.Problem;
import io.parley.model.Meeting;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Your own files laid over the bundled data, and what save() writes and load() checks. */
class OverlayTest {
  @TempDir Path temp;

  /** One meeting between Japan and South Korea whose participant is a bundled person. */
  private static final String MEETING = """
      [
        {
          "id": "my-jp-kr-consultation-2016",
          "parties": ["jp", "kr"],
          "format": "working-level",
          "date": "2016-06-01",
          "place": {"city": "Seoul", "country": "kr"},
          "sessions": [
            {"kind": "plenary", "date": "2016-06-01",
             "participants": [{"person": "%s", "office": "foreign-minister", "country": "jp"}]}
          ],
          "citations": [{"source": "my-notes", "excerpt": "We met in Seoul on 1 June."}]
        }
      ]
      """;

  private static final String SOURCE = """
      [
        {"id": "my-notes", "publisher": "My research group", "language": "en", "kind": "analysis"}
      ]
      """;

  private Path mine(String person) throws Exception {
    Path dir = Files.createDirectories(temp.resolve("my-data"));
    Files.writeString(dir.resolve("meetings.json"), String.format(MEETING, person));
    Files.writeString(dir.resolve("sources.json"), SOURCE);
    return dir;
  }

  @Test
  void yourRecordsMayReferToTheBasesAndNeedNoManifest() throws Exception {
    Parley bundled = Parley.bundled();
    Parley p = Parley.load(mine("fumio-kishida"), bundled);
    assertThat(p.meetings().count()).isEqualTo(bundled.meetings().count() + 1);
    assertThat(p.meetings().between("JP", "KR").list()).extracting(Meeting::id)
        .contains("my-jp-kr-consultation-2016");
    assertThat(p.meetings().attendedBy("fumio-kishida").list()).extracting(Meeting::id)
        .contains("my-jp-kr-consultation-2016");
    assertThat(p.manifest()).isEqualTo(bundled.manifest());
    // A directory checked on its own cannot see the bundled countries and people.
    assertThatThrownBy(() -> Parley.load(mine("fumio-kishida"))).isInstanceOf(DatasetException.class);
  }

  @Test
  void aBrokenReferenceIsReportedAtItsPlaceInYourFile() throws Exception {
    DatasetException e = catchLoad(mine("fumio-kishda"), Parley.Overlay.ADD);
    assertThat(e.problems()).extracting(Problem::toString).singleElement().asString()
        .startsWith("meetings.json:10:36 meeting my-jp-kr-consultation-2016 field"
            + " sessions[0].participants[0].person: no person with id \"fumio-kishda\"")
        .contains("fumio-kishida");
  }

  @Test
  void anIdTheBaseUsesIsRefusedUnlessYouAskToReplace() throws Exception {
    Parley bundled = Parley.bundled();
    Path dir = mine("fumio-kishida");
    Files.writeString(dir.resolve("sources.json"), """
        [
          {"id": "my-notes", "publisher": "My research group", "language": "en", "kind": "analysis"},
          {"id": "scmp-2013-11-01", "publisher": "My own copy", "language": "en", "kind": "newspaper"}
        ]
        """);
    DatasetException e = catchLoad(dir, Parley.Overlay.ADD);
    assertThat(e.problems()).extracting(Problem::toString).singleElement().asString()
        .startsWith("sources.json:3:10 source scmp-2013-11-01 field id: the base dataset"
            + " already has a source with this id")
        .contains("Parley.Overlay.REPLACE");
    Parley replaced = Parley.load(dir, bundled, Parley.Overlay.REPLACE);
    assertThat(replaced.sources().count()).isEqualTo(bundled.sources().count() + 1);
    assertThat(replaced.sources().get("scmp-2013-11-01").publisher()).isEqualTo("My own copy");
    assertThat(bundled.sources().get("scmp-2013-11-01").publisher()).isNotEqualTo("My own copy");
  }

  @Test
  void aReplacementThatBreaksABaseRecordIsReportedForThatRecord() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("bad-replace"));
    // Replacing a bundled source by one of another id is fine; replacing a person by a record
    // of another kind is impossible; so break a base meeting by replacing a person with one
    // whose tenures no longer cover the meeting.
    Files.writeString(dir.resolve("people.json"), """
        [
          {"id": "sergey-lavrov", "names": [{"text": "Sergey Lavrov", "language": "en"}],
           "tenures": [{"office": "foreign-minister", "country": "ru", "start": "2030-01-01",
             "citations": [{"source": "my-notes"}]}],
           "citations": [{"source": "my-notes"}]}
        ]
        """);
    Files.writeString(dir.resolve("sources.json"), SOURCE);
    DatasetException e = catchLoad(dir, Parley.Overlay.REPLACE);
    assertThat(e.problems()).extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).startsWith("meetings.json meeting jp-ru-2plus2-2013 field")
            .contains("in a record of the base dataset: \"sergey-lavrov\" held no"
                + " foreign-minister tenure"));
  }

  @Test
  void saveWritesTheWholeWhichLoadsOnItsOwnAndIsCheckedAgainstItsManifest() throws Exception {
    Parley p = Parley.load(mine("fumio-kishida"), Parley.bundled());
    Path saved = temp.resolve("saved");
    p.save(saved);
    Parley back = Parley.load(saved);
    assertThat(back.dataset()).isEqualTo(p.dataset());
    assertThat(Files.readString(saved.resolve("manifest.json")))
        .contains("\"meetings.json\": " + p.meetings().count());
    Files.delete(saved.resolve("positions.json"));
    assertThatThrownBy(() -> Parley.load(saved)).isInstanceOf(DatasetException.class)
        .hasMessageContaining("positions.json: is missing, but manifest.json says the dataset was"
            + " saved with " + p.positions().count() + " records");
    // Read as edited by hand, it loads without the positions.
    assertThat(DatasetReader.create().ignoringRecordCounts().read(saved).positions()).isEmpty();
  }

  @Test
  void saveRefusesADirectoryWithAStrayJsonFile() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("stray"));
    Files.writeString(dir.resolve("notes.json"), "{}");
    assertThatThrownBy(() -> Parley.bundled().save(dir))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("notes.json: not a file of the dataset format");
    try (var files = Files.list(dir)) {
      assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("notes.json");
    }
  }

  @Test
  void savedAndExportedFilesHaveTheModeOfAnyNewFile() throws Exception {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Path probe = Files.writeString(temp.resolve("probe.txt"), "x", StandardCharsets.UTF_8);
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(probe);
    Parley.bundled().save(temp.resolve("saved"));
    Parley.bundled().exportCsv(temp.resolve("csv"));
    for (Path f : new Path[] {temp.resolve("saved/meetings.json"),
        temp.resolve("saved/manifest.json"), temp.resolve("csv/meetings.csv"),
        temp.resolve("csv/README.md")}) {
      assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(usual);
    }
    try (var files = Files.list(temp.resolve("saved"))) {
      assertThat(files).extracting(f -> f.getFileName().toString()).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  private static DatasetException catchLoad(Path dir, Parley.Overlay overlay) {
    try {
      Parley.load(dir, Parley.bundled(), overlay);
    } catch (DatasetException e) {
      return e;
    }
    throw new AssertionError("loaded");
  }
}
