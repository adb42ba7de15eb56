package dev.loopline.planner.score;

/**
 * What a bus line does in a representative week, whatever it came from (a proposal's timetable and vehicle blocks,
 * or an existing line of the feed counted day by day): the peak fleet (the most buses any day needs), trips,
 * vehicle-km, platform vehicle-hours (buses tied up with a driver: running and laying over, from each vehicle's
 * first departure to its last arrival), revenue hours (buses running with passengers aboard) and the service span
 * summed over the operating days. A week is the unit so that weekend timetables count with their own trips; a year
 * is {@code service_days_per_year / 7} weeks.
 *
 * @param departuresPerDirection departures per direction on an average operating day (trips ÷ directions ÷ days):
 *     the service level the ridership estimate responds to
 */
public record LineOperations(int peakVehicles, int daysPerWeek, double tripsPerWeek, double vehicleKmPerWeek,
                             double vehicleHoursPerWeek, double revenueHoursPerWeek, double spanHoursPerWeek,
                             double departuresPerDirection) {

  /**
   * Share of the fleet's available time spent carrying passengers: revenue hours ÷ (peak vehicles × span), over the
   * week. Low values mean buses bought for a peak that sit idle or lay over for most of the day.
   */
  public double utilization() {
    double available = peakVehicles * spanHoursPerWeek;
    return available > 0 ? revenueHoursPerWeek / available : 0;
  }

  /** Vehicle-km on an average operating day. */
  public double vehicleKmPerOperatingDay() {
    return daysPerWeek == 0 ? 0 : vehicleKmPerWeek / daysPerWeek;
  }

  /** Platform vehicle-hours on an average operating day. */
  public double vehicleHoursPerOperatingDay() {
    return daysPerWeek == 0 ? 0 : vehicleHoursPerWeek / daysPerWeek;
  }
}
