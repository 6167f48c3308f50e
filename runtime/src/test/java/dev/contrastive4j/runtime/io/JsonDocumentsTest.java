package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDocumentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsOneDocumentOrNone() throws JsonProcessingException {
    assertEquals(3, JsonDocuments.read(JSON, "{\"a\": 3}\n").get("a").asInt());
    assertNull(JsonDocuments.read(JSON, " \n"));
    assertNull(JsonDocuments.read(new YAMLMapper(), "# only a comment\n"));
  }

  @Test
  void yamlNotANumberAndInfinitiesAreNumbersThatSayThemselvesAsWritten() throws Exception {
    // Jackson's YAML parser calls them floats but cannot read them: they failed as syntax.
    JsonNode tree = JsonDocuments.read(new YAMLMapper(), "a: [.nan, .Inf, -.INF, +.inf, 1.5]\n");
    JsonNode a = tree.get("a");
    assertTrue(Double.isNaN(a.get(0).doubleValue()));
    assertEquals(Double.POSITIVE_INFINITY, a.get(1).doubleValue());
    assertEquals(Double.NEGATIVE_INFINITY, a.get(2).doubleValue());
    assertEquals(Double.POSITIVE_INFINITY, a.get(3).doubleValue());
    assertEquals(".nan", a.get(0).asText());
    assertEquals("-.INF", a.get(2).asText());
    assertEquals(1.5, a.get(4).doubleValue());
  }

  @Test
  void anAliasInsideItsOwnAnchorsNodeIsNamedSoAlsoAtTheFirstCharacter() {
    // The anchors are looked for only in a text that has one; here it is the text's first.
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> JsonDocuments.read(new YAMLMapper(), "&a [1, *a]\n"));
    assertEquals("the alias *a is inside the node its anchor &a marks; a node cannot contain "
        + "itself", e.getOriginalMessage());
  }

  @Test
  void contentAfterTheDocumentIsASyntaxErrorWhereItStarts() {
    JsonProcessingException json = assertThrows(JsonProcessingException.class,
        () -> JsonDocuments.read(JSON, "{\"a\": 3}\n{}"));
    assertEquals("not valid JSON at line 2, column 1: content after the end of the document; a "
        + "file holds one", JsonMessages.syntax(json));
    JsonProcessingException yaml = assertThrows(JsonProcessingException.class,
        () -> JsonDocuments.read(new YAMLMapper(), "a: 3\n---\na: 4\n"));
    assertEquals(3, yaml.getLocation().getLineNr());
  }

  @Test
  void refusesAPipeInsteadOfWaitingForAWriter(@TempDir Path tmp) throws Exception {
    // Reading a named pipe waits for a writer: forever, here.
    Path pipe = tmp.resolve("experiment.json");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0,
        "mkfifo makes a named pipe");
    UnreadableFileException e = assertTimeoutPreemptively(Duration.ofMinutes(1),
        () -> assertThrows(UnreadableFileException.class, () -> JsonDocuments.readFile(JSON, pipe)));
    assertEquals("is a pipe, device or socket, not a file", e.getMessage());
  }

  @Test
  void aFileThatIsNotOneJsonDocumentSaysWhyWithoutItsName(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("a.json");
    UnreadableFileException missing = assertThrows(UnreadableFileException.class,
        () -> JsonDocuments.readFile(JSON, file));
    assertEquals("file not found", missing.getMessage());
    assertInstanceOf(NoSuchFileException.class, missing.getCause());

    Files.write(file, new byte[] {'{', (byte) 0xe9, '}'});
    assertEquals("line 1, column 2: not UTF-8 text (byte 0xe9); save the file as UTF-8",
        assertThrows(UnreadableFileException.class, () -> JsonDocuments.readFile(JSON, file))
            .getMessage());

    Files.writeString(file, "{\"a\": }");
    assertTrue(assertThrows(UnreadableFileException.class,
        () -> JsonDocuments.readFile(JSON, file)).getMessage().startsWith(
            "not valid JSON at line 1, column 7"));

    Files.writeString(file, "\uFEFF{\"a\": 3}");
    assertEquals(3, JsonDocuments.readFile(JSON, file).get("a").asInt());
  }
}
