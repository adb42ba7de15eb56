/**
 * Coordinates: the datums Chinese feeds are published in ({@link dev.loopline.gtfs.geo.CoordinateSystem}: WGS-84,
 * GCJ-02, BD-09) and their conversion to the WGS-84 that OpenStreetMap and the rest of Loopline use, and
 * great-circle distance ({@link dev.loopline.gtfs.geo.Geo}). Pure functions on doubles, no dependencies.
 */
package dev.loopline.gtfs.geo;
