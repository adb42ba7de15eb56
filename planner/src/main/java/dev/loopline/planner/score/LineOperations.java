package dev.loopline.planner.score;

/**
 * What a bus line does on one service day, whatever it came from (a proposal's timetable or an existing line of the
 * feed): the peak fleet, vehicle-km, platform vehicle-hours (buses tied up, layover included), revenue hours (buses
 * running with passengers aboard) and the span from the first departure to the last arrival.
 */
public record LineOperations(int peakVehicles, double vehicleKmPerDay, double vehicleHoursPerDay,
                             double revenueHoursPerDay, double spanHours, int daysPerWeek) {

  /**
   * Share of the fleet's available time spent carrying passengers: revenue hours ÷ (peak vehicles × span). Low
   * values mean buses bought for a peak that sit idle or lay over for most of the day.
   */
  public double utilization() {
    double available = peakVehicles * spanHours;
    return available > 0 ? revenueHoursPerDay / available : 0;
  }
}
