package io.parley.examples;

import io.parley.Parley;
import io.parley.io.DatasetException;
import io.parley.model.Citation;
import io.parley.model.DateSpan;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.PartialDate;
import io.parley.model.Place;
import io.parley.model.Source;
import io.parley.model.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lays one's own records over the bundled data, saves the result in the dataset format, and
 * shows what happens on an id clash.
 */
public final class MyOwnRecords {
  private MyOwnRecords() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException if the temporary directory cannot be written
   */
  public static void main(String[] args) throws IOException {
    Parley bundled = Parley.bundled();
    Source notes = Source.builder()
        .id("my-field-notes-2026")
        .publisher("My research group")
        .headline("Field notes, working-level consultations")
        .language("en")
        .kind(SourceKind.ANALYSIS)
        .build();
    Meeting mine = Meeting.builder()
        .id("my-jp-ru-working-level-2026")
        .addParties("jp", "ru")
        .format(MeetingFormat.WORKING_LEVEL)
        .span(DateSpan.of(PartialDate.parse("2026-03")))
        .place(Place.of("Tokyo", "jp"))
        .addCitations(Citation.of("my-field-notes-2026"))
        .build();
    try {
      Parley combined = Parley.builder().addAll(bundled).add(notes).add(mine).build();
      System.out.println("Bundled meetings: " + bundled.meetings().count());
      System.out.println("With mine:        " + combined.meetings().count());
      System.out.println("Mine, found by query: "
          + combined.meetings().between("JP", "RU").during(2026).list().get(0).id());

      Path dir = Files.createTempDirectory("parley-example");
      combined.save(dir);
      Parley reread = Parley.load(dir);
      System.out.println("Saved and read back: " + reread.meetings().count() + " meetings, equal: "
          + reread.dataset().equals(combined.dataset()));

      Parley.builder().addAll(bundled).add(notes).add(notes).build();
    } catch (DatasetException e) {
      System.out.println("An id clash is refused:");
      System.out.println(e.getMessage());
    }
  }
}
