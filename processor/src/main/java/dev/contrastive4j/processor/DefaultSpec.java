package dev.contrastive4j.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.squareup.javapoet.CodeBlock;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;

/**
 * A built-in spec that a generated task spec takes as a field's default when the annotation
 * names none: the Java expression the generated constructor puts in, and its JSON for the
 * scaffold and the parameter listing (written as the runtime writes built-in scaffolds).
 */
enum DefaultSpec {
  /** Graph Barlow Twins' augmentation, the default views of two-view and triplet tasks. */
  AUGMENTATION(CodeBlock.of("$T.DEFAULT_AUGMENTATION", Names.CORRUPTOR_SPEC),
      CorruptorSpec.DEFAULT_AUGMENTATION),
  /** Every node of the node set, the default readout. */
  ALL_NODES(CodeBlock.of("new $T()", Names.READOUT_SPEC.nestedClass("AllNodes")),
      new ReadoutSpec.AllNodes());

  private final CodeBlock code;
  private final Object value;

  DefaultSpec(CodeBlock code, Object value) {
    this.code = code;
    this.value = value;
  }

  /** The expression that makes it in generated code. */
  CodeBlock code() {
    return code;
  }

  /** Its JSON, {@code type} first; a fresh tree each call. */
  JsonNode json() {
    return new ObjectMapper().valueToTree(value);
  }
}
