package io.parley.internal;

import java.util.Optional;

/**
 * The kinds of record, each with its file, in the order files are read and written: what is
 * referred to before what refers to it.
 */
public enum RecordKind {
  MANIFEST("manifest.json", "manifest"),
  SOURCES("sources.json", "source"),
  COUNTRIES("countries.json", "country"),
  PEOPLE("people.json", "person"),
  TOPICS("topics.json", "topic"),
  TERRITORIES("territories.json", "territory"),
  CLAIMS("claims.json", "claim"),
  AGREEMENTS("agreements.json", "agreement"),
  EVENTS("events.json", "event"),
  MEETINGS("meetings.json", "meeting"),
  POSITIONS("positions.json", "position");

  private final String file;
  private final String singular;

  /** Whether records of other kinds refer to records of this kind by id. */
  public boolean isReferenced() {
    switch (this) {
      case SOURCES:
      case COUNTRIES:
      case PEOPLE:
      case TOPICS:
      case TERRITORIES:
      case MEETINGS:
        return true;
      default:
        return false;
    }
  }

  RecordKind(String file, String singular) {
    this.file = file;
    this.singular = singular;
  }

  public String file() {
    return file;
  }

  public String singular() {
    return singular;
  }

  public static Optional<RecordKind> ofFile(String file) {
    for (RecordKind k : values()) {
      if (k.file.equals(file)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
