package io.parley.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reader's shared values: one instance of each short text. */
class DedupTest {

  @Test
  void equalShortTextsAreOneInstance() {
    Dedup d = new Dedup(0);
    String first = d.text(new String("Both sides agreed to continue talks."));
    assertThat(d.text(new String("Both sides agreed to continue talks."))).isSameAs(first);
  }

  @Test
  void aTextLongerThanTheLimitIsNotShared() {
    Dedup d = new Dedup(0);
    String longText = "x".repeat(Dedup.SHARED_TEXT + 1);
    d.text(longText);
    assertThat(d.text(new String(longText))).isNotSameAs(longText);
  }
}
