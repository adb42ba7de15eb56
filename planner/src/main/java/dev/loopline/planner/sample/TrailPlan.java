package dev.loopline.planner.sample;

/** A hiking trail over a ridge along street row {@code y}: footways on the slopes, steps near the crest. */
public record TrailPlan(String zh, String en, Ridge ridge, double y) {}
