package dev.loopline.planner.proposal;

/**
 * How a proposed line's timetable is derived from the road route. GraphHopper's bus profile gives free-flow
 * running times; real buses in Chongqing traffic are slower, so running times are multiplied by
 * {@code trafficFactor} (1.3 by default: about 23 % slower than free flow, a common planning allowance for urban
 * arterials in the peak; documented in docs/methods.md). Each intermediate stop adds {@code dwellSeconds} for
 * boarding and alighting.
 */
public record SimulationSettings(double trafficFactor, int dwellSeconds) {
  public static final SimulationSettings DEFAULTS = new SimulationSettings(1.3, 20);

  public SimulationSettings {
    if (!(trafficFactor >= 1.0 && trafficFactor <= 5.0)) {
      throw new IllegalArgumentException("traffic factor must be between 1 and 5, got " + trafficFactor);
    }
    if (dwellSeconds < 0 || dwellSeconds > 600) {
      throw new IllegalArgumentException("dwell time must be between 0 and 600 seconds, got " + dwellSeconds);
    }
  }
}
