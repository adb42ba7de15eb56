package dev.loopline.planner.score;

/**
 * Per grid cell, the walking metres to the nearest bus stop and to the nearest rail station, and the straight-line
 * metres to the nearest bus stop and to the nearest rail station (for the GB/T 51328-2018 radius rates, bus and rail
 * apart). {@code Float.POSITIVE_INFINITY} when none is within the search distance. Immutable by convention:
 * {@link CoverageCalculator} copies before adding stops.
 */
public record CoverageState(float[] busMeters, float[] railMeters, float[] busStraightMeters,
                            float[] railStraightMeters) {}
