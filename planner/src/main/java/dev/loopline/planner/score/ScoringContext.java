package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/**
 * What scoring needs from a built network, as plain functions so that every score can also run on hand-made
 * inputs: the baseline feed and service date, bus routing and snapping on the street network, the population grid
 * with its walk catchments, the districts (point look-up, path clipping, names, lon/lat outlines for maps), and the transit search for
 * accessibility ({@code null} when the network cannot route transit) with the longest walk between stops it allows
 * ({@code transferMeters}). {@code dataSource} labels reports
 * ("Synthetic sample", a feed name); {@code fromOsm} adds the OpenStreetMap credit.
 */
public record ScoringContext(Feed baseline, LocalDate date, Function<List<LatLon>, BusRoute> busRouter,
                             Function<LatLon, Snap> busSnap, CellIndex cells, WalkCatchments walk,
                             DistrictLookup districts, DistrictLengths lengths, Map<String, String> districtNames,
                             Map<String, Geometry> districtAreas,
                             TransitSearchSpace.Factory transit, double transferMeters, String dataSource,
                             boolean fromOsm) {
  public ScoringContext {
    districtNames = Map.copyOf(districtNames);
    districtAreas = Map.copyOf(districtAreas);
  }
}
