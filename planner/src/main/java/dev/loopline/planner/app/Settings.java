package dev.loopline.planner.app;

import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.score.AccessibilitySettings;
import dev.loopline.planner.score.CostModel;
import dev.loopline.planner.score.CoverageSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * Scoring and simulation settings from the plain values users give, checked with the request field named in every
 * error, so that the command line and the web report a bad value the same way.
 */
public final class Settings {
  private Settings() {}

  /**
   * @param trafficFactor multiplier on free-flow bus running times, 1–5 (without calibration)
   * @param dwellSeconds  dwell at each intermediate stop, 0–600 s (without calibration)
   * @param calibrate running times calibrated on the network's own bus trips (the default)
   */
  public static SimulationSettings simulation(double trafficFactor, int dwellSeconds, boolean calibrate) {
    if (!(trafficFactor >= 1 && trafficFactor <= 5)) {
      throw InvalidRequestException.of("trafficFactor", "must be between 1 and 5, got " + trafficFactor);
    }
    if (dwellSeconds < 0 || dwellSeconds > 600) {
      throw InvalidRequestException.of("dwellSeconds", "must be between 0 and 600 seconds, got " + dwellSeconds);
    }
    return new SimulationSettings(trafficFactor, dwellSeconds, calibrate);
  }

  /**
   * @param busMeters  walking distances to a bus stop that count as covered
   * @param railMeters walking distance to a rail station that counts as covered
   */
  public static CoverageSettings coverage(List<Integer> busMeters, int railMeters) {
    try {
      return new CoverageSettings(busMeters, railMeters, CoverageSettings.DEFAULTS.borderBeltMeters());
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("busMeters/railMeters", e.getMessage());
    }
  }

  /**
   * @param originZoneMeters accessibility searches once per square zone of this size (0: every populated cell),
   *                         0–10,000 m
   */
  public static AccessibilitySettings accessibility(double originZoneMeters) {
    if (!(originZoneMeters >= 0 && originZoneMeters <= 10_000)) {
      throw InvalidRequestException.of("originZoneMeters", "must be between 0 and 10000 metres, got "
          + originZoneMeters);
    }
    return AccessibilitySettings.DEFAULTS.withOriginZoneMeters(originZoneMeters);
  }

  /**
   * The unit costs of a costs YAML, or the shipped defaults for {@code null}.
   *
   * @throws dev.loopline.planner.proposal.ProposalException naming the file and field of a mistake
   */
  public static CostModel costs(Path file) {
    return file == null ? CostModel.defaults() : CostModel.load(file);
  }
}
