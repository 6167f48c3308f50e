package dev.contrastive4j.processor;

import static dev.contrastive4j.processor.Sources.java;

import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A compilation with a plugin of every kind: a corruptor with every parameter type, a seed and
 * an injected value; a readout; and one task per base (DGI, Barlow Twins, VICReg, triplet and a
 * direct {@code ContrastiveLossTask} subclass). Fields expose what the constructors received.
 */
final class PluginSources {
  private PluginSources() {}

  static final JavaFileObject KNOBS = java("com.example.Knobs",
      "@Corruptor(name = \"knobs\", description = \"every kind of parameter\")",
      "public final class Knobs implements dev.contrastive4j.api.task.Corruptor {",
      "  public enum Mode { SHUFFLE, MASK, DROP_EDGES }",
      "  public final boolean flag;",
      "  public final int count;",
      "  public final long big;",
      "  public final double rate;",
      "  public final String label;",
      "  public final Mode mode;",
      "  public final long seed;",
      "  public final String greeting;",
      "  @Inject",
      "  public Knobs(@Param(\"true\") boolean flag,",
      "      @Param(value = \"3\", min = 1) int count,",
      "      @Param(\"7\") long big,",
      "      @Param(value = \"0.25\", min = 0, max = 1, description = \"share\") double rate,",
      "      @Param(\"hello\") String label,",
      "      @Param(\"MASK\") Mode mode,",
      "      @Seed long seed,",
      "      @Named(\"greeting\") String greeting) {",
      "    this.flag = flag;",
      "    this.count = count;",
      "    this.big = big;",
      "    this.rate = rate;",
      "    this.label = label;",
      "    this.mode = mode;",
      "    this.seed = seed;",
      "    this.greeting = greeting;",
      "  }",
      "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
      "}");

  static final JavaFileObject SCALED = java("com.example.Scaled",
      "@Readout(name = \"scaled\")",
      "public final class Scaled implements dev.contrastive4j.api.task.Readout {",
      "  public final double scale;",
      "  public Scaled(@Param(value = \"2.0\", min = 0) double scale) { this.scale = scale; }",
      "  @Override public Tensor read(EncodedGraph g, String set, String feature) {",
      "    return dev.contrastive4j.api.tensor.Ops.mul(g.state(set, feature), scale);",
      "  }",
      "  @Override public long count(GraphTensor g, String set) {",
      "    return g.nodeSet(set).totalSize();",
      "  }",
      "}");

  static final JavaFileObject DGI = java("com.example.DgiPlus",
      "@ContrastiveTask(name = \"dgi-plus\", description = \"DGI with knobs\",",
      "    corruptor = Knobs.class, readoutName = \"scaled\", projectorUnits = {8, 4},",
      "    nodeSet = \"paper\", seed = 42)",
      "public class DgiPlus extends DeepGraphInfomax {",
      "  public final double extra;",
      "  public DgiPlus(TaskSettings s, ParameterStore p, long dim,",
      "      @Param(\"0.5\") double extra) {",
      "    super(s, p, dim);",
      "    this.extra = extra;",
      "  }",
      "}");

  static final JavaFileObject BARLOW_TWINS = java("com.example.BtPlus",
      "@ContrastiveTask(name = \"bt-plus\", lambda = 0.01, normalizeBatch = false)",
      "public class BtPlus extends BarlowTwins {",
      "  public final Double lambda;",
      "  public final boolean normalize;",
      "  public BtPlus(TaskSettings s, ParameterStore p, long dim, Double lambda, boolean norm) {",
      "    super(s, p, dim, lambda, norm);",
      "    this.lambda = lambda;",
      "    this.normalize = norm;",
      "  }",
      "}");

  static final JavaFileObject VICREG = java("com.example.VicPlus",
      "@ContrastiveTask(name = \"vic-plus\", simWeight = 10, varWeight = 5, covWeight = 2)",
      "public class VicPlus extends VicReg {",
      "  public final double[] weights;",
      "  public VicPlus(TaskSettings s, ParameterStore p, long d, double a, double b, double c) {",
      "    super(s, p, d, a, b, c);",
      "    this.weights = new double[] {a, b, c};",
      "  }",
      "}");

  static final JavaFileObject TRIPLET = java("com.example.TripletPlus",
      "@ContrastiveTask(name = \"triplet-plus\", margin = 0.5, positiveViewName = \"knobs\")",
      "public class TripletPlus extends Triplet {",
      "  public final double margin;",
      "  public final dev.contrastive4j.api.task.Corruptor positive;",
      "  public TripletPlus(TaskSettings s, ParameterStore p, long d, double margin,",
      "      dev.contrastive4j.api.task.Corruptor positive) {",
      "    super(s, p, d, margin, positive);",
      "    this.margin = margin;",
      "    this.positive = positive;",
      "  }",
      "}");

  static final JavaFileObject CUSTOM = java("com.example.Custom",
      "@ContrastiveTask(name = \"custom\", cleanView = Knobs.class)",
      "public class Custom extends ContrastiveLossTask {",
      "  public final int k;",
      "  public final String greeting;",
      "  public Custom(TaskSettings s, ParameterStore p, long d,",
      "      @Param(value = \"2\", min = 1, max = 8) int k,",
      "      @Named(\"greeting\") String greeting) {",
      "    super(s, p, d);",
      "    this.k = k;",
      "    this.greeting = greeting;",
      "  }",
      "  @Override protected Tensor contrast(dev.contrastive4j.api.tensor.Tape tape, Tensor a,",
      "      Tensor b) {",
      "    return dev.contrastive4j.api.tensor.Ops.stack(1, a, b);",
      "  }",
      "  @Override public java.util.Map<String, dev.contrastive4j.api.task.TaskLoss> losses() {",
      "    return java.util.Map.of();",
      "  }",
      "  @Override public java.util.List<dev.contrastive4j.api.task.TaskMetric> metrics() {",
      "    return java.util.List.of();",
      "  }",
      "}");

  static final List<JavaFileObject> ALL =
      List.of(KNOBS, SCALED, DGI, BARLOW_TWINS, VICREG, TRIPLET, CUSTOM);
}
