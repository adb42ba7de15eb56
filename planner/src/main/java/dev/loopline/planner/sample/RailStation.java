package dev.loopline.planner.sample;

/** A metro station (one platform stop per line; interchanges are separate stops a few dozen metres apart). */
public record RailStation(String stopId, String zh, String en, Xy position) {}
