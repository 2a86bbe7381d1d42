package io.parley.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset's run-time path touches no JSON library: a child JVM with only the
 * library's classes and Guava on its class path (no jackson-core at all) opens the bundle and
 * runs queries, and no com.fasterxml class is ever loaded.
 */
class BundledPathNeedsNoJsonTest {
  private static String jarOf(Class<?> type) throws Exception {
    return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void bundledQueriesRunWithoutJacksonOnTheClassPath() throws Exception {
    String classes = System.getProperty("parley.classes", "target/classes");
    String testClasses = Paths.get(jarOf(BundledWithoutJackson.class)).toString();
    String classPath = String.join(File.pathSeparator, classes, testClasses, jarOf(ImmutableList.class));
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command = List.of(java.toString(), "-verbose:class", "-cp", classPath,
        BundledWithoutJackson.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out).contains(System.getProperty("parley.dataVersion", "2027.1") + " 4 1 true");
    assertThat(out).doesNotContain("com.fasterxml");
  }
}
