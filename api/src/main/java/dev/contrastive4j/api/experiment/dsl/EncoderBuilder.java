package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.EncoderSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What the encoder builders share: units, activation and dropout.
 *
 * @param <B> the concrete builder, returned by the fluent setters
 */
public abstract class EncoderBuilder<B extends EncoderBuilder<B>> extends BlockBuilder {
  private List<Integer> units;
  private String activation;
  private double dropout;

  EncoderBuilder(EncoderSpec start) {
    units = start.units();
    activation = start.activation();
    dropout = start.dropout();
  }

  /** This builder as its concrete type. */
  abstract B self();

  /** Units of each layer, each positive; the last is the embedding width (default [512]). */
  public List<Integer> getUnits() {
    return units;
  }

  /** Sets the units of each layer. */
  public void setUnits(List<Integer> value) {
    units = setList("units", value);
  }

  /** Sets the units of each layer. */
  public B units(int... value) {
    List<Integer> list = new ArrayList<>(value.length);
    for (int v : value) {
      list.add(v);
    }
    setUnits(list);
    return self();
  }

  /**
   * The activation after each layer: {@code none}, {@code relu}, {@code sigmoid}, {@code tanh},
   * {@code prelu} (default; one slope per channel) or {@code prelu_shared} (one slope for all),
   * as {@link dev.contrastive4j.api.experiment.EncoderSpec#ACTIVATIONS} lists them.
   */
  public String getActivation() {
    return activation;
  }

  /** Sets the activation after each layer. */
  public void setActivation(String value) {
    activation = set("activation", value);
  }

  /** Sets the activation after each layer. */
  public B activation(String value) {
    setActivation(value);
    return self();
  }

  /** The dropout rate between layers, in [0, 1) (default 0). */
  public double getDropout() {
    return dropout;
  }

  /** Sets the dropout rate between layers. */
  public void setDropout(double value) {
    checkOpen();
    dropout = value;
  }

  /** Sets the dropout rate between layers. */
  public B dropout(double value) {
    setDropout(value);
    return self();
  }
}
