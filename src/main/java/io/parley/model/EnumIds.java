package io.parley.model;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** The kebab-case ids that the dataset format uses for enum constants. */
final class EnumIds {
  private EnumIds() {}

  /** Each enum's ids by ordinal, computed once per enum type. */
  private static final ClassValue<String[]> IDS = new ClassValue<String[]>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] ids = new String[constants.length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = Ascii.toLowerCase(((Enum<?>) constants[i]).name()).replace('_', '-');
      }
      return ids;
    }
  };

  static String id(Enum<?> e) {
    return IDS.get(e.getDeclaringClass())[e.ordinal()];
  }

  static <E extends Enum<E>> Optional<E> fromId(Class<E> type, String id) {
    String[] ids = IDS.get(type);
    for (int i = 0; i < ids.length; i++) {
      if (ids[i].equals(id)) {
        return Optional.of(type.getEnumConstants()[i]);
      }
    }
    return Optional.empty();
  }

  private static final ClassValue<ImmutableList<String>> ID_LISTS = new ClassValue<ImmutableList<String>>() {
    @Override
    protected ImmutableList<String> computeValue(Class<?> type) {
      return ImmutableList.copyOf(IDS.get(type));
    }
  };

  static ImmutableList<String> ids(Class<? extends Enum<?>> type) {
    return ID_LISTS.get(type);
  }
}
