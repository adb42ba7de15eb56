/**
 * The GraphHopper 11 adapter behind {@link dev.loopline.osm.StreetNetwork}, opened with
 * {@link dev.loopline.osm.graphhopper.StreetNetworks#open}. One class per job:
 * {@link dev.loopline.osm.graphhopper.StreetProfiles} (profiles and encoded values),
 * {@link dev.loopline.osm.graphhopper.GraphImport} and {@link dev.loopline.osm.graphhopper.GraphCache} (import and the
 * content-keyed cache), {@code Snapping} (GraphHopper's location index and snap filters), {@code Walking} and
 * {@code GhWalkTree} (walking trees on its {@code ShortestPathTree}, transfers, paths), {@code BusRouting} (bus routes
 * through its router), {@code WalkCatchments} (isochrone triangulation);
 * {@link dev.loopline.osm.graphhopper.GraphHopperStreetNetwork} only ties them together. This is the only package that
 * may use GraphHopper types, so a GraphHopper upgrade is confined here.
 */
package dev.loopline.osm.graphhopper;
