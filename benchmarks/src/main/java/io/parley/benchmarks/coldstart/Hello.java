package io.parley.benchmarks.coldstart;

/** The bare JVM: prints one line. The baseline of cold-start.sh. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
