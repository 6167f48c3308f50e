package dev.contrastive4j.runtime.config;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@code type} names of the polymorphic parts of an experiment, as one Jackson mapper
 * resolves them: the built-in names from the annotations plus the registered ones.
 */
final class SpecCatalog {
  /** The polymorphic bases and the word used for their kind in messages. */
  static final Map<Class<?>, String> KINDS = kinds();

  private final Map<Class<?>, SortedMap<String, Class<?>>> byBase = new LinkedHashMap<>();

  SpecCatalog(ObjectMapper mapper) {
    DeserializationConfig config = mapper.getDeserializationConfig();
    for (Class<?> base : KINDS.keySet()) {
      AnnotatedClass annotated = AnnotatedClassResolver.resolveWithoutSuperTypes(config, base);
      SortedMap<String, Class<?>> names = new TreeMap<>();
      for (NamedType t : mapper.getSubtypeResolver()
          .collectAndResolveSubtypesByTypeId(config, annotated)) {
        Class<?> type = t.getType();
        if (t.hasName() && base.isAssignableFrom(type) && !type.isInterface()
            && !Modifier.isAbstract(type.getModifiers())) {
          names.put(t.getName(), type);
        }
      }
      byBase.put(base, Collections.unmodifiableSortedMap(names));
    }
  }

  private static Map<Class<?>, String> kinds() {
    Map<Class<?>, String> kinds = new LinkedHashMap<>();
    kinds.put(EncoderSpec.class, "encoder");
    kinds.put(TaskSpec.class, "task");
    kinds.put(CorruptorSpec.class, "corruptor");
    kinds.put(ReadoutSpec.class, "readout");
    return Collections.unmodifiableMap(kinds);
  }

  /** Whether values declared as {@code type} are chosen by a {@code type} name. */
  static boolean isBase(Class<?> type) {
    return KINDS.containsKey(type);
  }

  /** The known names of {@code base}'s kinds, sorted, with their classes. */
  SortedMap<String, Class<?>> types(Class<?> base) {
    SortedMap<String, Class<?>> names = byBase.get(base);
    if (names == null) {
      throw new IllegalArgumentException(base.getName() + " is not chosen by a type name");
    }
    return names;
  }

  /** The name {@code type} is known by among {@code base}'s kinds, or null. */
  @Nullable String nameOf(Class<?> base, Class<?> type) {
    for (Map.Entry<String, Class<?>> e : types(base).entrySet()) {
      if (e.getValue() == type) {
        return e.getKey();
      }
    }
    return null;
  }
}
