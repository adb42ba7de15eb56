/**
 * The network as GIS tables: stops, bus route shapes by operator and district, rail, districts, the border belt,
 * population cells with their coverage, and proposals with their per-district splits — every geometry in WGS84
 * (SRID 4326), every column described — and the writer that puts them into a PostgreSQL/PostGIS schema atomically
 * for QGIS. The tables are built from an open network and an evaluation ({@link dev.loopline.planner.gis.GisLayers});
 * the application layer's {@code PostgisExportService} runs the two.
 */
package dev.loopline.planner.gis;
