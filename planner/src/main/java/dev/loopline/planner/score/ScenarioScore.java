package dev.loopline.planner.score;

import dev.loopline.planner.proposal.RouteOutcome;
import dev.loopline.planner.proposal.SimulatedLine;
import java.util.List;
import java.util.Map;

/**
 * A scenario — the baseline with one proposal's changes, or a package of several applied together — scored the
 * way proposals are: coverage of the scenario with the residents it brings within walking distance of transit
 * ({@code gained}) and those it leaves without a stop within walking distance ({@code lost}: the residents whose only
 * stops lost their service), the stops left without service, accessibility and its change per cell and district,
 * the network's loops and those the scenario's lines close, and every touched route costed before and after with
 * the change per district.
 *
 * @param members the proposal ids applied, in order (one for a single proposal)
 * @param accessibility the scenario's accessibility, {@code null} when not computed
 * @param jobsChange per grid cell, jobs reachable within the headline cutoff after less before ({@code null} when
 *     accessibility was not computed)
 * @param accessibilityChangeByDistrict per district, residents × jobs reachable within the headline cutoff, after
 *     less before
 * @param meanJobsChange region-wide change of the population-weighted mean jobs reachable (headline cutoff)
 * @param districts per district, the yearly change in service and money, sorted by district id
 * @param newLines the lines the scenario adds
 * @param linesBefore the touched routes of the baseline as map paths
 * @param linesAfter the changed routes and added lines of the scenario as map paths
 */
public record ScenarioScore(String id, String name, List<String> members, List<String> changes,
                            List<RouteOutcome> routes, List<RouteDelta> routeCosts, Coverage coverage,
                            NewlyCovered gained, NewlyCovered lost, List<String> stopsLosingService,
                            Accessibility accessibility, double[] jobsChange,
                            Map<String, Double> accessibilityChangeByDistrict, Double meanJobsChange,
                            NetworkLoops loops, List<ClosedLoop> closedLoops, List<DistrictDelta> districts,
                            List<SimulatedLine> newLines, List<MapLine> linesBefore, List<MapLine> linesAfter,
                            List<String> warnings) {
  public ScenarioScore {
    members = List.copyOf(members);
    changes = List.copyOf(changes);
    routes = List.copyOf(routes);
    routeCosts = List.copyOf(routeCosts);
    stopsLosingService = List.copyOf(stopsLosingService);
    accessibilityChangeByDistrict = Map.copyOf(accessibilityChangeByDistrict);
    closedLoops = List.copyOf(closedLoops);
    districts = List.copyOf(districts);
    newLines = List.copyOf(newLines);
    linesBefore = List.copyOf(linesBefore);
    linesAfter = List.copyOf(linesAfter);
    warnings = List.copyOf(warnings);
  }

  /** True for a package (several proposals applied together). */
  public boolean isPackage() {
    return members.size() > 1;
  }

  /** Residents gained less residents lost. */
  public double netResidents() {
    return gained.population() - lost.population();
  }

  /** Yearly cost of the network after less before. */
  public double costChange() {
    return routeCosts.stream().mapToDouble(RouteDelta::costChange).sum();
  }

  /** Yearly subsidy after less before. */
  public double subsidyChange() {
    return routeCosts.stream().mapToDouble(RouteDelta::subsidyChange).sum();
  }

  /** Yearly fare revenue after less before. */
  public double revenueChange() {
    return districts.stream().mapToDouble(DistrictDelta::revenue).sum();
  }

  /** Buses after less before. */
  public int fleetChange() {
    return routeCosts.stream().mapToInt(RouteDelta::fleetChange).sum();
  }

  /** Vehicle-km per year after less before. */
  public double vehicleKmChange() {
    return routeCosts.stream().mapToDouble(RouteDelta::vehicleKmChange).sum();
  }
}
