package dev.loopline.archfixture.modules.web;

/** Lawful: the web's command-line entry (its root package) plugs into the CLI. */
public class ServeEntry {
  public void use(dev.loopline.archfixture.modules.planner.cli.Command target) {}
}
