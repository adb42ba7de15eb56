package dev.loopline.archfixture.modules.web.api;

/** Lawful: a REST controller calls an application service. */
public class UsesApp {
  public void use(dev.loopline.archfixture.modules.planner.app.Service target) {}
}
