package io.parley.io;

import io.parley.internal.RecordKind;
import io.parley.internal.json.Node;
import io.parley.model.Dataset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The record counts a saved dataset's manifest lists, checked against the files read. */
final class SavedCounts {
  private SavedCounts() {}

  /**
   * Checks the files against the record counts that the manifest of a saved dataset lists: a
   * file missing, cut short or grown since it was saved is a problem, not a smaller dataset.
   */
  static void check(Node counts, Dataset dataset, Map<RecordKind, Path> present,
      Problems problems) {
    String hint = "; if you edited the files by hand, save the dataset again, or delete"
        + " \"records\" from manifest.json, or read with DatasetReader.ignoringRecordCounts()";
    if (counts.type() != Node.Type.OBJECT) {
      problems.add(Problem.inFile(RecordKind.MANIFEST.file(), counts.line(), counts.column(),
          "field records: must be an object of file names and record counts"));
      return;
    }
    for (RecordKind kind : RecordKind.records()) {
      Node n = counts.fields().get(kind.file());
      int have = kind.records(dataset).size();
      if (n == null) {
        if (present.containsKey(kind)) {
          problems.add(Problem.inFile(kind.file(), 0, 0, "is not among the files manifest.json"
              + " lists as saved (field records)" + hint));
        }
        continue;
      }
      int said;
      try {
        said = n.type() == Node.Type.NUMBER ? Integer.parseInt(n.text()) : -1;
      } catch (NumberFormatException e) {
        said = -1;
      }
      if (said < 0) {
        problems.add(Problem.inFile(RecordKind.MANIFEST.file(), n.line(), n.column(),
            "field records." + kind.file() + ": must be a whole number of records, not " + n.text()));
      } else if (!present.containsKey(kind) && said > 0) {
        problems.add(Problem.inFile(kind.file(), 0, 0, "is missing, but manifest.json says the"
            + " dataset was saved with " + said + " records in it" + hint));
      } else if (said != have) {
        problems.add(Problem.inFile(kind.file(), 0, 0, "holds " + have + " records, but"
            + " manifest.json says it was saved with " + said + ": it was changed or cut short"
            + " since" + hint));
      }
    }
    for (String file : counts.fields().keySet()) {
      Optional<RecordKind> kind = RecordKind.ofFile(file);
      if (kind.isEmpty() || kind.get() == RecordKind.MANIFEST) {
        Node n = counts.fields().get(file);
        problems.add(Problem.inFile(RecordKind.MANIFEST.file(), n.line(), n.column(),
            "field records: \"" + file + "\" is not a file of records of the format"));
      }
    }
  }
}
