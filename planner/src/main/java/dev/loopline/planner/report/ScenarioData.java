package dev.loopline.planner.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.geo.GeoJsonOut;
import dev.loopline.osm.LatLon;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.RouteOutcome;
import dev.loopline.planner.proposal.ScenarioBuilder;
import dev.loopline.planner.score.DistrictDelta;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.GridCell;
import dev.loopline.planner.score.MapLine;
import dev.loopline.planner.score.RouteCost;
import dev.loopline.planner.score.RouteDelta;
import dev.loopline.planner.score.ScenarioScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario comparison as data: the {@code scenarios} part of {@code report.json}, and the files
 * {@code scenarios.csv} (the baseline and one row per scenario, side by side), {@code scenario_districts.csv} (per
 * scenario and district, the yearly changes), {@code scenario_routes.csv} (per scenario, every touched route before
 * and after), {@code scenario_cells.geojson} (cells each scenario gains or loses) and {@code difference.geojson}
 * (the difference between two scenarios per cell).
 */
final class ScenarioData {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ScenarioData() {}

  /** The file names this writes (when there are scenarios). */
  static final List<String> NAMES = List.of("scenarios.csv", "scenario_districts.csv", "scenario_routes.csv",
      "scenario_cells.geojson", "scenario_lines.geojson", "difference.geojson");

  static ArrayNode json(Evaluation e) {
    ArrayNode out = F.arrayNode();
    for (ScenarioScore s : e.scenarios()) {
      ObjectNode o = out.addObject();
      o.put("id", s.id());
      o.put("name", s.name());
      o.put("package", s.isPackage());
      ArrayNode members = o.putArray("members");
      s.members().forEach(members::add);
      ArrayNode changes = o.putArray("changes");
      s.changes().forEach(changes::add);
      ArrayNode warnings = o.putArray("warnings");
      s.warnings().forEach(warnings::add);
      ObjectNode headline = o.putObject("headline");
      for (ScenarioView.Headline h : ScenarioView.HEADLINES) {
        Double v = ScenarioView.value(s, h.key());
        if (v == null) {
          headline.putNull(h.key());
        } else {
          headline.put(h.key(), Fmt.round(v, h.money() ? 2 : 1));
        }
      }
      o.set("coverage", ReportJson.coverage(s.coverage()));
      o.set("residents_gained_by_district", ReportJson.perDistrict(s.gained().populationByDistrict(), 1, 1));
      o.set("residents_lost_by_district", ReportJson.perDistrict(s.lost().populationByDistrict(), 1, 1));
      ArrayNode lost = o.putArray("stops_losing_service");
      s.stopsLosingService().forEach(lost::add);
      o.set("accessibility_change_by_district", ReportJson.perDistrict(s.accessibilityChangeByDistrict(), 1, 1));
      o.set("loops", ReportJson.loops(s.loops()));
      o.put("loops_closed", s.closedLoops().size());
      ArrayNode routes = o.putArray("routes");
      Map<String, Proposal> added = new HashMap<>();
      s.newLines().forEach(l -> added.put(ScenarioBuilder.routeId(l.id()), l.proposal()));
      for (RouteDelta r : s.routeCosts()) {
        ObjectNode ro = routes.addObject();
        RouteOutcome oc = r.outcome();
        ro.put("route_id", oc.routeId());
        ro.put("name", oc.name());
        Proposal line = added.get(oc.routeId());
        if (line != null) {
          // A line the scenario adds is named in both languages above; pages showing one language use these.
          ro.put("line_name", line.name());
          ro.put("line_name_en", line.nameEn());
        }
        ro.put("agency_id", oc.agencyId());
        ro.put("outcome", oc.kind().label());
        ro.put("became", oc.becameRouteId());
        ArrayNode what = ro.putArray("changes");
        oc.changes().forEach(what::add);
        ro.set("before", route(r.before()));
        ro.set("after", route(r.after()));
      }
      ArrayNode districts = o.putArray("districts");
      for (DistrictDelta d : s.districts()) {
        ObjectNode dn = districts.addObject();
        dn.put("district", d.districtId());
        dn.put("vehicle_km_per_year", Fmt.round(d.vehicleKm(), 1));
        dn.put("buses", d.fleet());
        dn.put("cost_per_year", Fmt.round(d.cost(), 2));
        dn.put("revenue_per_year", Fmt.round(d.revenue(), 2));
        dn.put("subsidy_per_year", Fmt.round(d.subsidy(), 2));
        dn.put("fund_pays_per_year", Fmt.round(d.fundPays(), 2));
        dn.put("district_pays_per_year", Fmt.round(d.districtPays(), 2));
      }
    }
    return out;
  }

  private static ObjectNode route(RouteCost c) {
    if (c == null) {
      return null;
    }
    ObjectNode o = F.objectNode();
    o.put("home_district", c.homeDistrictId());
    o.set("vehicle_km_per_week_by_district", ReportJson.perDistrict(c.metersByDistrict(), 1000, 3));
    o.set("cost", ReportJson.cost(c.cost()));
    o.set("split", ReportJson.split(c.split()));
    return o;
  }

  /** File name to content. */
  static Map<String, String> files(Evaluation e) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("scenarios.csv", scenarios(e));
    out.put("scenario_districts.csv", districts(e));
    out.put("scenario_routes.csv", routes(e));
    out.putAll(geoJson(e));
    return out;
  }

  private static String scenarios(Evaluation e) {
    List<String> cols = new ArrayList<>(List.of("scenario", "name", "package", "members",
        "population_covered_transit", "irreducible_rail_border_loops"));
    // Money columns name their currency and period, as summary.csv's do (cost_change_cny_per_year).
    String cur = SummaryCsv.currency(e);
    ScenarioView.HEADLINES.forEach(h -> cols.add(h.money() ? h.key() + "_" + cur + "_per_year" : h.key()));
    StringBuilder sb = new StringBuilder();
    SummaryCsv.row(sb, cols);
    List<String> b = new ArrayList<>(List.of(Evaluation.BASELINE, "unified network", "false", "",
        Fmt.plain(ScenarioView.covered(e, null), 1),
        String.valueOf(e.baseline().loops().irreducibleRailBorderCycles())));
    ScenarioView.HEADLINES.forEach(h -> b.add(""));
    SummaryCsv.row(sb, b);
    for (ScenarioScore s : e.scenarios()) {
      List<String> v = new ArrayList<>(List.of(s.id(), s.name(), String.valueOf(s.isPackage()),
          String.join(" ", s.members()), Fmt.plain(ScenarioView.covered(e, s), 1),
          String.valueOf(s.loops().irreducibleRailBorderCycles())));
      for (ScenarioView.Headline h : ScenarioView.HEADLINES) {
        v.add(Fmt.plain(ScenarioView.value(s, h.key()), h.money() ? 2 : 1));
      }
      SummaryCsv.row(sb, v);
    }
    return sb.toString();
  }

  private static String districts(Evaluation e) {
    StringBuilder sb = new StringBuilder();
    String cur = SummaryCsv.currency(e);
    SummaryCsv.row(sb, List.of("scenario", "district", "residents_gained", "residents_lost", "vehicle_km_per_year",
        "buses", "cost_" + cur + "_per_year", "revenue_" + cur + "_per_year", "subsidy_" + cur + "_per_year",
        "fund_pays_" + cur + "_per_year", "district_pays_" + cur + "_per_year", "accessibility_change"));
    for (ScenarioScore s : e.scenarios()) {
      for (DistrictDelta d : s.districts()) {
        Double acc = s.accessibilityChangeByDistrict().get(d.districtId());
        SummaryCsv.row(sb, List.of(s.id(), d.districtId(),
            Fmt.plain(s.gained().populationByDistrict().getOrDefault(d.districtId(), 0.0), 1),
            Fmt.plain(s.lost().populationByDistrict().getOrDefault(d.districtId(), 0.0), 1),
            Fmt.plain(d.vehicleKm(), 1), String.valueOf(d.fleet()), Fmt.plain(d.cost(), 2),
            Fmt.plain(d.revenue(), 2), Fmt.plain(d.subsidy(), 2), Fmt.plain(d.fundPays(), 2),
            Fmt.plain(d.districtPays(), 2), acc == null ? "" : Fmt.plain(acc, 1)));
      }
    }
    return sb.toString();
  }

  private static String routes(Evaluation e) {
    StringBuilder sb = new StringBuilder();
    String cur = SummaryCsv.currency(e);
    SummaryCsv.row(sb, List.of("scenario", "route_id", "name", "outcome", "became", "changes", "buses_before",
        "buses_after", "trips_per_week_before", "trips_per_week_after", "vehicle_km_per_year_before",
        "vehicle_km_per_year_after", "cost_" + cur + "_per_year_before", "cost_" + cur + "_per_year_after",
        "subsidy_" + cur + "_per_year_before", "subsidy_" + cur + "_per_year_after"));
    for (ScenarioScore s : e.scenarios()) {
      for (RouteDelta r : s.routeCosts()) {
        RouteOutcome o = r.outcome();
        SummaryCsv.row(sb, List.of(s.id(), o.routeId(), o.name() == null ? "" : o.name(), o.kind().label(),
            o.becameRouteId() == null ? "" : o.becameRouteId(), String.join("; ", o.changes()),
            buses(r.before()), buses(r.after()), trips(r.before()), trips(r.after()),
            r.before() == null ? "" : Fmt.plain(r.before().cost().vehicleKmPerYear(), 1),
            r.after() == null ? "" : Fmt.plain(r.after().cost().vehicleKmPerYear(), 1),
            r.before() == null ? "" : Fmt.plain(r.before().cost().cost(), 2),
            r.after() == null ? "" : Fmt.plain(r.after().cost().cost(), 2),
            r.before() == null ? "" : Fmt.plain(r.before().cost().subsidy(), 2),
            r.after() == null ? "" : Fmt.plain(r.after().cost().subsidy(), 2)));
      }
    }
    return sb.toString();
  }

  private static String buses(RouteCost c) {
    return c == null ? "" : String.valueOf(c.cost().operations().peakVehicles());
  }

  private static String trips(RouteCost c) {
    return c == null ? "" : Fmt.plain(c.cost().operations().tripsPerWeek(), 1);
  }

  private static Map<String, String> geoJson(Evaluation e) {
    Map<String, String> out = new LinkedHashMap<>();
    geoJsonTrees(e).forEach((name, tree) -> out.put(name + ".geojson", ReportJson.write(tree)));
    return out;
  }

  /** The scenario layers by name: {@code scenario_cells}, {@code scenario_lines} and {@code difference}. */
  static Map<String, ObjectNode> geoJsonTrees(Evaluation e) {
    ObjectNode cells = GeoJsonOut.collection();
    ObjectNode lines = GeoJsonOut.collection();
    for (ScenarioScore s : e.scenarios()) {
      cells(e, cells, s, s.gained().cells(), "gained");
      cells(e, cells, s, s.lost().cells(), "lost");
      lines(lines, s, s.linesBefore(), "before");
      lines(lines, s, s.linesAfter(), "after");
    }
    ObjectNode diff = GeoJsonOut.collection();
    ScenarioView.Difference d = ScenarioView.difference(e);
    if (d != null) {
      for (int c = 0; c < d.values().length; c++) {
        if (d.values()[c] == 0) {
          continue;
        }
        GridCell cell = e.cells().get(c);
        ObjectNode f = GeoJsonOut.pointFeature(diff, cell.lon(), cell.lat());
        ObjectNode p = f.putObject("properties");
        p.put("from", d.from());
        p.put("to", d.to());
        GeoJsonLayers.cellProperties(p, cell);
        p.put(d.accessibility() ? "jobs_reachable_change" : "residents_covered_change", Fmt.round(d.values()[c], 1));
      }
    }
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    out.put("scenario_cells", cells);
    out.put("scenario_lines", lines);
    out.put("difference", diff);
    return out;
  }

  private static void cells(Evaluation e, ObjectNode collection, ScenarioScore s, int[] which, String status) {
    for (int c : which) {
      GridCell cell = e.cells().get(c);
      ObjectNode p = GeoJsonOut.pointFeature(collection, cell.lon(), cell.lat()).putObject("properties");
      p.put("scenario", s.id());
      p.put("status", status);
      GeoJsonLayers.cellProperties(p, cell);
    }
  }

  private static void lines(ObjectNode collection, ScenarioScore s, List<MapLine> lines, String when) {
    for (MapLine l : lines) {
      ObjectNode p = GeoJsonOut.lineFeature(collection, l.path(), LatLon::lon, LatLon::lat).putObject("properties");
      p.put("scenario", s.id());
      p.put("when", when);
      p.put("name", l.name());
    }
  }
}
