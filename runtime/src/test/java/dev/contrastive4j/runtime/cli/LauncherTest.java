package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code contrastive4j} launcher script, run in a copy of the repository's layout with a
 * built jar in place (so it builds nothing) and a {@code java} that prints its arguments.
 */
class LauncherTest {

  @Test
  void userPluginsJoinTheClassPath(@TempDir Path root, @TempDir Path bin) throws Exception {
    String args = launch(root, bin,
        Map.of("CONTRASTIVE4J_CLASSPATH", "/my/plugins.jar:/my/classes"), "tasks");
    String jar = root.resolve("runtime/target/contrastive4j-runtime-cli.jar").toString();
    assertTrue(args.contains(" -cp " + jar + ":/my/plugins.jar:/my/classes "
        + "dev.contrastive4j.runtime.cli.Main tasks"), args);
  }

  @Test
  void theCommandAsTypedIsPassedOnForTheCommandsTheCliSuggests(@TempDir Path root,
      @TempDir Path bin) throws Exception {
    String args = launch(root, bin, Map.of(), "tasks");
    assertTrue(args.contains(" -Dcontrastive4j.command=" + root.resolve("contrastive4j") + " -cp "),
        args);
  }

  @Test
  void aPluginEntryThatDoesNotExistIsNoted(@TempDir Path root, @TempDir Path bin)
      throws Exception {
    // A misspelt jar showed only as an unknown task.
    Path real = Files.createFile(root.resolve("real.jar"));
    String out = launch(root, bin, Map.of("CONTRASTIVE4J_CLASSPATH",
        "/my/typo.jar:" + real + ":/my/jars/*"), "tasks");
    assertTrue(out.startsWith("contrastive4j: note: CONTRASTIVE4J_CLASSPATH names /my/typo.jar, "
        + "which does not exist\n"), out);
    assertEquals(1, out.lines().filter(l -> l.contains("note:")).count(), out);
  }

  @Test
  void withoutThemTheClassPathIsTheCommandLinesJar(@TempDir Path root, @TempDir Path bin)
      throws Exception {
    String args = launch(root, bin, Map.of(), "tasks");
    String jar = root.resolve("runtime/target/contrastive4j-runtime-cli.jar").toString();
    assertTrue(args.endsWith(" -cp " + jar + " dev.contrastive4j.runtime.cli.Main tasks"), args);
  }

  @Test
  void theDefaultHeapGetsSixteenMegabyteRegions(@TempDir Path root, @TempDir Path bin)
      throws Exception {
    String args = launch(root, bin, Map.of(), "tasks");
    assertTrue(args.startsWith("java -Xmx512m -XX:G1HeapRegionSize=16m "), args);
  }

  @Test
  void aHeapUnder128MegabytesKeepsTheDefaultRegions(@TempDir Path root, @TempDir Path bin)
      throws Exception {
    // With 16 MB regions a 48 MB heap ran out of memory while the CLI's classes loaded.
    for (String small : new String[] {"48m", "127M", "65536k", "100000000"}) {
      String args = launch(root, bin, Map.of("CONTRASTIVE4J_HEAP", small), "tasks");
      assertTrue(args.startsWith("java -Xmx" + small + " -Dcontrastive4j.command="), args);
    }
    for (String large : new String[] {"128m", "4g", "131072K", "134217728"}) {
      String args = launch(root, bin, Map.of("CONTRASTIVE4J_HEAP", large), "tasks");
      assertTrue(args.startsWith("java -Xmx" + large + " -XX:G1HeapRegionSize=16m "
          + "-Dcontrastive4j.command="), args);
    }
  }

  @Test
  void mallocKeepsLargeArraysForReuseUnlessTheUserSetsItsTunables(@TempDir Path root,
      @TempDir Path bin) throws Exception {
    // Freed arrays over 32 MB went back to the system and were faulted in again every step.
    launch(root, bin, Map.of(), "tasks");
    assertEquals("glibc.malloc.mmap_threshold=4294967296", javaEnvironment(bin, "GLIBC_TUNABLES"));
    launch(root, bin, Map.of("GLIBC_TUNABLES", "glibc.malloc.arena_max=2"), "tasks");
    assertEquals("glibc.malloc.arena_max=2", javaEnvironment(bin, "GLIBC_TUNABLES"));
    // Set but empty: the user's way to turn it off.
    launch(root, bin, Map.of("GLIBC_TUNABLES", ""), "tasks");
    assertEquals("", javaEnvironment(bin, "GLIBC_TUNABLES"));
  }

  /** The value of {@code name} in the environment the fake {@code java} last ran with. */
  private static String javaEnvironment(Path bin, String name) throws Exception {
    return Files.readAllLines(bin.resolve("java.env"), StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith(name + "=")).map(line -> line.substring(name.length() + 1))
        .findFirst().orElseThrow(() -> new AssertionError(name + " is not set"));
  }

  private static String launch(Path root, Path bin, Map<String, String> env, String... args)
      throws Exception {
    Path script = root.resolve("contrastive4j");
    Files.copy(Path.of("..", "contrastive4j"), script, StandardCopyOption.REPLACE_EXISTING);
    Path target = Files.createDirectories(root.resolve("runtime/target"));
    Files.writeString(target.resolve("contrastive4j-runtime-cli.jar"), "");
    Files.writeString(target.resolve(".launcher-built"), "");
    Path java = bin.resolve("java");
    // Prints its arguments, and keeps its environment in java.env beside it.
    Files.writeString(java, "#!/bin/sh\nenv > \"$(dirname \"$0\")/java.env\"\necho \"java $*\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = script.toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("CONTRASTIVE4J_CLASSPATH");
    pb.environment().remove("JAVA_OPTS");
    pb.environment().remove("CONTRASTIVE4J_HEAP");
    pb.environment().remove("GLIBC_TUNABLES");
    pb.environment().putAll(env);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    return out;
  }
}
