package dev.contrastive4j.runtime.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (absent when run from classes: "development"). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"contrastive4j " + (v == null ? "(development build)" : v)};
  }
}
