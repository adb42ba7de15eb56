package dev.loopline.planner.sample;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.Translation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small constructors shared by the bus and rail feed builders, so both write rows the same way. */
final class FeedAssembly {
  static final String TIMEZONE = "Asia/Shanghai";
  static final int WEEKDAYS = 0b0011111;
  static final int SATURDAY = 0b0100000;
  static final int SUNDAY = 0b1000000;

  private FeedAssembly() {}

  static Agency agency(String id, String name, String slug) {
    return new Agency(id, name, "https://example.com/loopline/sample/" + slug, TIMEZONE, "zh", null, null, null,
        null);
  }

  static Stop stop(String id, String name, Xy p) {
    return new Stop(id, null, name, null, round7(Projection.lat(p)), round7(Projection.lon(p)), null, null, null,
        null, null, null, null, null, null);
  }

  /** Coordinates to 1e-7 degrees (about 1 cm): plenty, and it keeps the written numbers short. */
  static double round7(double v) {
    return Math.round(v * 1e7) / 1e7;
  }

  static Translation translation(String table, String field, String recordId, String english) {
    return new Translation(table, field, "en", english, recordId, null, null, null);
  }

  /**
   * Translates a headsign once, however many trips share it: a {@code field_value} row (GTFS's by-value form), added
   * to {@code out} the first time {@code headsign} is seen in {@code done}. The last stop may be another district's
   * twin, whose name there differs from the headsign (its 站 variant), so the headsign needs its own English.
   */
  static void headsignTranslation(List<Translation> out, Set<String> done, String headsign, String english) {
    if (done.add(headsign)) {
      out.add(new Translation("trips", "trip_headsign", "en", english, null, null, headsign, null));
    }
  }

  static ServiceCalendar calendar(String id, int days, LocalDate start, LocalDate end) {
    return new ServiceCalendar(id, days, start, end, null);
  }

  static CalendarDate exception(String serviceId, LocalDate date, int type) {
    return new CalendarDate(serviceId, date, type, null);
  }

  static boolean isWeekday(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  static FeedInfo feedInfo(LocalDate start, LocalDate end, SampleOptions options) {
    return new FeedInfo("Loopline synthetic sample (not real data)", "https://example.com/loopline", "zh", null,
        start, end, "synthetic sample seed " + options.seed() + " scale " + options.scale(), null, null, null);
  }

  static void shape(List<ShapePoint> out, String shapeId, List<Xy> points) {
    int seq = 1;
    double lastLat = Double.NaN;
    double lastLon = Double.NaN;
    for (Xy p : points) {
      double lat = round7(Projection.lat(p));
      double lon = round7(Projection.lon(p));
      if (lat == lastLat && lon == lastLon) {
        continue;
      }
      out.add(new ShapePoint(shapeId, lat, lon, seq++, Double.NaN, null));
      lastLat = lat;
      lastLon = lon;
    }
  }
}
