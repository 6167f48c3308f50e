package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    String jar = root.resolve("runtime/target/contrastive4j-runtime.jar").toString();
    assertTrue(args.contains(" -cp " + jar + ":/my/plugins.jar:/my/classes "
        + "dev.contrastive4j.runtime.cli.Main tasks"), args);
  }

  @Test
  void withoutThemTheClassPathIsTheCommandLinesJar(@TempDir Path root, @TempDir Path bin)
      throws Exception {
    String args = launch(root, bin, Map.of(), "tasks");
    String jar = root.resolve("runtime/target/contrastive4j-runtime.jar").toString();
    assertTrue(args.endsWith(" -cp " + jar + " dev.contrastive4j.runtime.cli.Main tasks"), args);
  }

  private static String launch(Path root, Path bin, Map<String, String> env, String... args)
      throws Exception {
    Path script = root.resolve("contrastive4j");
    Files.copy(Path.of("..", "contrastive4j"), script);
    Path target = Files.createDirectories(root.resolve("runtime/target"));
    Files.writeString(target.resolve("contrastive4j-runtime.jar"), "");
    Files.writeString(target.resolve(".launcher-built"), "");
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"java $*\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = script.toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("CONTRASTIVE4J_CLASSPATH");
    pb.environment().remove("JAVA_OPTS");
    pb.environment().putAll(env);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    return out;
  }
}
