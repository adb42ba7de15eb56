package dev.loopline.osm;

/**
 * The road between two consecutive waypoints of a bus route.
 *
 * @param meters driven distance
 * @param seconds free-flow running time from the bus profile (no dwell time, no congestion)
 */
public record BusLeg(double meters, double seconds) {}
