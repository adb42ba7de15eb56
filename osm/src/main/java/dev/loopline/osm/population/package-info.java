/**
 * Population and jobs on a grid of cells, read from CSV or GeoJSON and assigned to districts; the demand side of
 * Loopline's coverage and accessibility scores. Independent of the street network.
 */
package dev.loopline.osm.population;
