package dev.loopline.planner.proposal;

/**
 * One trip of a proposed line's service day: its direction, when it leaves the first stop and reaches the last, and
 * the vehicle block (0-based) that runs it.
 *
 * @param timeFactor the trip's running time over the direction's base running time (time-of-day calibration; 1 when
 *     running times do not vary over the day)
 */
public record LineTrip(int directionId, int departureSeconds, int arrivalSeconds, int block, double timeFactor) {
  public int runningSeconds() {
    return arrivalSeconds - departureSeconds;
  }
}
