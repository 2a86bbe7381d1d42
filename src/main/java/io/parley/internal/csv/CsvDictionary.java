package io.parley.internal.csv;

import io.parley.internal.BuildInfo;
import io.parley.model.Manifest;
import java.util.List;

/**
 * The README.md of a CSV export: what the dataset is and how to cite it, the conventions of the
 * files, the country codes and state-system spells to join other data on, how to load the files
 * with their types (R, pandas, DuckDB, Spark), and every file's columns with their types and what
 * each holds. Written from the same table definitions as the files and {@code datapackage.json},
 * so it cannot drift from them.
 */
public final class CsvDictionary {
  public static final String FILE = "README.md";

  private CsvDictionary() {}

  public static String write(Manifest manifest, List<CsvTable> tables) {
    StringBuilder b = new StringBuilder(32_768);
    b.append("# ").append(manifest.title()).append(", version ").append(manifest.dataVersion())
        .append(": CSV export\n\n");
    b.append("Licence: ").append(manifest.license()).append(". Cite it as:\n\n> ")
        .append(manifest.citation()).append("\n\n");
    b.append("Written by the Parley library, version ").append(BuildInfo.version())
        .append(". The dataset's own format (JSON, one file per kind of record) is the source of"
            + " truth; these files are a relational copy of it for R, pandas, SQL engines and"
            + " spreadsheets. `").append(DataPackage.FILE).append("` describes them as a"
            + " Frictionless Tabular Data Package: each column's type and constraints, each file's"
            + " primary key and its foreign keys into the others, the licence, the version and"
            + " the citation. Read the files through it, as below, and every column comes out"
            + " with its type.\n\n");
    b.append("## Conventions\n\n");
    b.append("- Every file is CSV as RFC 4180 defines it: UTF-8 without a byte-order mark, a header"
        + " row, fields separated by commas, records ended by CRLF, and a field that holds a comma,"
        + " a double quote or a line break enclosed in double quotes (a double quote inside is"
        + " doubled). Names in native scripts are written as they are.\n");
    b.append("- The order of files, of columns and of rows is fixed: rows follow the dataset's"
        + " own order, so two exports of the same data are identical.\n");
    b.append("- An empty field means the value is absent (not recorded, or not applicable).\n");
    b.append("- Types: ids, codes and names are text (`string`), even where they look like"
        + " numbers: the ISO numeric code `036` and the CAMEO code `042` keep their leading zero,"
        + " and an id such as `na` or a code such as `NA` is not a missing value. Counts, sequence"
        + " numbers and state numbers are `integer`, coordinates and scores `number`, and"
        + " `agrees` is `boolean` (`true` or `false`).\n");
    b.append("- Dates are written as the first day the date can mean (`YYYY-MM-DD`), and the"
        + " column after each date, `..._precision`, says how much of it is known: `day`, `month`"
        + " or `year`. A date known only as `1945` is written `1945-01-01` with precision `year`;"
        + " to get the original back, keep the first 4 (year) or 7 (month) characters. Their type"
        + " in the data package is therefore `string` with a pattern, not `date`: convert them"
        + " when you know what a year or month should stand for in your analysis.\n");
    b.append("- Records refer to each other by id, as in the dataset: a column such as `country`"
        + " or `meeting` holds the id of a row in countries.csv or meetings.csv (the data"
        + " package lists every such foreign key). A country's id is its ISO 3166-1 alpha-2 code"
        + " in lower case.\n");
    b.append("- Parts of a record (a meeting's sessions, a person's tenures, ...) are numbered by"
        + " `seq`, from 1, in the order the dataset gives them. Lists and many-to-many relations"
        + " have their own link tables (meeting_participants.csv, name_users.csv, citations.csv,"
        + " ...), one row per link.\n\n");
    b.append("## Country codes and state-system membership\n\n");
    b.append("countries.csv carries the codes other data is joined on, under the names R and"
        + " Python users join on: `iso2c`, `iso3c` and `iso3n` (ISO 3166-1, as the countrycode"
        + " package names them), `ccode` (the Correlates of War state number, as peacesciencer"
        + " and the COW files name it; countrycode's `cown`), `cowc` (its abbreviation), `gwcode`"
        + " (the Gleditsch-Ward number; countrycode's `gwn`) and `wikidata`.\n\n");
    b.append("A state-system list may count a state under another number, or not at all, at some"
        + " time: the Correlates of War list counts Korea as 730 from 1887 to 1905, and leaves"
        + " Japan out from 1945-08-14 to 1952-04-28. A join on country and year that ignores this"
        + " drops or misplaces records. system_membership.csv gives the spells the dataset"
        + " records, one row per spell, list (`cow` or `gw`) and number, each cited (citations.csv,"
        + " part `membership`). To join by date, keep the spell whose `start` and `end` (empty:"
        + " still a member at the list's last update) hold the date, and use its `code` as"
        + " `ccode` or `gwcode`; for a state without rows there, use the codes of countries.csv."
        + "\n\n");
    b.append("## Loading\n\n");
    b.append("In R, with the frictionless package, which reads the types from the data"
        + " package:\n\n```r\n");
    b.append("library(frictionless)\n");
    b.append("package <- read_package(\"" + DataPackage.FILE + "\")\n");
    b.append("meetings <- read_resource(package, \"meetings\")\n");
    b.append("participants <- read_resource(package, \"meeting_participants\")\n");
    b.append("```\n\nIn R with readr and jsonlite, giving readr the types of the data"
        + " package:\n\n```r\n");
    b.append("library(jsonlite)\nlibrary(readr)\n");
    b.append("package <- fromJSON(\"" + DataPackage.FILE + "\", simplifyVector = FALSE)\n");
    b.append("read_table <- function(name) {\n");
    b.append("  resource <- Filter(function(r) r$name == name, package$resources)[[1]]\n");
    b.append("  types <- c(string = \"c\", integer = \"i\", number = \"d\", boolean = \"l\")\n");
    b.append("  spec <- paste(types[vapply(resource$schema$fields, function(f) f$type, \"\")],"
        + " collapse = \"\")\n");
    b.append("  read_csv(resource$path, col_types = spec, na = \"\")\n");
    b.append("}\n");
    b.append("meetings <- read_table(\"meetings\")\n");
    b.append("```\n\nIn Python with pandas, giving it the types of the data package:\n\n"
        + "```python\n");
    b.append("import json\n\nimport pandas as pd\n\n");
    b.append("with open(\"" + DataPackage.FILE + "\", encoding=\"utf-8\") as f:\n");
    b.append("    package = json.load(f)\n");
    b.append("DTYPES = {\"string\": \"string\", \"integer\": \"Int64\", \"number\": \"float64\","
        + " \"boolean\": \"boolean\"}\n\n\n");
    b.append("def read(name):\n");
    b.append("    resource = next(r for r in package[\"resources\"] if r[\"name\"] == name)\n");
    b.append("    fields = resource[\"schema\"][\"fields\"]\n");
    b.append("    return pd.read_csv(resource[\"path\"], encoding=\"utf-8\","
        + " keep_default_na=False, na_values=[\"\"],\n");
    b.append("                       dtype={f[\"name\"]: DTYPES[f[\"type\"]] for f in fields})\n\n\n");
    b.append("meetings = read(\"meetings\")\n");
    b.append("participants = read(\"meeting_participants\")\n");
    b.append("```\n\nOr with frictionless-py: `Package(\"" + DataPackage.FILE + "\")"
        + ".get_resource(\"meetings\").to_pandas()`.\n\n");
    CsvTable meetings = null;
    for (CsvTable t : tables) {
      if (t.file().equals("meetings.csv")) {
        meetings = t;
      }
    }
    if (meetings != null) {
      b.append("In DuckDB, each file with its column types (here meetings.csv; the other files"
          + " likewise, with the types of the data package):\n\n```sql\n");
      b.append("CREATE TABLE meetings AS SELECT * FROM read_csv('meetings.csv', header = true,"
          + " nullstr = '',\n  columns = {").append(duckDbColumns(meetings)).append("});\n");
      b.append("```\n\nIn Spark (PySpark), with the same types as a DDL schema; `multiLine` because"
          + " a quoted field may hold a line break, `escape` because RFC 4180 doubles quotes:"
          + "\n\n```python\n");
      b.append("meetings = spark.read.csv(\"meetings.csv\", header=True, multiLine=True,"
          + " escape='\"', encoding=\"UTF-8\",\n    schema=\"")
          .append(sparkSchema(meetings)).append("\")\n");
      b.append("```\n\n");
    }
    b.append("## Files\n\n");
    b.append("| file | rows | one row is |\n|---|---|---|\n");
    for (CsvTable t : tables) {
      b.append("| ").append(t.file()).append(" | ").append(t.rows().size()).append(" | ")
          .append(t.about()).append(" |\n");
    }
    for (CsvTable t : tables) {
      b.append("\n## ").append(t.file()).append("\n\n").append(t.about()).append("\n\n");
      if (!t.primaryKey().isEmpty()) {
        b.append("Each row is identified by ").append(codes(t.primaryKey())).append(".");
      } else {
        b.append("No column or set of columns identifies a row.");
      }
      for (CsvTable.ForeignKey k : t.foreignKeys()) {
        if (k.fields().size() > 1) {
          b.append(" ").append(codes(k.fields())).append(" refer to ").append(codes(k.referenced()))
              .append(" of ").append(k.file()).append(".");
        }
      }
      b.append("\n\n| column | type | holds |\n|---|---|---|\n");
      for (Column c : t.columns()) {
        b.append("| `").append(c.name()).append("` | ").append(type(c)).append(" | ")
            .append(c.meaning()).append(" |\n");
      }
    }
    return b.toString();
  }

  /** The type as the table says it: the Table Schema type, and what a string column holds. */
  private static String type(Column c) {
    String empty = c.isRequired() ? "" : ", may be empty";
    if (c.isDate()) {
      return "date as text" + empty;
    }
    if (c.precisionOf().isPresent()) {
      return "day, month or year" + empty;
    }
    return c.type().schemaName() + empty;
  }

  private static String codes(List<String> names) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        b.append(i == names.size() - 1 ? " and " : ", ");
      }
      b.append('`').append(names.get(i)).append('`');
    }
    return b.toString();
  }

  /** DuckDB's {@code columns} argument for the table: each column's name and SQL type. */
  public static String duckDbColumns(CsvTable t) {
    StringBuilder b = new StringBuilder();
    for (Column c : t.columns()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append('\'').append(c.name()).append("': '").append(sqlType(c.type())).append('\'');
    }
    return b.toString();
  }

  /** Spark's DDL schema for the table. */
  public static String sparkSchema(CsvTable t) {
    StringBuilder b = new StringBuilder();
    for (Column c : t.columns()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append('`').append(c.name()).append("` ").append(sparkType(c.type()));
    }
    return b.toString();
  }

  /** The SQL type (DuckDB) of a Table Schema type. */
  public static String sqlType(Column.Type type) {
    switch (type) {
      case INTEGER:
        return "BIGINT";
      case NUMBER:
        return "DOUBLE";
      case BOOLEAN:
        return "BOOLEAN";
      default:
        return "VARCHAR";
    }
  }

  private static String sparkType(Column.Type type) {
    switch (type) {
      case INTEGER:
        return "BIGINT";
      case NUMBER:
        return "DOUBLE";
      case BOOLEAN:
        return "BOOLEAN";
      default:
        return "STRING";
    }
  }
}
