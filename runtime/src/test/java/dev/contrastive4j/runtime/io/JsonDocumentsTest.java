package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class JsonDocumentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsOneDocumentOrNone() throws JsonProcessingException {
    assertEquals(3, JsonDocuments.read(JSON, "{\"a\": 3}\n").get("a").asInt());
    assertNull(JsonDocuments.read(JSON, " \n"));
    assertNull(JsonDocuments.read(new YAMLMapper(), "# only a comment\n"));
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
}
