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
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Transfer;
import dev.loopline.gtfs.model.Trip;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A deliberately small GTFS loader for the routing tests, used until the project's reader is available and kept
 * independent of it so the routing tests do not depend on another module's work in progress. Reads only the
 * fields the router uses; no validation.
 */
public final class TestGtfs {
  private TestGtfs() {}

  public static Feed load(Path zipOrFolder) {
    try {
      Map<String, List<Map<String, String>>> files = new HashMap<>();
      if (Files.isDirectory(zipOrFolder)) {
        try (var list = Files.list(zipOrFolder)) {
          for (Path p : list.toList()) {
            if (p.getFileName().toString().endsWith(".txt")) {
              try (InputStream in = Files.newInputStream(p)) {
                files.put(p.getFileName().toString(), parse(in));
              }
            }
          }
        }
      } else {
        try (ZipFile zip = new ZipFile(zipOrFolder.toFile())) {
          for (ZipEntry e : java.util.Collections.list(zip.entries())) {
            String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
            if (name.endsWith(".txt")) {
              try (InputStream in = zip.getInputStream(e)) {
                files.put(name, parse(in));
              }
            }
          }
        }
      }
      return build(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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

  private static Feed build(Map<String, List<Map<String, String>>> f) {
    FeedBuilder b = Feed.builder();
    for (var r : rows(f, "agency.txt")) {
      b.agencies.add(new Agency(s(r, "agency_id"), s(r, "agency_name"), s(r, "agency_url"), s(r, "agency_timezone"),
          null, null, null, null, Map.of()));
    }
    for (var r : rows(f, "stops.txt")) {
      b.stops.add(new Stop(s(r, "stop_id"), s(r, "stop_code"), s(r, "stop_name"), null, d(r, "stop_lat"),
          d(r, "stop_lon"), s(r, "zone_id"), null, i(r, "location_type"), s(r, "parent_station"), null, null, null,
          null, Map.of()));
    }
    for (var r : rows(f, "routes.txt")) {
      b.routes.add(new Route(s(r, "route_id"), s(r, "agency_id"), s(r, "route_short_name"),
          s(r, "route_long_name"), null, i(r, "route_type"), null, null, null, null, null, null, null, Map.of()));
    }
    for (var r : rows(f, "trips.txt")) {
      b.trips.add(new Trip(s(r, "route_id"), s(r, "service_id"), s(r, "trip_id"), s(r, "trip_headsign"),
          s(r, "trip_short_name"), i(r, "direction_id"), s(r, "block_id"), s(r, "shape_id"), null, null, Map.of()));
    }
    StopTimes.Builder st = new StopTimes.Builder();
    for (var r : rows(f, "stop_times.txt")) {
      Integer pu = i(r, "pickup_type");
      Integer dof = i(r, "drop_off_type");
      String sd = s(r, "shape_dist_traveled");
      st.add(s(r, "trip_id"), time(r, "arrival_time"), time(r, "departure_time"), s(r, "stop_id"),
          i(r, "stop_sequence"), s(r, "stop_headsign"), pu == null ? 0 : pu, dof == null ? 0 : dof,
          StopTimes.MISSING, StopTimes.MISSING, sd == null ? Double.NaN : Double.parseDouble(sd), StopTimes.MISSING);
    }
    b.stopTimes = st.build();
    DateTimeFormatter ymd = DateTimeFormatter.BASIC_ISO_DATE;
    String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (var r : rows(f, "calendar.txt")) {
      int mask = 0;
      for (int k = 0; k < 7; k++) {
        if ("1".equals(s(r, days[k]))) {
          mask |= 1 << k;
        }
      }
      b.calendars.add(new ServiceCalendar(s(r, "service_id"), mask, LocalDate.parse(s(r, "start_date"), ymd),
          LocalDate.parse(s(r, "end_date"), ymd), Map.of()));
    }
    for (var r : rows(f, "calendar_dates.txt")) {
      b.calendarDates.add(new CalendarDate(s(r, "service_id"), LocalDate.parse(s(r, "date"), ymd),
          i(r, "exception_type"), Map.of()));
    }
    for (var r : rows(f, "frequencies.txt")) {
      b.frequencies.add(new Frequency(s(r, "trip_id"), time(r, "start_time"), time(r, "end_time"),
          i(r, "headway_secs"), i(r, "exact_times"), Map.of()));
    }
    for (var r : rows(f, "transfers.txt")) {
      b.transfers.add(new Transfer(s(r, "from_stop_id"), s(r, "to_stop_id"), s(r, "from_route_id"),
          s(r, "to_route_id"), null, null, i(r, "transfer_type") == null ? 0 : i(r, "transfer_type"),
          i(r, "min_transfer_time"), Map.of()));
    }
    for (var r : rows(f, "fare_attributes.txt")) {
      b.fareAttributes.add(new FareAttribute(s(r, "fare_id"), new BigDecimal(s(r, "price")), s(r, "currency_type"),
          i(r, "payment_method"), i(r, "transfers"), s(r, "agency_id"), i(r, "transfer_duration"), Map.of()));
    }
    for (var r : rows(f, "fare_rules.txt")) {
      b.fareRules.add(new FareRule(s(r, "fare_id"), s(r, "route_id"), s(r, "origin_id"), s(r, "destination_id"),
          s(r, "contains_id"), Map.of()));
    }
    for (var r : rows(f, "shapes.txt")) {
      String dist = s(r, "shape_dist_traveled");
      b.shapePoints.add(new ShapePoint(s(r, "shape_id"), d(r, "shape_pt_lat"), d(r, "shape_pt_lon"),
          i(r, "shape_pt_sequence"), dist == null ? Double.NaN : Double.parseDouble(dist), Map.of()));
    }
    return b.build();
  }

  private static List<Map<String, String>> rows(Map<String, List<Map<String, String>>> f, String name) {
    return f.getOrDefault(name, List.of());
  }

  private static String s(Map<String, String> r, String k) {
    String v = r.get(k);
    return v == null || v.isEmpty() ? null : v;
  }

  private static Integer i(Map<String, String> r, String k) {
    String v = s(r, k);
    return v == null ? null : Integer.parseInt(v.trim());
  }

  private static double d(Map<String, String> r, String k) {
    String v = s(r, k);
    return v == null ? Double.NaN : Double.parseDouble(v);
  }

  private static int time(Map<String, String> r, String k) {
    String v = s(r, k);
    return v == null ? GtfsTime.MISSING : GtfsTime.parse(v.trim());
  }

  private static List<Map<String, String>> parse(InputStream in) throws IOException {
    BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Map<String, String>> out = new ArrayList<>();
    String[] header = null;
    String line;
    while ((line = br.readLine()) != null) {
      if (header == null) {
        if (line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        List<String> h = split(line);
        header = h.stream().map(String::trim).toArray(String[]::new);
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> v = split(line);
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.length && c < v.size(); c++) {
        row.put(header[c], v.get(c));
      }
      out.add(row);
    }
    return out;
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            sb.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          sb.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    out.add(sb.toString());
    return out;
  }
}
