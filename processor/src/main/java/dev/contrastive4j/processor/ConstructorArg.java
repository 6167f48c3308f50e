package dev.contrastive4j.processor;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.TypeName;
import java.util.List;

/**
 * One argument of the constructor the generated factory calls, and where its value comes from.
 *
 * @param role where the value comes from
 * @param name the parameter's name (the factory's field name for injected ones)
 * @param type the parameter's type
 * @param param the configured parameter, for {@link Role#CONFIGURED}
 * @param prefixIndex the position in the base task's parameters, for {@link Role#BASE}
 * @param qualifiers the binding annotations of an injected parameter
 */
record ConstructorArg(Role role, String name, TypeName type, ConfiguredParam param,
    int prefixIndex, List<AnnotationSpec> qualifiers) {

  /** Where an argument's value comes from. */
  enum Role {
    /** One of the base task's constructor parameters, filled by the runtime. */
    BASE,
    /** A {@code @Param}: the spec's field. */
    CONFIGURED,
    /** The {@code @Seed}: the spec's seed, or the one the runtime derives. */
    SEED,
    /** Anything else: Guice provides it. */
    INJECTED
  }

  static ConstructorArg base(String name, TypeName type, int index) {
    return new ConstructorArg(Role.BASE, name, type, null, index, List.of());
  }

  static ConstructorArg configured(ConfiguredParam param, TypeName type) {
    return new ConstructorArg(Role.CONFIGURED, param.javaName(), type, param, -1, List.of());
  }

  static ConstructorArg seed(String name) {
    return new ConstructorArg(Role.SEED, name, TypeName.LONG, null, -1, List.of());
  }

  static ConstructorArg injected(String name, TypeName type, List<AnnotationSpec> qualifiers) {
    return new ConstructorArg(Role.INJECTED, name, type, null, -1, List.copyOf(qualifiers));
  }
}
