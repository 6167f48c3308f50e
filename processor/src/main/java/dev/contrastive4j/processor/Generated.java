package dev.contrastive4j.processor;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/** The annotations generated types carry. */
final class Generated {
  private Generated() {}

  /** {@code @Generated}, which every generated type carries. */
  static AnnotationSpec annotation() {
    return AnnotationSpec.builder(Names.GENERATED)
        .addMember("value", "$S", ContrastiveProcessor.class.getCanonicalName())
        .build();
  }

  /**
   * {@code @SuppressWarnings} for the warnings that the plugin's own declaration may cause in
   * the code generated for it, where its author cannot suppress them: a deprecated plugin class,
   * parameter type or enum constant ({@code deprecation}, {@code removal}), and a raw type of an
   * injected parameter ({@code rawtypes}, which only factories name).
   */
  static AnnotationSpec suppressWarnings(String... more) {
    List<CodeBlock> names = new ArrayList<>(List.of(CodeBlock.of("$S", "deprecation"),
        CodeBlock.of("$S", "removal")));
    for (String m : more) {
      names.add(CodeBlock.of("$S", m));
    }
    // One line: {"deprecation", "removal"}.
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "{$L}", CodeBlock.join(names, ", "))
        .build();
  }
}
