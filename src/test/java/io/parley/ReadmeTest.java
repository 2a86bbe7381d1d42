package io.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of README.md compiles against the library as printed; a block that brings its
 * own imports is complete and is run too. A block without imports is a fragment: it is compiled
 * with the imports a reader would add (the library's packages, java.nio.file and java.time).
 */
class ReadmeTest {
  private static final Pattern JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final String FRAGMENT_IMPORTS = "import io.parley.*;\nimport io.parley.io.*;\n"
      + "import io.parley.model.*;\nimport java.nio.file.*;\nimport java.time.*;\n";

  @TempDir Path temp;

  @Test
  void everyJavaBlockCompilesAndTheCompleteOnesRun() throws Exception {
    Path readme = Paths.get(System.getProperty("parley.basedir", "."), "README.md");
    assumeTrue(Files.exists(readme), "README.md not found from " + readme);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assumeTrue(javac != null, "no Java compiler in this runtime");
    Matcher m = JAVA.matcher(Files.readString(readme));
    List<String> complete = new ArrayList<>();
    int n = 0;
    while (m.find()) {
      String block = m.group(1);
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : block.split("\n")) {
        (line.startsWith("import ") ? imports : body).append(line).append('\n');
      }
      boolean own = imports.length() > 0;
      String name = "ReadmeBlock" + n++;
      String source = (own ? imports : FRAGMENT_IMPORTS) + "public class " + name
          + " {\n  public static void run() throws Exception {\n" + body + "  }\n}\n";
      Path file = temp.resolve(name + ".java");
      Files.writeString(file, source);
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      int status = javac.run(null, null, errors, "-d", temp.toString(), "-classpath",
          classpath(), "-Xlint:none", file.toString());
      assertThat(status).as("README block %s does not compile:\n%s\n%s", n, source,
          errors.toString(StandardCharsets.UTF_8)).isZero();
      if (own) {
        complete.add(name);
      }
    }
    assertThat(n).as("Java blocks in README.md").isGreaterThanOrEqualTo(3);
    assertThat(complete).as("blocks with their own imports, run as printed").isNotEmpty();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()},
        getClass().getClassLoader())) {
      for (String name : complete) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
          System.setOut(capture);
          loader.loadClass(name).getMethod("run").invoke(null);
        } finally {
          System.setOut(original);
        }
        if (name.equals("ReadmeBlock0")) {
          assertThat(out.toString(StandardCharsets.UTF_8))
              .startsWith("1. 2013-11-01/2013-11-02 Tokyo\n");
        }
      }
    }
  }

  /** The test's own module path and class path, so the block sees the library as built. */
  private static String classpath() {
    List<String> parts = new ArrayList<>();
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      String value = System.getProperty(property, "");
      if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
