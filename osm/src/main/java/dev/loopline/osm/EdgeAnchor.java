package dev.loopline.osm;

/**
 * Where a snapped point sits inside the street graph: on which edge, between which two junctions, and how far along.
 * Network-internal: only meaningful to the {@link StreetNetwork} that produced it (and only while it is open). It is
 * kept in {@link Snap} so that a walk tree can price a pre-snapped target in constant time.
 *
 * @param edge graph edge id
 * @param baseNode the junction the edge geometry starts at
 * @param adjNode the junction the edge geometry ends at
 * @param offsetMeters distance along the edge from {@code baseNode} to the snapped point
 * @param edgeMeters full length of the edge
 */
public record EdgeAnchor(int edge, int baseNode, int adjNode, double offsetMeters, double edgeMeters) {}
