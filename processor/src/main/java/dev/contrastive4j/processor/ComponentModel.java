package dev.contrastive4j.processor;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked {@code @Corruptor} or {@code @Readout} class.
 *
 * @param kind corruptor or readout
 * @param name its type name
 * @param description one line about it
 * @param implementation the annotated class
 * @param args the arguments of the constructor the factory calls, in order
 * @param params the configured ones among them
 * @param seeded whether it takes a {@code @Seed}
 */
record ComponentModel(ComponentKind kind, String name, String description,
    ClassName implementation, List<ConstructorArg> args, List<ConfiguredParam> params,
    boolean seeded) {

  ClassName spec() {
    return SpecField.sibling(implementation, "Spec");
  }

  ClassName factory() {
    return SpecField.sibling(implementation, "Factory");
  }

  ClassName module() {
    return SpecField.sibling(implementation, "Module");
  }

  /** The generated spec's fields: the configured parameters, then the seed. */
  List<SpecField> fields() {
    List<SpecField> fields = new ArrayList<>();
    for (ConfiguredParam p : params) {
      fields.add(p.field());
    }
    if (seeded) {
      fields.add(new SpecField("seed", "seed", TypeName.LONG.box(), null, false,
          JsonNodeFactory.instance.nullNode(), "long",
          "seed of this corruptor; null: derived from the task's seed", false));
    }
    return fields;
  }

  /** The spec with every default, as JSON: {@code {"type": name, ...}}. */
  ObjectNode defaultJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", name);
    for (SpecField f : fields()) {
      node.set(f.jsonName(), f.defaultJson());
    }
    return node;
  }
}
