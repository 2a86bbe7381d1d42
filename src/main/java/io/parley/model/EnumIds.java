package io.parley.model;

import com.google.common.base.Ascii;
import java.util.Optional;

/**
 * The kebab-case ids that the dataset format uses for enum constants. Each enum keeps its own
 * constants and ids in static arrays; nothing here reflects, so that reading an enum costs no
 * reflection machinery when a program starts.
 */
final class EnumIds {
  private EnumIds() {}

  /** The id of each constant, by ordinal: its name in lower case, with hyphens. */
  static String[] idsOf(Enum<?>[] constants) {
    String[] ids = new String[constants.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = Ascii.toLowerCase(constants[i].name()).replace('_', '-');
    }
    return ids;
  }

  /** The constant whose id is {@code id}. */
  static <E extends Enum<E>> Optional<E> fromId(E[] constants, String[] ids, String id) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i].equals(id)) {
        return Optional.of(constants[i]);
      }
    }
    return Optional.empty();
  }
}
