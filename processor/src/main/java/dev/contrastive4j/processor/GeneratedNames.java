package dev.contrastive4j.processor;

import com.squareup.javapoet.ClassName;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * The names of the classes generated in this compilation, each claimed by the plugin it is for:
 * two plugins can get one name, as {@code Outer.Inner} and a top-level {@code Outer_Inner} of
 * one package both get {@code Outer_InnerSpec}, and the Filer would refuse the second file.
 */
final class GeneratedNames {
  private final Diagnostics diagnostics;
  /** The plugin class each generated class is for, by the generated class's name. */
  private final Map<String, String> generatedFor = new HashMap<>();

  GeneratedNames(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Claims the classes generated for {@code type}, or reports the plugin that already gets
   * them and claims none.
   *
   * @param annotation the plugin annotation, as written ({@code @Corruptor})
   */
  boolean claim(TypeElement type, String annotation, ClassName... generated) {
    for (ClassName g : generated) {
      String owner = generatedFor.get(g.canonicalName());
      if (owner != null) {
        diagnostics.error(annotation + " class " + type.getSimpleName() + " would get the "
            + "generated class " + g.canonicalName() + ", which " + owner + " already gets (a "
            + "nested class Outer.Inner gets Outer_Inner names); rename one of the two classes",
            type);
        return false;
      }
    }
    for (ClassName g : generated) {
      generatedFor.put(g.canonicalName(), type.getQualifiedName().toString());
    }
    return true;
  }
}
