package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value of {@code --readout-param NAME=VALUE} is read as a configuration file gives it: a
 * plugin readout's {@code boolean} or number {@code @Param} refuses the text {@code "true"} or
 * {@code "2"}, so {@code flag=true} must become a JSON boolean and {@code size=2} a number; a
 * name, or anything that is not one whole JSON number or boolean, stays text.
 */
class ReadoutOptionsTest {
  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("true", BooleanNode.TRUE),
        Arguments.of("false", BooleanNode.FALSE),
        Arguments.of("2", IntNode.valueOf(2)),
        Arguments.of("-7", IntNode.valueOf(-7)),
        Arguments.of("5000000000", LongNode.valueOf(5_000_000_000L)),
        Arguments.of("0.5", DoubleNode.valueOf(0.5)),
        Arguments.of("1e3", DoubleNode.valueOf(1000.0)),
        Arguments.of("sum", TextNode.valueOf("sum")),
        // Not the default (a JSON null would be): the text a name may be.
        Arguments.of("null", TextNode.valueOf("null")),
        Arguments.of("True", TextNode.valueOf("True")),
        // A number followed by more is not one number.
        Arguments.of("2 3", TextNode.valueOf("2 3")),
        Arguments.of("true,false", TextNode.valueOf("true,false")),
        Arguments.of("[1]", TextNode.valueOf("[1]")),
        Arguments.of("\"sum\"", TextNode.valueOf("\"sum\"")),
        Arguments.of("", TextNode.valueOf("")));
  }

  @ParameterizedTest
  @MethodSource("values")
  void aValueIsANumberOrBooleanOnlyWhenItIsOneWhole(String text, JsonNode expected) {
    assertEquals(expected, ReadoutOptions.valueOf(text));
  }
}
