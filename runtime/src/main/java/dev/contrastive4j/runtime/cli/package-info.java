/**
 * The {@code contrastive4j} command line (picocli): {@link dev.contrastive4j.runtime.cli.Main}
 * and its sub-commands {@code train}, {@code evaluate}, {@code summarize}, {@code dataset info},
 * {@code dataset csbm}, {@code dataset export}, {@code tasks} and {@code init}, each in a class
 * of its own. Only {@code Main}, the option groups several commands share and
 * {@link dev.contrastive4j.runtime.cli.UserInputException} are public; errors a user can cause
 * end in one line on stderr and a non-zero exit status.
 */
package dev.contrastive4j.runtime.cli;
