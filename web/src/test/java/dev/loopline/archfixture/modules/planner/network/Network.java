package dev.loopline.archfixture.modules.planner.network;

/** A class for planted violations to point at; one of the types the web may see. */
public class Network {
  /** A nested type comes with its class. */
  public record Summary(int stops) {}
}
