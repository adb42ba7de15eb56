/**
 * The GraphHopper 11 adapter behind {@link dev.loopline.osm.StreetNetwork}: profiles and encoded values, the
 * content-keyed graph cache, snapping with GraphHopper's location index and snap filters, walking trees on its
 * {@code ShortestPathTree}, paths and bus routes through its router, and catchments with its isochrone triangulation.
 * This is the only package that may use GraphHopper types, so a GraphHopper upgrade is confined here.
 */
package dev.loopline.osm.graphhopper;
