package io.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.model.Country;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Office;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Relation;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.testing.Fixtures;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refinement, on the small fixture dataset, with its bad-input cases. */
class QueryTest {
  static Parley parley;

  @BeforeAll
  static void load() throws Exception {
    parley = Parley.load(Fixtures.small());
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void meetingsBetweenTwoCountriesInEitherOrderAndCodeForm() {
    assertThat(parley.meetings().between("JP", "RU").list()).extracting(Meeting::id)
        .containsExactly("jp-ru-2plus2-2013", "jp-ru-2plus2-2017", "jp-ru-2plus2-2019");
    assertThat(parley.meetings().between("rus", "jpn").count()).isEqualTo(3);
    Country jp = parley.countries().get("jp");
    assertThat(parley.meetings().between(jp, parley.countries().get("ru")).count()).isEqualTo(3);
    assertThat(parley.meetings().between("JP", "CN").count()).isZero();
  }

  @Test
  void meetingRefinementsCombine() {
    assertThat(parley.meetings().involving("ru").during(2017).list()).extracting(Meeting::id)
        .containsExactly("jp-ru-2plus2-2017");
    assertThat(parley.meetings().format(MeetingFormat.TWO_PLUS_TWO).count()).isEqualTo(3);
    assertThat(parley.meetings().format(MeetingFormat.SUMMIT).count()).isZero();
    assertThat(parley.meetings().format(MeetingFormat.SUMMIT, MeetingFormat.TWO_PLUS_TWO).count()).isEqualTo(3);
    assertThat(parley.meetings().hostedBy("JP").count()).isEqualTo(3);
    assertThat(parley.meetings().hostedBy("RU").count()).isZero();
    assertThat(parley.meetings().in("tokyo").count()).isEqualTo(3);
    assertThat(parley.meetings().in("JP").count()).isEqualTo(3);
    assertThat(parley.meetings().attendedBy("tomomi-inada").list()).extracting(Meeting::id)
        .containsExactly("jp-ru-2plus2-2017");
    assertThat(parley.meetings().onTopic("peace-treaty").list()).extracting(Meeting::id)
        .containsExactly("jp-ru-2plus2-2019");
    assertThat(parley.meetings().inSeries("jp-ru-2plus2").list())
        .extracting(m -> m.number().getAsInt()).containsExactly(1, 2, 4);
  }

  @Test
  void withinMatchesMeetingsThatOverlapTheRange() {
    // The 2013 visit ran 1-2 November: a range that touches only its second day finds it.
    assertThat(parley.meetings().within(d("2013-11-02"), d("2013-11-30")).list()).extracting(Meeting::id)
        .containsExactly("jp-ru-2plus2-2013");
    assertThat(parley.meetings().within(d("2013-11-03"), d("2017-03-19")).count()).isZero();
    assertThat(parley.meetings().within(d("2017-03-20"), d("2017-03-20")).count()).isEqualTo(1);
  }

  @Test
  void queriesAreImmutableValues() {
    MeetingQuery all = parley.meetings().between("JP", "RU");
    MeetingQuery narrow = all.during(2013);
    assertThat(all.count()).isEqualTo(3);
    assertThat(narrow.count()).isEqualTo(1);
  }

  @Test
  void terminalOperations() {
    MeetingQuery q = parley.meetings().between("JP", "RU");
    assertThat(q.first()).map(Meeting::id).hasValue("jp-ru-2plus2-2013");
    assertThat(q.latest()).map(Meeting::id).hasValue("jp-ru-2plus2-2019");
    assertThat(q.stream().map(Meeting::id)).hasSize(3);
    assertThat(q.find("jp-ru-2plus2-2017")).isPresent();
    assertThat(q.during(2013).find("jp-ru-2plus2-2017")).isEmpty();
    assertThat(q.during(1999).first()).isEmpty();
    assertThat(q.during(1999).latest()).isEmpty();
  }

  @Test
  void getNamesTheMissingIdAndTheClosestOnes() {
    assertThatThrownBy(() -> parley.meetings().get("jp-ru-2plus2-2018"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no meeting with id \"jp-ru-2plus2-2018\" (did you mean \"jp-ru-2plus2-2013\", \"jp-ru-2plus2-2017\" or \"jp-ru-2plus2-2019\"?)");
    assertThatThrownBy(() -> parley.meetings().during(2013).get("jp-ru-2plus2-2017"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("meeting \"jp-ru-2plus2-2017\" exists but does not match this query");
  }

  @Test
  void badRefinementInputFailsAtOnceNamingTheValue() {
    assertThatThrownBy(() -> parley.meetings().between("JP", "RX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown country code \"RX\" (did you mean");
    assertThatThrownBy(() -> parley.meetings().between("JP", "jpn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a meeting is between two different countries, not jp and jp");
    assertThatThrownBy(() -> parley.meetings().within(d("2017-01-02"), d("2017-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the end 2017-01-01 is before the start 2017-01-02");
    assertThatThrownBy(() -> parley.meetings().attendedBy("sergei-lavrov"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no person with id \"sergei-lavrov\" (did you mean \"sergey-lavrov\"?)");
    assertThatThrownBy(() -> parley.meetings().onTopic("peace"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no topic with id \"peace\"");
    assertThatThrownBy(() -> parley.meetings().inSeries("jp-ru-2+2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no meeting belongs to a series \"jp-ru-2+2\"");
    assertThatThrownBy(() -> parley.meetings().inSeries("jp-ru-2plus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no meeting belongs to a series \"jp-ru-2plus\" (did you mean \"jp-ru-2plus2\"?)");
    assertThatThrownBy(() -> parley.meetings().in("Tokio"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("\"Tokio\" is neither a city of any meeting nor a country code (did you mean \"Tokyo\"?)");
    assertThatThrownBy(() -> parley.meetings().involving((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("country code");
    assertThatThrownBy(() -> parley.meetings().during(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void territoriesByAnyNameInAnyScript() {
    for (String name : new String[] {"Southern Kuriles", "southern kurils", "Южные Курилы", "北方領土",
        "Northern-Territories", "Hoppo Ryodo", "Etorofu", "ИТУРУП", "Southern Kuril Islands"}) {
      assertThat(parley.territories().named(name).list()).as(name).extracting(Territory::id)
          .containsExactly("southern-kurils");
    }
    assertThat(parley.territories().named("Diaoyu Islands").list()).extracting(Territory::id)
        .containsExactly("senkaku-diaoyu-islands");
    assertThatThrownBy(() -> parley.territories().named("Daioyu Islands"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no territory is named \"Daioyu Islands\" (did you mean \"Diaoyu Islands\"?)");
    assertThatThrownBy(() -> parley.territories().named(" - "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\" - \" has no letter or digit to look up");
  }

  @Test
  void territoriesByClaimAndAdministration() {
    assertThat(parley.territories().claimedBy("CN").list()).extracting(Territory::id)
        .containsExactly("senkaku-diaoyu-islands");
    assertThat(parley.territories().disputedBetween("JP", "RU").list()).extracting(Territory::id)
        .containsExactly("southern-kurils");
    assertThat(parley.territories().disputedBetween("RU", "CN").count()).isZero();
    assertThat(parley.territories().administeredBy("RU", d("2017-03-20")).list()).extracting(Territory::id)
        .containsExactly("southern-kurils");
    assertThat(parley.territories().administeredBy("RU", d("1980-01-01")).count()).isZero();
    assertThat(parley.territories().administeredBy("SU", d("1980-01-01")).count()).isEqualTo(1);
    Territory kurils = parley.territories().get("southern-kurils");
    assertThat(kurils.nameUsedBy("jp")).map(n -> n.text()).hasValue("Northern Territories");
    assertThat(kurils.nameUsedBy("jp", "ja")).map(n -> n.text()).hasValue("北方領土");
    assertThat(kurils.nameUsedBy("ru", "ru")).map(n -> n.text()).hasValue("Южные Курилы");
    assertThat(kurils.nameUsedBy("cn")).isEmpty();
    assertThat(kurils.neutralName()).isEqualTo("Southern Kuril Islands");
  }

  @Test
  void claimsByClaimantTerritoryAndDate() {
    assertThat(parley.claims().over("southern-kurils").list()).extracting(TerritorialClaim::id)
        .containsExactly("su-claims-southern-kurils", "jp-claims-southern-kurils", "ru-claims-southern-kurils");
    assertThat(parley.claims().over("southern-kurils").asOf(d("1980-01-01")).list()).extracting(TerritorialClaim::claimant)
        .containsExactly("su", "jp");
    assertThat(parley.claims().over("southern-kurils").asOf(d("2019-05-31")).list()).extracting(TerritorialClaim::claimant)
        .containsExactly("jp", "ru");
    assertThat(parley.claims().by("CN").count()).isEqualTo(1);
    assertThatThrownBy(() -> parley.claims().over("kurils"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no territory with id \"kurils\"");
  }

  @Test
  void positionsOfOnWithinAndStatedAt() {
    assertThat(parley.positions().of("RU").list()).extracting(Position::id).containsExactly(
        "ru-2017-03-ministry-missile-defence", "ru-2019-05-30-missile-defence-concern",
        "ru-2019-05-31-lavrov-sovereign-territory");
    assertThat(parley.positions().statedBy("james-brown").count()).isEqualTo(1);
    assertThat(parley.positions().on("missile-defence").of("JP").count()).isEqualTo(1);
    assertThat(parley.positions().statedAt("jp-ru-2plus2-2019").count()).isEqualTo(4);
    // A position dated only to March 2017 is not within 1-19 March: not every day of it is.
    assertThat(parley.positions().within(d("2017-03-01"), d("2017-03-19")).count()).isZero();
    assertThat(parley.positions().within(d("2017-03-01"), d("2017-03-31")).count()).isEqualTo(2);
  }

  @Test
  void asOfKeepsTheLatestPositionOfEachHolderOnEachTopic() {
    assertThat(parley.positions().on("missile-defence").asOf(d("2018-01-01")).list()).extracting(Position::id)
        .containsExactly("ru-2017-03-ministry-missile-defence");
    assertThat(parley.positions().on("missile-defence").asOf(d("2019-06-01")).list()).extracting(Position::id)
        .containsExactly("jp-2019-05-30-missile-defence-defensive", "ru-2019-05-30-missile-defence-concern");
    assertThat(parley.positions().asOf(d("2000-01-01")).count()).isZero();
  }

  @Test
  void divergenceSetsTheLatestStatementsOnEachQuestionSideBySide() {
    var divergences = parley.positions().divergence("JP", "RU");
    assertThat(divergences).extracting(Divergence::topic)
        .containsExactly("kuril-islands-dispute", "missile-defence");
    Divergence kurils = divergences.get(0);
    assertThat(kurils.propositions())
        .containsExactly("southern-kurils-japanese", "southern-kurils-russian");
    assertThat(kurils.first().orElseThrow().id()).isEqualTo("jp-2019-05-31-kono-military-buildup");
    assertThat(kurils.second().orElseThrow().id()).isEqualTo("ru-2019-05-31-lavrov-sovereign-territory");
    assertThat(kurils.relation()).isEqualTo(Relation.CONFLICT); // each agrees with one of an exclusive pair
    assertThat(kurils.gapDays()).hasValue(0);
    Divergence md = divergences.get(1);
    assertThat(md.relation()).isEqualTo(Relation.CONFLICT); // disagrees / agrees, same proposition
    assertThat(md.first().orElseThrow().id()).isEqualTo("jp-2019-05-30-missile-defence-defensive");
    assertThat(md.citations()).hasSize(2);
    // Uncoded statements (the 2013 official, the 2017 ministry) take no side and count for nothing.
    assertThat(parley.positions().asOf(d("2019-01-01")).divergence("JP", "RU")).isEmpty();
    // As of the day before Russia's word on the islands, Japan had not spoken either.
    assertThat(parley.positions().asOf(d("2019-05-30")).divergence("JP", "RU"))
        .extracting(Divergence::relation).containsExactly(Relation.CONFLICT);
    assertThatThrownBy(() -> parley.positions().divergence("JP", "JPN"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void peopleByNameAcrossScriptsAndByOfficeOnADate() {
    for (String name : new String[] {"Sergei Lavrov", "sergey lavrov", "Сергей Лавров", "SERGEY  LAVROV"}) {
      assertThat(parley.people().named(name).list()).as(name).extracting(Person::id).containsExactly("sergey-lavrov");
    }
    assertThat(parley.people().named("Taro Kono").list()).extracting(Person::id).containsExactly("taro-kono");
    assertThat(parley.people().named("Tarō Kōno").list()).extracting(Person::id).containsExactly("taro-kono");
    assertThat(parley.people().named("岸田文雄").list()).extracting(Person::id).containsExactly("fumio-kishida");
    assertThat(parley.people().holding(Office.DEFENCE_MINISTER, "JP", d("2017-03-20")).list())
        .extracting(Person::id).containsExactly("tomomi-inada");
    assertThat(parley.people().holding(Office.DEFENCE_MINISTER, "JP", d("2017-08-03")).list())
        .extracting(Person::id).containsExactly("itsunori-onodera");
    assertThat(parley.people().holding(Office.FOREIGN_MINISTER, "RU", d("2003-01-01")).count()).isZero();
  }

  @Test
  void countriesByAnyCodeOrName() {
    assertThat(parley.countries().code("RUS")).map(Country::id).hasValue("ru");
    assertThat(parley.countries().code("ru")).map(Country::id).hasValue("ru");
    assertThat(parley.countries().code("643")).map(Country::id).hasValue("ru");
    assertThat(parley.countries().code("cow:365")).map(Country::id).hasValue("ru");
    assertThat(parley.countries().code("COW:JPN")).map(Country::id).hasValue("jp");
    assertThat(parley.countries().code("XX")).isEmpty();
    assertThat(parley.countries().named("Россия").list()).extracting(Country::id).containsExactly("ru");
    assertThat(parley.countries().named("日本").list()).extracting(Country::id).containsExactly("jp");
    assertThat(parley.countries().get("su").successor()).hasValue("ru");
  }

  @Test
  void refinementsTakeCowGleditschWardNumericAndWikidataCodesWhereACountryIsExpected() {
    assertThat(parley.meetings().between("COW:740", "Q159").count()).isEqualTo(3);
    assertThat(parley.meetings().between("cow:jpn", "cow:rus").count()).isEqualTo(3);
    assertThat(parley.meetings().involving("643").count()).isEqualTo(3);
    assertThat(parley.meetings().hostedBy("GW:740").count()).isEqualTo(3);
    assertThat(parley.meetings().in("q17").count()).isEqualTo(3);
    assertThat(parley.agreements().involving("Q17").count()).isEqualTo(1);
    assertThat(parley.people().holding(Office.DEFENCE_MINISTER, "COW:JPN", d("2017-03-20")).list())
        .extracting(Person::id).containsExactly("tomomi-inada");
    assertThat(parley.timeline("Q17", "COW:365")).isEqualTo(parley.timeline("JP", "RU"));
    assertThat(parley.positions().divergence("GW:740", "q159"))
        .isEqualTo(parley.positions().divergence("jp", "ru"));
  }

  @Test
  void countriesByGleditschWardAndWikidataCodes() {
    assertThat(parley.countries().code("Q159")).map(Country::id).hasValue("ru");
    assertThat(parley.countries().code("gw:740")).map(Country::id).hasValue("jp");
    // Gleditsch-Ward 365 is Russia and the Soviet Union alike: code() gives the first by id.
    assertThat(parley.countries().code("GW:365")).map(Country::id).hasValue("ru");
    assertThat(parley.countries().code("Q1")).isEmpty();
  }

  @Test
  void aCodeTwoCountriesShareIsRefusedWhereOneCountryIsExpected() {
    assertThatThrownBy(() -> parley.meetings().involving("GW:365"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country code \"GW:365\" is shared by [ru, su]; give an ISO code instead");
    assertThatThrownBy(() -> parley.meetings().involving("Q999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown country code \"Q999\"");
    assertThatThrownBy(() -> parley.meetings().involving("COW:999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown country code \"COW:999\"");
  }

  @Test
  void otherKinds() {
    assertThat(parley.agreements().involving("JP").list()).hasSize(1);
    assertThat(parley.agreements().involving("RU").count()).isZero();
    assertThat(parley.events().involving("CN").count()).isEqualTo(1);
    assertThat(parley.topics().get("peace-treaty").label()).isEqualTo("Peace treaty");
    assertThat(parley.sources().get("ap-2017-03-20").reference())
        .isEqualTo("Elaine Kurtenbach. \"Japan, Russia hold talks on security, territory dispute.\" Associated Press,"
            + " via The Detroit News, 2017-03-20. https://www.detroitnews.com/story/news/world/2017/03/19/"
            + "japan-russia-hold-talks-security-territory-dispute/99397422/");
    assertThat(parley.topics().list()).extracting(t -> t.id()).isSorted();
  }

  @Test
  void timelineBetweenTwoCountries() {
    var entries = parley.timeline("JP", "RU");
    assertThat(entries).extracting(e -> e.record().id()).containsExactly(
        "jp-claims-southern-kurils",
        "ru-claims-southern-kurils",
        "jp-ru-2plus2-2013",
        "jp-2013-official-no-compromise",
        "jp-ru-2plus2-2017",
        "jp-2017-03-20-kishida-north-korea",
        "jp-ru-2plus2-2019",
        "jp-2019-05-30-missile-defence-defensive",
        "ru-2019-05-30-missile-defence-concern",
        "jp-2019-05-31-kono-military-buildup",
        "ru-2019-05-31-lavrov-sovereign-territory");
    assertThat(entries.get(2)).isInstanceOf(TimelineEntry.MeetingEntry.class);
    assertThat(entries.get(2).title()).isEqualTo("Japan-Russia 2+2, round 1, in Tokyo");
    assertThat(parley.timeline("JP", "CN")).extracting(e -> e.record().id())
        .containsExactly("jp-claims-senkaku", "cn-claims-diaoyu", "senkaku-purchase-2012");
  }
}
