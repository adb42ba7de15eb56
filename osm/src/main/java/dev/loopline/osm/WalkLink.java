package dev.loopline.osm;

/**
 * A walking connection from one point of a list to another, as computed by
 * {@link StreetNetwork#walkTransfers(java.util.List, double)}.
 *
 * @param toIndex index of the target point in the list given
 * @param seconds walking time, off-road legs included
 * @param meters walking distance, off-road legs included
 */
public record WalkLink(int toIndex, double seconds, double meters) {}
