package dev.loopline.osm;

import java.util.Map;
import java.util.TreeMap;

/**
 * The road between two consecutive waypoints of a bus route.
 *
 * @param meters driven distance
 * @param seconds free-flow running time from the bus profile (no dwell time, no congestion)
 * @param metersByRoadClass the driven distance by OSM road class ({@code primary}, {@code residential}, ...: the
 *     classes GraphHopper encodes), adding up to {@code meters}; empty when not known
 */
public record BusLeg(double meters, double seconds, Map<String, Double> metersByRoadClass) {
  public BusLeg {
    metersByRoadClass = java.util.Collections.unmodifiableMap(new TreeMap<>(metersByRoadClass));
  }

  /** A leg whose road classes are not known. */
  public BusLeg(double meters, double seconds) {
    this(meters, seconds, Map.of());
  }
}
