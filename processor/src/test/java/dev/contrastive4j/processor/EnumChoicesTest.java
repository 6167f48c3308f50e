package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnumChoicesTest {
  private static final List<String> MODES = List.of("SHUFFLE", "DROP", "DROP_EDGES");

  @Test
  void anEmptyDescriptionIsTheChoices() {
    assertEquals("one of shuffle, drop, drop_edges", EnumChoices.describe("", MODES));
    assertEquals("one of shuffle, drop, drop_edges", EnumChoices.describe("  ", MODES));
  }

  @Test
  void aDescriptionThatNamesEveryChoiceIsKept() {
    String d = "shuffle: permute rows; drop: remove nodes; drop_edges: remove edges";
    assertEquals(d, EnumChoices.describe(d, MODES));
  }

  /** A choice counts as named only as a whole word: drop_edges and drop-out do not name drop. */
  @Test
  void otherwiseTheChoicesFollowTheDescription() {
    assertEquals("how to corrupt; one of shuffle, drop, drop_edges",
        EnumChoices.describe("how to corrupt", MODES));
    assertEquals("shuffle or drop_edges (drop-out); one of shuffle, drop, drop_edges",
        EnumChoices.describe("shuffle or drop_edges (drop-out)", MODES));
    assertEquals("Shuffle, Drop or Drop_Edges; one of shuffle, drop, drop_edges",
        EnumChoices.describe("Shuffle, Drop or Drop_Edges", MODES));
  }

  /** An enum parameter's accessor in the generated spec tells the names experiments write. */
  @Test
  void theGeneratedSpecDocumentsTheChoices() {
    assertThat(Sources.compile(Sources.noiseTaking("@Param(\"MASK\") Mode mode")))
        .generatedSourceFile("com.example.NoiseSpec").contentsAsUtf8String()
        .contains("One of shuffle, mask.");
  }
}
