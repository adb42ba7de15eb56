package dev.loopline.osm;

/**
 * Facts about an opened street network, for logs, benchmarks and checking that the cache was used.
 *
 * @param graphFolder the cache entry the graph was loaded from
 * @param cacheKey hex hash of the OSM content and the profile settings
 * @param importedNow true when this open imported the OSM file, false when the cache was reused
 * @param nodes graph junctions
 * @param edges graph edges (road segments between junctions)
 * @param minLat south edge of the graph's bounding box
 * @param minLon west edge
 * @param maxLat north edge
 * @param maxLon east edge
 */
public record StreetNetworkInfo(java.nio.file.Path graphFolder, String cacheKey, boolean importedNow, int nodes,
    int edges, double minLat, double minLon, double maxLat, double maxLon) {}
