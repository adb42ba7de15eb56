package dev.loopline.planner.app;

import dev.loopline.planner.routing.PlanStatus;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What {@link PlanService#warmUp} did: the service date it prepared, the outcome of the one trip it planned there
 * ({@link PlanStatus#DATE_OUT_OF_SERVICE} when nothing runs that day, so there was nothing to prepare) and how long
 * it took.
 *
 * @param date   the service date whose timetable is now built
 * @param status the outcome of the trip planned along the day's busiest line
 * @param took   wall time of the warm-up
 */
public record WarmUp(LocalDate date, PlanStatus status, Duration took) {
}
