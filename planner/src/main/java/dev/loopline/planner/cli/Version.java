package dev.loopline.planner.cli;

import picocli.CommandLine;

/** Reports the Loopline version from the jar manifest (or "dev" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = LooplineCli.class.getPackage().getImplementationVersion();
    return new String[] {"loopline " + (v == null ? "dev" : v) + " (Java " + Runtime.version() + ")"};
  }
}
