package dev.contrastive4j.runtime.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script with the machine's {@code python3}, for tests that check files against numpy and
 * scipy themselves. The project does not need Python: such tests are skipped without it.
 */
public final class Python3 {
  private Python3() {}

  /** What a script printed (stdout and stderr, stripped) and its exit code; -1 if it never ran. */
  public record Result(int exitCode, String output) {}

  /** Runs {@code script} with {@code args} as {@code sys.argv[1:]}, for at most two minutes. */
  public static Result run(String script, String... args) throws InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3", "-c", script));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, out);
      }
      return new Result(p.exitValue(), out.strip());
    } catch (IOException e) {
      return new Result(-1, e.toString());
    }
  }

  /** Whether {@code python3} is there and can import {@code modules} (comma-separated). */
  public static boolean imports(String modules) throws InterruptedException {
    return run("import " + modules).exitCode() == 0;
  }
}
