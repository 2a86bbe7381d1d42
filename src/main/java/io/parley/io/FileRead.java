package io.parley.io;

import io.parley.internal.RecordKind;
import java.util.ArrayList;
import java.util.List;

/** What reading one file gave. */
final class FileRead {
  final RecordKind kind;
  final List<Object> records = new ArrayList<>();
  boolean newerFormat;

  FileRead(RecordKind kind) {
    this.kind = kind;
  }
}
