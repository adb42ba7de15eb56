package dev.loopline.archfixture.modules.planner;

/** Planted violation: the planner reaches up into the web. */
public class SeesWeb {
  public void use(dev.loopline.archfixture.modules.web.api.Controller target) {}
}
