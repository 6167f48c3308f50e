package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How an experiment spells an enum-valued setting, the same for a plugin's enum {@code @Param}
 * as for the built-in names ({@code task.discriminator}, {@code encoder.activation}): read in
 * any case, with {@code -} or {@code _} between words, and written in lower case
 * ({@code bilinear_glorot} for {@code BILINEAR_GLOROT}). A name that is none of the constants is
 * refused in the built-in names' words: {@code must be one of uniform, bilinear_glorot, was
 * 'glorot'}.
 *
 * <p>The specs the annotation processor generates put {@link Serializer} on the accessor and
 * {@link Deserializer} on the constructor parameter of each enum field, so that every Jackson
 * mapper reads and writes them so; a spec written by hand gets the same with
 * {@code @JsonSerialize(using = EnumSetting.Serializer.class)} and
 * {@code @JsonDeserialize(using = EnumSetting.Deserializer.class)}.
 */
public final class EnumSetting {
  private EnumSetting() {}

  /** {@code constant} as experiments write it: its name in lower case. */
  public static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The constants of {@code type} as experiments write them, in declaration order. */
  public static List<String> names(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) {
      names.add(name(e));
    }
    return names;
  }

  /**
   * The constant of {@code type} that {@code name} names, ignoring case and reading {@code -} as
   * {@code _}; null if none does.
   */
  public static <E extends Enum<?>> @Nullable E find(Class<E> type, @Nullable String name) {
    if (name == null) {
      return null;
    }
    String wanted = ConfigProblems.normalize(name);
    for (E e : type.getEnumConstants()) {
      if (name(e).equals(wanted)) {
        return e;
      }
    }
    return null;
  }

  /**
   * What is wrong with {@code value}, which names no constant of {@code type}:
   * {@code must be one of uniform, bilinear_glorot, was 'glorot'}.
   */
  public static String notOneOf(Class<? extends Enum<?>> type, @Nullable String value) {
    return ConfigProblems.notOneOf(names(type), value);
  }

  /** Writes an enum setting by its {@linkplain EnumSetting#name name}. */
  public static final class Serializer extends StdScalarSerializer<Enum<?>> {
    private static final long serialVersionUID = 1L;

    /** The serializer; Jackson makes it for {@code @JsonSerialize(using = ...)}. */
    public Serializer() {
      super(Enum.class, false);
    }

    @Override
    public void serialize(Enum<?> value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(name(value));
    }
  }

  /**
   * Reads an enum setting as {@link EnumSetting#find} does. A number or boolean ({@code 1},
   * {@code true}) is taken as the text it is written as, as for a built-in name, so that it is
   * refused as a name rather than read as the constant of that index.
   */
  public static final class Deserializer extends StdScalarDeserializer<Enum<?>>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    /** The enum read; null until Jackson has made this deserializer for its property. */
    private final @Nullable Class<? extends Enum<?>> type;

    /** The deserializer; Jackson makes it for {@code @JsonDeserialize(using = ...)}. */
    public Deserializer() {
      this(null);
    }

    private Deserializer(@Nullable Class<? extends Enum<?>> type) {
      super(type != null ? type : Enum.class);
      this.type = type;
    }

    @Override
    @SuppressWarnings("unchecked") // isEnumType() says what the raw class is
    public JsonDeserializer<?> createContextual(DeserializationContext context,
        @Nullable BeanProperty property) throws JsonMappingException {
      JavaType read = property != null ? property.getType() : context.getContextualType();
      if (read == null || !read.isEnumType()) {
        return context.reportBadDefinition(read != null ? read
            : context.constructType(Object.class), "EnumSetting.Deserializer reads enums, "
            + "not " + read);
      }
      return new Deserializer((Class<? extends Enum<?>>) read.getRawClass());
    }

    @Override
    public Enum<?> deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (type == null) {
        return (Enum<?>) context.reportBadDefinition(Enum.class,
            "EnumSetting.Deserializer needs the enum of its property");
      }
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT
          && token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        return (Enum<?>) context.handleUnexpectedToken(type, parser);
      }
      String text = parser.getText();
      Enum<?> constant = find(type, text);
      if (constant == null) {
        throw InvalidFormatException.from(parser, notOneOf(type, text), text, type);
      }
      return constant;
    }
  }
}
