package dev.contrastive4j.runtime.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option's value to a {@link Path}, refusing a blank one as a mistake on the command
 * line: {@code Path.of("")} is the working directory, so {@code --run ''} said
 * {@code ": is not a run directory"} and {@code init -o ''} that the file already exists.
 */
final class NonBlankPath implements ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("must not be blank, was '" + value + "'");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + value + "' is not a path (" + e.getReason() + ")");
    }
  }
}
