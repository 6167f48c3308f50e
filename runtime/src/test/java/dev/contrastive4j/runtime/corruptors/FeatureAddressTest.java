package dev.contrastive4j.runtime.corruptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link FeatureAddress}: what each kind of address requires, and how it reads in messages. */
class FeatureAddressTest {

  private static String refusal(SetKind kind, String set, String feature) {
    return assertThrows(CorruptionException.class, () -> new FeatureAddress(kind, set, feature))
        .getMessage();
  }

  @Test
  void nodeAndEdgeSetAddressesNeedASetName() {
    assertEquals("a node set feature address needs a set name, got null",
        refusal(SetKind.NODE_SET, null, "x"));
    assertEquals("an edge set feature address needs a set name, got ''",
        refusal(SetKind.EDGE_SET, "", "w"));
    assertEquals("a feature address needs a kind of set, got null", refusal(null, "p", "x"));
  }

  @Test
  void everyAddressNeedsAFeatureNameAndTheMessageSaysWhose() {
    assertEquals("a feature address needs a feature name, got null for node set 'paper'",
        refusal(SetKind.NODE_SET, "paper", null));
    assertEquals("a feature address needs a feature name, got '' for edge set 'cites'",
        refusal(SetKind.EDGE_SET, "cites", ""));
    assertEquals("a feature address needs a feature name, got '' for the context",
        refusal(SetKind.CONTEXT, null, ""));
  }

  @Test
  void contextAddressesDropAnySetName() {
    // The context has no sets: a set name given with it is ignored, and none is needed.
    FeatureAddress address = new FeatureAddress(SetKind.CONTEXT, "paper", "c");
    assertNull(address.setName());
    assertEquals(FeatureAddress.context("c"), address);
    assertEquals("context feature 'c'", address.toString());
    assertEquals("edge set 'cites', feature 'w'",
        new FeatureAddress(SetKind.EDGE_SET, "cites", "w").toString());
  }
}
