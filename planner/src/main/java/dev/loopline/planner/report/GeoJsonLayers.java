package dev.loopline.planner.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.geo.GeoJsonOut;
import dev.loopline.osm.LatLon;
import dev.loopline.planner.proposal.LineDirection;
import dev.loopline.planner.proposal.PlacedStop;
import dev.loopline.planner.score.ClosedLoop;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.GridCell;
import dev.loopline.planner.score.ProposalScore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report's map layers as GeoJSON (WGS84, coordinates to 6 decimals, about 0.1 m), each feature tagged with its
 * proposal: the routed lines, the new stops, the newly covered cells (centroids) and the loops closed with rail.
 */
public final class GeoJsonLayers {
  private GeoJsonLayers() {}

  /** File name to GeoJSON text. */
  public static Map<String, String> layers(Evaluation e) {
    Map<String, String> out = new LinkedHashMap<>();
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
        props.put("cell_id", cell.id());
        props.put("district", cell.districtId());
        props.put("population", Fmt.round(cell.population(), 1));
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
    out.put("lines.geojson", ReportJson.write(lines));
    out.put("new_stops.geojson", ReportJson.write(stops));
    out.put("newly_covered.geojson", ReportJson.write(cells));
    out.put("loops.geojson", ReportJson.write(loops));
    return out;
  }
}
