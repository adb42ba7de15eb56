package dev.loopline.osm.population;

/**
 * One cell of a population grid: who lives and works there, for coverage and accessibility scores.
 *
 * @param id the cell's identifier in its source file (an H3 index for r5r-style grids)
 * @param lat latitude of the cell centre
 * @param lon longitude of the cell centre
 * @param population residents
 * @param jobs jobs (0 when the source has none)
 * @param districtId the district containing the centre, or null when outside every district (or none were given)
 * @param areaM2 cell area in square metres
 */
public record Cell(String id, double lat, double lon, double population, double jobs, String districtId,
    double areaM2) {}
