package dev.contrastive4j.runtime.plugins;

import dev.contrastive4j.api.annotations.PluginRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the plugin registries of a class path come from: the jar or class directory of each
 * registry class. A class loader loads one class per name, so two libraries whose registries
 * have one class name (the processor's default, {@code Contrastive4jRegistry} in the plugins'
 * common package, is the same for two libraries with plugins in one package) would hide each
 * other: {@link java.util.ServiceLoader} reads both service files, counts the name once and
 * loads the first library's class, and the plugins of the other are missing without a word.
 */
final class RegistrySources {
  private RegistrySources() {}

  /**
   * Checks that each registry class that {@code loader}'s service files list is one class: the
   * same class file wherever it is on the class path (a library on it twice is one library).
   *
   * @throws PluginException naming the registry and the two places it differs between
   */
  static void requireOneClassPerName(ClassLoader loader) {
    for (String registry : listed(loader)) {
      String classFile = registry.replace('.', '/') + ".class";
      List<URL> copies = resources(loader, classFile);
      if (copies.size() < 2) {
        continue; // one place: nothing to compare, and nothing to read
      }
      // Every copy must equal the first, and so each other.
      String first = location(copies.get(0), classFile);
      byte[] firstContent = read(copies.get(0), classFile);
      for (URL url : copies.subList(1, copies.size())) {
        String where = location(url, classFile);
        if (!Arrays.equals(firstContent, read(url, classFile))) {
          throw new PluginException("two libraries have a plugin registry named " + registry
              + ", and they differ: " + first + " and " + where + "; a class loader "
              + "loads one class of a name, so the plugins of " + where + " would be missing "
              + "without a word; give each library's registry a name of its own (compile it "
              + "with -Acontrastive4j.registry=<package>.<Name>), or leave one library off "
              + "the class path");
        }
      }
    }
  }

  /**
   * The jar or class directory {@code type} was loaded from, as a file path where it is a file;
   * null where the class loader does not say.
   */
  static String of(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null ? null
        : readable(source.getLocation().toString());
  }

  /** The class names {@code loader}'s service files list, in class path order. */
  private static Set<String> listed(ClassLoader loader) {
    Set<String> names = new LinkedHashSet<>();
    for (URL file : resources(loader, PluginRegistry.SERVICE_FILE)) {
      try (InputStream in = file.openStream();
          BufferedReader lines = new BufferedReader(
              new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          int comment = line.indexOf('#');
          String name = (comment < 0 ? line : line.substring(0, comment)).strip();
          if (!name.isEmpty()) {
            names.add(name);
          }
        }
      } catch (IOException e) {
        throw new PluginException("the service file " + file + " cannot be read: "
            + e.getMessage(), e);
      }
    }
    return names;
  }

  /** Every copy of {@code resource} on {@code loader}'s class path, each place once. */
  private static List<URL> resources(ClassLoader loader, String resource) {
    Map<String, URL> distinct = new LinkedHashMap<>();
    try {
      Enumeration<URL> found = loader.getResources(resource);
      while (found.hasMoreElements()) {
        URL url = found.nextElement();
        distinct.putIfAbsent(url.toString(), url);
      }
    } catch (IOException e) {
      throw new PluginException("the class path cannot be searched for " + resource + ": "
          + e.getMessage(), e);
    }
    return new ArrayList<>(distinct.values());
  }

  private static byte[] read(URL url, String resource) {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new PluginException(resource + " in " + location(url, resource)
          + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The jar or directory that holds {@code url}, the address of {@code resource}. */
  private static String location(URL url, String resource) {
    String s = url.toString();
    int inJar = s.lastIndexOf("!/");
    if (s.startsWith("jar:") && inJar > 0) {
      return readable(s.substring("jar:".length(), inJar));
    }
    return readable(s.endsWith(resource) ? s.substring(0, s.length() - resource.length()) : s);
  }

  /** A file path for a {@code file:} address; any other address as it is. */
  private static String readable(String address) {
    try {
      URI uri = new URI(address);
      return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : address;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return address;
    }
  }
}
