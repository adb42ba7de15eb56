package dev.loopline.planner.sample;

/**
 * A populated area near a district border that no bus serves: no bus stop within {@code noStopRadius} of its
 * centre, so its residents (within about 500 m of the centre) have no stop within 500 m. {@code station}, when not
 * null, is a rail station inside it that therefore has poor bus feeder service. These are the problems the sample
 * proposals are written to fix.
 */
public record BorderGap(String id, String zh, String en, Xy centre, double noStopRadius, String station,
                        String borderBetween) {}
