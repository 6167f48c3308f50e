package dev.contrastive4j.runtime.tensor;

import dev.contrastive4j.api.tensor.Broadcast;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ParameterException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The trainable parameters of a model, by unique name, in creation order. Random initial values
 * come from DL4J's weight-init schemes ({@link WeightInit}, {@link IWeightInit}) with a seed
 * derived from the store's seed and the parameter's name, so a parameter's initial value does not
 * depend on which other parameters were created before it, and the same seed gives the same
 * values.
 *
 * <p>Weight matrices follow DL4J's layout {@code [fanIn, fanOut]} and are used as {@code x · W}.
 */
public final class ParameterStore implements Iterable<Parameter> {
  /** The initial PReLU slope, as in PyTorch's {@code nn.PReLU}. */
  public static final double DEFAULT_PRELU_ALPHA = 0.25;

  private final long seed;
  private final DataType dataType;
  private final Map<String, Parameter> byName = new LinkedHashMap<>();

  /**
   * A float32 store, the precision training computes in; {@code seed} decides every initial
   * value, together with each parameter's name.
   */
  public ParameterStore(long seed) {
    this(seed, DataType.FLOAT);
  }

  /**
   * A store whose parameters have the given floating-point data type.
   *
   * @throws ParameterException if the type is not floating point
   */
  public ParameterStore(long seed, DataType dataType) {
    Objects.requireNonNull(dataType, "dataType");
    if (!dataType.isFPType()) {
      throw new ParameterException(
          "parameter data type must be floating point, got " + dataType);
    }
    this.seed = seed;
    this.dataType = dataType;
  }

  /** The seed initial values derive from. */
  public long seed() {
    return seed;
  }

  /** The data type of every parameter. */
  public DataType dataType() {
    return dataType;
  }

  /**
   * A weight matrix {@code [fanIn, fanOut]} initialized by a DL4J scheme, e.g. {@code
   * WeightInit.XAVIER_UNIFORM}.
   *
   * @throws ParameterException for a duplicate or blank name, or a shape that is not rank 2
   */
  public Parameter create(String name, WeightInit init, long... shape) {
    Objects.requireNonNull(init, "init");
    checkName(name);
    checkShape(name, shape);
    if (shape.length != 2) {
      throw new ParameterException(
          "parameter '" + name + "': shape " + Broadcast.format(shape) + " is not [fanIn, fanOut];"
              + " give fanIn and fanOut explicitly for other ranks");
    }
    return create(name, init.getWeightInitFunction(), shape[0], shape[1], shape);
  }

  /**
   * A parameter of any shape initialized by a DL4J scheme with explicit fan-in and fan-out.
   *
   * @throws ParameterException for a duplicate or blank name or a non-positive dimension or fan
   */
  public Parameter create(String name, IWeightInit init, double fanIn, double fanOut,
      long... shape) {
    Objects.requireNonNull(init, "init");
    checkName(name);
    checkShape(name, shape);
    if (!(fanIn > 0) || !(fanOut > 0)) {
      throw new ParameterException(
          "parameter '" + name + "': fanIn and fanOut must be positive, got " + fanIn + " and "
              + fanOut);
    }
    INDArray value = Nd4j.create(dataType, shape);
    // DL4J's schemes draw from the thread's global ND4J generator; seeding it per parameter makes
    // each value a function of (store seed, name) alone. The caller's stream is put back.
    INDArray initialized = ThreadRandom.keeping(() -> {
      Nd4j.getRandom().setSeed(parameterSeed(name));
      return init.init(fanIn, fanOut, shape, 'c', value);
    });
    if (initialized != value) {
      value.assign(initialized);
    }
    return put(name, value);
  }

  /** A parameter filled with zeros, e.g. a bias. */
  public Parameter zeros(String name, long... shape) {
    return constant(name, 0.0, shape);
  }

  /** A parameter filled with one value. */
  public Parameter constant(String name, double value, long... shape) {
    checkName(name);
    checkShape(name, shape);
    return put(name, Nd4j.valueArrayOf(shape, value, dataType));
  }

  /** A per-channel PReLU slope {@code [channels]} set to {@link #DEFAULT_PRELU_ALPHA}. */
  public Parameter preluAlpha(String name, long channels) {
    return constant(name, DEFAULT_PRELU_ALPHA, channels);
  }

  /** A parameter with a given initial value (copied and cast to the store's data type). */
  public Parameter add(String name, INDArray initialValue) {
    Objects.requireNonNull(initialValue, "initialValue");
    checkName(name);
    return put(name, initialValue.castTo(dataType).dup('c'));
  }

  /**
   * The parameter with this name.
   *
   * @throws ParameterException if there is none
   */
  public Parameter get(String name) {
    Parameter p = byName.get(name);
    if (p == null) {
      List<String> names = new ArrayList<>(byName.keySet());
      String known = names.size() <= 20
          ? names.toString()
          : names.subList(0, 20).stream().collect(Collectors.joining(", ", "[", ", ...]"));
      throw new ParameterException("no parameter named '" + name + "'; the store has " + known);
    }
    return p;
  }

  /** Whether a parameter has this name. */
  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /** All parameters in creation order (unmodifiable). */
  public List<Parameter> parameters() {
    return Collections.unmodifiableList(new ArrayList<>(byName.values()));
  }

  /** The number of parameters. */
  public int size() {
    return byName.size();
  }

  /** The total number of scalar elements over all parameters. */
  public long elementCount() {
    return byName.values().stream().mapToLong(Parameter::length).sum();
  }

  /** Forgets the gradients of all parameters. */
  public void clearGradients() {
    byName.values().forEach(Parameter::clearGradient);
  }

  @Override
  public Iterator<Parameter> iterator() {
    return parameters().iterator();
  }

  /** The seed for one parameter: SplitMix64 of the store seed mixed with a 64-bit name hash. */
  long parameterSeed(String name) {
    long h = 0xcbf29ce484222325L; // FNV-1a over the UTF-8 bytes
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    long z = seed + h * 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private Parameter put(String name, INDArray value) {
    Parameter p = new Parameter(name, value);
    byName.put(name, p);
    return p;
  }

  private void checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new ParameterException("parameter name must not be blank, got '" + name + "'");
    }
    if (!name.strip().equals(name)) {
      throw new ParameterException(
          "parameter name '" + name + "' has leading or trailing whitespace");
    }
    Parameter existing = byName.get(name);
    if (existing != null) {
      throw new ParameterException(
          "parameter '" + name + "' already exists in this store (shape "
              + Broadcast.format(existing.shape()) + ")");
    }
  }

  private static void checkShape(String name, long[] shape) {
    Objects.requireNonNull(shape, "shape");
    for (long d : shape) {
      if (d <= 0) {
        throw new ParameterException(
            "parameter '" + name + "': shape " + Broadcast.format(shape)
                + " has a non-positive dimension");
      }
    }
  }
}
