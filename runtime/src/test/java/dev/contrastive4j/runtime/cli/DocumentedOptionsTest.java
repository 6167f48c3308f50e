package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line and its documentation (README.md, docs/*.md) agree: every option of every
 * command is documented in a paragraph that names the command, and every option the
 * documentation names exists. The options every command has are documented once for all.
 */
class DocumentedOptionsTest {
  private static final Set<String> OF_EVERY_COMMAND =
      Set.of("-h", "--help", "-V", "--version", "--verbose");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

  @Test
  void everyOptionIsDocumentedWithItsCommand() throws IOException {
    List<String> paragraphs = paragraphs();
    List<String> missing = new ArrayList<>();
    for (CommandLine command : commands(Main.commandLine())) {
      String name = command.getCommandSpec().qualifiedName(" ").replaceFirst("^contrastive4j ?",
          "");
      for (OptionSpec option : command.getCommandSpec().options()) {
        for (String optionName : option.names()) {
          boolean documented = OF_EVERY_COMMAND.contains(optionName)
              ? paragraphs.stream().anyMatch(p -> hasToken(p, optionName))
              : paragraphs.stream().anyMatch(p -> hasToken(p, name) && hasToken(p, optionName));
          if (!documented) {
            missing.add((name.isEmpty() ? "contrastive4j" : name) + " " + optionName);
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "undocumented options: " + missing);
  }

  @Test
  void everyDocumentedOptionExists() throws IOException {
    Set<String> known = new TreeSet<>();
    for (CommandLine command : commands(Main.commandLine())) {
      command.getCommandSpec().options().forEach(o -> known.addAll(List.of(o.names())));
      // The negated forms of negatable options: --no-shuffle-components.
      known.addAll(command.getCommandSpec().negatedOptionsMap().keySet());
    }
    Set<String> unknown = new TreeSet<>();
    for (String paragraph : paragraphs()) {
      Matcher m = OPTION.matcher(paragraph);
      while (m.find()) {
        if (!known.contains(m.group())) {
          unknown.add(m.group());
        }
      }
    }
    assertTrue(unknown.isEmpty(), "documented options that no command has: " + unknown);
  }

  /** {@code cli} and all its sub-commands, depth first. */
  private static List<CommandLine> commands(CommandLine cli) {
    List<CommandLine> out = new ArrayList<>(List.of(cli));
    cli.getSubcommands().values().forEach(sub -> out.addAll(commands(sub)));
    return out;
  }

  /** Whether {@code text} holds {@code token} as a word of its own (not inside a longer one). */
  private static boolean hasToken(String text, String token) {
    return Pattern.compile("(?<![\\w-])" + Pattern.quote(token) + "(?![\\w-])").matcher(text)
        .find();
  }

  /** The paragraphs (and code blocks, which blank lines also separate) of the documentation. */
  private static List<String> paragraphs() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("..", "README.md")));
    try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> out = new ArrayList<>();
    for (Path page : pages) {
      out.addAll(List.of(Files.readString(page).split("\\R\\s*\\R")));
    }
    return out;
  }
}
