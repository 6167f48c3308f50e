package dev.contrastive4j.runtime.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code blocks of a Markdown page that follow a {@code <!-- check: name -->} marker, so that
 * tests can hold the page to what the code does.
 */
public final class DocBlocks {
  private static final Pattern BLOCK = Pattern.compile(
      "<!-- check: ([a-z-]+) -->\\s*\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

  private final String page;

  private DocBlocks(String page) {
    this.page = page;
  }

  /** The page at {@code file}. */
  public static DocBlocks of(Path file) throws IOException {
    return new DocBlocks(Files.readString(file));
  }

  /** The content of the block marked {@code name}. */
  public String block(String name) {
    Matcher m = BLOCK.matcher(page);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    throw new AssertionError("no block marked '" + name + "'");
  }

  /**
   * The paragraphs of a code block (separated by blank lines) with whitespace collapsed, to find
   * in source code written with other line breaks.
   */
  static List<String> paragraphs(String code) {
    List<String> out = new ArrayList<>();
    for (String p : code.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        out.add(collapse(p));
      }
    }
    return out;
  }

  /** {@code text} with every run of whitespace made one space, and none next to brackets. */
  static String collapse(String text) {
    return text.replaceAll("\\s+", " ").replaceAll(" ?([(){}\\[\\].,]) ?", "$1").strip();
  }
}
