package dev.loopline.planner.network;

import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.planner.transit.Interpolation;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a network is built from, and how.
 *
 * @param gtfs              the (unified) GTFS feed, zip or folder
 * @param osm               the OpenStreetMap extract ({@code .osm.pbf}, {@code .pbf} or {@code .osm})
 * @param districts         district polygons (GeoJSON), or null
 * @param population        population grid (CSV), or null
 * @param transferMaxMeters walking transfers between stops are searched up to this distance
 * @param walkSpeedMps      the walking speed every walking time is computed with
 * @param interpolation     how the stop times the feed leaves empty are filled
 */
public record NetworkInputs(Path gtfs, Path osm, Path districts, Path population, double transferMaxMeters,
                            double walkSpeedMps, Interpolation interpolation) {
  public NetworkInputs {
    Objects.requireNonNull(gtfs, "gtfs");
    Objects.requireNonNull(interpolation, "interpolation");
    Objects.requireNonNull(osm, "osm");
    if (!(transferMaxMeters >= 0 && transferMaxMeters <= 5_000)) {
      throw new IllegalArgumentException("transfer distance must be between 0 and 5000 m, was " + transferMaxMeters);
    }
    if (!(walkSpeedMps > 0.1 && walkSpeedMps < 10)) {
      throw new IllegalArgumentException("walking speed must be between 0.1 and 10 m/s, was " + walkSpeedMps);
    }
  }

  /** A feed and an extract with default options (1,000 m transfers, 1.3 m/s). */
  public static NetworkInputs of(Path gtfs, Path osm) {
    return new NetworkInputs(gtfs, osm, null, null, StreetNetwork.DEFAULT_TRANSFER_METERS,
        StreetConfig.DEFAULT_WALK_SPEED_MPS, Interpolation.DISTANCE);
  }

  public NetworkInputs withDistricts(Path file) {
    return new NetworkInputs(gtfs, osm, file, population, transferMaxMeters, walkSpeedMps, interpolation);
  }

  public NetworkInputs withPopulation(Path file) {
    return new NetworkInputs(gtfs, osm, districts, file, transferMaxMeters, walkSpeedMps, interpolation);
  }

  public NetworkInputs withTransferMaxMeters(double meters) {
    return new NetworkInputs(gtfs, osm, districts, population, meters, walkSpeedMps, interpolation);
  }

  public NetworkInputs withWalkSpeed(double mps) {
    return new NetworkInputs(gtfs, osm, districts, population, transferMaxMeters, mps, interpolation);
  }

  public NetworkInputs withInterpolation(Interpolation rule) {
    return new NetworkInputs(gtfs, osm, districts, population, transferMaxMeters, walkSpeedMps, rule);
  }
}
