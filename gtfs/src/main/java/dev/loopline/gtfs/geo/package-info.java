/**
 * The geo toolkit every module uses, so that a metre means the same everywhere: one sphere and great-circle distance
 * ({@link dev.loopline.gtfs.geo.Geo}), one local metric plane for areas and buffers
 * ({@link dev.loopline.gtfs.geo.LocalProjection}, on JTS geometries), one point index
 * ({@link dev.loopline.gtfs.geo.PointIndex}), GeoJSON output ({@link dev.loopline.gtfs.geo.GeoJsonOut}), and the
 * datums Chinese feeds are published in ({@link dev.loopline.gtfs.geo.CoordinateSystem}: WGS-84, GCJ-02, BD-09) with
 * their conversion to the WGS-84 that OpenStreetMap and the rest of Loopline use. It lives in the gtfs module because
 * that module depends on no other Loopline module; {@code osm} may use this package (and {@code gtfs.io}) and
 * nothing else of {@code gtfs}.
 */
package dev.loopline.gtfs.geo;
