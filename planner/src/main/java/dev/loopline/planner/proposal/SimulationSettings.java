package dev.loopline.planner.proposal;

/**
 * How a proposed line's timetable is derived from the road route. With {@code calibrate} (the default), running
 * times come from a {@link RunningTimeModel} fitted on the network's own bus timetables. Without it, or when the
 * network has too few bus trips to fit one, GraphHopper's free-flow bus times are multiplied by
 * {@code trafficFactor} (1.3 by default, an uncalibrated allowance) and each intermediate stop adds
 * {@code dwellSeconds}. docs/methods.md explains both.
 */
public record SimulationSettings(double trafficFactor, int dwellSeconds, boolean calibrate) {
  public static final SimulationSettings DEFAULTS = new SimulationSettings(1.3, 20, true);

  /** Calibrated settings with the given fallbacks. */
  public SimulationSettings(double trafficFactor, int dwellSeconds) {
    this(trafficFactor, dwellSeconds, true);
  }

  public SimulationSettings {
    if (!(trafficFactor >= 1.0 && trafficFactor <= 5.0)) {
      throw new IllegalArgumentException("traffic factor must be between 1 and 5, got " + trafficFactor);
    }
    if (dwellSeconds < 0 || dwellSeconds > 600) {
      throw new IllegalArgumentException("dwell time must be between 0 and 600 seconds, got " + dwellSeconds);
    }
  }
}
