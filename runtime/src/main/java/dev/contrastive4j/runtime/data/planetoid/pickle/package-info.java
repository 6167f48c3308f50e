/**
 * Reading the Python pickles of the Planetoid files (numpy arrays, scipy CSR matrices, dicts)
 * with Pyrolite: {@link dev.contrastive4j.runtime.data.planetoid.pickle.PickleFileReader}, whose
 * every failure is a {@link dev.contrastive4j.api.data.DatasetException} that names the file.
 * {@code NdArray}, {@code NumpyDtype} and {@code CsrMatrixState} are public only because
 * Pyrolite builds them by reflection while it unpickles; {@code PythonTypes} checks what a
 * pickle holds, in Python's terms, for the Planetoid reader too.
 */
package dev.contrastive4j.runtime.data.planetoid.pickle;
