package dev.contrastive4j.processor;

import com.squareup.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Checks {@code @Corruptor} and {@code @Readout} classes and reads them into models. */
final class ComponentParser {
  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final Annotations annotations;

  ComponentParser(Elements elements, Types types, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.annotations = new Annotations(elements);
  }

  /** The model of {@code type}, or null after reporting why it cannot be a plugin. */
  ComponentModel parse(TypeElement type, ComponentKind kind) {
    AnnotationMirror annotation = Annotations.find(type, kind.annotation);
    ClassChecks checks = new ClassChecks(diagnostics);
    int before = diagnostics.errors();
    // The class's other faults (contract, name) are reported too, but not those of its
    // constructors, which may only follow from the class's.
    boolean instantiable = checks.instantiable(type, kind.at(), true);
    if (!instantiable && !ClassChecks.isClass(type, true)) {
      return null;
    }
    String simple = type.getSimpleName().toString();
    String what = kind.at() + " class " + simple;
    TypeMirror contract = elements.getTypeElement(kind.contract.canonicalName()).asType();
    if (!types.isAssignable(type.asType(), contract)) {
      diagnostics.error(what + " does not implement " + kind.contract.canonicalName()
          + "; implement it, or remove " + kind.at(), type);
    }
    String name = annotations.string(annotation, "name");
    checks.name(name, kind.word, kind.builtIns, type, annotation,
        Annotations.written(annotation, "name"));
    checks.noInjectedMembers(type, what);
    if (!instantiable) {
      return null;
    }
    ExecutableElement constructor = new ConstructorParser(elements, types, diagnostics)
        .choose(type, what, "whose parameters are @Param"
            + (kind == ComponentKind.CORRUPTOR ? ", @Seed" : "") + " or injected ones");
    if (constructor == null || diagnostics.errors() != before) {
      return null;
    }
    String seedRefusal = kind == ComponentKind.CORRUPTOR ? null
        : "readouts are not random and get no seed; remove @Seed";
    List<ConstructorArg> args = new ConstructorParser(elements, types, diagnostics)
        .arguments(type, constructor, what, List.of(), "", seedRefusal,
            Map.of("type", "the type name"), kind.specBase);
    if (args == null) {
      return null;
    }
    List<ConfiguredParam> params = new ArrayList<>();
    boolean seeded = false;
    for (ConstructorArg a : args) {
      if (a.role() == ConstructorArg.Role.CONFIGURED) {
        params.add(a.param());
      }
      seeded |= a.role() == ConstructorArg.Role.SEED;
    }
    return new ComponentModel(kind, name, annotations.string(annotation, "description"),
        ClassName.get(type), args, params, seeded);
  }

  /**
   * Reads a plugin of another library (already checked by its own compilation), or returns null
   * when it fails the checks or has no generated spec. The JSON names
   * come from the {@code @JsonProperty} of its generated spec's constructor, since class files
   * need not keep parameter names.
   */
  static ComponentModel fromClassPath(TypeElement type, ComponentKind kind, Elements elements,
      Types types) {
    ComponentModel m = new ComponentParser(elements, types, Diagnostics.silent())
        .parse(type, kind);
    TypeElement spec = m == null ? null : elements.getTypeElement(m.spec().canonicalName());
    if (spec == null) {
      // Without its spec the class was not compiled with the processor: no plugin to use.
      return null;
    }
    List<String> names = null;
    for (ExecutableElement c : ElementFilter.constructorsIn(spec.getEnclosedElements())) {
      if (c.getParameters().size() == m.fields().size()) {
        names = new ArrayList<>();
        for (VariableElement p : c.getParameters()) {
          AnnotationMirror json = Annotations.find(p, Names.JSON_PROPERTY.canonicalName());
          names.add(json == null ? SpecField.snake(p.getSimpleName().toString())
              : (String) new Annotations(elements).value(json, "value").getValue());
        }
      }
    }
    if (names == null) {
      return m;
    }
    List<ConstructorArg> args = new ArrayList<>();
    List<ConfiguredParam> renamed = new ArrayList<>();
    int i = 0;
    for (ConstructorArg a : m.args()) {
      if (a.role() == ConstructorArg.Role.CONFIGURED) {
        ConfiguredParam p = a.param();
        ConfiguredParam q = new ConfiguredParam(p.javaName(), names.get(i++), p.kind(),
            p.fieldType(), p.value(), p.min(), p.max(), p.description());
        renamed.add(q);
        args.add(ConstructorArg.configured(q, a.type()));
      } else {
        args.add(a);
      }
    }
    return new ComponentModel(m.kind(), m.name(), m.description(), m.implementation(), args,
        renamed, m.seeded());
  }
}
