package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonMessagesTest {
  private static JsonProcessingException parse(String json) {
    return assertThrows(JsonProcessingException.class, () -> new ObjectMapper().readTree(json));
  }

  @Test
  void jacksonsRedactedSourceBecomesALineAndColumn() {
    JsonProcessingException e = parse("{\"a\": {\"b\": 1\n");
    assertEquals("not valid JSON at line 2, column 1: Unexpected end-of-input: expected close "
        + "marker for Object (start marker at line 1, column 7)", JsonMessages.syntax(e));
  }

  @Test
  void onlyTheFirstLineIsKept() {
    assertEquals("first", JsonMessages.oneLine("first\n at [Source: REDACTED; line: 1]"));
    assertEquals("", JsonMessages.oneLine(null));
  }
}
