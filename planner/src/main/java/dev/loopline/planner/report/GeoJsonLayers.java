package dev.loopline.planner.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.geo.GeoJsonOut;
import dev.loopline.osm.LatLon;
import dev.loopline.planner.proposal.LineDirection;
import dev.loopline.planner.proposal.PlacedStop;
import dev.loopline.planner.score.Accessibility;
import dev.loopline.planner.score.ClosedLoop;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.GridCell;
import dev.loopline.planner.score.ProposalScore;
import dev.loopline.planner.score.ScenarioScore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report's map layers as GeoJSON (WGS84, coordinates to 6 decimals, about 0.1 m), each feature tagged with its
 * proposal: the routed lines, the new stops, the newly covered cells (centroids), the loops closed with rail and the
 * per-cell accessibility change of every proposal and scenario; with scenarios, also the cells each gains or loses,
 * the touched routes before and after, and the difference map. The web serves the same layers of an evaluation job,
 * so the map and the report files show one set of numbers.
 */
public final class GeoJsonLayers {
  private GeoJsonLayers() {}

  /** File name to GeoJSON text: the layers written beside {@code report.json} (scenario layers excepted). */
  public static Map<String, String> layers(Evaluation e) {
    Map<String, String> out = new LinkedHashMap<>();
    proposalLayers(e).forEach((name, tree) -> out.put(name + ".geojson", ReportJson.write(tree)));
    return out;
  }

  /**
   * Every map layer of the evaluation by name (a file's name without {@code .geojson}): those of
   * {@link #layers(Evaluation)}, then, when there are scenarios, {@code scenario_cells}, {@code scenario_lines} and
   * {@code difference}.
   */
  public static Map<String, ObjectNode> all(Evaluation e) {
    Map<String, ObjectNode> out = proposalLayers(e);
    if (!e.scenarios().isEmpty()) {
      out.putAll(ScenarioData.geoJsonTrees(e));
    }
    return out;
  }

  private static Map<String, ObjectNode> proposalLayers(Evaluation e) {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    ObjectNode lines = GeoJsonOut.collection();
    ObjectNode stops = GeoJsonOut.collection();
    ObjectNode cells = GeoJsonOut.collection();
    ObjectNode loops = GeoJsonOut.collection();
    for (ProposalScore s : e.proposals()) {
      for (LineDirection d : s.line().directions()) {
        ObjectNode f = GeoJsonOut.lineFeature(lines, d.geometry(), LatLon::lon, LatLon::lat);
        ObjectNode props = f.putObject("properties");
        props.put("proposal", s.id());
        props.put("name", s.line().proposal().name());
        props.put("direction_id", d.directionId());
        props.put("km", Fmt.round(d.meters() / 1000, 3));
      }
      for (PlacedStop p : s.line().resolved().newStops()) {
        ObjectNode f = GeoJsonOut.pointFeature(stops, p.lon(), p.lat());
        ObjectNode props = f.putObject("properties");
        props.put("proposal", s.id());
        props.put("stop_id", p.stopId());
        props.put("name", p.name());
      }
      for (int c : s.newlyCovered().cells()) {
        GridCell cell = e.cells().get(c);
        ObjectNode f = GeoJsonOut.pointFeature(cells, cell.lon(), cell.lat());
        ObjectNode props = f.putObject("properties");
        props.put("proposal", s.id());
        cellProperties(props, cell);
        props.put("jobs", Fmt.round(cell.jobs(), 1));
      }
      for (ClosedLoop l : s.closedLoops()) {
        ObjectNode f = GeoJsonOut.feature(loops);
        GeoJsonOut.positions(GeoJsonOut.coordinates(f, "Polygon").addArray(), l.ring(), p -> p[0], p -> p[1]);
        ObjectNode props = f.putObject("properties");
        props.put("proposal", s.id());
        props.put("from_stop", l.fromStopId());
        props.put("from_station", l.fromStation());
        props.put("to_stop", l.toStopId());
        props.put("to_station", l.toStation());
        props.put("area_km2", Fmt.round(l.areaKm2(), 3));
        props.put("districts", String.join(",", l.districts()));
        props.put("rail_lines", String.join(",", l.railLines()));
      }
    }
    out.put("lines", lines);
    out.put("new_stops", stops);
    out.put("newly_covered", cells);
    out.put("loops", loops);
    out.put("accessibility_change", accessibilityChange(e));
    return out;
  }

  /**
   * Per cell, the change in jobs reachable within the headline cutoff that each proposal (its scenario less the
   * baseline) and each scenario brings; cells without change are left out (most of the grid). Summing population ×
   * change over a district's cells gives the report's {@code person_jobs_gained_by_district} (proposals) or
   * {@code accessibility_change_by_district} (scenarios). Empty without accessibility.
   */
  private static ObjectNode accessibilityChange(Evaluation e) {
    ObjectNode out = GeoJsonOut.collection();
    Accessibility base = e.baseline().accessibility();
    if (e.accessibility() == null || base == null) {
      return out;
    }
    int cutoff = e.accessibility().headlineCutoff();
    double[] before = base.jobsReachable()[base.cutoffIndex(cutoff)];
    for (ProposalScore s : e.proposals()) {
      if (s.accessibility() != null) {
        double[] after = s.accessibility().jobsReachable()[s.accessibility().cutoffIndex(cutoff)];
        double[] change = new double[after.length];
        for (int c = 0; c < change.length; c++) {
          change[c] = after[c] - before[c];
        }
        changedCells(e, out, "proposal", s.id(), change, cutoff);
      }
    }
    for (ScenarioScore s : e.scenarios()) {
      if (s.jobsChange() != null) {
        changedCells(e, out, "scenario", s.id(), s.jobsChange(), cutoff);
      }
    }
    return out;
  }

  private static void changedCells(Evaluation e, ObjectNode collection, String key, String id, double[] change,
                                   int cutoff) {
    for (int c = 0; c < change.length; c++) {
      if (change[c] == 0) {
        continue;
      }
      GridCell cell = e.cells().get(c);
      ObjectNode p = GeoJsonOut.pointFeature(collection, cell.lon(), cell.lat()).putObject("properties");
      p.put(key, id);
      cellProperties(p, cell);
      p.put("cutoff_min", cutoff);
      p.put("jobs_reachable_change", Fmt.round(change[c], 1));
    }
  }

  /** What every cell layer says of a cell, after the layer's own leading properties: its id, district, residents. */
  static void cellProperties(ObjectNode properties, GridCell cell) {
    properties.put("cell_id", cell.id());
    properties.put("district", cell.districtId());
    properties.put("population", Fmt.round(cell.population(), 1));
  }
}
