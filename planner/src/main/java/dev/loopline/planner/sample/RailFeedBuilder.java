package dev.loopline.planner.sample;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the metro feed: lines 1, 7, 15, 17, 19 and 27 (route_type 1), stations {@code L7-05} style with Chinese
 * names and English translations, trains every 4-8 minutes in the peaks and 8-12 otherwise from 06:00 to 23:00
 * from both termini, at about 40 km/h between stations plus 30 s dwell. Shapes are straight between stations.
 */
final class RailFeedBuilder {
  static final LocalDate START = LocalDate.of(2026, 6, 1);
  static final LocalDate END = LocalDate.of(2027, 12, 31);
  private static final double SPEED_MPS = 40 / 3.6;
  private static final int DWELL = 30;

  private final Layout layout;

  RailFeedBuilder(Layout layout) {
    this.layout = layout;
  }

  Feed build() {
    FeedBuilder fb = Feed.builder();
    Set<String> headsigns = new HashSet<>();
    fb.agencies.add(FeedAssembly.agency("CRT", "重庆轨道交通（合成样本）", "rail"));
    fb.translations.add(FeedAssembly.translation("agency", "agency_name", "CRT",
        "Chongqing Rail Transit (synthetic sample)"));
    fb.calendars.add(FeedAssembly.calendar("WD", FeedAssembly.WEEKDAYS, START, END));
    fb.calendars.add(FeedAssembly.calendar("WE", FeedAssembly.SATURDAY | FeedAssembly.SUNDAY, START, END));
    DistrictFeedBuilder.holidays(fb.calendarDates, List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
        LocalDate.of(2027, 1, 1)), START, END, "WD", "WE");
    fb.feedInfo = FeedAssembly.feedInfo(START, END, layout.options);
    StopTimes.Builder st = new StopTimes.Builder();
    for (RailLine line : layout.railLines) {
      String routeId = "L" + line.number();
      fb.routes.add(new Route(routeId, "CRT", line.number(), line.zh(), null, Route.SUBWAY, null, line.color(),
          line.textColor(), null, null, null, null, null));
      fb.translations.add(FeedAssembly.translation("routes", "route_long_name", routeId, line.en()));
      for (RailStation s : line.stations()) {
        fb.stops.add(FeedAssembly.stop(s.stopId(), s.zh(), s.position()));
        fb.translations.add(FeedAssembly.translation("stops", "stop_name", s.stopId(), s.en()));
      }
      for (int dir = 0; dir < 2; dir++) {
        List<RailStation> stations = new ArrayList<>(line.stations());
        if (dir == 1) {
          java.util.Collections.reverse(stations);
        }
        List<Xy> shape = stations.stream().map(RailStation::position).toList();
        String shapeId = routeId + "-" + dir;
        FeedAssembly.shape(fb.shapePoints, shapeId, shape);
        int[] offsets = new int[stations.size()];
        for (int k = 1; k < offsets.length; k++) {
          double run = stations.get(k - 1).position().distanceTo(stations.get(k).position()) / SPEED_MPS;
          offsets[k] = offsets[k - 1] + DWELL + (int) Math.round(run / 10) * 10;
        }
        String headsign = stations.get(stations.size() - 1).zh();
        FeedAssembly.headsignTranslation(fb.translations, headsigns, headsign, stations.get(stations.size() - 1).en());
        for (String service : new String[] {"WD", "WE"}) {
          int n = 0;
          for (int t = Headways.clock(6, 0); t <= Headways.clock(23, 0); ) {
            String tripId = routeId + "-" + service + "-" + dir + "-" + String.format(java.util.Locale.ROOT, "%03d",
                ++n);
            fb.trips.add(new Trip(routeId, service, tripId, headsign, null, dir, null, shapeId, null, null, null));
            for (int k = 0; k < offsets.length; k++) {
              int at = t + offsets[k];
              st.add(tripId, at, at, stations.get(k).stopId(), k + 1,
                  null, StopTimes.MISSING, StopTimes.MISSING, StopTimes.MISSING, StopTimes.MISSING, Double.NaN,
                  StopTimes.MISSING);
            }
            boolean peak = service.equals("WD") && ((t >= Headways.clock(7, 0) && t < Headways.clock(9, 0))
                || (t >= Headways.clock(17, 0) && t < Headways.clock(19, 0)));
            t += (peak ? line.peakHeadwayMin() : line.offPeakHeadwayMin()) * 60;
          }
        }
      }
    }
    fb.stopTimes = st.build();
    return fb.build();
  }
}
