/**
 * Reading GeoJSON polygon layers (districts, population cells) with errors that name file, line and member. The
 * geometric toolkit itself (distance, projection, point index) is the shared {@code dev.loopline.gtfs.geo}.
 */
package dev.loopline.osm.geo;
