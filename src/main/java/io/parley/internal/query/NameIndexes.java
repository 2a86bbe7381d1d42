package io.parley.internal.query;

import io.parley.model.Country;
import io.parley.model.Feature;
import io.parley.model.Name;
import io.parley.model.Person;
import io.parley.model.Territory;
import java.util.List;

/**
 * The name indexes of the kinds that are looked up by name (countries, people, territories), each
 * built on first use, and the names each kind's record carries: every name's text and
 * romanization; for a person, the transliteration variants too; for a territory, its neutral name
 * and its features' names.
 */
public final class NameIndexes {
  private static final int COUNTRIES = 0;
  private static final int PEOPLE = 1;
  private static final int TERRITORIES = 2;

  private final Indexes indexes;
  private final Lazy<NameIndex> countries = new Slot(this, COUNTRIES);
  private final Lazy<NameIndex> people = new Slot(this, PEOPLE);
  private final Lazy<NameIndex> territories = new Slot(this, TERRITORIES);

  NameIndexes(Indexes indexes) {
    this.indexes = indexes;
  }

  public NameIndex countries() {
    return countries.get();
  }

  public NameIndex people() {
    return people.get();
  }

  public NameIndex territories() {
    return territories.get();
  }

  /** One lazily built index; one class for the three, as Indexes does for its slots. */
  private static final class Slot extends Lazy<NameIndex> {
    private final NameIndexes owner;
    private final int kind;

    Slot(NameIndexes owner, int kind) {
      this.owner = owner;
      this.kind = kind;
    }

    @Override
    public NameIndex compute() {
      Table<?> table = kind == COUNTRIES ? owner.indexes.countries()
          : kind == PEOPLE ? owner.indexes.people() : owner.indexes.territories();
      return new NameIndex(table.size(), new KindNames(kind, table));
    }
  }

  /** The names of a record of one kind at its position in the kind's table. */
  private static final class KindNames implements NameIndex.Names {
    private final int kind;
    private final Table<?> table;

    KindNames(int kind, Table<?> table) {
      this.kind = kind;
      this.table = table;
    }

    @Override
    public void add(int position, List<String> out) {
      Object r = table.records.get(position);
      if (kind == COUNTRIES) {
        names(((Country) r).names(), out);
      } else if (kind == PEOPLE) {
        Person p = (Person) r;
        names(p.names(), out);
        out.addAll(p.variants());
      } else {
        Territory t = (Territory) r;
        out.add(t.neutralName());
        names(t.names(), out);
        for (Feature f : t.features()) {
          names(f.names(), out);
        }
      }
    }

    private static void names(List<Name> names, List<String> out) {
      for (Name n : names) {
        out.add(n.text());
        if (n.romanization().isPresent()) {
          out.add(n.romanization().get());
        }
      }
    }
  }
}
