package dev.contrastive4j.runtime.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the small subset of Python literals that a .npy header uses: a dict with string keys
 * whose values are strings, {@code True}/{@code False}/{@code None}, integers (with Python 2's
 * optional {@code L} suffix), tuples and lists. Strings become {@link String}, booleans
 * {@link Boolean}, integers {@link Long}, tuples and lists {@link List}, {@code None} null.
 *
 * <p>Any other text fails with an {@link IllegalArgumentException} that says what was expected
 * at which character, so that a corrupt header gives a clear message.
 */
final class PythonLiteral {
  private final String text;
  private int pos;

  private PythonLiteral(String text) {
    this.text = text;
  }

  /** Parses {@code text}, which must hold one dict literal and nothing but white space after. */
  static Map<String, Object> parseDict(String text) {
    PythonLiteral p = new PythonLiteral(text);
    p.skipSpace();
    if (!p.peek('{')) {
      throw p.error("a dict '{...}'");
    }
    Object value = p.value();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("the end of the header");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> dict = (Map<String, Object>) value;
    return dict;
  }

  private Object value() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("a value");
    }
    char c = text.charAt(pos);
    if (c == '{') {
      return dict();
    }
    if (c == '(') {
      return sequence('(', ')');
    }
    if (c == '[') {
      return sequence('[', ']');
    }
    if (c == '\'' || c == '"') {
      return string();
    }
    if (c == '-' || c == '+' || Character.isDigit(c)) {
      return integer();
    }
    if (text.startsWith("True", pos)) {
      pos += 4;
      return Boolean.TRUE;
    }
    if (text.startsWith("False", pos)) {
      pos += 5;
      return Boolean.FALSE;
    }
    if (text.startsWith("None", pos)) {
      pos += 4;
      return null;
    }
    throw error("a string, number, True, False, None, tuple, list or dict");
  }

  private Map<String, Object> dict() {
    pos++; // '{'
    Map<String, Object> out = new LinkedHashMap<>();
    while (true) {
      skipSpace();
      if (peek('}')) {
        pos++;
        return out;
      }
      if (pos >= text.length() || (text.charAt(pos) != '\'' && text.charAt(pos) != '"')) {
        throw error("a quoted key or '}'");
      }
      String key = string();
      skipSpace();
      expect(':');
      Object v = value();
      if (out.containsKey(key)) {
        throw new IllegalArgumentException("key '" + key + "' appears twice");
      }
      out.put(key, v);
      skipSpace();
      if (peek(',')) {
        pos++;
      } else if (!peek('}')) {
        throw error("',' or '}'");
      }
    }
  }

  private List<Object> sequence(char open, char close) {
    pos++; // open
    List<Object> out = new ArrayList<>();
    while (true) {
      skipSpace();
      if (peek(close)) {
        pos++;
        return out;
      }
      out.add(value());
      skipSpace();
      if (peek(',')) {
        pos++;
      } else if (!peek(close)) {
        throw error("',' or '" + close + "'");
      }
    }
  }

  private String string() {
    char quote = text.charAt(pos++);
    StringBuilder s = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return s.toString();
      }
      if (c == '\\' && pos < text.length()) {
        c = text.charAt(pos++);
      }
      s.append(c);
    }
    throw error("a closing " + quote);
  }

  private Long integer() {
    int start = pos;
    if (text.charAt(pos) == '-' || text.charAt(pos) == '+') {
      pos++;
    }
    int digits = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == digits) {
      pos = start;
      throw error("a number");
    }
    String number = text.substring(start, pos);
    if (pos < text.length() && (text.charAt(pos) == 'L' || text.charAt(pos) == 'l')) {
      pos++; // Python 2 wrote long integers as 3L
    }
    try {
      return Long.parseLong(number.startsWith("+") ? number.substring(1) : number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("number " + number + " is too large");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("'" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String expected) {
    String found = pos >= text.length() ? "the end"
        : "'" + text.substring(pos, Math.min(text.length(), pos + 12)) + "'";
    return new IllegalArgumentException("expected " + expected + " at character " + pos
        + ", found " + found);
  }
}
