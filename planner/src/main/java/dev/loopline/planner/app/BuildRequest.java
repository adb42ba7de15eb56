package dev.loopline.planner.app;

import dev.loopline.planner.network.NetworkInputs;
import dev.loopline.planner.transit.Interpolation;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Build a network directory.
 *
 * @param inputs what the network is built from, and how (feed, OSM extract, districts, population, transfer
 *               distance, walking speed)
 * @param out    the network directory to write
 * @param force  rebuild even when the directory is up to date with the inputs
 */
public record BuildRequest(NetworkInputs inputs, Path out, boolean force) {
  public BuildRequest {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(out, "out");
  }

  /**
   * A request from plain values.
   *
   * @param districts      district polygons (GeoJSON), or {@code null}
   * @param population     population grid (CSV or GeoJSON), or {@code null}
   * @param transferMeters longest walking transfer between stops, 0–5,000 m
   * @param walkSpeedMps   walking speed, 0.1–10 m/s
   * @param interpolation  how empty stop times are filled: {@code distance} or {@code stops}
   * @throws InvalidRequestException when a distance or speed is out of range, or the interpolation unknown
   */
  public static BuildRequest of(Path gtfs, Path osm, Path districts, Path population, double transferMeters,
                                double walkSpeedMps, String interpolation, Path out, boolean force) {
    Interpolation rule = Interpolation.parse(interpolation);
    if (rule == null) {
      throw InvalidRequestException.of("interpolate", "expected distance or stops, got '" + interpolation + "'");
    }
    try {
      return new BuildRequest(new NetworkInputs(gtfs, osm, districts, population, transferMeters, walkSpeedMps,
          rule), out, force);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.general(e.getMessage());
    }
  }
}
