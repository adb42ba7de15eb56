package dev.loopline.planner.transit;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.FareAttribute;
import dev.loopline.gtfs.model.FareRule;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.GtfsTime;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Transfer;
import dev.loopline.gtfs.model.Trip;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Feed helpers for the routing tests: combining real feeds, and small hand-made feeds. */
public final class TestGtfs {
  private TestGtfs() {}

  /** Several feeds side by side in one (their ids must not clash; the Porto Alegre pair's do not). */
  public static Feed combine(Feed... feeds) {
    FeedBuilder b = Feed.builder();
    StopTimes.Builder st = new StopTimes.Builder();
    for (Feed f : feeds) {
      b.agencies.addAll(f.agencies());
      b.stops.addAll(f.stops());
      b.routes.addAll(f.routes());
      b.trips.addAll(f.trips());
      b.calendars.addAll(f.calendars());
      b.calendarDates.addAll(f.calendarDates());
      b.shapePoints.addAll(f.shapePoints());
      b.frequencies.addAll(f.frequencies());
      b.transfers.addAll(f.transfers());
      b.fareAttributes.addAll(f.fareAttributes());
      b.fareRules.addAll(f.fareRules());
      StopTimes s = f.stopTimes();
      for (int r = 0; r < s.size(); r++) {
        st.add(s.tripId(r), s.arrival(r), s.departure(r), s.stopId(r), s.sequence(r), s.headsign(r),
            s.pickupType(r), s.dropOffType(r), s.continuousPickup(r), s.continuousDropOff(r),
            s.shapeDistTraveled(r), s.timepoint(r));
      }
    }
    b.stopTimes = st.build();
    return b.build();
  }

  /** A hand-made feed: one agency, service "WD" on weekdays of 2026 unless other calendars are added. */
  public static Mini mini() {
    return new Mini();
  }

  /** Builder of small feeds for unit tests; times as "HH:MM:SS" or "" for empty. */
  public static final class Mini {
    private final FeedBuilder b = Feed.builder();
    private final StopTimes.Builder st = new StopTimes.Builder();

    Mini() {
      b.agencies.add(new Agency("A", "Test Bus", "http://example.com", "Asia/Shanghai", null, null, null, null,
          Map.of()));
      b.calendars.add(new ServiceCalendar("WD", 0b0011111, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
          Map.of()));
    }

    public Mini agency(String id, String name) {
      b.agencies.add(new Agency(id, name, "http://example.com", "Asia/Shanghai", null, null, null, null, Map.of()));
      return this;
    }

    public Mini stop(String id, double lat, double lon) {
      return stop(id, lat, lon, null);
    }

    public Mini stop(String id, double lat, double lon, String zone) {
      b.stops.add(new Stop(id, null, "Stop " + id, null, lat, lon, zone, null, null, null, null, null, null, null,
          Map.of()));
      return this;
    }

    public Mini route(String id, int type) {
      b.routes.add(new Route(id, "A", id, "Route " + id, null, type, null, null, null, null, null, null, null,
          Map.of()));
      return this;
    }

    public Mini trip(String id, String route, String service) {
      b.trips.add(new Trip(route, service, id, "to the end", null, 0, null, null, null, null, Map.of()));
      return this;
    }

    /** One stop time; pickup and drop-off regular. */
    public Mini at(String trip, int seq, String stop, String arrival, String departure) {
      return at(trip, seq, stop, arrival, departure, 0, 0);
    }

    public Mini at(String trip, int seq, String stop, String arrival, String departure, int pickup, int dropOff) {
      st.add(trip, GtfsTime.parse(arrival), GtfsTime.parse(departure), stop, seq, null, pickup, dropOff,
          StopTimes.MISSING, StopTimes.MISSING, Double.NaN, StopTimes.MISSING);
      return this;
    }

    public Mini calendar(String service, int dayMask, LocalDate from, LocalDate to) {
      b.calendars.add(new ServiceCalendar(service, dayMask, from, to, Map.of()));
      return this;
    }

    public Mini calendarDate(String service, LocalDate date, int type) {
      b.calendarDates.add(new CalendarDate(service, date, type, Map.of()));
      return this;
    }

    public Mini frequency(String trip, String start, String end, int headway) {
      b.frequencies.add(new Frequency(trip, GtfsTime.parse(start), GtfsTime.parse(end), headway, null, Map.of()));
      return this;
    }

    public Mini transfer(String from, String to, int type, Integer minTime) {
      b.transfers.add(new Transfer(from, to, null, null, null, null, type, minTime, Map.of()));
      return this;
    }

    public Mini fare(String id, String price, Integer transfers, Integer duration) {
      b.fareAttributes.add(new FareAttribute(id, new BigDecimal(price), "CNY", 0, transfers, null, duration,
          Map.of()));
      return this;
    }

    public Mini fareRule(String fare, String route, String origin, String destination, String contains) {
      b.fareRules.add(new FareRule(fare, route, origin, destination, contains, Map.of()));
      return this;
    }

    public Feed build() {
      b.stopTimes = st.build();
      return b.build();
    }
  }
}
