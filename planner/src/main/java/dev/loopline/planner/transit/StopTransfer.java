package dev.loopline.planner.transit;

/**
 * A walk from one stop to another, as stored in {@link StopTransfers}.
 *
 * @param toStop  index of the target stop in the {@link StopTransfers} (or, from {@link TransitLayer}, in the layer)
 * @param seconds walking time at the network's walking speed
 * @param meters  walking distance along the streets (straight-line for transfers computed without streets)
 */
public record StopTransfer(int toStop, int seconds, int meters) {}
