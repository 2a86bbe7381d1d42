package io.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.Externalizable;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules, checked on the library's classes (not the tests'): immutable model
 * values, no internal type in the exported API, no package cycles, and neither Java serialization
 * nor reflection.
 */
@AnalyzeClasses(packages = "io.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** The packages module-info exports; a test below checks this list against the module itself. */
  static final Set<String> EXPORTED = Set.of("io.parley", "io.parley.model", "io.parley.io");

  /** Classes other than builders and what is nested in them: the values themselves. */
  private static final DescribedPredicate<JavaClass> NOT_BUILDERS = new DescribedPredicate<>("are not builders") {
    @Override
    public boolean test(JavaClass c) {
      for (JavaClass at = c; at != null; at = at.getEnclosingClass().orElse(null)) {
        if (at.getSimpleName().equals("Builder")) {
          return false;
        }
      }
      return true;
    }
  };

  @ArchTest
  static final ArchRule modelValuesHaveOnlyFinalFields = fields()
      .that().areDeclaredInClassesThat().resideInAPackage("io.parley.model")
      .and().areDeclaredInClassesThat(NOT_BUILDERS)
      .should().beFinal()
      .because("model values are immutable; only their builders change");

  @ArchTest
  static final ArchRule modelTypesHaveNoSetters = noMethods()
      .that().areDeclaredInClassesThat().resideInAPackage("io.parley.model")
      .should().haveNameMatching("set[A-Z].*")
      .because("values are made whole by their factories and builders, never changed afterwards");

  @ArchTest
  static final ArchRule theExportedApiShowsNoInternalType = classes()
      .that(exported())
      .should(exposeNoInternalType())
      .because("io.parley.internal is not exported: a user could not name, or rely on, what it holds");

  @ArchTest
  static final ArchRule theModelDependsOnNothingElseOfParley = noClasses()
      .that().resideInAPackage("io.parley.model..")
      .should().dependOnClassesThat().resideInAnyPackage("io.parley", "io.parley.io..", "io.parley.internal..")
      .because("the values are the bottom layer: every stage reads or writes them, they know no stage");

  @ArchTest
  static final ArchRule internalsDoNotReachUpIntoTheApi = noClasses()
      .that().resideInAPackage("io.parley.internal..")
      .should().dependOnClassesThat().resideInAnyPackage("io.parley", "io.parley.io")
      .because("the pipeline's stages serve the exported packages, never the other way round");

  @ArchTest
  static final ArchRule readingAndWritingDoNotQuery = noClasses()
      .that().resideInAPackage("io.parley.io")
      .should().dependOnClassesThat().resideInAnyPackage("io.parley", "io.parley.internal.query..")
      .because("io reads, checks and writes datasets; the query engine sits above it, not below");

  @ArchTest
  static final ArchRule theQueryEngineKnowsNoFileFormat = noClasses()
      .that().resideInAPackage("io.parley.internal.query..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "io.parley.internal.json..", "io.parley.internal.bundle..", "io.parley.internal.csv..",
          "io.parley.internal.validate..", "com.fasterxml.jackson..")
      .because("indexes are built from records whatever their source: JSON, the bundle or code");

  @ArchTest
  static final ArchRule stagesBelowTheEngineDoNotUseIt = noClasses()
      .that().resideInAnyPackage("io.parley.internal.json..", "io.parley.internal.bundle..",
          "io.parley.internal.csv..", "io.parley.internal.validate..", "io.parley.internal.text..")
      .should().dependOnClassesThat().resideInAPackage("io.parley.internal.query..")
      .because("reading, compiling, exporting and checking never need an index");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.parley.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noJavaSerialization = noClasses()
      .should().dependOnClassesThat().belongToAnyOf(
          ObjectInputStream.class, ObjectOutputStream.class, ObjectInput.class, ObjectOutput.class, Externalizable.class)
      .because("a dataset is read from its own format, never from Java serialization");

  @ArchTest
  static final ArchRule onlyExceptionsAndEnumsAreSerializable = classes()
      .that().areAssignableTo(Serializable.class)
      .should().beAssignableTo(Throwable.class).orShould().beEnums()
      .because("Java makes exceptions and enums serializable; nothing else of ours is");

  @ArchTest
  static final ArchRule noSerializationHooks = noMethods()
      .should().haveNameMatching("readObject|writeObject|readObjectNoData|readResolve|writeReplace")
      .because("no class takes part in Java serialization");

  @ArchTest
  static final ArchRule noReflection = noClasses()
      .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
      .orShould().callMethod(Class.class, "forName", String.class)
      .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
      .orShould().callMethod(Class.class, "newInstance")
      .orShould().callMethod(Class.class, "getDeclaredConstructors")
      .orShould().callMethod(Class.class, "getDeclaredConstructor", Class[].class)
      .orShould().callMethod(Class.class, "getConstructor", Class[].class)
      .orShould().callMethod(Class.class, "getDeclaredFields")
      .orShould().callMethod(Class.class, "getDeclaredField", String.class)
      .orShould().callMethod(Class.class, "getDeclaredMethods")
      .orShould().callMethod(Class.class, "getDeclaredMethod", String.class, Class[].class)
      .orShould().callMethod(Class.class, "getMethod", String.class, Class[].class)
      .orShould().callMethod(Class.class, "getField", String.class)
      .because("records are built by explicit code for each field, never by reflection on names from the data");

  @Test
  void theExportedPackagesAreWhatTheModuleExports() {
    ModuleDescriptor descriptor = Parley.class.getModule().getDescriptor();
    assertThat(descriptor).as("the tests run in the named module io.parley").isNotNull();
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports e : descriptor.exports()) {
      assertThat(e.isQualified()).as("exports %s to everyone", e.source()).isFalse();
      exported.add(e.source());
    }
    assertThat(exported).isEqualTo(new TreeSet<>(EXPORTED));
  }

  /** Public classes of the exported packages whose enclosing classes are public too. */
  private static DescribedPredicate<JavaClass> exported() {
    return new DescribedPredicate<>("are visible outside the module") {
      @Override
      public boolean test(JavaClass c) {
        if (!EXPORTED.contains(c.getPackageName())) {
          return false;
        }
        for (JavaClass at = c; at != null; at = at.getEnclosingClass().orElse(null)) {
          if (!at.getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
          }
        }
        return true;
      }
    };
  }

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no io.parley.internal type in a public or protected signature") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> shown = new ArrayList<>();
        c.getRawSuperclass().ifPresent(s -> involved(c.getSuperclass().orElseThrow(), "superclass of " + c.getName(), shown));
        for (JavaType i : c.getInterfaces()) {
          involved(i, "interface of " + c.getName(), shown);
        }
        for (JavaMember m : c.getMembers()) {
          Set<JavaModifier> modifiers = m.getModifiers();
          if (!modifiers.contains(JavaModifier.PUBLIC) && !modifiers.contains(JavaModifier.PROTECTED)) {
            continue;
          }
          if (modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)) {
            continue;
          }
          if (m instanceof JavaField) {
            involved(((JavaField) m).getType(), m.getFullName(), shown);
          } else if (m instanceof JavaCodeUnit) {
            JavaCodeUnit u = (JavaCodeUnit) m;
            involved(u.getReturnType(), m.getFullName(), shown);
            for (JavaType p : u.getParameterTypes()) {
              involved(p, m.getFullName(), shown);
            }
            for (JavaType t : u.getThrowsClause().getTypes()) {
              involved(t, m.getFullName(), shown);
            }
            for (JavaType t : u.getTypeParameters()) {
              involved(t, m.getFullName(), shown);
            }
          }
        }
        for (String s : shown) {
          events.add(SimpleConditionEvent.violated(c, s));
        }
        if (shown.isEmpty()) {
          events.add(SimpleConditionEvent.satisfied(c, c.getName() + " shows no internal type"));
        }
      }
    };
  }

  private static void involved(JavaType type, String where, List<String> shown) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      if (raw.getPackageName().startsWith("io.parley.internal")) {
        shown.add(where + " shows " + raw.getName());
      }
    }
  }
}
