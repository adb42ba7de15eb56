package dev.loopline.gtfs.model;

import java.util.ArrayList;
import java.util.List;

/** Mutable lists that become a {@link Feed}. Public fields on purpose: it is a bag of lists, not an abstraction. */
public final class FeedBuilder {
  public final List<Agency> agencies = new ArrayList<>();
  public final List<Stop> stops = new ArrayList<>();
  public final List<Route> routes = new ArrayList<>();
  public final List<Trip> trips = new ArrayList<>();
  public StopTimes stopTimes = StopTimes.empty();
  public final List<ServiceCalendar> calendars = new ArrayList<>();
  public final List<CalendarDate> calendarDates = new ArrayList<>();
  public final List<ShapePoint> shapePoints = new ArrayList<>();
  public final List<Frequency> frequencies = new ArrayList<>();
  public final List<Transfer> transfers = new ArrayList<>();
  public final List<FareAttribute> fareAttributes = new ArrayList<>();
  public final List<FareRule> fareRules = new ArrayList<>();
  public FeedInfo feedInfo;
  public final List<Translation> translations = new ArrayList<>();
  public final List<Network> networks = new ArrayList<>();
  public final List<RouteNetwork> routeNetworks = new ArrayList<>();
  public final List<RawTable> otherFiles = new ArrayList<>();

  FeedBuilder() {}

  FeedBuilder(Feed feed) {
    agencies.addAll(feed.agencies());
    stops.addAll(feed.stops());
    routes.addAll(feed.routes());
    trips.addAll(feed.trips());
    stopTimes = feed.stopTimes();
    calendars.addAll(feed.calendars());
    calendarDates.addAll(feed.calendarDates());
    shapePoints.addAll(feed.shapePoints());
    frequencies.addAll(feed.frequencies());
    transfers.addAll(feed.transfers());
    fareAttributes.addAll(feed.fareAttributes());
    fareRules.addAll(feed.fareRules());
    feedInfo = feed.feedInfo();
    translations.addAll(feed.translations());
    networks.addAll(feed.networks());
    routeNetworks.addAll(feed.routeNetworks());
    otherFiles.addAll(feed.otherFiles());
  }

  public Feed build() {
    return new Feed(agencies, stops, routes, trips, stopTimes, calendars, calendarDates, shapePoints, frequencies,
        transfers, fareAttributes, fareRules, feedInfo, translations, networks, routeNetworks, otherFiles);
  }
}
