package dev.loopline.planner.sample;

import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one district operator's feed: its own lines and the cross-border lines it shares, every stop numbered
 * from 1 in order of first use (so ids collide across districts, as real operators' do), stops in the neighbour's
 * territory published as twins under a variant name, the operator's own calendar (weekday and weekend services,
 * holidays in calendar_dates) plus, for shared lines, a joint calendar identical in both feeds, and English names
 * in translations.txt.
 */
final class DistrictFeedBuilder {
  private final DistrictSpec spec;
  private final int d;
  private final BusNetworkBuilder.Result net;
  private final SampleOptions options;

  /** What the feed holds that the manifest and tests want to know: published stop id of each site. */
  private final Map<Integer, String> stopIdOfSite = new LinkedHashMap<>();
  private final Map<Integer, String> routeIdOfLine = new LinkedHashMap<>();

  DistrictFeedBuilder(DistrictSpec spec, BusNetworkBuilder.Result net, SampleOptions options) {
    this.spec = spec;
    this.d = spec.index();
    this.net = net;
    this.options = options;
  }

  Map<Integer, String> stopIdOfSite() {
    return stopIdOfSite;
  }

  Map<Integer, String> routeIdOfLine() {
    return routeIdOfLine;
  }

  Feed build() {
    FeedBuilder fb = Feed.builder();
    Set<String> headsigns = new HashSet<>();
    fb.agencies.add(FeedAssembly.agency("1", spec.agencyZh(), spec.id()));
    fb.translations.add(FeedAssembly.translation("agency", "agency_name", "1", spec.agencyEn()));
    // Services: the operator's own, then the joint ones for shared lines.
    String weekday = "1";
    String saturday = "2";
    String sunday = spec.splitWeekend() ? "3" : "2";
    fb.calendars.add(FeedAssembly.calendar(weekday, FeedAssembly.WEEKDAYS, spec.serviceStart(), spec.serviceEnd()));
    if (spec.splitWeekend()) {
      fb.calendars.add(FeedAssembly.calendar(saturday, FeedAssembly.SATURDAY, spec.serviceStart(),
          spec.serviceEnd()));
      fb.calendars.add(FeedAssembly.calendar(sunday, FeedAssembly.SUNDAY, spec.serviceStart(), spec.serviceEnd()));
    } else {
      fb.calendars.add(FeedAssembly.calendar(saturday, FeedAssembly.SATURDAY | FeedAssembly.SUNDAY,
          spec.serviceStart(), spec.serviceEnd()));
    }
    holidays(fb.calendarDates, spec.holidays(), spec.serviceStart(), spec.serviceEnd(), weekday, sunday);
    boolean shares = net.lines().stream().anyMatch(l -> l.partner() >= 0 && l.publishedBy(d));
    int nextService = fb.calendars.size() + 1;
    String jointWeekday = String.valueOf(nextService);
    String jointWeekend = String.valueOf(nextService + 1);
    if (shares) {
      fb.calendars.add(FeedAssembly.calendar(jointWeekday, FeedAssembly.WEEKDAYS, DistrictSpec.JOINT_START,
          DistrictSpec.JOINT_END));
      fb.calendars.add(FeedAssembly.calendar(jointWeekend, FeedAssembly.SATURDAY | FeedAssembly.SUNDAY,
          DistrictSpec.JOINT_START, DistrictSpec.JOINT_END));
      holidays(fb.calendarDates, DistrictSpec.JOINT_HOLIDAYS, DistrictSpec.JOINT_START, DistrictSpec.JOINT_END,
          jointWeekday, jointWeekend);
    }
    fb.feedInfo = FeedAssembly.feedInfo(min(spec.serviceStart(), DistrictSpec.JOINT_START),
        max(spec.serviceEnd(), DistrictSpec.JOINT_END), options);

    StopTimes.Builder st = new StopTimes.Builder();
    List<PendingTrip> pending = new ArrayList<>();
    int routeNo = 0;
    int tripNo = 0;
    int shapeNo = 0;
    List<BusLine> mine = new ArrayList<>();
    net.lines().stream().filter(l -> l.owner() == d).forEach(mine::add);
    net.lines().stream().filter(l -> l.partner() == d).forEach(mine::add);
    for (BusLine line : mine) {
      String routeId = String.valueOf(++routeNo);
      routeIdOfLine.put(line.seq(), routeId);
      fb.routes.add(new Route(routeId, "1", line.shortName(), line.zh(), null, Route.BUS, null, line.color(),
          line.textColor(), null, null, null, null, null));
      fb.translations.add(FeedAssembly.translation("routes", "route_long_name", routeId, line.en()));
      boolean joint = line.partner() >= 0;
      for (int dir = 0; dir < line.directions(); dir++) {
        List<StopSite> stops = line.stops(dir);
        String[] ids = new String[stops.size()];
        for (int k = 0; k < ids.length; k++) {
          ids[k] = stopId(fb, stops.get(k));
        }
        String shapeId = String.valueOf(++shapeNo);
        FeedAssembly.shape(fb.shapePoints, shapeId, line.shape(dir));
        String headsign = stops.get(stops.size() - 1).zh();
        FeedAssembly.headsignTranslation(fb.translations, headsigns, headsign, stops.get(stops.size() - 1).en());
        int[] base = line.base(dir);
        List<String[]> days = new ArrayList<>();
        days.add(new String[] {joint ? jointWeekday : weekday, "wd"});
        if (joint) {
          days.add(new String[] {jointWeekend, "we"});
        } else {
          days.add(new String[] {saturday, "we"});
          if (spec.splitWeekend()) {
            days.add(new String[] {sunday, "we"});
          }
        }
        for (String[] day : days) {
          boolean isWeekday = day[1].equals("wd");
          for (int dep : line.headways().departures(isWeekday)) {
            String tripId = String.valueOf(++tripNo);
            fb.trips.add(new Trip(routeId, day[0], tripId, headsign, null, line.circular() ? null : dir, null,
                shapeId, null, null, null));
            double factor = Headways.runningFactor(dep, isWeekday);
            int[] times = new int[ids.length];
            int prev = -1;
            for (int k = 0; k < ids.length; k++) {
              int t = dep + (int) Math.round(base[k] * factor);
              if (t <= prev) {
                t = prev + 1;
              }
              prev = t;
              times[k] = t;
            }
            pending.add(new PendingTrip(tripId, ids, times));
          }
        }
      }
    }
    // Rows go in in the builder's own order (trip id as text, then sequence), which spares it a sort.
    pending.sort((x, y) -> x.tripId().compareTo(y.tripId()));
    int rows = 0;
    for (PendingTrip p : pending) {
      rows += p.stops().length;
    }
    st.ensureCapacity(rows);
    for (PendingTrip p : pending) {
      for (int k = 0; k < p.stops().length; k++) {
        st.add(p.tripId(), p.times()[k], p.times()[k], p.stops()[k], k + 1, null, StopTimes.MISSING,
            StopTimes.MISSING, StopTimes.MISSING, StopTimes.MISSING, Double.NaN, StopTimes.MISSING);
      }
    }
    fb.stopTimes = st.build();
    return fb.build();
  }

  /** A trip's stops and times, held until all trips exist so rows can be added in id order. */
  private record PendingTrip(String tripId, String[] stops, int[] times) {}

  private String stopId(FeedBuilder fb, StopSite s) {
    String id = stopIdOfSite.get(s.edge());
    if (id != null) {
      return id;
    }
    id = String.valueOf(stopIdOfSite.size() + 1);
    stopIdOfSite.put(s.edge(), id);
    if (s.territory() == d) {
      fb.stops.add(FeedAssembly.stop(id, s.zh(), s.position()));
      fb.translations.add(FeedAssembly.translation("stops", "stop_name", id, s.en()));
    } else {
      TwinStop t = net.twins().get((long) s.edge() * 8 + d);
      if (t == null) {
        throw new IllegalStateException("site " + s.edge() + " of " + DistrictSpec.ALL.get(s.territory()).id()
            + " used by " + spec.id() + " without a twin");
      }
      fb.stops.add(FeedAssembly.stop(id, s.variantName(), t.position()));
      fb.translations.add(FeedAssembly.translation("stops", "stop_name", id, s.en()));
    }
    return id;
  }

  /** A holiday that falls on a weekday runs the weekend (Sunday) timetable instead. */
  static void holidays(List<CalendarDate> out, List<LocalDate> holidays, LocalDate start, LocalDate end,
                       String weekdayService, String holidayService) {
    for (LocalDate h : holidays) {
      if (FeedAssembly.isWeekday(h) && !h.isBefore(start) && !h.isAfter(end)) {
        out.add(FeedAssembly.exception(weekdayService, h, CalendarDate.REMOVED));
        out.add(FeedAssembly.exception(holidayService, h, CalendarDate.ADDED));
      }
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
