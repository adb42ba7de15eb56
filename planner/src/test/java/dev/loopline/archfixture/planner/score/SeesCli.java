package dev.loopline.archfixture.planner.score;

/** Planted violation: a scorer uses a command-line class. */
public class SeesCli {
  public Object use() {
    return new dev.loopline.archfixture.planner.cli.Command();
  }
}
