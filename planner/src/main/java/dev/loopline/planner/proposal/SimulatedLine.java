package dev.loopline.planner.proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * A proposal turned into service: its directions on the roads with running times, and the fleet the timetable
 * needs. Departures leave both terminals at the same times (every headway from each period's start), which is
 * what a planner means by "every 8 minutes".
 */
public record SimulatedLine(ResolvedProposal resolved, List<LineDirection> directions, FleetPlan fleet) {
  public SimulatedLine {
    directions = List.copyOf(directions);
  }

  public Proposal proposal() {
    return resolved.proposal();
  }

  public String id() {
    return resolved.id();
  }

  /** Departure times (seconds after midnight) from each terminal on a service day, in order. */
  public List<Integer> departures() {
    List<Integer> out = new ArrayList<>();
    for (ServicePeriod p : proposal().service().periods()) {
      for (int t = p.fromSeconds(); t < p.toSeconds(); t += p.headwaySeconds()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Running time of a full cycle without layover: both directions, or the one circular direction. */
  public double roundTripRunningSeconds() {
    return directions.stream().mapToDouble(LineDirection::runningSeconds).sum();
  }

  /** Trips per service day over all directions. */
  public int tripsPerDay() {
    return departures().size() * directions.size();
  }

  /** Vehicle-km per service day: every trip's driven distance. */
  public double vehicleKmPerDay() {
    int n = departures().size();
    return directions.stream().mapToDouble(d -> d.meters() * n / 1000.0).sum();
  }

  /** Hours buses run with passengers per service day: every trip's running time. */
  public double revenueHoursPerDay() {
    int n = departures().size();
    return directions.stream().mapToDouble(d -> d.runningSeconds() * n / 3600.0).sum();
  }

  /** From the first departure to the last arrival of a service day, in hours. */
  public double spanHours() {
    List<Integer> deps = departures();
    double longest = directions.stream().mapToDouble(LineDirection::runningSeconds).max().orElse(0);
    return (deps.get(deps.size() - 1) + longest - deps.get(0)) / 3600.0;
  }
}
