package dev.loopline.planner.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.planner.proposal.LineSchedule;
import dev.loopline.planner.proposal.RunningTimeModel;
import dev.loopline.planner.proposal.LineDirection;
import dev.loopline.planner.proposal.PlacedStop;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ServicePeriod;
import dev.loopline.planner.score.Accessibility;
import dev.loopline.planner.score.AreaAccessibility;
import dev.loopline.planner.score.AreaCoverage;
import dev.loopline.planner.score.ClosedLoop;
import dev.loopline.planner.score.Coverage;
import dev.loopline.planner.score.DistrictShare;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.ExistingLine;
import dev.loopline.planner.score.NetworkLoops;
import dev.loopline.planner.score.OperatingCost;
import dev.loopline.planner.score.ProposalScore;
import dev.loopline.planner.score.SplitRule;
import dev.loopline.planner.score.SubsidySplit;
import dev.loopline.planner.score.TravelTimeMatrix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code report.json}: every figure of an evaluation, keys sorted, numbers rounded to fixed decimals (people and
 * jobs 1, money 2, km and km² 3, shares 4), so that the same inputs give the same bytes.
 */
public final class ReportJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true)
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

  private ReportJson() {}

  /** The JSON text, pretty-printed with "\n" line ends whatever the platform. */
  public static String write(JsonNode tree) {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(pp).writeValueAsString(tree) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode tree(Evaluation e) {
    ObjectNode root = F.objectNode();
    root.put("data_source", e.dataSource());
    root.put("map_data_credit", e.fromOsm() ? "© OpenStreetMap contributors (ODbL)" : null);
    root.put("service_date", e.date().toString());
    root.set("settings", settings(e));
    ObjectNode districts = root.putObject("districts");
    new TreeMap<>(e.districtNames()).forEach(districts::put);
    ObjectNode base = root.putObject("baseline");
    base.set("coverage", coverage(e.baseline().coverage()));
    base.set("accessibility", e.baseline().accessibility() == null ? null : accessibility(e.baseline().accessibility()));
    base.set("loops", loops(e.baseline().loops()));
    ArrayNode lines = base.putArray("cross_border_lines");
    for (ExistingLine l : e.baseline().crossBorderLines()) {
      ObjectNode o = lines.addObject();
      o.put("route_id", l.routeId());
      o.put("name", l.name());
      o.put("agency_id", l.agencyId());
      o.put("home_district", l.homeDistrictId());
      ArrayNode d = o.putArray("districts");
      l.districts().forEach(d::add);
      o.set("vehicle_km_per_week_by_district", perDistrict(l.metersByDistrict(), 1000, 3));
      o.set("cost", cost(l.cost()));
      o.set("split", split(l.split()));
    }
    ArrayNode ps = root.putArray("proposals");
    for (ProposalScore s : e.proposals()) {
      ps.add(proposal(e, s));
    }
    ArrayNode ranking = root.putArray("ranking");
    for (RankedProposal r : Ranking.rank(e.proposals())) {
      ObjectNode o = ranking.addObject();
      o.put("rank", r.rank());
      o.put("proposal", r.score().id());
      put(o, "subsidy_per_new_resident", money(r.score().effectiveness().subsidyPerNewResident()));
    }
    if (!e.scenarios().isEmpty()) {
      root.set("scenarios", ScenarioData.json(e));
    }
    return root;
  }

  private static ObjectNode settings(Evaluation e) {
    ObjectNode s = F.objectNode();
    ObjectNode c = s.putObject("costs");
    c.put("source", e.costs().source());
    c.put("currency", e.costs().currency());
    c.put("per_vehicle_km", Fmt.round(e.costs().perVehicleKm(), 2));
    c.put("per_vehicle_hour", Fmt.round(e.costs().perVehicleHour(), 2));
    c.put("per_vehicle_year", Fmt.round(e.costs().perVehicleYear(), 2));
    c.put("service_days_per_year", Fmt.round(e.costs().serviceDaysPerYear(), 1));
    c.put("cross_district_rate_per_vkm", Fmt.round(e.costs().crossDistrictRatePerVkm(), 2));
    c.put("default_fare", Fmt.round(e.costs().defaultFare(), 2));
    c.put("trips_per_resident_per_day", Fmt.round(e.costs().tripsPerResidentPerDay(), 4));
    c.put("line_share", Fmt.round(e.costs().lineShare(), 4));
    c.put("reference_departures_per_day", Fmt.round(e.costs().referenceDeparturesPerDay(), 2));
    c.put("service_elasticity", Fmt.round(e.costs().serviceElasticity(), 3));
    ObjectNode sim = s.putObject("simulation");
    RunningTimeModel rt = e.runningTimes();
    if (rt == null) {
      sim.put("running_times", "free-flow x traffic factor (not calibrated)");
      sim.put("traffic_factor", Fmt.round(e.simulation().trafficFactor(), 3));
      sim.put("dwell_seconds", e.simulation().dwellSeconds());
    } else {
      sim.put("running_times", "calibrated on the feed's bus trips");
      ObjectNode cal = sim.putObject("calibration");
      ObjectNode paces = cal.putObject("seconds_per_km_by_road_class");
      rt.secondsPerKm().forEach((k, v) -> paces.put(k, Fmt.round(v, 2)));
      cal.put("seconds_per_stop", Fmt.round(rt.stopSeconds(), 2));
      ArrayNode hours = cal.putArray("hour_factors");
      for (double f : rt.hourFactors()) {
        hours.add(Fmt.round(f, 4));
      }
      cal.put("stop_sequences", rt.fit().patterns());
      cal.put("stop_sequences_unroutable", rt.fit().unroutable());
      cal.put("trips", rt.fit().trips());
      cal.put("mean_absolute_percent_error", Fmt.round(rt.fit().meanAbsolutePercentError(), 2));
      cal.put("routes", rt.fit().routes());
      cal.put("slowest_route_kmh", Fmt.round(rt.fit().slowestRouteKmh(), 2));
      cal.put("mean_kmh", Fmt.round(rt.fit().meanKmh(), 2));
      cal.put("fastest_route_kmh", Fmt.round(rt.fit().fastestRouteKmh(), 2));
    }
    ObjectNode cov = s.putObject("coverage");
    ArrayNode bus = cov.putArray("bus_meters");
    e.coverage().busMeters().forEach(bus::add);
    cov.put("rail_meters", e.coverage().railMeters());
    cov.put("border_belt_meters", Fmt.round(e.coverage().borderBeltMeters(), 0));
    cov.put("built_up", "cells with at least " + Fmt.plain(e.coverage().builtUpPerKm2(), 0)
        + " residents or jobs per km2 (GB/T 51328-2018 rates)");
    cov.put("built_up_per_km2", Fmt.round(e.coverage().builtUpPerKm2(), 0));
    if (e.accessibility() == null) {
      s.putNull("accessibility");
    } else {
      ObjectNode a = s.putObject("accessibility");
      a.put("window_start", ServicePeriod.clock(e.accessibility().windowStart()));
      a.put("window_end", ServicePeriod.clock(e.accessibility().windowEnd()));
      ArrayNode cut = a.putArray("cutoffs_minutes");
      e.accessibility().cutoffsMinutes().forEach(cut::add);
      a.put("headline_cutoff_minutes", e.accessibility().headlineCutoff());
      a.put("max_walk_meters", Fmt.round(e.accessibility().maxWalkMeters(), 0));
      a.put("statistic", "median travel time over the window (lower median)");
      a.put("origin_zone_meters", Fmt.round(e.accessibility().originZoneMeters(), 0));
      a.put("resolution", e.accessibilityResolution());
    }
    return s;
  }

  static BigDecimalOrNull money(Double v) {
    return new BigDecimalOrNull(v == null ? null : Fmt.round(v, 2));
  }

  /** Lets {@code put} take an absent value. */
  record BigDecimalOrNull(java.math.BigDecimal value) {}

  private static void put(ObjectNode o, String key, BigDecimalOrNull v) {
    if (v.value() == null) {
      o.putNull(key);
    } else {
      o.put(key, v.value());
    }
  }

  static ObjectNode coverage(Coverage c) {
    ObjectNode o = F.objectNode();
    for (AreaCoverage a : c.areas()) {
      ObjectNode area = o.putObject(a.area());
      area.put("population", Fmt.round(a.population(), 1));
      area.put("jobs", Fmt.round(a.jobs(), 1));
      area.put("area_km2", Fmt.round(a.areaKm2(), 3));
      area.put("built_up_km2", Fmt.round(a.builtUpKm2(), 3));
      area.put("gbt51328_bus_300m_area_rate", Fmt.round(a.gb300(), 4));
      area.put("gbt51328_bus_500m_area_rate", Fmt.round(a.gb500(), 4));
      area.put("gbt51328_rail_area_rate", Fmt.round(a.gbRail(), 4));
      ObjectNode cov = area.putObject("covered");
      for (Map.Entry<String, AreaCoverage.Covered> e : a.covered().entrySet()) {
        ObjectNode t = cov.putObject(e.getKey());
        t.put("population", Fmt.round(e.getValue().population(), 1));
        t.put("jobs", Fmt.round(e.getValue().jobs(), 1));
        t.put("area_km2", Fmt.round(e.getValue().areaKm2(), 3));
        t.put("population_share", Fmt.round(a.population() > 0 ? e.getValue().population() / a.population() : 0, 4));
      }
    }
    return o;
  }

  private static ObjectNode accessibility(Accessibility a) {
    ObjectNode o = F.objectNode();
    ObjectNode areas = o.putObject("mean_jobs_reachable");
    for (AreaAccessibility area : a.areas()) {
      ObjectNode x = areas.putObject(area.area());
      x.put("population", Fmt.round(area.population(), 1));
      area.meanJobs().forEach((cut, v) -> x.put(cut + "min", Fmt.round(v, 1)));
    }
    o.put("origins", a.origins());
    o.set("district_centre_minutes", matrix(a.matrix()));
    return o;
  }

  private static ObjectNode matrix(TravelTimeMatrix m) {
    ObjectNode o = F.objectNode();
    for (int i = 0; i < m.districts().size(); i++) {
      ObjectNode row = o.putObject(m.districts().get(i));
      for (int j = 0; j < m.districts().size(); j++) {
        if (m.minutes()[i][j] < 0) {
          row.putNull(m.districts().get(j));
        } else {
          row.put(m.districts().get(j), m.minutes()[i][j]);
        }
      }
    }
    return o;
  }

  static ObjectNode loops(NetworkLoops n) {
    ObjectNode o = F.objectNode();
    o.put("independent_cycles", n.independentCycles());
    o.put("rail_and_border_bus_cycles", n.railBorderCycles());
    o.put("irreducible_rail_and_border_bus_cycles", n.irreducibleRailBorderCycles());
    ArrayNode pairs = o.putArray("district_pairs_joined_by_bus");
    n.districtPairsJoined().forEach(pairs::add);
    ArrayNode feeders = o.putArray("rail_stations_with_cross_border_feeders");
    n.railStationsWithCrossBorderFeeders().forEach(feeders::add);
    return o;
  }

  static ObjectNode cost(OperatingCost c) {
    ObjectNode o = F.objectNode();
    o.put("peak_vehicles", c.operations().peakVehicles());
    o.put("days_per_week", c.operations().daysPerWeek());
    o.put("trips_per_week", Fmt.round(c.operations().tripsPerWeek(), 1));
    o.put("vehicle_km_per_week", Fmt.round(c.operations().vehicleKmPerWeek(), 3));
    o.put("vehicle_hours_per_week", Fmt.round(c.operations().vehicleHoursPerWeek(), 3));
    o.put("revenue_hours_per_week", Fmt.round(c.operations().revenueHoursPerWeek(), 3));
    o.put("span_hours_per_week", Fmt.round(c.operations().spanHoursPerWeek(), 3));
    o.put("operating_days_per_year", Fmt.round(c.operatingDaysPerYear(), 2));
    o.put("vehicle_km_per_year", Fmt.round(c.vehicleKmPerYear(), 1));
    o.put("vehicle_hours_per_year", Fmt.round(c.vehicleHoursPerYear(), 1));
    o.put("utilization", Fmt.round(c.operations().utilization(), 4));
    o.put("distance_cost", Fmt.round(c.distanceCost(), 2));
    o.put("time_cost", Fmt.round(c.timeCost(), 2));
    o.put("fleet_cost", Fmt.round(c.fleetCost(), 2));
    o.put("cost_per_year", Fmt.round(c.cost(), 2));
    ObjectNode r = o.putObject("ridership_estimate");
    r.put("served_residents", Fmt.round(c.ridership().servedResidents(), 1));
    r.put("departures_per_direction_per_operating_day", Fmt.round(c.ridership().departuresPerDirection(), 2));
    r.put("service_factor", Fmt.round(c.ridership().serviceFactor(), 4));
    r.put("boardings_per_operating_day", Fmt.round(c.ridership().boardingsPerOperatingDay(), 1));
    r.put("boardings_per_year", Fmt.round(c.boardingsPerYear(), 0));
    o.put("fare", Fmt.round(c.fare(), 2));
    o.put("revenue_per_year", Fmt.round(c.revenue(), 2));
    o.put("subsidy_per_year", Fmt.round(c.subsidy(), 2));
    return o;
  }

  static ObjectNode split(SubsidySplit s) {
    ObjectNode o = F.objectNode();
    o.put("home_district", s.homeDistrictId());
    o.put("cross_district_rate_per_vkm", Fmt.round(s.ratePerVkm(), 2));
    o.put("subsidy_per_year", Fmt.round(s.subsidy(), 2));
    o.put("science_city_fund_pays", Fmt.round(s.fundPays(), 2));
    ObjectNode d = o.putObject("by_district");
    for (DistrictShare x : s.districts()) {
      ObjectNode r = d.putObject(x.districtId());
      r.put("km_share", Fmt.round(x.share(), 4));
      r.put("vehicle_km_per_year", Fmt.round(x.vehicleKm(), 1));
      r.put("vehicle_hours_per_year", Fmt.round(x.vehicleHours(), 1));
      r.put("cost", Fmt.round(x.cost(), 2));
      r.put("revenue", Fmt.round(x.revenue(), 2));
      r.put("subsidy", Fmt.round(x.subsidy(), 2));
      r.put("out_of_home_vehicle_km", Fmt.round(x.outOfHomeVehicleKm(), 1));
      r.put("fund_pays", Fmt.round(x.fund(), 2));
      r.put("district_pays", Fmt.round(x.districtPays(), 2));
    }
    ObjectNode rules = o.putObject("rules");
    for (SplitRule r : s.rules()) {
      ObjectNode x = rules.putObject(r.id());
      x.put("label", r.label());
      x.put("applicable", r.applicable());
      ObjectNode w = x.putObject("basis");
      new TreeMap<>(r.weights()).forEach((k, v) -> w.put(k, Fmt.round(v, 4)));
      ObjectNode p = x.putObject("district_pays");
      new TreeMap<>(r.pays()).forEach((k, v) -> p.put(k, Fmt.round(v, 2)));
    }
    return o;
  }

  static ObjectNode perDistrict(Map<String, Double> m, double divisor, int decimals) {
    ObjectNode o = F.objectNode();
    new TreeMap<>(m).forEach((k, v) -> o.put(k, Fmt.round(v / divisor, decimals)));
    return o;
  }

  private static ObjectNode proposal(Evaluation e, ProposalScore s) {
    Proposal p = s.line().proposal();
    ObjectNode o = F.objectNode();
    o.put("id", p.id());
    o.put("name", p.name());
    o.put("name_en", p.nameEn());
    o.put("source", p.source());
    o.put("operator", p.operator());
    o.put("agency_id", s.line().resolved().agencyId());
    o.put("home_district", s.homeDistrictId());
    o.put("circular", p.circular());
    ArrayNode stops = o.putArray("stops");
    for (PlacedStop st : s.line().resolved().stops()) {
      ObjectNode x = stops.addObject();
      x.put("stop_id", st.stopId());
      x.put("name", st.name());
      x.put("new", st.isNew());
      x.put("lat", Fmt.round(st.lat(), 6));
      x.put("lon", Fmt.round(st.lon(), 6));
    }
    ObjectNode service = o.putObject("service");
    ArrayNode days = service.putArray("days");
    for (DayOfWeek d : DayOfWeek.values()) {
      if (p.service().runsOn(d)) {
        days.add(d.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT));
      }
    }
    LineSchedule fleet = s.line().schedule();
    ArrayNode periods = service.putArray("periods");
    for (LineSchedule.PeriodFleet pf : fleet.periods()) {
      ObjectNode x = periods.addObject();
      x.put("from", ServicePeriod.clock(pf.period().fromSeconds()));
      x.put("to", ServicePeriod.clock(pf.period().toSeconds()));
      x.put("headway_min", Fmt.round(pf.period().headwayMinutes(), 2));
      x.put("vehicles", pf.vehicles());
    }
    ObjectNode sim = o.putObject("simulation");
    ArrayNode dirs = sim.putArray("directions");
    for (LineDirection d : s.line().directions()) {
      ObjectNode x = dirs.addObject();
      x.put("direction_id", d.directionId());
      x.put("km", Fmt.round(d.meters() / 1000, 3));
      x.put("running_minutes", Fmt.round(d.runningSeconds() / 60, 2));
      x.put("stops", d.stops().size());
    }
    sim.put("running_times", s.line().runningTimes().name().toLowerCase(java.util.Locale.ROOT));
    sim.put("scheduled_kmh", Fmt.round(s.line().scheduledKmh(), 2));
    ArrayNode warnings = sim.putArray("warnings");
    s.line().warnings().forEach(warnings::add);
    sim.put("round_trip_running_minutes", Fmt.round(fleet.runningMinutes(), 2));
    sim.put("layover_minutes", Fmt.round(fleet.layoverMinutes(), 2));
    sim.put("cycle_minutes", Fmt.round(fleet.cycleMinutes(), 2));
    sim.put("peak_vehicles", fleet.peakVehicles());
    sim.put("trips_per_day", s.line().tripsPerDay());
    sim.put("platform_hours_per_day", Fmt.round(fleet.vehicleHoursPerDay(), 3));
    ObjectNode cov = o.putObject("coverage");
    cov.set("scenario", coverage(s.coverage()));
    ObjectNode newly = cov.putObject("newly_covered");
    newly.put("population", Fmt.round(s.newlyCovered().population(), 1));
    newly.put("jobs", Fmt.round(s.newlyCovered().jobs(), 1));
    newly.put("area_km2", Fmt.round(s.newlyCovered().areaKm2(), 3));
    newly.put("cells", s.newlyCovered().cells().length);
    newly.set("population_by_district", perDistrict(s.newlyCovered().populationByDistrict(), 1, 1));
    if (s.accessibility() == null) {
      o.putNull("accessibility");
    } else {
      ObjectNode acc = o.putObject("accessibility");
      acc.set("scenario", accessibility(s.accessibility()));
      ObjectNode gain = acc.putObject("mean_jobs_gained");
      for (AreaAccessibility after : s.accessibility().areas()) {
        AreaAccessibility before = e.baseline().accessibility().area(after.area());
        ObjectNode x = gain.putObject(after.area());
        after.meanJobs().forEach((cut, v) -> x.put(cut + "min", Fmt.round(v - before.meanJobs().get(cut), 1)));
      }
      acc.set("person_jobs_gained_by_district", perDistrict(s.accessibilityGainByDistrict(), 1, 1));
    }
    ObjectNode loops = o.putObject("loops");
    ArrayNode closed = loops.putArray("closed");
    for (ClosedLoop l : s.closedLoops()) {
      ObjectNode x = closed.addObject();
      x.put("from_stop", l.fromStopId());
      x.put("from_station_name", l.fromStation());
      x.put("to_stop", l.toStopId());
      x.put("to_station_name", l.toStation());
      x.put("area_km2", Fmt.round(l.areaKm2(), 3));
      x.put("mean_separation_from_rail_m", Fmt.round(l.meanSeparationMeters(), 0));
      ArrayNode d = x.putArray("districts");
      l.districts().forEach(d::add);
      ArrayNode r = x.putArray("rail_lines");
      l.railLines().forEach(r::add);
      ArrayNode bus = x.putArray("bus_path");
      l.busNodes().forEach(bus::add);
      ArrayNode rail = x.putArray("rail_path");
      l.railNodes().forEach(rail::add);
    }
    loops.set("network_before", loops(e.baseline().loops()));
    loops.set("network_after", loops(s.loops()));
    o.set("cost", cost(s.cost()));
    o.set("vehicle_km_per_week_by_district", perDistrict(s.metersByDistrict(), 1000, 3));
    o.set("split", split(s.split()));
    ObjectNode ce = o.putObject("cost_effectiveness");
    put(ce, "subsidy_per_new_resident", money(s.effectiveness().subsidyPerNewResident()));
    put(ce, "subsidy_per_job_reachable", money(s.effectiveness().subsidyPerJobReachable()));
    return o;
  }
}
