package dev.contrastive4j.runtime.losses;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Objects;
import java.util.stream.Collectors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The margin contrastive loss of Hadsell, Chopra and LeCun (2006) as a configured loss object,
 * like TF-Addons' {@code tfa.losses.ContrastiveLoss}: a margin, a {@link Reduction} and a name.
 *
 * <p>Its JSON config is the one of TF-Addons' {@code get_config()}:
 * {@code {"name": "contrastive_loss", "reduction": "sum_over_batch_size", "margin": 1.0}}.
 * Reading is strict: a missing field takes its default, but an unknown field, a {@code null}, a
 * value of the wrong JSON type, a negative or non-finite margin or an unknown reduction fails with
 * a {@link LossException} that names the field. (TF-Addons' default name is spelled
 * {@code "contrasitve_loss"}; this class uses {@code "contrastive_loss"}; any non-blank name is
 * accepted.)
 */
@JsonPropertyOrder({"name", "reduction", "margin"})
@JsonDeserialize(builder = ContrastiveLoss.ConfigReader.class)
public final class ContrastiveLoss {
  /** The default name. */
  public static final String DEFAULT_NAME = "contrastive_loss";
  /** The default reduction, as in Keras. */
  public static final Reduction DEFAULT_REDUCTION = Reduction.SUM_OVER_BATCH_SIZE;

  private static final ObjectMapper MAPPER = strictMapper();

  private final double margin;
  private final Reduction reduction;
  private final String name;

  /** A loss with margin 1, reduction {@code sum_over_batch_size} and the default name. */
  public ContrastiveLoss() {
    this(Losses.DEFAULT_MARGIN, DEFAULT_REDUCTION, DEFAULT_NAME);
  }

  /**
   * A loss with the given settings.
   *
   * @param margin distance beyond which dissimilar pairs cost nothing; finite and {@code >= 0}
   * @param reduction how per-pair losses are reduced; not null
   * @param name a non-blank name for bookkeeping
   * @throws LossException naming the field at fault
   */
  public ContrastiveLoss(double margin, Reduction reduction, String name) {
    TapeLosses.CHECKS.nonNegative("ContrastiveLoss", "margin", margin);
    if (reduction == null) {
      throw new LossException("ContrastiveLoss: reduction must not be null");
    }
    if (name == null || name.isBlank()) {
      throw new LossException("ContrastiveLoss: name must not be blank");
    }
    this.margin = margin;
    this.reduction = reduction;
    this.name = name;
  }

  /**
   * Reads a loss from its JSON config.
   *
   * @param json e.g. {@code {"name": "c", "reduction": "sum", "margin": 2.0}}
   * @return the loss
   * @throws LossException on malformed JSON or an invalid config, naming the field at fault
   */
  public static ContrastiveLoss fromJson(String json) {
    if (json == null) {
      throw new LossException("ContrastiveLoss config: JSON text must not be null");
    }
    try {
      return MAPPER.readValue(json, ContrastiveLoss.class);
    } catch (JsonProcessingException e) {
      // Our own checks already name the field; Jackson's errors get the field's path added.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof LossException own) {
          String message = own.getMessage();
          throw new LossException(message.startsWith("ContrastiveLoss")
              ? message : "ContrastiveLoss config: " + message, e);
        }
      }
      throw new LossException("ContrastiveLoss config: " + describe(e), e);
    }
  }

  /** This loss's JSON config, in TF-Addons' {@code get_config()} form. */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      // Three scalar fields always serialize; reaching this is a bug, not bad input.
      throw new IllegalStateException("cannot write ContrastiveLoss config", e);
    }
  }

  /**
   * The loss of a batch of pairs: {@link Losses#contrastive(INDArray, INDArray, double, Reduction)}
   * with this object's margin and reduction.
   *
   * @param labels 1 for similar and 0 for dissimilar pairs, same shape as {@code distances}
   * @param distances the pairs' distances, float32 or float64
   * @return per-pair losses for {@link Reduction#NONE}, otherwise a scalar
   * @throws LossException on invalid inputs
   */
  public INDArray apply(INDArray labels, INDArray distances) {
    return Losses.contrastive(labels, distances, margin, reduction);
  }

  /** The distance beyond which dissimilar pairs cost nothing; finite and at least 0. */
  @JsonProperty("margin")
  public double margin() {
    return margin;
  }

  /** How per-pair losses are reduced (default {@link #DEFAULT_REDUCTION}); never null. */
  @JsonProperty("reduction")
  public Reduction reduction() {
    return reduction;
  }

  /** The name, for bookkeeping only (it does not change the loss); never blank. */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContrastiveLoss other
        && Double.compare(margin, other.margin) == 0
        && reduction == other.reduction
        && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(margin, reduction, name);
  }

  @Override
  public String toString() {
    return "ContrastiveLoss[name=" + name + ", reduction=" + reduction.configName() + ", margin="
        + margin + "]";
  }

  /**
   * Jackson reads configs through this builder: a field that is absent keeps its default, a field
   * given as {@code null} fails, an unknown field fails whatever the mapper's settings.
   */
  @JsonPOJOBuilder(withPrefix = "")
  static final class ConfigReader {
    private double margin = Losses.DEFAULT_MARGIN;
    private Reduction reduction = DEFAULT_REDUCTION;
    private String name = DEFAULT_NAME;

    @JsonProperty("margin")
    ConfigReader margin(Double value) {
      margin = present("margin", value);
      return this;
    }

    @JsonProperty("reduction")
    ConfigReader reduction(Reduction value) {
      reduction = present("reduction", value);
      return this;
    }

    @JsonProperty("name")
    ConfigReader name(String value) {
      name = present("name", value);
      return this;
    }

    @JsonAnySetter
    void unknownField(String field, Object value) {
      throw new LossException("ContrastiveLoss: unknown config field '" + field
          + "' (known fields: name, reduction, margin)");
    }

    ContrastiveLoss build() {
      return new ContrastiveLoss(margin, reduction, name);
    }

    private static <T> T present(String field, T value) {
      if (value == null) {
        throw new LossException("ContrastiveLoss: " + field + " must not be null");
      }
      return value;
    }
  }

  /** The original message, prefixed by the JSON path of the field at fault when known. */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String path = m.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
      return "field '" + path + "': " + message;
    }
    return message;
  }

  private static ObjectMapper strictMapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .withCoercionConfig(LogicalType.Float, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Enum, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .build();
  }
}
