package dev.contrastive4j.runtime.plugins;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.google.inject.Module;
import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.PluginRegistry;
import dev.contrastive4j.api.annotations.ReadoutPlugin;
import dev.contrastive4j.api.annotations.TaskPlugin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * The plugins (tasks, corruptors, readouts declared with the annotations) of every
 * {@link PluginRegistry} on the class path, found with {@link ServiceLoader}: no class path
 * scanning. Names are unique across registries, and so are the registries' class names: two
 * libraries whose registries share a class name would hide one of them, and are refused.
 */
public final class Plugins {
  private final List<TaskPlugin> tasks;
  private final List<CorruptorPlugin> corruptors;
  private final List<ReadoutPlugin> readouts;

  private Plugins(List<TaskPlugin> tasks, List<CorruptorPlugin> corruptors,
      List<ReadoutPlugin> readouts) {
    this.tasks = List.copyOf(tasks);
    this.corruptors = List.copyOf(corruptors);
    this.readouts = List.copyOf(readouts);
  }

  /**
   * The plugins of the registries the thread's context class loader finds.
   *
   * @throws PluginException if a registry cannot be loaded, two libraries have different
   *     registries of one class name, or two plugins share a name
   */
  public static Plugins discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discover(loader != null ? loader : Plugins.class.getClassLoader());
  }

  /**
   * The plugins of the registries {@code loader} finds.
   *
   * @throws PluginException if a registry cannot be loaded, two libraries have different
   *     registries of one class name, or two plugins share a name
   */
  public static Plugins discover(ClassLoader loader) {
    RegistrySources.requireOneClassPerName(loader);
    List<PluginRegistry> registries = new ArrayList<>();
    try {
      for (PluginRegistry r : ServiceLoader.load(PluginRegistry.class, loader)) {
        registries.add(r);
      }
    } catch (ServiceConfigurationError e) {
      throw new PluginException("a plugin registry listed in " + PluginRegistry.SERVICE_FILE
          + " cannot be loaded: " + e.getMessage(), e);
    }
    return of(registries);
  }

  /**
   * The plugins of {@code registries}.
   *
   * @throws PluginException if two plugins of a kind share a name
   */
  public static Plugins of(List<PluginRegistry> registries) {
    List<TaskPlugin> tasks = new ArrayList<>();
    List<CorruptorPlugin> corruptors = new ArrayList<>();
    List<ReadoutPlugin> readouts = new ArrayList<>();
    Map<String, Owner> taskOwners = new HashMap<>();
    Map<String, Owner> corruptorOwners = new HashMap<>();
    Map<String, Owner> readoutOwners = new HashMap<>();
    for (PluginRegistry r : registries) {
      for (TaskPlugin t : r.tasks()) {
        if (isNew("task", t.name(), new Owner(t.implementation(), r), taskOwners)) {
          tasks.add(t);
        }
      }
      for (CorruptorPlugin c : r.corruptors()) {
        if (isNew("corruptor", c.name(), new Owner(c.implementation(), r), corruptorOwners)) {
          corruptors.add(c);
        }
      }
      for (ReadoutPlugin o : r.readouts()) {
        if (isNew("readout", o.name(), new Owner(o.implementation(), r), readoutOwners)) {
          readouts.add(o);
        }
      }
    }
    tasks.sort(Comparator.comparing(TaskPlugin::name));
    corruptors.sort(Comparator.comparing(CorruptorPlugin::name));
    readouts.sort(Comparator.comparing(ReadoutPlugin::name));
    return new Plugins(tasks, corruptors, readouts);
  }

  /**
   * Whether {@code name} is new; false for the same plugin listed again (a jar on the class path
   * twice).
   *
   * @throws PluginException if another class already has the name
   */
  private static boolean isNew(String kind, String name, Owner owner, Map<String, Owner> owners) {
    Owner earlier = owners.putIfAbsent(name, owner);
    if (earlier != null && !earlier.implementation().equals(owner.implementation())) {
      throw new PluginException("the " + kind + " name '" + name + "' is declared twice, by "
          + earlier + " and by " + owner + "; rename one, or leave one library off the class "
          + "path");
    }
    return earlier == null;
  }

  /** The class that declares a plugin, and the registry that lists it. */
  private record Owner(String implementation, PluginRegistry registry) {
    @Override
    public String toString() {
      String source = RegistrySources.of(registry.getClass());
      return implementation + " (registry " + registry.getClass().getName()
          + (source == null ? "" : " in " + source) + ")";
    }
  }

  /** The tasks the plugins declare, sorted by name (unmodifiable). */
  public List<TaskPlugin> tasks() {
    return tasks;
  }

  /** The corruptors the plugins declare, sorted by name (unmodifiable). */
  public List<CorruptorPlugin> corruptors() {
    return corruptors;
  }

  /** The readouts the plugins declare, sorted by name (unmodifiable). */
  public List<ReadoutPlugin> readouts() {
    return readouts;
  }

  /** The task named {@code name}, if a plugin declares it. */
  public Optional<TaskPlugin> task(String name) {
    return tasks.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * The Guice modules of every plugin (each listed once).
   *
   * @throws PluginException if a plugin's module is not a Guice module
   */
  public List<Module> modules() {
    Set<Module> modules = new LinkedHashSet<>();
    collect(tasks, TaskPlugin::module, TaskPlugin::implementation, modules);
    collect(corruptors, CorruptorPlugin::module, CorruptorPlugin::implementation, modules);
    collect(readouts, ReadoutPlugin::module, ReadoutPlugin::implementation, modules);
    return List.copyOf(modules);
  }

  private static <P> void collect(List<P> plugins, Function<P, Object> module,
      Function<P, String> implementation, Set<Module> into) {
    for (P p : plugins) {
      Object m = module.apply(p);
      if (!(m instanceof Module guice)) {
        throw new PluginException("the plugin " + implementation.apply(p) + " has a module of "
            + "type " + m.getClass().getName() + ", not a com.google.inject.Module; rebuild it "
            + "with the contrastive4j processor");
      }
      into.add(guice);
    }
  }

  /**
   * Lets {@code mapper} read and write the plugins' specs by their type names.
   *
   * @return {@code mapper}
   */
  public ObjectMapper registerSpecTypes(ObjectMapper mapper) {
    List<NamedType> types = new ArrayList<>();
    tasks.forEach(t -> types.add(new NamedType(t.specType(), t.name())));
    corruptors.forEach(c -> types.add(new NamedType(c.specType(), c.name())));
    readouts.forEach(r -> types.add(new NamedType(r.specType(), r.name())));
    mapper.registerSubtypes(types.toArray(new NamedType[0]));
    return mapper;
  }
}
