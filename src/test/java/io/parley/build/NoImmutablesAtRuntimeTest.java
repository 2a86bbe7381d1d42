package io.parley.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Proves over the built class files that nothing of Immutables is needed at run time: no class,
 * method or field reference into {@code org.immutables}, no runtime-visible annotation from it, and
 * no {@code @Generated}. Immutables' CLASS-retention markers ({@code @Value.Immutable}, {@code
 * @Value.Check}, {@code @Value.Default}) may remain as invisible annotations, which the JVM never
 * loads; javac also lists those nested annotation types (and their outer class {@code Value}) in the InnerClasses
 * attribute of a class that carries them, metadata the JVM does not resolve when it links or runs
 * the class. Any other mention of {@code org.immutables} fails the test.
 */
class NoImmutablesAtRuntimeTest {
  private static final String IMMUTABLES = "org/immutables/";
  private static final java.util.Set<String> MARKERS = java.util.Set.of(
      "org/immutables/value/Value", "org/immutables/value/Value$Immutable", "org/immutables/value/Value$Check",
      "org/immutables/value/Value$Default");

  @Test
  void builtClassesReferenceNothingOfImmutablesAtRunTime() throws IOException {
    Path classes = Paths.get(System.getProperty("parley.classes", "target/classes"));
    List<String> offences = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        if (file.getFileName().toString().equals("ParleyStyle.class")) {
          // The style annotation is SOURCE-retained: no class refers to it, and the jar leaves it out.
          continue;
        }
        checked++;
        if (new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains("ParleyStyle")) {
          offences.add(file + ": refers to ParleyStyle");
        }
        try (InputStream in = Files.newInputStream(file)) {
          new ClassReader(in).accept(new Checker(classes.relativize(file).toString(), offences), 0);
        }
      }
    }
    assertThat(checked).as("class files checked").isGreaterThan(30);
    assertThat(offences).isEmpty();
  }

  @Test
  void theCheckerSeesAReferenceWhenThereIsOne() {
    List<String> offences = new ArrayList<>();
    Checker checker = new Checker("Probe.class", offences);
    checker.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "Probe", null, "org/immutables/value/Value", null);
    checker.visitAnnotation("Ljavax/annotation/processing/Generated;", false);
    checker.visitInnerClass("org/immutables/value/Value$Style", "org/immutables/value/Value", "Style", 0);
    checker.visitInnerClass("org/immutables/value/Value$Check", "org/immutables/value/Value", "Check", 0);
    assertThat(offences).hasSize(3);
  }

  private static final class Checker extends ClassVisitor {
    private final String file;
    private final List<String> offences;

    Checker(String file, List<String> offences) {
      super(Opcodes.ASM9);
      this.file = file;
      this.offences = offences;
    }

    private void check(String what, String name) {
      if (name != null && name.contains(IMMUTABLES)) {
        offences.add(file + ": " + what + " " + name);
      }
    }

    private AnnotationVisitor annotation(String descriptor, boolean visible) {
      if (descriptor.endsWith("/Generated;")) {
        offences.add(file + ": @Generated " + descriptor);
      }
      if (visible) {
        check("runtime-visible annotation", descriptor);
      }
      return null;
    }

    @Override
    public void visit(int v, int access, String name, String sig, String superName, String[] ifaces) {
      check("superclass", superName);
      check("signature", sig);
      if (ifaces != null) {
        for (String i : ifaces) {
          check("interface", i);
        }
      }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return annotation(descriptor, visible);
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
      if (!MARKERS.contains(name)) {
        check("inner class entry", name);
      }
      if (outerName != null && !MARKERS.contains(outerName)) {
        check("inner class outer entry", outerName);
      }
    }

    @Override
    public FieldVisitor visitField(int access, String name, String desc, String sig, Object value) {
      check("field type", desc);
      check("field signature", sig);
      return new FieldVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
          return annotation(descriptor, visible);
        }
      };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
      check("method descriptor", desc);
      check("method signature", sig);
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
          return annotation(descriptor, visible);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
          check("type use", type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String fname, String fdesc) {
          check("field reference", owner + "." + fname + " " + fdesc);
        }

        @Override
        public void visitMethodInsn(int op, String owner, String mname, String mdesc, boolean itf) {
          check("method reference", owner + "." + mname + mdesc);
        }

        @Override
        public void visitLdcInsn(Object value) {
          if (value instanceof Type) {
            check("class literal", ((Type) value).getDescriptor());
          } else if (value instanceof Handle) {
            check("method handle", ((Handle) value).getOwner());
          }
        }
      };
    }
  }
}
