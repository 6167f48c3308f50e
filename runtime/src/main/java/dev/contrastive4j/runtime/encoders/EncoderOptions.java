package dev.contrastive4j.runtime.encoders;

import java.util.ArrayList;
import java.util.List;

/**
 * The layer stack of an encoder: the units of each graph layer, the activation after each layer,
 * and dropout between layers (inverted dropout on a layer's activated output, before the next
 * layer; only when training). Immutable; the {@code with...} methods return changed copies.
 *
 * @param units the output width of each layer, in order; at least one layer
 * @param activation the activation after each layer
 * @param dropout the dropout rate between layers, in [0, 1)
 * @param dropoutSeed the seed the dropout masks derive from
 * @param activateLast whether the last layer is activated too (DGI's one-layer encoder is)
 */
public record EncoderOptions(List<Long> units, HiddenActivation activation, double dropout,
    long dropoutSeed, boolean activateLast) {

  /**
   * Checks and copies the settings.
   *
   * @throws EncoderConfigException naming the setting at fault
   */
  public EncoderOptions {
    if (units == null || units.isEmpty()) {
      throw new EncoderConfigException("encoder options: units must list at least one layer,"
          + " got " + units);
    }
    for (int i = 0; i < units.size(); i++) {
      Long u = units.get(i);
      if (u == null || u <= 0) {
        throw new EncoderConfigException("encoder options: units must be positive, got " + u
            + " for layer " + i + " of " + units);
      }
    }
    if (activation == null) {
      throw new EncoderConfigException("encoder options: activation must be one of "
          + List.of(HiddenActivation.values()) + ", got null");
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new EncoderConfigException("encoder options: dropout must be in [0, 1), got "
          + dropout);
    }
    units = List.copyOf(units);
  }

  /** Layers of the given widths with ReLU after each, no dropout. */
  public static EncoderOptions of(long... units) {
    List<Long> list = new ArrayList<>();
    for (long u : units) {
      list.add(u);
    }
    return new EncoderOptions(list, HiddenActivation.RELU, 0, 0, true);
  }

  /** Deep Graph Infomax's encoder: one layer of 512 units with PReLU. */
  public static EncoderOptions dgi() {
    return of(512).withActivation(HiddenActivation.PRELU);
  }

  /** The same options with another activation. */
  public EncoderOptions withActivation(HiddenActivation value) {
    return new EncoderOptions(units, value, dropout, dropoutSeed, activateLast);
  }

  /** The same options with another dropout rate and seed. */
  public EncoderOptions withDropout(double rate, long seed) {
    return new EncoderOptions(units, activation, rate, seed, activateLast);
  }

  /** The same options, the last layer activated or not. */
  public EncoderOptions withActivateLast(boolean value) {
    return new EncoderOptions(units, activation, dropout, dropoutSeed, value);
  }

  /** The number of layers. */
  public int layers() {
    return units.size();
  }

  /** The width of the last layer: the encoder's output dimension. */
  public long outputDim() {
    return units.get(units.size() - 1);
  }

  /** Whether layer {@code i} (from 0) is followed by the activation. */
  boolean activates(int layer) {
    return activateLast || layer < units.size() - 1;
  }

  /** Whether layer {@code i}'s output is followed by dropout (never the last). */
  boolean dropsOut(int layer) {
    return dropout > 0 && layer < units.size() - 1;
  }
}
