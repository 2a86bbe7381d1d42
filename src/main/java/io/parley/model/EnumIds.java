package io.parley.model;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** The kebab-case ids that the dataset format uses for enum constants. */
final class EnumIds {
  private EnumIds() {}

  static String id(Enum<?> e) {
    return Ascii.toLowerCase(e.name()).replace('_', '-');
  }

  static <E extends Enum<E>> Optional<E> fromId(Class<E> type, String id) {
    for (E e : type.getEnumConstants()) {
      if (id(e).equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  static ImmutableList<String> ids(Class<? extends Enum<?>> type) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (Enum<?> e : type.getEnumConstants()) {
      ids.add(id(e));
    }
    return ids.build();
  }
}
