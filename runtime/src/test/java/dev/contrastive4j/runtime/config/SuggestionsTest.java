package dev.contrastive4j.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> TRAINING =
      List.of("epochs", "learning_rate", "weight_decay", "patience", "metrics_every");

  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
    assertEquals(0, Suggestions.distance("seed", "seed"));
    assertEquals(1, Suggestions.distance("sed", "seed"));
    assertEquals(1, Suggestions.distance("seeds", "seed"));
    assertEquals(1, Suggestions.distance("seet", "seed"));
    assertEquals(1, Suggestions.distance("sede", "seed"));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(4, Suggestions.distance("", "type"));
    assertEquals(4, Suggestions.distance("type", ""));
  }

  @Test
  void suggestsTheClosestNameIgnoringCaseAndSeparators() {
    assertEquals("learning_rate", Suggestions.closest("learningRate", TRAINING));
    assertEquals("learning_rate", Suggestions.closest("learning-rat", TRAINING));
    assertEquals("epochs", Suggestions.closest("epoch", TRAINING));
    assertEquals("patience", Suggestions.closest("patince", TRAINING));
    assertEquals("barlow-twins", Suggestions.closest("BarlowTwins",
        List.of("barlow-twins", "dgi", "triplet", "vicreg")));
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertNull(Suggestions.closest("lr", TRAINING));
    assertNull(Suggestions.closest("momentum", TRAINING));
    assertNull(Suggestions.closest("x", List.of()));
  }

  @Test
  void didYouMeanIsAMessageTailOrNothing() {
    assertEquals(" (did you mean 'cora'?)",
        Suggestions.didYouMean("Corra", List.of("cora", "citeseer")));
    assertEquals("", Suggestions.didYouMean("imagenet", List.of("cora", "citeseer")));
  }
}
