package dev.loopline.osm;

import java.util.List;

/**
 * One street of the network as a map draws it: an edge of the street graph with its full geometry.
 *
 * @param roadClass the OSM road class in lower case ({@code motorway}, {@code primary}, {@code residential},
 *                  {@code footway}, {@code steps}, ...; {@code other} when the graph does not know it)
 * @param tunnel    true when the street runs in a tunnel (drawn dashed, under the others)
 * @param points    the edge's points from one end to the other, at least two
 */
public record StreetLine(String roadClass, boolean tunnel, List<LatLon> points) {
  public StreetLine {
    points = List.copyOf(points);
  }
}
