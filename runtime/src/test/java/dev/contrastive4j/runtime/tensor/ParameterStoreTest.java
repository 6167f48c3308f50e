package dev.contrastive4j.runtime.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ParameterException;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitXavierUniform;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Naming, seeding and DL4J weight initialization of parameters. */
class ParameterStoreTest {

  @Test
  void namesAreUniqueAndLookupsNameTheMissingParameter() {
    ParameterStore store = new ParameterStore(1);
    store.create("encoder/w", WeightInit.XAVIER, 3, 2);
    store.zeros("encoder/b", 2);
    ParameterException duplicate =
        assertThrows(ParameterException.class, () -> store.zeros("encoder/w", 4));
    assertEquals("parameter 'encoder/w' already exists in this store (shape [3, 2])",
        duplicate.getMessage());
    ParameterException missing =
        assertThrows(ParameterException.class, () -> store.get("decoder/w"));
    assertEquals("no parameter named 'decoder/w'; the store has [encoder/w, encoder/b]",
        missing.getMessage());
    assertThrows(ParameterException.class, () -> store.zeros(" ", 1));
    assertThrows(ParameterException.class, () -> store.zeros(null, 1));
    ParameterException spaces =
        assertThrows(ParameterException.class, () -> store.zeros("w ", 1));
    assertEquals("parameter name 'w ' has leading or trailing whitespace", spaces.getMessage());
    assertEquals(2, store.size());
  }

  @Test
  void everyWayOfCreatingAParameterChecksItsNameAndShape() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    store.zeros("w", 2);
    String duplicate = "parameter 'w' already exists in this store (shape [2])";
    assertEquals(duplicate, assertThrows(ParameterException.class,
        () -> store.add("w", Nd4j.ones(2))).getMessage());
    assertEquals(duplicate, assertThrows(ParameterException.class,
        () -> store.create("w", WeightInit.XAVIER, 2, 2)).getMessage());
    assertEquals(duplicate, assertThrows(ParameterException.class,
        () -> store.create("w", new WeightInitXavierUniform(), 2, 2, 2, 2)).getMessage());
    assertEquals("parameter 'v': shape [0, 2] has a non-positive dimension",
        assertThrows(ParameterException.class,
            () -> store.create("v", WeightInit.XAVIER, 0, 2)).getMessage());
    assertEquals("parameter 'v': shape [2, -1] has a non-positive dimension",
        assertThrows(ParameterException.class,
            () -> store.create("v", new WeightInitXavierUniform(), 2, 2, 2, -1)).getMessage());
    assertEquals("parameter 'v': fanIn and fanOut must be positive, got 0.0 and 2.0",
        assertThrows(ParameterException.class,
            () -> store.create("v", new WeightInitXavierUniform(), 0, 2, 2, 2)).getMessage());
    assertEquals("parameter 'v': fanIn and fanOut must be positive, got 2.0 and 0.0",
        assertThrows(ParameterException.class,
            () -> store.create("v", new WeightInitXavierUniform(), 2, 0, 2, 2)).getMessage());
    assertEquals(1, store.size());
    assertFalse(store.contains("v"));
  }

  @Test
  void aWeightMatrixHasItsNameAndDimensionsCheckedBeforeItsRank() {
    // The message names the first problem: a rank-3 shape with a blank name or a zero is
    // refused for those, not for its rank.
    ParameterStore store = new ParameterStore(1);
    assertEquals("parameter name must not be blank, got ' '", assertThrows(
        ParameterException.class, () -> store.create(" ", WeightInit.XAVIER, 1, 2, 2))
        .getMessage());
    assertEquals("parameter 'w': shape [0, 2, 2] has a non-positive dimension", assertThrows(
        ParameterException.class, () -> store.create("w", WeightInit.XAVIER, 0, 2, 2))
        .getMessage());
  }

  @Test
  void aSchemeThatReturnsANewArrayHasItsValuesKept() {
    // DL4J's schemes fill the view they are given; one may return another array instead.
    IWeightInit ones = new WeightInitXavierUniform() {
      @Override
      public INDArray init(double fanIn, double fanOut, long[] shape, char order,
          INDArray paramView) {
        return Nd4j.ones(paramView.dataType(), shape);
      }
    };
    assertEquals(Nd4j.ones(DataType.DOUBLE, 2, 3),
        new ParameterStore(1, DataType.DOUBLE).create("w", ones, 2, 3, 2, 3).value());
  }

  @Test
  void aMissingNameListsTwentyNamesAtMost() {
    ParameterStore store = new ParameterStore(1);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      names.add("p" + i);
      store.zeros("p" + i, 1);
    }
    assertEquals("no parameter named 'x'; the store has " + names,
        assertThrows(ParameterException.class, () -> store.get("x")).getMessage());
    store.zeros("p20", 1);
    assertEquals("no parameter named 'x'; the store has [" + String.join(", ", names) + ", ...]",
        assertThrows(ParameterException.class, () -> store.get("x")).getMessage());
  }

  @Test
  void clearGradientsForgetsEveryGradient() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Parameter a = store.zeros("a", 2);
    Parameter b = store.zeros("b", 2);
    Tape tape = new Tape();
    tape.backward(Ops.sum(Ops.add(tape.param(a), tape.param(b))));
    assertNotNull(a.gradient());
    store.clearGradients();
    assertNull(a.gradient());
    assertNull(b.gradient());
  }

  @Test
  void keepsCreationOrderAndCounts() {
    ParameterStore store = new ParameterStore(1);
    store.zeros("c", 2, 2);
    store.zeros("a", 3);
    store.zeros("b", 1);
    assertEquals(List.of("c", "a", "b"), store.parameters().stream().map(Parameter::name).toList());
    assertEquals(8, store.elementCount());
    assertTrue(store.contains("a"));
    assertEquals(DataType.FLOAT, store.get("a").dataType());
  }

  @Test
  void sameSeedSameValuesIndependentOfCreationOrder() {
    ParameterStore first = new ParameterStore(42, DataType.DOUBLE);
    first.create("w", WeightInit.XAVIER, 20, 10);
    first.create("v", WeightInit.XAVIER_UNIFORM, 10, 5);
    ParameterStore second = new ParameterStore(42, DataType.DOUBLE);
    second.create("v", WeightInit.XAVIER_UNIFORM, 10, 5);
    second.create("w", WeightInit.XAVIER, 20, 10);
    assertEquals(first.get("w").value(), second.get("w").value());
    assertEquals(first.get("v").value(), second.get("v").value());

    ParameterStore otherSeed = new ParameterStore(43, DataType.DOUBLE);
    otherSeed.create("w", WeightInit.XAVIER, 20, 10);
    assertNotEquals(first.get("w").value(), otherSeed.get("w").value());
    ParameterStore sameSeed = new ParameterStore(42, DataType.DOUBLE);
    sameSeed.create("w2", WeightInit.XAVIER, 20, 10);
    assertNotEquals(first.get("w").value(), sameSeed.get("w2").value(), "names pick the stream");
  }

  @Test
  void xavierSchemesHaveTheirDocumentedScale() {
    ParameterStore store = new ParameterStore(7, DataType.DOUBLE);
    INDArray normal = store.create("normal", WeightInit.XAVIER, 200, 300).value();
    INDArray uniform = store.create("uniform", WeightInit.XAVIER_UNIFORM, 200, 300).value();
    double std = Math.sqrt(2.0 / (200 + 300));
    // 60000 draws: the sample standard deviation is within 1 % with overwhelming probability
    assertEquals(std, normal.stdNumber().doubleValue(), 0.01 * std);
    assertEquals(0.0, normal.meanNumber().doubleValue(), 0.05 * std);
    assertEquals(std, uniform.stdNumber().doubleValue(), 0.01 * std);
    double bound = Math.sqrt(6.0 / (200 + 300));
    assertTrue(uniform.amaxNumber().doubleValue() <= bound);
    assertTrue(uniform.amaxNumber().doubleValue() > 0.99 * bound);
  }

  @Test
  void constantsZerosAndPreluAlpha() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    assertEquals(Nd4j.zeros(DataType.DOUBLE, 4), store.zeros("b", 4).value());
    assertEquals(Nd4j.valueArrayOf(new long[] {3}, 0.25, DataType.DOUBLE),
        store.preluAlpha("alpha", 3).value());
    assertEquals(Nd4j.valueArrayOf(new long[] {2, 2}, 1.5, DataType.DOUBLE),
        store.constant("c", 1.5, 2, 2).value());
  }

  @Test
  void otherRanksNeedExplicitFans() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    ParameterException e = assertThrows(ParameterException.class,
        () -> store.create("bilinear", WeightInit.XAVIER_UNIFORM, 1, 4, 4));
    assertEquals("parameter 'bilinear': shape [1, 4, 4] is not [fanIn, fanOut]; give fanIn and"
        + " fanOut explicitly for other ranks", e.getMessage());
    Parameter p = store.create("bilinear", new WeightInitXavierUniform(), 16, 4, 1, 4, 4);
    assertEquals(List.of(1L, 4L, 4L), List.of(p.shape()[0], p.shape()[1], p.shape()[2]));
    assertTrue(p.value().amaxNumber().doubleValue() <= Math.sqrt(6.0 / 20));
    assertThrows(ParameterException.class, () -> store.zeros("empty", 3, 0));
  }

  @Test
  void addCopiesAndCasts() {
    ParameterStore store = new ParameterStore(1);
    INDArray source = Nd4j.createFromArray(1.0, 2.0);
    Parameter p = store.add("p", source);
    source.addi(5);
    assertEquals(DataType.FLOAT, p.dataType());
    assertEquals(Nd4j.createFromArray(1.0f, 2.0f), p.value());
    ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
        () -> p.assign(Nd4j.ones(DataType.FLOAT, 3)));
    assertEquals("parameter 'p': cannot assign shape [3] to shape [2]", e.getMessage());
  }

  @Test
  void rejectsIntegerStores() {
    ParameterException e =
        assertThrows(ParameterException.class, () -> new ParameterStore(1, DataType.INT32));
    assertEquals("parameter data type must be floating point, got INT", e.getMessage());
  }
}
