package dev.loopline.planner.app;

import dev.loopline.osm.LatLon;
import dev.loopline.planner.routing.TripRequest;
import dev.loopline.planner.transit.CostParameters;
import dev.loopline.planner.transit.TransitRouter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A trip question as users type it (the {@code plan} options, the web's {@code /api/plan} parameters), turned into a
 * {@link TripRequest} with every value checked and every mistake naming its field. A {@code null} value takes the
 * default of the settings tree ({@code plan:} in {@code loopline.yaml}); {@code at == null} means now on the
 * network's clock (its feed's time zone, not the machine's).
 *
 * @param from         origin: {@code LAT,LON}, or a stop's name, id or code ({@link NetworkInfoService#place})
 * @param to           destination, the same way
 * @param at           ISO local date-time of departure (or arrival with {@code arriveBy})
 * @param arriveBy     {@code at} is the latest arrival
 * @param window       how long after (before) {@code at} departures count: {@code 60m}, {@code 1h30m}, {@code 45}
 * @param maxWalk      longest walk between stops: {@code 1200m}, {@code 1.2km}
 * @param maxAccessWalk longest walk to the first stop and from the last one: {@code 45m}, {@code 1h}
 * @param walkSpeed    metres per second
 * @param maxTransfers most changes of vehicle
 * @param itineraries  most itineraries returned
 */
public record PlanParameters(String from, String to, String at, boolean arriveBy, String window, String maxWalk,
                             String maxAccessWalk, Double walkSpeed, Integer maxTransfers, Integer itineraries) {

  /** The request, with geometry (legs drawn) when {@code geometry}; the ends must be given as {@code LAT,LON}. */
  public TripRequest toRequest(LooplineSettings.Plan defaults, boolean geometry, java.time.ZoneId timeZone) {
    Place origin = new Place(point(from, "from"), List.of());
    return toRequest(defaults, geometry, timeZone, origin, new Place(point(to, "to"), List.of()));
  }

  /**
   * The request, with geometry (legs drawn) when {@code geometry}; an end may also be a stop's name, id or code,
   * looked up in {@code places}.
   */
  public TripRequest toRequest(LooplineSettings.Plan defaults, boolean geometry, java.time.ZoneId timeZone,
                               NetworkInfoService places) {
    Place origin = places.place(from, "from");
    return toRequest(defaults, geometry, timeZone, origin, places.place(to, "to"));
  }

  /**
   * The request, with geometry (legs drawn) when {@code geometry}, between two ends already found
   * ({@link NetworkInfoService#place}); the texts {@code from} and {@code to} are not read again.
   */
  public TripRequest toRequest(LooplineSettings.Plan defaults, boolean geometry, java.time.ZoneId timeZone,
                               Place origin, Place destination) {
    LocalDateTime time = at == null || at.isBlank() ? LocalDateTime.now(timeZone).truncatedTo(ChronoUnit.MINUTES) : time(at);
    Duration w = window == null ? Duration.ofMinutes(defaults.windowMinutes()) : Quantities.duration(window, "window");
    if (w.compareTo(Duration.ofHours(24)) > 0) {
      throw InvalidRequestException.of("window", "must be at most 24 h, got " + window);
    }
    double walk = maxWalk == null ? defaults.maxWalkMeters() : Quantities.meters(maxWalk, "maxWalk");
    if (walk > 10_000) {
      throw InvalidRequestException.of("maxWalk", "must be between 0 and 10000 m, got " + maxWalk);
    }
    Duration access = maxAccessWalk == null ? Duration.ofMinutes(defaults.maxAccessWalkMinutes())
        : Quantities.duration(maxAccessWalk, "maxAccessWalk");
    if (access.compareTo(Duration.ofHours(2)) > 0) {
      throw InvalidRequestException.of("maxAccessWalk", "must be at most 120 min, got " + maxAccessWalk);
    }
    double speed = walkSpeed == null ? defaults.walkSpeedMps() : walkSpeed;
    if (!(speed >= 0.3 && speed <= 3)) {
      throw InvalidRequestException.of("walkSpeed", "must be between 0.3 and 3 m/s, got " + walkSpeed);
    }
    int transfers = maxTransfers == null ? defaults.maxTransfers() : maxTransfers;
    if (transfers < 0 || transfers > TransitRouter.MAX_TRANSFERS) {
      throw InvalidRequestException.of("maxTransfers", "must be between 0 and " + TransitRouter.MAX_TRANSFERS
          + ", got " + transfers);
    }
    int n = itineraries == null ? defaults.itineraries() : itineraries;
    if (n < 1 || n > 50) {
      throw InvalidRequestException.of("itineraries", "must be between 1 and 50, got " + n);
    }
    return new TripRequest(origin.point(), destination.point(), time, arriveBy, w, walk, access, speed, transfers, n,
        TripRequest.Optimize.BEST_ITINERARIES, geometry, CostParameters.DEFAULTS);
  }

  private static LatLon point(String text, String field) {
    if (text == null || text.isBlank()) {
      throw InvalidRequestException.of(field, "required, LAT,LON, e.g. 29.56,106.45");
    }
    return Quantities.point(text, field);
  }

  /** An ISO local date-time ({@code 2026-12-01T08:00}; a space for the T is accepted). */
  public static LocalDateTime time(String text) {
    try {
      return LocalDateTime.parse(text.trim().replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.of("at", "not an ISO local date-time: '" + text + "' (use e.g. 2026-12-01T08:00)");
    }
  }
}
