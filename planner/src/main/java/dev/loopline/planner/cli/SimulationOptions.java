package dev.loopline.planner.cli;

import dev.loopline.planner.app.Settings;
import dev.loopline.planner.proposal.SimulationSettings;
import picocli.CommandLine.Option;

/** The options that say how a proposal's timetable is simulated, shared by {@code evaluate} and {@code export}. */
final class SimulationOptions {
  @Option(names = "--no-calibration",
      description = "use the traffic factor and dwell instead of running times calibrated on the feed's bus trips")
  boolean noCalibration;

  @Option(names = "--traffic-factor", paramLabel = "F",
      description = "without calibration: multiplier on free-flow bus running times (default: ${DEFAULT-VALUE})")
  double trafficFactor;

  @Option(names = "--dwell", paramLabel = "SECONDS",
      description = "without calibration: dwell time at each intermediate stop (default: ${DEFAULT-VALUE})")
  int dwellSeconds;

  /** The settings, checked; a bad value names its option. */
  SimulationSettings settings() {
    return Settings.simulation(trafficFactor, dwellSeconds, !noCalibration);
  }
}
