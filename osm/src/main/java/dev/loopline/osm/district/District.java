package dev.loopline.osm.district;

import org.locationtech.jts.geom.Geometry;

/**
 * An administrative district (the High-tech Zone core or one of the five surrounding districts of the Science City),
 * whose own bus network and budget a proposal has to respect.
 *
 * @param id short stable identifier used across Loopline (e.g. {@code shapingba})
 * @param name local name (e.g. 沙坪坝区)
 * @param nameEn English name for reports
 * @param area boundary in lon/lat (x = longitude, y = latitude), a Polygon or MultiPolygon
 */
public record District(String id, String name, String nameEn, Geometry area) {}
