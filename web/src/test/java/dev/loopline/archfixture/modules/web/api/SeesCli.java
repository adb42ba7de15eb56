package dev.loopline.archfixture.modules.web.api;

/** Planted violation: a REST controller uses a command-line class. */
public class SeesCli {
  public void use(dev.loopline.archfixture.modules.planner.cli.Command target) {}
}
