package dev.contrastive4j.processor;

import com.squareup.javapoet.ClassName;
import java.util.Set;

/** The two kinds of component plugins, and what differs between them. */
enum ComponentKind {
  CORRUPTOR("Corruptor", "corruptor", Names.CORRUPTOR_ANNOTATION, Names.CORRUPTOR,
      Names.CORRUPTOR_SPEC, Names.CORRUPTOR_FACTORY, "corruptors", Names.CORRUPTOR_PLUGIN,
      BuiltInNames.CORRUPTORS),
  READOUT("Readout", "readout", Names.READOUT_ANNOTATION, Names.READOUT, Names.READOUT_SPEC,
      Names.READOUT_FACTORY, "readouts", Names.READOUT_PLUGIN, BuiltInNames.READOUTS);

  final String annotationName;
  final String word;
  final String annotation;
  final ClassName contract;
  final ClassName specBase;
  final ClassName factory;
  final String mapBinderMethod;
  final ClassName pluginRecord;
  final Set<String> builtIns;

  ComponentKind(String annotationName, String word, String annotation, ClassName contract,
      ClassName specBase, ClassName factory, String mapBinderMethod, ClassName pluginRecord,
      Set<String> builtIns) {
    this.annotationName = annotationName;
    this.word = word;
    this.annotation = annotation;
    this.contract = contract;
    this.specBase = specBase;
    this.factory = factory;
    this.mapBinderMethod = mapBinderMethod;
    this.pluginRecord = pluginRecord;
    this.builtIns = builtIns;
  }

  /** {@code @Corruptor} or {@code @Readout}. */
  String at() {
    return "@" + annotationName;
  }
}
