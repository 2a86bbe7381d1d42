package io.parley.examples;

import io.parley.Parley;
import io.parley.io.CameoEvent;
import io.parley.io.CsvExport;
import io.parley.io.EventExport;
import io.parley.io.PloverEvent;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Exports the bundled data as CSV for R, pandas and SQL engines, with the data package that types
 * every column, shows how to cite it, and prints the Japan-Russia 2+2 rounds as CAMEO events and as
 * PLOVER records.
 */
public final class ExportForResearch {
  private ExportForResearch() {}

  /**
   * Runs the example.
   *
   * @param args the directory to export into; a new temporary directory if none is given
   * @throws IOException if a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Parley parley = Parley.bundled();
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("parley-csv");
    List<Path> written = parley.exportCsv(dir);
    System.out.println("Exported " + CsvExport.files().size() + " CSV files, "
        + CsvExport.DATA_PACKAGE + ", which gives every column its type and every file its keys,"
        + " and " + CsvExport.DATA_DICTIONARY + ", which describes every column:");
    TextTable files = new TextTable("file", "rows");
    for (Path f : written) {
      String name = f.getFileName().toString();
      if (name.endsWith(".csv")) {
        // Records end with CRLF and no value holds a CR, so CRLFs count records (and the header).
        String text = Files.readString(f, StandardCharsets.UTF_8);
        files.row(name, text.split("\r\n", -1).length - 2);
      }
    }
    System.out.print(files);
    System.out.println();

    System.out.println("Cite the data as:");
    System.out.println("  " + parley.citation().text());
    System.out.println(parley.citation().bibtex());
    System.out.println();

    List<Meeting> rounds =
        parley.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO).list();
    System.out.println("The Japan-Russia 2+2 rounds as CAMEO events (date, source, target, code,"
        + " event id), one each way for each pair of agents that met:");
    for (CameoEvent e : EventExport.cameo(parley.dataset(), rounds)) {
      System.out.println("  " + e + "  " + e.code().label() + ", Goldstein " + e.code().goldstein());
    }
    System.out.println();
    System.out.println("The same rounds as PLOVER records (JSON Lines):");
    for (PloverEvent e : EventExport.plover(parley.dataset(), rounds)) {
      System.out.println(e.toJson());
    }
  }
}
