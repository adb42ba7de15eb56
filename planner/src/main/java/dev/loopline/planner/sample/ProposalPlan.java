package dev.loopline.planner.sample;

/**
 * A sample proposal to generate: a bus line from one rail station through a border gap to a station of another
 * line, run by {@code operator}, so that with the two rail lines it closes a loop.
 */
public record ProposalPlan(String id, String zh, String en, String operator, String fromStation, String gapId,
                           String toStation, boolean weekends) {}
