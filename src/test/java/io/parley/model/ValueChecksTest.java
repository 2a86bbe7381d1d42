package io.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each value refuses to be built inconsistent in itself, naming the field. */
class ValueChecksTest {
  private static Place tokyo() {
    return Place.of("Tokyo", "jp");
  }

  @Test
  void aMeetingHasTwoDistinctPartiesAndSessionsWithinItsSpan() {
    Meeting.Builder b = Meeting.builder().id("m").addParties("jp", "jp").format(MeetingFormat.SUMMIT)
        .span(DateSpan.of(PartialDate.parse("2017-04-27"))).place(tokyo());
    assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class)
        .hasMessage("parties: the two parties are the same");
    Meeting.Builder late = Meeting.builder().id("m").addParties("jp", "ru").format(MeetingFormat.SUMMIT)
        .span(DateSpan.of(PartialDate.parse("2017-04-27"))).place(tokyo())
        .addSessions(Session.builder().kind(SessionKind.LEADERS).date(PartialDate.parse("2017-04-28")).build());
    InvalidValueException e = (InvalidValueException) org.assertj.core.api.Assertions.catchThrowable(late::build);
    assertThat(e.field()).isEqualTo("sessions[0].date");
    assertThat(e.reason()).isEqualTo("2017-04-28 is outside the meeting's span 2017-04-27");
  }

  @Test
  void idsFollowTheOneRule() {
    assertThat(Ids.isValid("jp-ru-2plus2-2017")).isTrue();
    for (String bad : new String[] {"", "-a", "a-", "a--b", "A", "a b", "a_b", "é", "x".repeat(101)}) {
      assertThat(Ids.isValid(bad)).as(bad).isFalse();
    }
    assertThatThrownBy(() -> Topic.builder().id("Peace").label("x").build())
        .hasMessage("id: \"Peace\" is not a valid id: it has an upper-case letter at 0");
  }

  @Test
  void holdersMatchTheirKind() {
    assertThat(Holder.analyst("james-brown", "Temple University Japan Campus").country()).isEmpty();
    assertThatThrownBy(() -> Holder.builder().kind(HolderKind.ANALYST).country("jp").person("x").build())
        .hasMessage("country: an analyst speaks for no country");
    assertThatThrownBy(() -> Holder.builder().kind(HolderKind.UNNAMED_OFFICIAL).country("jp").build())
        .hasMessage("description: an unnamed official needs the source's description");
  }

  @Test
  void stanceConflictRule() {
    assertThat(Stance.ASSERTS_SOVEREIGNTY.conflictsWith(Stance.ASSERTS_SOVEREIGNTY)).isTrue();
    assertThat(Stance.PROPOSES.conflictsWith(Stance.REJECTS)).isTrue();
    assertThat(Stance.REJECTS.conflictsWith(Stance.SUPPORTS)).isTrue();
    assertThat(Stance.AGREES.conflictsWith(Stance.AGREES)).isFalse();
    assertThat(Stance.ASSERTS.conflictsWith(Stance.OPPOSES)).isFalse();
    assertThat(Stance.fromId("expresses-concern")).hasValue(Stance.EXPRESSES_CONCERN);
    assertThat(Stance.fromId("concern")).isEmpty();
  }

  @Test
  void namesNeedAWellFormedLanguageTag() {
    assertThat(Name.of("钓鱼岛", "zh-Hans").locale().getScript()).isEqualTo("Hans");
    assertThatThrownBy(() -> Name.of("x", "zh_Hans")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void sourcesNeedAnHttpAddress() {
    Source.Builder b = Source.builder().id("s").publisher("p").headline("h").language("en")
        .kind(SourceKind.NEWSPAPER).url("ftp://example.org/x");
    assertThatThrownBy(b::build).hasMessage("url: \"ftp://example.org/x\" is not an http or https address");
  }
}
