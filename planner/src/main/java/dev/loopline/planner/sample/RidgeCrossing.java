package dev.loopline.planner.sample;

/**
 * A road over or through a ridge along one east-west street row: a tunnel ({@code tunnel=yes, layer=-1}) or a
 * winding pass road. These and the expressway tunnels are the only ways across.
 *
 * @param y     the row the crossing follows (metres north), snapped to the nearest arterial row by the builder
 * @param clazz the road class of the crossing
 */
public record RidgeCrossing(String zh, String en, String ridgeId, double y, HighwayClass clazz, boolean pass) {}
