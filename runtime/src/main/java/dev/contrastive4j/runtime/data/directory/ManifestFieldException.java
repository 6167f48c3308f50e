package dev.contrastive4j.runtime.data.directory;

/**
 * A field of a {@link DatasetManifest} is missing or has a bad value. The reader turns it into
 * a {@link dev.contrastive4j.api.data.DatasetException} naming the manifest file and the full
 * JSON path of the field, e.g. {@code dataset.json: missing field 'target.num_classes'}.
 */
public final class ManifestFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field's JSON name, relative to the object that holds it. */
  private final String field;
  /** What is wrong with the field. */
  private final String problem;

  /**
   * @param field the field's JSON name, relative to the object that holds it (may contain dots
   *     for nested fields)
   * @param problem what is wrong, e.g. {@code "is missing"}
   */
  public ManifestFieldException(String field, String problem) {
    super("field '" + field + "' " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** The field's JSON name relative to the object that holds it. */
  public String field() {
    return field;
  }

  /** What is wrong with the field. */
  public String problem() {
    return problem;
  }

  /** Throws a "missing field" exception if {@code value} is null, else returns it. */
  static <T> T require(T value, String field) {
    if (value == null) {
      throw new ManifestFieldException(field, "is missing");
    }
    return value;
  }
}
