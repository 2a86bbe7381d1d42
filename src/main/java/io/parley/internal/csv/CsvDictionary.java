package io.parley.internal.csv;

import io.parley.internal.BuildInfo;
import io.parley.model.Manifest;
import java.util.List;

/**
 * The README.md of a CSV export: what the dataset is and how to cite it, the conventions of the
 * files, how to load them in R and pandas, and every file's columns with what each holds. Written
 * from the same table definitions as the files, so it cannot drift from them.
 */
public final class CsvDictionary {
  public static final String FILE = "README.md";

  private CsvDictionary() {}

  public static String write(Manifest manifest, List<CsvTable> tables) {
    StringBuilder b = new StringBuilder(16_384);
    b.append("# ").append(manifest.title()).append(", version ").append(manifest.dataVersion())
        .append(": CSV export\n\n");
    b.append("Licence: ").append(manifest.license()).append(". Cite it as:\n\n> ")
        .append(manifest.citation()).append("\n\n");
    b.append("Written by the Parley library, version ").append(BuildInfo.version())
        .append(". The dataset's own format (JSON, one file per kind of record) is the source of"
            + " truth; these files are a relational copy of it for R, pandas and spreadsheets.\n\n");
    b.append("## Conventions\n\n");
    b.append("- Every file is CSV as RFC 4180 defines it: UTF-8 without a byte-order mark, a header"
        + " row, fields separated by commas, records ended by CRLF, and a field that holds a comma,"
        + " a double quote or a line break enclosed in double quotes (a double quote inside is"
        + " doubled). Names in native scripts are written as they are.\n");
    b.append("- The order of files, of columns and of rows is fixed: rows follow the dataset's"
        + " own order, so two exports of the same data are identical.\n");
    b.append("- An empty field means the value is absent (not recorded, or not applicable).\n");
    b.append("- Dates are written as the first day the date can mean (`YYYY-MM-DD`), and the"
        + " column after each date, `..._precision`, says how much of it is known: `day`, `month`"
        + " or `year`. A date known only as `1945` is written `1945-01-01` with precision `year`;"
        + " to get the original back, keep the first 4 (year) or 7 (month) characters.\n");
    b.append("- Records refer to each other by id, as in the dataset: a column such as `country`"
        + " or `meeting` holds the id of a row in countries.csv or meetings.csv. A country's id"
        + " is its ISO 3166-1 alpha-2 code in lower case; countries.csv has its alpha-3, numeric,"
        + " Correlates of War, Gleditsch-Ward and Wikidata codes to join other data on.\n");
    b.append("- Parts of a record (a meeting's sessions, a person's tenures, ...) are numbered by"
        + " `seq`, from 1, in the order the dataset gives them. Lists and many-to-many relations"
        + " have their own link tables (meeting_participants.csv, name_users.csv, citations.csv,"
        + " ...), one row per link.\n");
    b.append("- Read `numeric` and the id columns as text: an id such as `na` or a code such as"
        + " `NA` is not a missing value.\n\n");
    b.append("## Loading\n\nIn R:\n\n```r\n");
    b.append("meetings <- read.csv(\"meetings.csv\", fileEncoding = \"UTF-8\","
        + " na.strings = \"\")\n");
    b.append("participants <- read.csv(\"meeting_participants.csv\", fileEncoding = \"UTF-8\","
        + " na.strings = \"\")\n");
    b.append("```\n\nIn Python with pandas:\n\n```python\n");
    b.append("import pandas as pd\n");
    b.append("meetings = pd.read_csv(\"meetings.csv\", keep_default_na=False, na_values=[\"\"],"
        + " parse_dates=[\"start\", \"end\"])\n");
    b.append("```\n\n## Files\n\n");
    b.append("| file | rows | one row is |\n|---|---|---|\n");
    for (CsvTable t : tables) {
      b.append("| ").append(t.file()).append(" | ").append(t.rows().size()).append(" | ")
          .append(t.about()).append(" |\n");
    }
    for (CsvTable t : tables) {
      b.append("\n## ").append(t.file()).append("\n\n").append(t.about()).append("\n\n");
      b.append("| column | holds |\n|---|---|\n");
      for (int i = 0; i < t.columns().size(); i++) {
        b.append("| `").append(t.columns().get(i)).append("` | ").append(t.meanings().get(i))
            .append(" |\n");
      }
    }
    return b.toString();
  }
}
