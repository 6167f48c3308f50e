package dev.contrastive4j.api.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An enum setting is spelled as the built-in names: read in any case with {@code -} or
 * {@code _}, written lower case, an unknown name refused in the validator's words.
 */
class EnumSettingTest {
  // One mapper per test: Jackson keeps the deserializers it made, so a shared one would let a
  // test pass on the work of an earlier one.
  private final ObjectMapper json = new ObjectMapper();

  enum Kernel { UNIFORM, BILINEAR_GLOROT }

  /** A spec written by hand, annotated as the generated ones are. */
  record Discriminated(
      @JsonSerialize(using = EnumSetting.Serializer.class)
      @JsonDeserialize(using = EnumSetting.Deserializer.class) Kernel kernel) {}

  /** The deserializer on a field that is no enum. */
  record Misused(@JsonDeserialize(using = EnumSetting.Deserializer.class) String kernel) {}

  @Test
  void namesAreFoundInAnyCaseWithHyphensOrUnderscores() {
    for (String name : List.of("bilinear_glorot", "BILINEAR_GLOROT", "bilinear-glorot",
        "Bilinear-Glorot")) {
      assertEquals(Kernel.BILINEAR_GLOROT, EnumSetting.find(Kernel.class, name), name);
    }
    assertNull(EnumSetting.find(Kernel.class, "glorot"));
    assertNull(EnumSetting.find(Kernel.class, null));
    assertEquals("bilinear_glorot", EnumSetting.name(Kernel.BILINEAR_GLOROT));
    assertEquals(List.of("uniform", "bilinear_glorot"), EnumSetting.names(Kernel.class));
  }

  @Test
  void anUnknownNameIsRefusedInTheValidatorsWords() {
    List<String> builtIn = ExperimentValidator.problems(Experiment.defaults().withTask(
        new TaskSpec.DgiSpec(null, null, null, null, null, null, null, "glorot")));
    assertEquals(List.of("task.discriminator: " + EnumSetting.notOneOf(Kernel.class, "glorot")),
        builtIn);
  }

  @Test
  void aSpecReadsAndWritesItsEnumAsTheBuiltInNames() throws Exception {
    Discriminated read = json.readValue("{\"kernel\": \"Bilinear-Glorot\"}",
        Discriminated.class);
    assertEquals(new Discriminated(Kernel.BILINEAR_GLOROT), read);
    String written = json.writeValueAsString(read);
    assertEquals("{\"kernel\":\"bilinear_glorot\"}", written);
    assertEquals(read, json.readValue(written, Discriminated.class));
    assertEquals(new Discriminated(null), json.readValue("{\"kernel\": null}",
        Discriminated.class));
  }

  @Test
  void aValueThatNamesNoConstantIsRefused() {
    // 1 is no name, not the constant of index 1, as Jackson's own enum reading took it.
    for (String value : List.of("\"glorot\"", "1", "false", "\"\"")) {
      InvalidFormatException e = assertThrows(InvalidFormatException.class,
          () -> json.readValue("{\"kernel\": " + value + "}", Discriminated.class));
      assertEquals("must be one of uniform, bilinear_glorot, was '" + value.replace("\"", "")
          + "'", e.getOriginalMessage());
      assertEquals("kernel", e.getPath().get(0).getFieldName());
    }
    assertThrows(MismatchedInputException.class,
        () -> json.readValue("{\"kernel\": [\"uniform\"]}", Discriminated.class));
  }

  @Test
  void theDeserializerOnAFieldThatIsNoEnumIsAMistakeOfTheSpec() {
    InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
        () -> json.readValue("{\"kernel\": \"uniform\"}", Misused.class));
    assertEquals("EnumSetting.Deserializer reads enums, not [simple type, class "
        + "java.lang.String]", e.getOriginalMessage());
  }

  @Test
  void aValueThatIsNoScalarIsTheWrongKindOfTokenNotAnUnknownName() {
    // Jackson's own words for a list where a name belongs; an unknown name (the subclass
    // InvalidFormatException) would claim "was '['".
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> json.readValue("{\"kernel\": [\"uniform\"]}", Discriminated.class));
    assertEquals(MismatchedInputException.class, e.getClass());
    assertEquals(Kernel.class, e.getTargetType());
  }

  @Test
  void theMisusedFieldIsTheTypeBlamed() {
    InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
        () -> json.readValue("{\"kernel\": \"uniform\"}", Misused.class));
    assertEquals(String.class, e.getType().getRawClass());
    // Before Jackson fits it to a property, the deserializer handles enums in general.
    assertEquals(Enum.class, new EnumSetting.Deserializer().handledType());
  }
}
