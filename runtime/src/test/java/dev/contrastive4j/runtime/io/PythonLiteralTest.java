package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The .npy header's dict literal as Python reads it, and what a corrupt one is told. */
class PythonLiteralTest {
  private static String problem(String text) {
    return assertThrows(IllegalArgumentException.class, () -> PythonLiteral.parseDict(text))
        .getMessage();
  }

  @Test
  void takesWhiteSpaceWhereverPythonDoes() {
    // Other writers than NumPy space their headers otherwise; Python reads them all alike.
    Map<String, Object> dict = PythonLiteral.parseDict(
        "  {'descr' : '<f4' , 'shape' : ( 3 , 2 , ) , 'list': [ ] }  \n");
    assertEquals(Map.of("descr", "<f4", "shape", List.of(3L, 2L), "list", List.of()), dict);
  }

  @Test
  void readsEscapedQuotesAndNone() {
    Map<String, Object> dict = PythonLiteral.parseDict("{'it\\'s': None, \"b\": [True, -1]}");
    assertEquals(List.of("it's", "b"), List.copyOf(dict.keySet()));
    assertNull(dict.get("it's"));
    assertEquals(List.of(true, -1L), dict.get("b"));
  }

  @Test
  void aHeaderCutShortSaysWhatWasExpectedAtItsEnd() {
    // Each ended as an index out of bounds rather than a message naming the place.
    assertEquals("expected a value at character 6, found the end", problem("{'a': "));
    assertEquals("expected ',' or '}' at character 7, found the end", problem("{'a': 3"));
    assertEquals("expected a closing ' at character 10, found the end",
        problem("{'a': 'abc"));
    assertEquals("expected a closing ' at character 4, found the end", problem("{'a\\"));
    assertEquals("expected a quoted key or '}' at character 9, found the end",
        problem("{'a': 3, "));
  }

  @Test
  void showsTheTextWhereAHeaderGoesWrong() {
    assertEquals("expected ',' or ')' at character 15, found '}'",
        problem("{'shape': (3, 2}"));
    assertEquals("expected a string, number, True, False, None, tuple, list or dict at character "
        + "6, found 'nonsense-tex'", problem("{'a': nonsense-text-that-goes-on}"));
  }
}
