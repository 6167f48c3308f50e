package dev.contrastive4j.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The annotation processor of {@code @ContrastiveTask}, {@code @Corruptor} and
 * {@code @Readout}. For each annotated class it checks the declaration, reporting errors on the
 * element (and annotation value) at fault, and generates the spec, the factory and the Guice
 * module; for each task also the experiment scaffold {@code META-INF/contrastive4j/<name>.json}.
 * Once all rounds have added their plugins it generates one {@code PluginRegistry} for the
 * compilation and lists it in {@code META-INF/services}. A plugin whose declaration mentions a
 * type that does not resolve yet waits for a later round, as another processor may generate it.
 *
 * <p>Aggregating (for Gradle's incremental compilation): the registry depends on every
 * annotated class. Option {@value #REGISTRY_OPTION} names the registry class; by default it is
 * {@code Contrastive4jRegistry} in the plugins' common package. Libraries with plugins in one
 * package get one default name, and a class loader loads one of them: the runtime refuses two
 * different registries of one name, so a library meant to sit next to others names its own.
 */
public final class ContrastiveProcessor extends AbstractProcessor {
  /** The processor option that names the generated registry class (a qualified name). */
  public static final String REGISTRY_OPTION = "contrastive4j.registry";

  /** The simple name of the registry when the option is not given. */
  public static final String DEFAULT_REGISTRY = "Contrastive4jRegistry";

  private final PluginIndex index = new PluginIndex();
  private final Set<TypeElement> originating = new LinkedHashSet<>();
  private final DeferredPlugins deferred = new DeferredPlugins(index);
  private Diagnostics diagnostics;
  private PluginAnnotationCheck pluginAnnotations;
  private GeneratedNames generatedNames;
  private boolean registryPending;
  private boolean registryWritten;
  /** The registry written, once it is. */
  private ClassName registry;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    diagnostics = Diagnostics.reporting(environment.getMessager());
    pluginAnnotations = new PluginAnnotationCheck(diagnostics, index);
    generatedNames = new GeneratedNames(diagnostics);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Names.CONTRASTIVE_TASK, Names.CORRUPTOR_ANNOTATION, Names.READOUT_ANNOTATION,
        Names.PARAM, Names.SEED);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(REGISTRY_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      return false;
    }
    boolean found = false;
    for (ComponentKind kind : ComponentKind.values()) {
      for (TypeElement type : annotated(round, kind.annotation)) {
        found = true;
        if (!pluginAnnotations.several(type) && !deferred.waits(type, kind.annotation)
            && !afterRegistry(type, kind.annotation, kind.at())) {
          component(type, kind);
        }
      }
    }
    for (TypeElement type : annotated(round, Names.CONTRASTIVE_TASK)) {
      found = true;
      if (!pluginAnnotations.several(type) && !deferred.waits(type, Names.CONTRASTIVE_TASK)
          && !afterRegistry(type, Names.CONTRASTIVE_TASK, "@ContrastiveTask")) {
        task(type);
      }
    }
    strayParameters(round, Names.PARAM, "@Param");
    strayParameters(round, Names.SEED, "@Seed");
    if (found) {
      // Wait for a round without new or deferred plugins: later rounds may add some (from
      // generated code), and a deferred one waits for a type that a later round may bring.
      registryPending = true;
    } else if (registryPending && !registryWritten) {
      registryWritten = true;
      if (diagnostics.errors() == 0 && !index.isEmpty()) {
        writeRegistry();
      }
    }
    // The annotations are this processor's alone; claiming them keeps -Xlint:processing quiet.
    return true;
  }

  /**
   * Whether {@code type} comes in a round after the registry was written (another processor
   * generated it late), which the registry cannot list any more; reports it.
   */
  private boolean afterRegistry(TypeElement type, String annotation, String at) {
    if (registry == null) {
      return false;
    }
    diagnostics.error(at + " class " + type.getSimpleName() + " comes from a round of "
        + "annotation processing after the one in which the plugin registry "
        + registry.canonicalName() + " was written (the first round without new plugins), so "
        + "the registry cannot list it and the runtime would not find it; have the processor "
        + "that generates " + type.getSimpleName() + " do so in an earlier round, or declare "
        + "the plugin in a source file", type, Annotations.find(type, annotation));
    return true;
  }

  private void component(TypeElement type, ComponentKind kind) {
    originating.add(type);
    ComponentModel model = new ComponentParser(processingEnv.getElementUtils(),
        processingEnv.getTypeUtils(), diagnostics).parse(type, kind);
    if (model == null || !unique(kind.word, model.name(), type, kind.annotation)
        || !generatedNames.claim(type, kind.at(), model.spec(), model.factory(), model.module())) {
      index.failed(type);
      return;
    }
    index.add(model);
    String pkg = model.spec().packageName();
    write(pkg, SpecWriter.write(model.spec(), kind.specBase, model.name(), model.fields(),
        SpecChecks.component(model),
        "The spec of the " + kind.word + " {@link " + model.implementation().canonicalName()
            + "}.", List.of()), type);
    write(pkg, FactoryWriter.component(model), type);
    write(pkg, ModuleWriter.component(model), type);
  }

  private void task(TypeElement type) {
    originating.add(type);
    TaskModel model = new TaskParser(processingEnv.getElementUtils(),
        processingEnv.getTypeUtils(), diagnostics, index).parse(type);
    if (model == null || !unique("task", model.name(), type, Names.CONTRASTIVE_TASK)
        || !generatedNames.claim(type, "@ContrastiveTask", model.spec(), model.factory(),
            model.module())) {
      return;
    }
    index.add(model);
    String pkg = model.spec().packageName();
    write(pkg, SpecWriter.write(model.spec(), Names.TASK_SPEC, model.name(), model.fields(),
        SpecChecks.task(model),
        "The spec of the task {@link " + model.implementation().canonicalName() + "}.",
        model.specMethods()), type);
    write(pkg, FactoryWriter.task(model), type);
    write(pkg, ModuleWriter.task(model, model.references()), type);
    resource("META-INF/contrastive4j/" + model.name() + ".json",
        Json.scaffold(model.defaultJson(), model.base().builtIn), type);
  }

  /** Claims {@code name}, or reports the class that already holds it. */
  private boolean unique(String word, String name, TypeElement type, String annotation) {
    PluginIndex.Claim claim = index.claimOn(word, name);
    if (claim != null) {
      var mirror = Annotations.find(type, annotation);
      String taken = claim.name().equals(name) ? "is already used by " + claim.className()
          : "differs only in case from \"" + claim.name() + "\" of " + claim.className()
              + ", and names that differ only in case are one name";
      diagnostics.error("the " + word + " name \"" + name + "\" " + taken
          + "; choose another name", type, mirror, Annotations.written(mirror, "name"));
      return false;
    }
    index.claim(word, name, type.getQualifiedName().toString());
    return true;
  }

  /** {@code @Param} and {@code @Seed} mean something only on constructors of plugin classes. */
  private void strayParameters(RoundEnvironment round, String annotation, String at) {
    TypeElement a = processingEnv.getElementUtils().getTypeElement(annotation);
    if (a == null) {
      return;
    }
    for (Element e : round.getElementsAnnotatedWith(a)) {
      Element executable = e.getEnclosingElement();
      Element owner = executable.getEnclosingElement();
      boolean plugin = Names.PLUGIN_ANNOTATIONS.stream().anyMatch(p -> Annotations.has(owner, p));
      boolean constructor = executable.getKind() == ElementKind.CONSTRUCTOR;
      if (!constructor || !plugin) {
        diagnostics.error(at + " configures constructor parameters of @ContrastiveTask, "
            + "@Corruptor and @Readout classes only; " + (constructor ? "the constructor of "
                + owner.getSimpleName() : owner.getSimpleName() + "." + executable.getSimpleName())
            + " is not one: annotate the class, or remove " + at, e,
            Annotations.find(e, annotation));
        continue;
      }
      // A constructor the runtime does not call would ignore the annotation. (When no
      // constructor can be chosen, the class's own error says so.)
      ExecutableElement called = new ConstructorParser(processingEnv.getElementUtils(),
          processingEnv.getTypeUtils(), Diagnostics.silent()).choose((TypeElement) owner, "", "");
      if (called != null && !called.equals(executable)) {
        diagnostics.error(at + " on a constructor the runtime does not call: it calls "
            + owner.getSimpleName() + called.getParameters().stream()
                .map(p -> p.asType() + " " + p.getSimpleName())
                .collect(Collectors.joining(", ", "(", ")"))
            + "; move " + at + " there, or mark this constructor @Inject", e,
            Annotations.find(e, annotation));
      }
    }
  }

  /** The classes of this round with {@code annotation}, and those deferred from earlier ones. */
  private List<TypeElement> annotated(RoundEnvironment round, String annotation) {
    TypeElement a = processingEnv.getElementUtils().getTypeElement(annotation);
    if (a == null) {
      return List.of();
    }
    Set<TypeElement> types = new LinkedHashSet<>(
        ElementFilter.typesIn(round.getElementsAnnotatedWith(a)));
    types.addAll(deferred.waiting(annotation, processingEnv.getElementUtils()));
    List<TypeElement> sorted = new ArrayList<>(types);
    sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    return sorted;
  }

  private void writeRegistry() {
    ClassName registry = registryName();
    if (registry == null) {
      return;
    }
    this.registry = registry;
    TypeSpec type = RegistryWriter.write(registry, index.tasks().values(),
        index.components(ComponentKind.CORRUPTOR).values(),
        index.components(ComponentKind.READOUT).values());
    write(registry.packageName(), type, originating.toArray(new TypeElement[0]));
    resource("META-INF/services/" + Names.PLUGIN_REGISTRY.canonicalName(),
        registry.canonicalName() + "\n", originating.toArray(new TypeElement[0]));
  }

  /** The option's class name, or one in the plugins' common package; null if the option is bad. */
  private ClassName registryName() {
    String option = processingEnv.getOptions().get(REGISTRY_OPTION);
    if (option != null) {
      // isName also refuses keywords in the package (com.class.Plugins).
      if (!SourceVersion.isName(option)) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "-A" + REGISTRY_OPTION
            + "=" + option + " is not a qualified class name; write one such as "
            + "com.example.MyPlugins");
        return null;
      }
      int dot = option.lastIndexOf('.');
      if (dot >= 0) {
        // Code in a named package cannot name classes of the default package.
        for (TypeElement t : originating) {
          if (processingEnv.getElementUtils().getPackageOf(t).isUnnamed()) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "-A"
                + REGISTRY_OPTION + "=" + option + " puts the registry in package "
                + option.substring(0, dot) + ", which cannot name " + t.getSimpleName()
                + " of the default package; move the plugins into a package, or give the "
                + "registry a name without one", t);
            return null;
          }
        }
      }
      return dot < 0 ? ClassName.get("", option)
          : ClassName.get(option.substring(0, dot), option.substring(dot + 1));
    }
    List<String> packages = new ArrayList<>();
    for (TypeElement t : originating) {
      packages.add(processingEnv.getElementUtils().getPackageOf(t).getQualifiedName().toString());
    }
    packages.sort(null);
    String common = packages.get(0);
    for (String p : packages) {
      // Packages that share no prefix end at "", which every package is in.
      while (!common.isEmpty() && !(p.equals(common) || p.startsWith(common + "."))) {
        int dot = common.lastIndexOf('.');
        common = dot < 0 ? "" : common.substring(0, dot);
      }
    }
    return ClassName.get(common.isEmpty() ? packages.get(0) : common, DEFAULT_REGISTRY);
  }

  private void write(String pkg, TypeSpec type, TypeElement... origins) {
    TypeSpec.Builder withOrigins = type.toBuilder();
    for (TypeElement o : origins) {
      withOrigins.addOriginatingElement(o);
    }
    try {
      JavaFile.builder(pkg, withOrigins.build())
          .skipJavaLangImports(true)
          .indent("  ")
          .build()
          .writeTo(processingEnv.getFiler());
    } catch (javax.annotation.processing.FilerException e) {
      // javac's only reason: the compilation already has a type of that name, such as a
      // hand-written NoiseSpec beside a @Corruptor class Noise.
      String name = (pkg.isEmpty() ? "" : pkg + ".") + type.name;
      diagnostics.error("could not write the generated " + name + ": this compilation already "
          + "has a type of that name (" + e.getMessage() + "); rename that type, or "
          + origins[0].getSimpleName() + ", whose generated classes are named after it",
          origins[0]);
    } catch (IOException e) {
      diagnostics.error("could not write " + (pkg.isEmpty() ? "" : pkg + ".") + type.name + ": "
          + e.getMessage(), origins[0]);
    }
  }

  private void resource(String path, String content, TypeElement... origins) {
    Filer filer = processingEnv.getFiler();
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
      try (Writer w = new java.io.OutputStreamWriter(file.openOutputStream(),
          StandardCharsets.UTF_8)) {
        w.write(content);
      }
    } catch (IOException e) {
      diagnostics.error("could not write " + path + ": " + e.getMessage(), origins[0]);
    }
  }
}
