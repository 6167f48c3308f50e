package dev.contrastive4j.examples.kotlin

import com.fasterxml.jackson.annotation.JsonTypeName
import com.fasterxml.jackson.databind.annotation.JsonNaming
import dev.contrastive4j.api.experiment.dsl.Experiments
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.jspecify.annotations.NullMarked
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path
import kotlin.io.path.absolutePathString

/**
 * A DSL block reaches only its own builder: the Kotlin compiler, set up as docs/experiment-config.md
 * says, refuses a setting that would otherwise land on an outer block's builder unsaid.
 */
class KotlinDslScopeTest {
    @Test
    fun aBlockDoesNotReachTheBuildersOfItsOuterBlocks(@TempDir tmp: Path) {
        val source = tmp.resolve("Misuse.kt")
        Files.writeString(
            source,
            """
            import dev.contrastive4j.api.experiment.dsl.Experiments.*

            val trainingSeed = experiment { training { seed = 5 } }
            val corruptorNodeSet = experiment { task { corruptor = shuffleFeaturesGlobally { nodeSet = "x" } } }
            val datasetSeed = experiment { dataset { name = "cora"; seed = 11 } }
            val outerByName = experiment { training { this@experiment.seed = 5 } }
            val ownSeeds = experiment { task { seed = 3; corruptor = dropEdges { seed = 7 } } }
            """.trimIndent(),
        )
        val errors = compile(source, tmp.resolve("classes"))
        val implicit = "cannot be called in this context with an implicit receiver"
        assertEquals(listOf(3, 4, 5), errors.map { it.first }, errors.toString())
        assertTrue(errors.all { it.second.contains(implicit) }, errors.toString())
        assertTrue(errors[0].second.contains("seed"), errors.toString())
        assertTrue(errors[1].second.contains("nodeSet"), errors.toString())
    }

    /** Compiles [source] as the examples' POM does; the compiler's errors, as (line, message). */
    private fun compile(source: Path, out: Path): List<Pair<Int, String>> {
        val classPath = listOf(
            Experiments::class.java, Unit::class.java, NullMarked::class.java,
            JsonTypeName::class.java, JsonNaming::class.java,
        ).joinToString(File.pathSeparator) { File(it.protectionDomain.codeSource.location.toURI()).path }
        val samWithReceiver = File(
            Class.forName("org.jetbrains.kotlin.samWithReceiver.SamWithReceiverCommandLineProcessor")
                .protectionDomain.codeSource.location.toURI(),
        ).path
        val messages = ByteArrayOutputStream()
        K2JVMCompiler().exec(
            PrintStream(messages, true, Charsets.UTF_8),
            "-no-stdlib", "-no-reflect", "-jvm-target", "17",
            "-classpath", classPath,
            "-Xplugin=$samWithReceiver",
            "-P", "plugin:org.jetbrains.kotlin.samWithReceiver:annotation=" +
                "dev.contrastive4j.api.experiment.dsl.SamWithReceiver",
            "-d", out.absolutePathString(),
            source.absolutePathString(),
        )
        val error = Regex("^.*Misuse\\.kt:(\\d+):\\d+: error: (.*)$")
        return messages.toString(Charsets.UTF_8).lines().mapNotNull { line ->
            error.find(line)?.let { it.groupValues[1].toInt() to it.groupValues[2] }
        }
    }
}
