package dev.loopline.planner.proposal;

import java.util.List;

/**
 * A proposed line's service day: the timetable and the vehicle blocks built together (see {@link Timetabler}). The
 * fleet is the number of blocks: each block is one bus, from its first departure to its last arrival.
 *
 * @param runningMinutes round-trip running time including dwell, without layover (at the base running times)
 * @param layoverMinutes recovery time per round trip, split evenly between the two terminals (all at the one
 *     terminal of a circular line)
 * @param cycleMinutes running plus layover: the time a bus needs to come back ready
 * @param trips every trip of the day, by direction then departure
 * @param periods the vehicles in service in each service period
 * @param vehicles the buses the timetable needs: its blocks
 * @param platformSeconds time buses are out with a driver: each block from its first departure to its last arrival,
 *     less the idle gaps at a terminal longer than {@link Timetabler#LAY_UP_SECONDS} (the bus is laid up, the driver
 *     off duty)
 */
public record LineSchedule(double runningMinutes, double layoverMinutes, double cycleMinutes, List<LineTrip> trips,
                           List<PeriodFleet> periods, int vehicles, double platformSeconds) {
  public LineSchedule {
    trips = List.copyOf(trips);
    periods = List.copyOf(periods);
  }

  /** The vehicles in service at the busiest moment of one service period. */
  public record PeriodFleet(ServicePeriod period, int vehicles) {}

  /** The buses to own: every block is one. */
  public int peakVehicles() {
    return vehicles;
  }

  /** Platform vehicle-hours of the day. */
  public double vehicleHoursPerDay() {
    return platformSeconds / 3600.0;
  }

  /** The trips of one direction, in departure order. */
  public List<LineTrip> trips(int directionId) {
    return trips.stream().filter(t -> t.directionId() == directionId).toList();
  }

  /** The lower bound {@code ceil(cycle / headway)} for a period run at one headway throughout. */
  public static int lowerBound(double cycleMinutes, double headwayMinutes) {
    return (int) Math.ceil(cycleMinutes / headwayMinutes - 1e-9);
  }
}
