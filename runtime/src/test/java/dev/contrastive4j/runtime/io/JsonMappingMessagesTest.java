package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A JSON value that cannot be bound, told in the file's terms rather than Java's. */
class JsonMappingMessagesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  enum Shade { LIGHT, DARK }

  record Inner(int n) {}

  record Fields(Integer boxedInt, int primitiveInt, Long boxedLong, long primitiveLong,
      Short boxedShort, short primitiveShort, Double boxedDouble, double primitiveDouble,
      Float boxedFloat, float primitiveFloat, Boolean boxedBoolean, boolean primitiveBoolean,
      String text, List<Integer> list, int[] array, Shade shade, Inner inner) {}

  record Positive(int n) {
    Positive {
      if (n < 0) {
        throw new IllegalArgumentException("n must be >= 0");
      }
    }
  }

  record Holder(Positive p) {}

  private static JsonMappingException bindingError(String json, Class<?> type) {
    return assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json, type));
  }

  /** The message of binding {@code json} to {@link Fields}, shown with its document. */
  private static String mappingWithDocument(String json) throws Exception {
    return JsonMessages.mapping(bindingError(json, Fields.class), MAPPER.readTree(json));
  }

  private static String mapping(String json, Class<?> type) {
    return JsonMessages.mapping(bindingError(json, type));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "boxedInt | an integer", "primitiveInt | an integer", "boxedLong | an integer",
      "primitiveLong | an integer", "boxedShort | an integer", "primitiveShort | an integer",
      "boxedDouble | a number", "primitiveDouble | a number", "boxedFloat | a number",
      "primitiveFloat | a number", "boxedBoolean | true or false",
      "primitiveBoolean | true or false", "text | a string", "list | a list", "array | a list",
      "inner | an object"})
  void namesTheKindOfValueAFieldNeeds(String field, String kind) {
    // An object is the wrong kind of value for all but an object; a list for an object.
    String value = field.equals("inner") ? "[1]" : "{\"x\": 1}";
    assertEquals("field '" + field + "': expected " + kind,
        mapping("{\"" + field + "\": " + value + "}", Fields.class));
  }

  @Test
  void showsTheValueJacksonKeptAndNamesTheChoicesOfAnEnum() {
    assertEquals("field 'shade': expected one of [LIGHT, DARK], got \"purple\"",
        mapping("{\"shade\": \"purple\"}", Fields.class));
    assertEquals("field 'primitiveInt': expected an integer, got \"three\"",
        mapping("{\"primitiveInt\": \"three\"}", Fields.class));
    assertEquals("field 'shade': expected one of [LIGHT, DARK], got 5",
        mapping("{\"shade\": 5}", Fields.class));
  }

  @Test
  void takesAValueJacksonDidNotKeepFromTheDocument() throws Exception {
    String json = "{\"inner\": {\"n\": [7]}}";
    JsonNode document = MAPPER.readTree(json);
    JsonMappingException e = bindingError(json, Fields.class);
    assertEquals("field 'inner.n': expected an integer", JsonMessages.mapping(e, document));
    String scalar = "{\"list\": 7}";
    assertEquals("field 'list': expected a list, got 7", mappingWithDocument(scalar));
    assertEquals("field 'list[0]': expected an integer, got true",
        mappingWithDocument("{\"list\": [true]}"));
    assertEquals("field 'list[1]': expected an integer, got true",
        mappingWithDocument("{\"list\": [1, true]}"));
    assertEquals("expected a list", JsonMessages.mismatch(
        (MismatchedInputException) bindingError(scalar, Fields.class)));
  }

  @Test
  void namesAMissingFieldByItsWholePath() {
    assertEquals("missing field 'n'", mapping("{}", Inner.class));
    assertEquals("missing field 'p.n'", mapping("{\"p\": {}}", Holder.class));
  }

  @Test
  void namesAnUnknownFieldWithTheFieldsKnownThere() {
    assertEquals("unknown field 'p.m'; known fields here: n",
        mapping("{\"p\": {\"n\": 1, \"m\": 2}}", Holder.class));
  }

  @Test
  void anyOtherProblemIsJacksonsFirstLineAtThePath() {
    String m = mapping("{\"p\": {\"n\": -1}}", Holder.class);
    // A record's own check of its value: Jackson's words, without its location.
    assertTrue(m.startsWith("field 'p': Cannot construct instance of"), m);
    assertTrue(m.endsWith("problem: n must be >= 0"), m);
  }

  @Test
  void pathsJoinFieldsWithDotsAndIndicesInBrackets() {
    JsonMappingException e = bindingError("{\"a\": {\"b\": [{\"c\": 1}, {\"c\": \"x\"}]}}",
        Nesting.class);
    assertEquals("a.b[1].c", JsonMessages.path(e));
    assertEquals("field 'a.b[1].c': expected an integer, got \"x\"", JsonMessages.mapping(e));
  }

  record Nesting(Map<String, List<Map<String, Integer>>> a) {}

  @Test
  void findsTheFirstNullInATree() throws Exception {
    assertEquals("a.b[1]", JsonMessages.firstNull(MAPPER.readTree(
        "{\"x\": 1, \"a\": {\"b\": [1, null]}, \"c\": null}")));
    assertEquals("[0]", JsonMessages.firstNull(MAPPER.readTree("[null]")));
    assertEquals("", JsonMessages.firstNull(MAPPER.readTree("null")));
    assertNull(JsonMessages.firstNull(MAPPER.readTree("{\"a\": [1, {\"b\": 2}]}")));
  }

  @Test
  void describesEachKindOfJsonValue() throws Exception {
    JsonNode all = MAPPER.readTree("[{}, [], \"s\", 1.5, true, null]");
    List<String> kinds = List.of("an object", "a list", "a string", "a number", "true or false",
        "null");
    for (int i = 0; i < kinds.size(); i++) {
      assertEquals(kinds.get(i), JsonMessages.describe(all.get(i)));
    }
    assertEquals("another kind of value",
        JsonMessages.describe(JsonNodeFactory.instance.binaryNode(new byte[] {1})));
  }

  @Test
  void aSyntaxErrorWithoutAPlaceSaysSoWithoutOne() {
    assertEquals("not valid JSON: broken", JsonMessages.syntax(
        new JsonParseException(null, "broken")));
  }
}
