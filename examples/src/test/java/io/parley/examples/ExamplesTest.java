package io.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs each example and compares what it prints with expected/NAME.txt, line for line. */
class ExamplesTest {
  static Stream<String> examples() {
    return Stream.of("Version", "Tour", "TwoPlusTwo", "DisputedTerritories", "KurilPositions", "WhoHeldOffice", "MyOwnRecords", "ExportForResearch", "HistoryAtState");
  }

  @ParameterizedTest(name = "{0} prints what expected/{0}.txt says")
  @MethodSource("examples")
  void examplePrintsExpectedOutput(String name) throws Exception {
    String expected;
    try (InputStream in = ExamplesTest.class.getResourceAsStream("/expected/" + name + ".txt")) {
      assertNotNull(in, "no expected/" + name + ".txt");
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, run(name), name + " printed something else");
  }

  static String run(String name) throws ReflectiveOperationException, IOException {
    Method main = Class.forName("io.parley.examples." + name).getMethod("main", String[].class);
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
