package dev.contrastive4j.runtime.inject;

import com.google.inject.spi.Message;
import java.util.Collection;

/**
 * Guice's error messages in one line: the first line of each (what is wrong, without its error
 * code and the many lines of where it was requested), for messages that must stay one line.
 */
public final class GuiceMessages {
  private GuiceMessages() {}

  /** The first lines of {@code messages}, each once, joined by "; ". */
  public static String summary(Collection<Message> messages) {
    return String.join("; ", messages.stream().map(GuiceMessages::firstLine).distinct().toList());
  }

  private static String firstLine(Message m) {
    String text = m.getMessage().strip();
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end).strip();
    return line.replaceFirst("^\\[Guice/[A-Za-z]+\\]:\\s*", "").replaceFirst("\\.$", "");
  }
}
