/**
 * Small geometric helpers shared by the street network, districts and population grids: a bucket grid for radius
 * queries over points and a local metric projection for buffers and areas. No GraphHopper here.
 */
package dev.loopline.osm.geo;
