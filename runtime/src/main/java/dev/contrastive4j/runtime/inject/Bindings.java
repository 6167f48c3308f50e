package dev.contrastive4j.runtime.inject;

import com.google.inject.Binding;
import com.google.inject.spi.ElementSource;
import java.lang.reflect.Method;

/** What messages and records say about where a binding comes from. */
final class Bindings {
  private Bindings() {}

  /** The provider method or the line that declared {@code binding}. */
  static String declaredAt(Binding<?> binding) {
    Object source = binding.getSource();
    Object declaring = source instanceof ElementSource e ? e.getDeclaringSource() : source;
    // A Method's own toString leads with its return type and modifiers.
    return declaring instanceof Method m ? m.getDeclaringClass().getName() + "." + m.getName()
        + "()" : String.valueOf(declaring);
  }

  /**
   * Whether {@code binding} is the one a provider method of {@code module} declares: false for a
   * binding that another module put in its place. (The method is what Guice keeps of a binding's
   * origin through {@code Modules.override}; the module chain it records there is the override's.)
   */
  static boolean providedBy(Binding<?> binding, Class<?> module) {
    return binding.getSource() instanceof ElementSource e
        && e.getDeclaringSource() instanceof Method m && m.getDeclaringClass() == module;
  }
}
