package io.parley.internal.json;

import io.parley.internal.Issue;
import io.parley.internal.RecordKind;
import java.util.List;
import java.util.Optional;

/** The state of reading one record: where its issues go, and whether it can still be built. */
final class Reading {
  private final RecordKind kind;
  private final int index;
  private final List<Issue> issues;
  private Optional<String> id = Optional.empty();
  private boolean failed;
  final Dedup dedup;

  Reading(RecordKind kind, int index, List<Issue> issues, Dedup dedup) {
    this.kind = kind;
    this.index = index;
    this.issues = issues;
    this.dedup = dedup;
  }

  RecordKind kind() {
    return kind;
  }

  void id(String id) {
    this.id = Optional.of(id);
  }

  boolean failed() {
    return failed;
  }

  void report(Node at, String field, String reason) {
    failed = true;
    issues.add(
        new Issue(
            kind,
            index,
            id,
            field.isEmpty() ? Optional.empty() : Optional.of(field),
            at.line(),
            at.column(),
            reason));
  }
}
