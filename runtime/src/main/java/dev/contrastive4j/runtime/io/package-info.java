/**
 * Array files: NumPy {@code .npy} ({@link dev.contrastive4j.runtime.io.NpyFiles}) and CSV
 * ({@link dev.contrastive4j.runtime.io.CsvFiles}) read into and written from ND4J arrays, with
 * shape and type expectations ({@link dev.contrastive4j.runtime.io.ArrayExpectation}) and atomic
 * writes ({@link dev.contrastive4j.runtime.io.AtomicFiles}). Every problem with a file is one
 * {@link dev.contrastive4j.api.data.DatasetException} that names the file. {@link
 * dev.contrastive4j.runtime.io.JsonMessages} puts Jackson's messages about JSON files in one line.
 */
package dev.contrastive4j.runtime.io;
