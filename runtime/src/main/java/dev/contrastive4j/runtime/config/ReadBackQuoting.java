package dev.contrastive4j.runtime.config;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Quotes every string that YAML would read back as something else: besides what Jackson
 * quotes (plain numbers, {@code true}, {@code null}), YAML 1.1's other numbers and booleans,
 * such as {@code 1e-3}, {@code .nan}, {@code 0x10}, {@code 1_000} and {@code yes}, which left
 * plain were read back as a number or a boolean (or refused): what is written must read back.
 */
final class ReadBackQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;
  // SnakeYAML's resolver of implicit (plain) scalars, YAML 1.1's rules.
  private static final Resolver RESOLVER = new Resolver();

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value)
        || !Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, value, true));
  }
}
