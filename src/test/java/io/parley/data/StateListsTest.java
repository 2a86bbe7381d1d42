package io.parley.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.Parley;
import io.parley.model.Country;
import io.parley.model.PartialDate;
import io.parley.model.StateSystem;
import io.parley.model.SystemMembership;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every COW and Gleditsch-Ward code of the bundled countries, and every state-system spell, is
 * in the published lists (committed under {@code statelists/} with their sources): the right
 * number with the right abbreviation, and a spell starting on the day a row of the list starts.
 */
class StateListsTest {
  /** One row of a list: a code, an abbreviation, a name, a first and a last day. */
  private record Row(int code, String abbreviation, String name, PartialDate start, PartialDate end) {}

  private static List<String> lines(String file, Charset charset) throws IOException {
    try (InputStream in = StateListsTest.class.getResourceAsStream("/statelists/" + file)) {
      assertThat(in).as(file).isNotNull();
      return List.of(new String(in.readAllBytes(), charset).split("\r?\n"));
    }
  }

  /** states2016.csv: stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,... */
  private static List<Row> cow() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : lines("states2016.csv", StandardCharsets.UTF_8).subList(1, 244)) {
      String[] f = line.split(",");
      rows.add(new Row(Integer.parseInt(f[1]), f[0], f[2],
          PartialDate.ofDay(Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])),
          PartialDate.ofDay(Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]))));
    }
    return rows;
  }

  /** iisystem.dat: code TAB abbreviation TAB name TAB dd:mm:yyyy TAB dd:mm:yyyy. */
  private static List<Row> gw() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : lines("iisystem.dat", StandardCharsets.ISO_8859_1)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      rows.add(new Row(Integer.parseInt(f[0]), f[1], f[2], day(f[3]), day(f[4])));
    }
    return rows;
  }

  private static PartialDate day(String ddmmyyyy) {
    String[] p = ddmmyyyy.split(":");
    return PartialDate.ofDay(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
  }

  @Test
  void theListsAreWhole() throws IOException {
    assertThat(cow()).hasSize(243).anyMatch(r -> r.code() == 740 && r.abbreviation().equals("JPN"));
    assertThat(gw()).hasSizeGreaterThan(200).anyMatch(r -> r.code() == 740);
  }

  @Test
  void everyCowAndGleditschWardCodeIsInItsList() throws IOException {
    List<Row> cow = cow();
    List<Row> gw = gw();
    int checked = 0;
    for (Country c : Parley.bundled().countries().list()) {
      if (c.cowCode().isPresent()) {
        int code = c.cowCode().getAsInt();
        Optional<String> abbreviation = c.cowAbbreviation();
        assertThat(cow).as("%s: COW %s %s", c.id(), code, abbreviation.orElse(""))
            .anyMatch(r -> r.code() == code
                && (abbreviation.isEmpty() || r.abbreviation().equals(abbreviation.get())));
        checked++;
      }
      if (c.gwCode().isPresent()) {
        int code = c.gwCode().getAsInt();
        assertThat(gw).as("%s: G&W %s", c.id(), code).anyMatch(r -> r.code() == code);
        checked++;
      }
    }
    assertThat(checked).as("codes checked").isGreaterThan(40);
  }

  @Test
  void everySpellStartsWhereARowOfItsListStarts() throws IOException {
    List<Row> cow = cow();
    List<Row> gw = gw();
    int checked = 0;
    for (Country c : Parley.bundled().countries().list()) {
      for (SystemMembership m : c.memberships()) {
        List<Row> list = m.system() == StateSystem.COW ? cow : gw;
        assertThat(list).as("%s: %s %s from %s", c.id(), m.system(), m.code(), m.span().start())
            .anyMatch(r -> r.code() == m.code() && r.start().equals(m.span().start()));
        checked++;
      }
    }
    assertThat(checked).as("spells checked").isPositive();
  }
}
