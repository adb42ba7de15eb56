/**
 * The street network API of Loopline: snapping, walking trees, transfers and paths, bus line routing and walk
 * catchments on OpenStreetMap data. Callers use {@link dev.loopline.osm.StreetNetwork} and the records beside it;
 * the GraphHopper implementation lives in {@code dev.loopline.osm.graphhopper} and nothing else touches GraphHopper.
 * Districts and population grids are in the {@code district} and {@code population} sub-packages.
 */
package dev.loopline.osm;
