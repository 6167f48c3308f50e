package dev.contrastive4j.runtime.cli;

import org.jspecify.annotations.Nullable;

/**
 * One experiment file made from a valid one by one change, and what {@code train} must make of
 * it.
 *
 * @param label what was changed, as a test's name
 * @param fileName the file's name, whose extension chooses JSON or YAML
 * @param content the file's bytes
 * @param field the JSON path the refusal must name, or null when no field is at fault (broken
 *     syntax)
 * @param says what the refusal must say of the field's kind ({@code must be a list} when a list
 *     was replaced by a number), or null
 * @param validBecause why the change still makes a valid experiment, or null if it must be
 *     refused
 */
record ConfigMutation(String label, String fileName, byte[] content, @Nullable String field,
    @Nullable String says, @Nullable String validBecause) {

  /** Whether {@code train} must refuse the file. */
  boolean refused() {
    return validBecause == null;
  }

  @Override
  public String toString() {
    return fileName + " " + label;
  }
}
