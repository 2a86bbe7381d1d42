package io.parley.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: to a temporary file beside it, then moved into place. The
 * temporary file is created as any new file is, so the file ends with the permissions the user's
 * umask gives ({@code Files.createTempFile} would make it readable by its owner alone).
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the bytes as the file {@code name} in the directory, replacing any file there. */
  public static Path write(Path directory, String name, byte[] bytes) throws IOException {
    return write(directory, name, out -> out.write(bytes));
  }

  /** What a file holds, written to its stream a part at a time. */
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes what the body writes as the file {@code name} in the directory, replacing any file
   * there: a file of any size, never held whole in memory.
   */
  public static Path write(Path directory, String name, Body body) throws IOException {
    Path target = directory.resolve(name);
    Path temp = directory.resolve("." + name + "." + Long.toUnsignedString(
        ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        body.writeTo(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }
}
