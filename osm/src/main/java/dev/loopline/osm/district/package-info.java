/**
 * Districts of the planning area on JTS: loading their boundaries from GeoJSON, locating points, splitting line
 * lengths by district and the belt along shared borders. Independent of the street network.
 */
package dev.loopline.osm.district;
