package dev.contrastive4j.runtime.encoders;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.layers.HomogeneousConv;
import dev.contrastive4j.runtime.layers.NodeInput;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A stack of homogeneous graph convolutions as {@link EncoderOptions} describe it: layer {@code
 * i} is named {@code <name>/<kind>_<i>}, its activation (a PReLU's parameter) {@code
 * <name>/activation_<i>}; dropout follows every layer but the last, only when training.
 */
public final class LayerStack {
  /** Creates one convolution of the stack. */
  @FunctionalInterface
  public interface ConvFactory {
    /** A convolution named {@code name} from {@code inputDim} to {@code units} columns. */
    HomogeneousConv create(ParameterStore store, String name, long inputDim, long units);
  }

  private final List<HomogeneousConv> convs = new ArrayList<>();
  private final List<HiddenActivation.Applied> activations = new ArrayList<>();
  private final EncoderOptions options;

  /**
   * Creates every layer's parameters in {@code store}.
   *
   * @param kind the layer name stem, e.g. {@code "gcn"}
   * @param inputDim the width of the first layer's input
   */
  public LayerStack(ParameterStore store, String name, String kind, long inputDim,
      EncoderOptions options, ConvFactory factory) {
    this.options = Objects.requireNonNull(options, "options");
    Objects.requireNonNull(factory, "factory");
    long width = inputDim;
    for (int i = 0; i < options.layers(); i++) {
      long units = options.units().get(i);
      convs.add(factory.create(store, name + "/" + kind + "_" + i, width, units));
      activations.add(options.activates(i)
          ? options.activation().create(store, name + "/activation_" + i, units)
          : (tape, x) -> x);
      width = units;
    }
  }

  /**
   * Runs the stack over edge set {@code edgeSet}.
   *
   * @param training whether dropout is on
   * @param dropoutSeed the seed of this call's dropout masks (layer {@code i} mixes in {@code i})
   * @return the last layer's output, {@code [nodes, outputDim()]}
   */
  public Tensor apply(Tape tape, GraphTensor graph, String edgeSet, NodeInput input,
      boolean training, long dropoutSeed) {
    NodeInput x = input;
    Tensor h = null;
    for (int i = 0; i < convs.size(); i++) {
      h = activations.get(i).apply(tape, convs.get(i).apply(tape, graph, edgeSet, x));
      if (options.dropsOut(i)) {
        h = Ops.dropout(h, options.dropout(), training, DropoutSeeds.mix(dropoutSeed, i));
      }
      x = NodeInput.dense(h);
    }
    return h;
  }

  /** The convolutions, in order. */
  public List<HomogeneousConv> convs() {
    return Collections.unmodifiableList(convs);
  }

  /** The width of the stack's output. */
  public long outputDim() {
    return options.outputDim();
  }
}
