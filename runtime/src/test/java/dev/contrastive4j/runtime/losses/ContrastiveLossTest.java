package dev.contrastive4j.runtime.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The loss object and its TF-Addons style JSON config. */
class ContrastiveLossTest {

  @Test
  void defaultsAreKerasDefaults() {
    ContrastiveLoss loss = new ContrastiveLoss();
    assertEquals(1.0, loss.margin());
    assertEquals(Reduction.SUM_OVER_BATCH_SIZE, loss.reduction());
    assertEquals("contrastive_loss", loss.name());
    assertEquals("{\"name\":\"contrastive_loss\",\"reduction\":\"sum_over_batch_size\","
        + "\"margin\":1.0}", loss.toJson());
  }

  @Test
  void jsonRoundTripKeepsEveryField() {
    for (Reduction reduction : Reduction.values()) {
      ContrastiveLoss loss = new ContrastiveLoss(2.5, reduction, "pairs");
      ContrastiveLoss back = ContrastiveLoss.fromJson(loss.toJson());
      assertEquals(loss, back);
      assertEquals(loss.hashCode(), back.hashCode());
      assertEquals(loss.toJson(), back.toJson());
    }
  }

  @Test
  void readsTfAddonsConfigAndFillsMissingFieldsWithDefaults() {
    ContrastiveLoss fromPython = ContrastiveLoss.fromJson(
        "{\"reduction\": \"sum\", \"name\": \"contrasitve_loss\", \"margin\": 2}");
    assertEquals(new ContrastiveLoss(2.0, Reduction.SUM, "contrasitve_loss"), fromPython);
    assertEquals(new ContrastiveLoss(), ContrastiveLoss.fromJson("{}"));
    assertEquals(new ContrastiveLoss(0.0, Reduction.SUM_OVER_BATCH_SIZE, "contrastive_loss"),
        ContrastiveLoss.fromJson("{\"margin\": 0}"));
  }

  @Test
  void applyComputesTheConfiguredLoss() {
    INDArray labels = Nd4j.createFromArray(1, 0, 0);
    INDArray distances = Nd4j.createFromArray(0.5, 1.0, 3.0);
    ContrastiveLoss loss = new ContrastiveLoss(2.0, Reduction.SUM, "c");
    // 0.25 + (2 - 1)^2 + 0
    assertEquals(1.25, loss.apply(labels, distances).getDouble(0), 1e-15);
    assertEquals(Losses.contrastive(labels, distances, 2.0, Reduction.NONE),
        new ContrastiveLoss(2.0, Reduction.NONE, "c").apply(labels, distances));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"margin\": -1.0}                      | margin",
      "{\"margin\": null}                      | margin",
      "{\"margin\": \"1.0\"}                   | margin",
      "{\"margin\": true}                      | margin",
      "{\"reduction\": \"auto\"}               | reduction",
      "{\"reduction\": 1}                      | reduction",
      "{\"reduction\": null}                   | reduction",
      "{\"name\": \"  \"}                      | name",
      "{\"name\": 7}                           | name",
      "{\"margin\": 1.0, \"weight\": 2}        | weight",
      "{\"margin\": 1.0} {}                    | ContrastiveLoss config",
      "[1.0]                                   | ContrastiveLoss config",
      "{\"margin\": 1.0                        | ContrastiveLoss config"})
  void invalidConfigsFailNamingTheField(String json, String field) {
    LossException e = assertThrows(LossException.class, () -> ContrastiveLoss.fromJson(json));
    assertTrue(e.getMessage().contains(field), json + " -> " + e.getMessage());
    assertTrue(e.getMessage().startsWith("ContrastiveLoss"), e.getMessage());
  }

  @Test
  void unknownFieldsFailEvenWithALenientMapper() throws Exception {
    ObjectMapper lenient = new ObjectMapper()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> lenient.readValue("{\"margin\": 1.0, \"typo\": 2}", ContrastiveLoss.class));
    assertTrue(e.getMessage().contains("unknown config field 'typo'"), e.getMessage());
    assertEquals(new ContrastiveLoss(3.0, Reduction.NONE, "x"),
        lenient.readValue("{\"margin\": 3.0, \"reduction\": \"none\", \"name\": \"x\"}",
            ContrastiveLoss.class));
  }

  @Test
  void constructorRejectsInvalidValues() {
    assertTrue(assertThrows(LossException.class,
        () -> new ContrastiveLoss(Double.NaN, Reduction.SUM, "c")).getMessage()
        .contains("margin"));
    assertTrue(assertThrows(LossException.class,
        () -> new ContrastiveLoss(1.0, null, "c")).getMessage().contains("reduction"));
    assertTrue(assertThrows(LossException.class,
        () -> new ContrastiveLoss(1.0, Reduction.SUM, null)).getMessage().contains("name"));
  }

  /** Equality and the hash code follow all three fields; toString shows them. */
  @Test
  void equalityFollowsEveryField() {
    ContrastiveLoss loss = new ContrastiveLoss(2.0, Reduction.SUM, "c");
    assertEquals(new ContrastiveLoss(2.0, Reduction.SUM, "c"), loss);
    assertEquals(new ContrastiveLoss(2.0, Reduction.SUM, "c").hashCode(), loss.hashCode());
    assertNotEquals(new ContrastiveLoss(2.5, Reduction.SUM, "c"), loss);
    assertNotEquals(new ContrastiveLoss(2.0, Reduction.NONE, "c"), loss);
    assertNotEquals(new ContrastiveLoss(2.0, Reduction.SUM, "d"), loss);
    assertNotEquals(loss, "c");
    assertEquals("ContrastiveLoss[name=c, reduction=sum, margin=2.0]", loss.toString());
  }

  /**
   * Reading JSON, the class's own refusals come through word for word (not wrapped in Jackson's
   * text), with the Jackson error as the cause; Jackson's own errors keep their text after the
   * prefix, with the field's path where there is one.
   */
  @Test
  void configErrorsKeepTheirWords() {
    assertConfigError("ContrastiveLoss: margin must be a finite number >= 0, got -1.0",
        "{\"margin\": -1.0}");
    assertConfigError("ContrastiveLoss: name must not be null", "{\"name\": null}");
    assertConfigError("ContrastiveLoss: unknown config field 'weight' (known fields: name,"
        + " reduction, margin)", "{\"weight\": 2}");
    String prefix = "ContrastiveLoss config: ";
    for (String json : new String[] {"{\"margin\": 1.0", "{\"margin\": 1.0} {}"}) {
      LossException e = assertThrows(LossException.class, () -> ContrastiveLoss.fromJson(json));
      assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
      assertEquals(((JsonProcessingException) e.getCause()).getOriginalMessage(),
          e.getMessage().substring(prefix.length()));
      assertFalse(e.getMessage().substring(prefix.length()).isBlank(), e.getMessage());
    }
    LossException typed = assertThrows(LossException.class,
        () -> ContrastiveLoss.fromJson("{\"margin\": \"1.0\"}"));
    assertTrue(typed.getMessage().startsWith(prefix + "field 'margin': "), typed.getMessage());
  }

  private static void assertConfigError(String expected, String json) {
    LossException e = assertThrows(LossException.class, () -> ContrastiveLoss.fromJson(json));
    assertEquals(expected, e.getMessage());
    assertInstanceOf(JsonProcessingException.class, e.getCause(), json);
  }
}
