package io.parley.internal;

import java.io.IOException;
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
    Path target = directory.resolve(name);
    Path temp = directory.resolve("." + name + "." + Long.toUnsignedString(
        ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }
}
