package dev.contrastive4j.runtime.data.planetoid.pickle;

/**
 * A pickle was read but does not hold what numpy or scipy would have written: a wrong class, a
 * state tuple of the wrong form, array data of the wrong length, an unsupported dtype.
 *
 * <p>Thrown by the objects Pyrolite builds while unpickling; {@link PickleFileReader} and the
 * Planetoid reader turn it into a {@link dev.contrastive4j.api.data.DatasetException} that names
 * the file.
 */
public final class PickleContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A content problem described in one line. */
  public PickleContentException(String problem) {
    super(problem);
  }
}
