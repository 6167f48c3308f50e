package dev.contrastive4j.runtime.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/**
 * Jackson's messages as one line for people: its own location references ({@code [Source:
 * REDACTED (...); line: 1, column: 10]}, which name no file since Jackson leaves the source out)
 * become {@code line 1, column 10}, and what follows the first line is dropped.
 */
public final class JsonMessages {
  private static final Pattern SOURCE_LOCATION = Pattern.compile(
      "\\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*; line: (\\d+), column: (\\d+)]");

  private JsonMessages() {}

  /** The first line of {@code message} with Jackson's location references made plain. */
  public static String oneLine(String message) {
    String m = message == null ? "" : message.strip();
    int newline = m.indexOf('\n');
    String first = newline < 0 ? m : m.substring(0, newline).strip();
    return SOURCE_LOCATION.matcher(first).replaceAll("line $1, column $2");
  }

  /**
   * A syntax error as {@code not valid JSON at line L, column C: problem} (without the location
   * when Jackson has none).
   */
  public static String syntax(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return "not valid JSON" + (at == null || at.getLineNr() < 1 ? ""
        : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
        + oneLine(e.getOriginalMessage());
  }
}
