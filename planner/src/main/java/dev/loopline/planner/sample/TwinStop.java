package dev.loopline.planner.sample;

/**
 * A stop published by a district for a site in its neighbour's territory: the same place, a little way along the
 * street ({@code distance} metres, 5-27 m for ordinary twins, 35-40 m for the ones a 30 m merge rule must keep
 * apart) and under a slightly different name.
 */
public record TwinStop(StopSite site, int publisher, double distance, Xy position) {}
