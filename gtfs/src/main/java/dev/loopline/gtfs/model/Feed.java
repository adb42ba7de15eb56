package dev.loopline.gtfs.model;

import java.util.List;

/**
 * A whole GTFS feed in memory, immutable. Lists keep a stable order (the reader keeps file order; the merger and
 * writer sort by id) and may be empty, never {@code null}; {@code feedInfo} may be {@code null}. {@code otherFiles}
 * are files the model does not interpret, carried through unchanged.
 */
public record Feed(List<Agency> agencies, List<Stop> stops, List<Route> routes, List<Trip> trips,
                   StopTimes stopTimes, List<ServiceCalendar> calendars, List<CalendarDate> calendarDates,
                   List<ShapePoint> shapePoints, List<Frequency> frequencies, List<Transfer> transfers,
                   List<FareAttribute> fareAttributes, List<FareRule> fareRules, FeedInfo feedInfo,
                   List<Translation> translations, List<Network> networks, List<RouteNetwork> routeNetworks,
                   List<RawTable> otherFiles) {

  public Feed {
    agencies = List.copyOf(agencies);
    stops = List.copyOf(stops);
    routes = List.copyOf(routes);
    trips = List.copyOf(trips);
    stopTimes = stopTimes == null ? StopTimes.empty() : stopTimes;
    calendars = List.copyOf(calendars);
    calendarDates = List.copyOf(calendarDates);
    shapePoints = List.copyOf(shapePoints);
    frequencies = List.copyOf(frequencies);
    transfers = List.copyOf(transfers);
    fareAttributes = List.copyOf(fareAttributes);
    fareRules = List.copyOf(fareRules);
    translations = List.copyOf(translations);
    networks = List.copyOf(networks);
    routeNetworks = List.copyOf(routeNetworks);
    otherFiles = List.copyOf(otherFiles);
  }

  /** Starts a builder with every list empty. */
  public static FeedBuilder builder() {
    return new FeedBuilder();
  }

  /** A builder pre-filled with this feed's content, for making a changed copy. */
  public FeedBuilder toBuilder() {
    return new FeedBuilder(this);
  }
}
