package dev.loopline.archfixture.modules.gtfs;

/** Planted violation: Raptor used outside the planner. */
public class SeesRaptor {
  public void use(org.opentripplanner.raptor.api.model.RaptorTransfer target) {}
}
