package dev.loopline.planner.proposal;

import java.util.List;

/**
 * A proposal turned into service: its directions on the roads with running times, and the day's timetable built
 * together with its vehicle blocks ({@link Timetabler}): the return direction is offset so that buses turn round
 * after their layover, and the fleet is the number of blocks. {@code runningTimes} says where the running times
 * came from; {@code warnings} tell the planner what to check (a speed outside the network's range).
 */
public record SimulatedLine(ResolvedProposal resolved, List<LineDirection> directions, LineSchedule schedule,
                            RunningTimes runningTimes, List<String> warnings) {
  public SimulatedLine {
    directions = List.copyOf(directions);
    warnings = List.copyOf(warnings);
  }

  /** This line with one more warning for the planner. */
  public SimulatedLine withWarning(String warning) {
    List<String> w = new java.util.ArrayList<>(warnings);
    w.add(warning);
    return new SimulatedLine(resolved, directions, schedule, runningTimes, w);
  }

  /** Scheduled speed over the day's trips: driven km ÷ running hours (stops included). */
  public double scheduledKmh() {
    double hours = revenueHoursPerDay();
    return hours > 0 ? vehicleKmPerDay() / hours : 0;
  }

  public Proposal proposal() {
    return resolved.proposal();
  }

  public String id() {
    return resolved.id();
  }

  /** Running time of a full cycle without layover: both directions, or the one circular direction. */
  public double roundTripRunningSeconds() {
    return directions.stream().mapToDouble(LineDirection::runningSeconds).sum();
  }

  /** Trips per service day over all directions. */
  public int tripsPerDay() {
    return schedule.trips().size();
  }

  /** Departures per direction on a service day (the mean when the directions differ by one). */
  public double departuresPerDirection() {
    return schedule.trips().size() / (double) directions.size();
  }

  /** Vehicle-km per service day: every trip's driven distance. */
  public double vehicleKmPerDay() {
    return schedule.trips().stream().mapToDouble(t -> directions.get(t.directionId()).meters()).sum() / 1000.0;
  }

  /** Hours buses run with passengers per service day: every trip's running time. */
  public double revenueHoursPerDay() {
    return schedule.trips().stream().mapToDouble(LineTrip::runningSeconds).sum() / 3600.0;
  }

  /** From the first departure to the last arrival of a service day, in hours. */
  public double spanHours() {
    int first = schedule.trips().stream().mapToInt(LineTrip::departureSeconds).min().orElse(0);
    int last = schedule.trips().stream().mapToInt(LineTrip::arrivalSeconds).max().orElse(0);
    return (last - first) / 3600.0;
  }

  /** Trips per service day in one direction. */
  public int trips(int directionId) {
    return (int) schedule.trips().stream().filter(t -> t.directionId() == directionId).count();
  }
}
