package io.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.model.Meeting;
import io.parley.model.Office;
import io.parley.model.Person;
import io.parley.model.Territory;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * Wherever a country is expected, a code in any case works, or the call fails loudly naming what
 * works; a territory leads to its topics; unknown ids name the closest ones.
 */
class CountryCodesEverywhereTest {
  private static final Parley P = Parley.bundled();

  @Test
  void countriesGetTakesAnyCodeInAnyCase() {
    for (String code : new String[] {"jp", "JP", "jpn", "JPN", "392", "COW:740", "gw:740", "q17"}) {
      assertThat(P.countries().get(code).id()).as(code).isEqualTo("jp");
      assertThat(P.countries().find(code)).as(code).isPresent();
    }
    assertThatThrownBy(() -> P.countries().get("JX"))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("unknown country code \"JX\"");
    assertThat(P.countries().find("JX")).isEmpty();
  }

  @Test
  void modelMethodsTakeAnIdInAnyCaseAndRefuseOtherCodes() {
    Meeting m = P.meetings().get("jp-ru-2plus2-2013");
    assertThat(m.involves("JP")).isTrue();
    assertThat(m.involves("ru")).isTrue();
    assertThat(m.involves("KR")).isFalse();
    assertThatThrownBy(() -> m.involves("JPN")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parley.countries().code(\"JPN\")");
    assertThatThrownBy(() -> m.involves("COW:740")).isInstanceOf(IllegalArgumentException.class);
    Territory kurils = P.territories().get("southern-kurils");
    assertThat(kurils.nameUsedBy("JP")).isEqualTo(kurils.nameUsedBy("jp")).isPresent();
    assertThat(kurils.namesUsedBy("RU")).isEqualTo(kurils.namesUsedBy("ru")).isNotEmpty();
    Person kishida = P.people().get("fumio-kishida");
    assertThat(kishida.holds(Office.FOREIGN_MINISTER, "JP", LocalDate.parse("2017-03-20"))).isTrue();
    assertThatThrownBy(() -> kishida.holds(Office.FOREIGN_MINISTER, "Q17", LocalDate.parse("2017-03-20")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTerritoryLeadsToItsTopics() {
    assertThat(P.positions().on("southern-kurils").list())
        .isNotEmpty()
        .isEqualTo(P.positions().on("kuril-islands-dispute").list());
    assertThatThrownBy(() -> P.positions().on("southern-kurls"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no topic or territory with id \"southern-kurls\"")
        .hasMessageContaining("southern-kurils");
  }
}
