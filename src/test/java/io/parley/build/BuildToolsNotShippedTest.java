package io.parley.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The dataset compiler runs during the build and never ships with the library's classes. */
class BuildToolsNotShippedTest {
  @Test
  void theDatasetCompilerIsNotAmongTheLibrarysClasses() {
    Path classes = Paths.get(System.getProperty("parley.classes", "target/classes"));
    assertThat(classes.resolve("io/parley/internal/bundle/bundled.bin")).as("the compiled dataset").isRegularFile();
    assertThat(Files.exists(classes.resolve("io/parley/build"))).as("build tools in the library's classes").isFalse();
    assertThat(Files.exists(classes.resolve("io/parley/internal/compiler"))).isFalse();
  }
}
