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
 * no {@code @Generated}. Immutables' CLASS-retention markers ({@code @Value.Immutable}) may remain
 * as invisible annotations, which the JVM never loads.
 */
class NoImmutablesAtRuntimeTest {
  private static final String IMMUTABLES = "org/immutables/";

  @Test
  void builtClassesReferenceNothingOfImmutablesAtRunTime() throws IOException {
    Path classes = Paths.get(System.getProperty("parley.classes", "target/classes"));
    List<String> offences = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        checked++;
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
    assertThat(offences).hasSize(2);
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
