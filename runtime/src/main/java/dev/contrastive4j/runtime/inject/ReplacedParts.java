package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.evaluation.LinearProbe;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.training.Trainer;
import dev.contrastive4j.runtime.training.TrainingOptions;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a run that bindings (for example a {@code Modules.override}) supplied in place of
 * those the run's modules build from the experiment, by bound type: what a run records as
 * {@code from_bindings}, since the experiment's specs of those parts were not used. (The data
 * set has its own record, {@code DatasetOrigin}.)
 */
@Singleton
public final class ReplacedParts {
  /** Each replaceable part, in the order of a run, with the module whose method provides it. */
  private static final Map<Class<?>, Class<? extends AbstractModule>> DEFAULTS = defaults();

  /**
   * The parts that several parts of a run use and must share: why a binding of one without a
   * singleton scope (a new object for each user) is refused.
   */
  private static final Map<Class<?>, String> SHARED = Map.of(
      ParameterStore.class, "the encoder, the task, the optimizer and the run would each get "
          + "their own store, and the run would save and probe parameters that training never "
          + "updated",
      Encoder.class, "the task and the run would each build their own, whose parameters would "
          + "clash in the one store");

  private final List<String> names;

  /**
   * The parts of {@code injector}'s run whose bindings are not the modules' own.
   *
   * @throws BindingException if a replaced part that several parts share (the parameter store,
   *     the encoder) is bound without a singleton scope
   * @throws ConfigException if {@code experiment} records a part as {@code from_bindings} (it
   *     was trained from a binding when the run was made) that no binding supplies now: the spec
   *     would build another part than the one trained
   */
  @Inject
  public ReplacedParts(Injector injector, Experiment experiment) {
    List<String> replaced = new ArrayList<>();
    DEFAULTS.forEach((type, module) -> {
      Binding<?> binding = injector.getBinding(type);
      if (!Bindings.providedBy(binding, module)) {
        replaced.add(type.getSimpleName());
        String shared = SHARED.get(type);
        if (shared != null && !Scopes.isSingleton(binding)) {
          throw new BindingException(type.getSimpleName() + " is bound without a singleton "
              + "scope at " + Bindings.declaredAt(binding) + ": " + shared + "; bind it with "
              + "@Provides @Singleton, toInstance(...) or .in(Singleton.class)");
        }
      }
    });
    this.names = List.copyOf(replaced);
    List<String> recorded = experiment.fromBindings();
    for (int i = 0; i < recorded.size(); i++) {
      String part = recorded.get(i);
      if (!names.contains(part)) {
        throw new ConfigException("from_bindings[" + i + "]", unbound(part));
      }
    }
  }

  private static String unbound(String part) {
    List<String> known = partNames();
    if (!known.contains(part)) {
      return "'" + part + "' is not a part a binding can replace; the parts are "
          + String.join(", ", known);
    }
    return "the run's " + part + " was supplied in code by a binding, and no binding supplies "
        + "it here; bind the same " + part + " again (Modules.override), or remove it from "
        + "from_bindings to build it from its spec";
  }

  /**
   * The simple names of the replaceable parts, in the order of a run: the names
   * {@link Experiment#BINDABLE_PARTS} lists for the validator.
   */
  static List<String> partNames() {
    return DEFAULTS.keySet().stream().map(Class::getSimpleName).toList();
  }

  private static Map<Class<?>, Class<? extends AbstractModule>> defaults() {
    Map<Class<?>, Class<? extends AbstractModule>> parts = new LinkedHashMap<>();
    parts.put(ParameterStore.class, ModelModule.class);
    parts.put(Encoder.class, ModelModule.class);
    parts.put(Task.class, ModelModule.class);
    parts.put(TrainingOptions.class, TrainingModule.class);
    parts.put(Optimizer.class, TrainingModule.class);
    parts.put(Trainer.class, TrainingModule.class);
    parts.put(LinearProbe.class, EvaluationModule.class);
    return parts;
  }

  /** The simple names of the replaced parts' types (such as {@code Encoder}); may be empty. */
  public List<String> names() {
    return names;
  }

  /** Whether the binding of {@code type} was replaced. */
  public boolean contains(Class<?> type) {
    return names.contains(type.getSimpleName());
  }
}
