package dev.contrastive4j.processor;

import com.squareup.javapoet.AnnotationSpec;

/** The {@code @Generated} annotation every generated type carries. */
final class Generated {
  private Generated() {}

  static AnnotationSpec annotation() {
    return AnnotationSpec.builder(Names.GENERATED)
        .addMember("value", "$S", ContrastiveProcessor.class.getCanonicalName())
        .build();
  }
}
