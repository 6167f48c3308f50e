package dev.contrastive4j.runtime.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file that holds one JSON (or YAML) document, such as a data set's manifest, an
 * experiment or a run's checkpoint progress. Content after the document is a syntax error at
 * the place it starts, as any other: Jackson would report it in Java's terms ({@code Trailing
 * token (of type START_OBJECT) found after value (bound as `...JsonNode`)}).
 */
public final class JsonDocuments {
  private JsonDocuments() {}

  /**
   * The document in {@code file}: its bytes as text ({@link FileInput#text}), read as a tree by
   * {@code mapper}. The one sequence of the readers of JSON files (a data set's manifest, a
   * run's summary, configuration and checkpoint progress), so that they fail alike.
   *
   * @return the tree, or null if the file holds no document
   * @throws UnreadableFileException saying why: the file cannot be read ({@link
   *     FileInput#problem}; the cause is then the JDK's {@link IOException}, e.g. a {@link
   *     java.nio.file.NoSuchFileException}), is not text, or is not one JSON document
   */
  public static @Nullable JsonNode readFile(ObjectMapper mapper, Path file)
      throws UnreadableFileException {
    String text;
    try {
      FileInput.requireFile(file);
      text = FileInput.text(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UnreadableFileException(FileInput.problem(file, e), e);
    } catch (IllegalArgumentException e) {
      throw new UnreadableFileException(e.getMessage(), e); // not text
    }
    try {
      return read(mapper, text);
    } catch (JsonProcessingException e) {
      throw new UnreadableFileException(JsonMessages.syntax(e), e);
    }
  }

  /**
   * The document in {@code text}, read as a tree by {@code mapper} (whose parser features, such
   * as duplicate detection, apply). A YAML document's aliases and merge keys are resolved
   * as YAML defines them.
   *
   * @return the tree, or null if {@code text} holds no document (it is empty, white space or
   *     comments)
   * @throws JsonProcessingException for a syntax error, including content after the document
   */
  public static @Nullable JsonNode read(ObjectMapper mapper, String text)
      throws JsonProcessingException {
    // As UTF-8 bytes: Jackson's parsers of bytes word their messages more briefly.
    try (JsonParser parser = mapper.createParser(text.getBytes(StandardCharsets.UTF_8))) {
      // The mapper's own check of trailing content would say so in Java's terms.
      JsonNode tree = parser instanceof YAMLParser yaml ? YamlTrees.read(yaml, text)
          : mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readTree(parser);
      if (tree != null && parser.nextToken() != null) {
        throw new JsonParseException(parser, "content after the end of the document; a file "
            + "holds one", parser.currentTokenLocation());
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not thrown when reading from a string
    }
  }
}
