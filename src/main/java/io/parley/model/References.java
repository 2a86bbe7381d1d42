package io.parley.model;

import java.util.Optional;

/** Renders sources as references in the {@link ReferenceStyle}s, and escapes text for BibTeX. */
final class References {
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };
  private static final String[] BIBTEX_MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private References() {}

  static String plain(Source s) {
    StringBuilder b = new StringBuilder();
    s.author().ifPresent(a -> b.append(a).append(". "));
    s.headline().ifPresent(h -> b.append('"').append(h).append(".\" "));
    b.append(s.publisher());
    s.via().ifPresent(v -> b.append(", via ").append(v));
    s.published().ifPresent(d -> b.append(", ").append(d));
    b.append('.');
    s.url().ifPresent(u -> b.append(' ').append(u));
    return b.toString();
  }

  static String apa(Source s) {
    StringBuilder b = new StringBuilder();
    String publisher = s.publisher() + s.via().map(v -> ", via " + v).orElse("");
    Optional<String> title = s.headline();
    if (s.author().isPresent()) {
      sentence(b, s.author().get());
    } else if (title.isPresent()) {
      sentence(b, title.get());
      title = Optional.empty();
    } else {
      sentence(b, publisher);
      publisher = "";
    }
    b.append(" (").append(s.published().map(References::apaDate).orElse("n.d.")).append(").");
    title.ifPresent(t -> sentence(b.append(' '), t));
    if (!publisher.isEmpty()) {
      sentence(b.append(' '), publisher);
    }
    s.url().ifPresent(u -> b.append(' ').append(u));
    return b.toString();
  }

  private static String apaDate(PartialDate d) {
    StringBuilder b = new StringBuilder().append(d.year());
    d.month().ifPresent(m -> b.append(", ").append(MONTHS[m - 1]));
    d.day().ifPresent(day -> b.append(' ').append(day));
    return b.toString();
  }

  /** The text as a sentence: a full stop after it unless it already ends with one, ? or !. */
  private static void sentence(StringBuilder b, String text) {
    b.append(text);
    char last = text.charAt(text.length() - 1);
    if (last != '.' && last != '?' && last != '!') {
      b.append('.');
    }
  }

  static String bibtex(Source s) {
    StringBuilder b = new StringBuilder("@misc{").append(s.id());
    s.author().ifPresent(a -> field(b, "author", "{" + escape(a) + "}"));
    s.headline().ifPresent(h -> field(b, "title", "{{" + escape(h) + "}}"));
    field(b, "howpublished",
        "{" + escape(s.publisher() + s.via().map(v -> ", via " + v).orElse("")) + "}");
    s.published().ifPresent(d -> {
      field(b, "year", "{" + d.year() + "}");
      d.month().ifPresent(m -> field(b, "month", BIBTEX_MONTHS[m - 1]));
    });
    s.url().ifPresent(u -> field(b, "url", "{" + u + "}"));
    return b.append("\n}").toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append(",\n  ").append(name).append(" = ").append(value);
  }

  /** Escapes the characters BibTeX and LaTeX treat specially, so that text comes out as written. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\':
          b.append("\\textbackslash{}");
          break;
        case '{':
        case '}':
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
          b.append('\\').append(c);
          break;
        case '^':
          b.append("\\^{}");
          break;
        case '~':
          b.append("\\~{}");
          break;
        case '\n':
          b.append(' ');
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }
}
