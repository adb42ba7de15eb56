package dev.loopline.archfixture.modules.web;

/** Lawful: the web holds the open network (a named type, with its nested types) and calls an application service. */
public class UsesNamedTypes {
  public void use(dev.loopline.archfixture.modules.planner.network.Network network,
                  dev.loopline.archfixture.modules.planner.network.Network.Summary summary,
                  dev.loopline.archfixture.modules.planner.app.Service service) {}
}
