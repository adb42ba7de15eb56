package dev.loopline.gtfs.write;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.FareAttribute;
import dev.loopline.gtfs.model.FareRule;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.GtfsFile;
import dev.loopline.gtfs.model.GtfsTime;
import dev.loopline.gtfs.model.Network;
import dev.loopline.gtfs.model.RawTable;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.RouteNetwork;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.Transfer;
import dev.loopline.gtfs.model.Translation;
import dev.loopline.gtfs.model.Trip;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Lays a feed out as files: which files (those with rows, plus the required ones even if empty), in which order
 * (the {@link GtfsFile} order, then the carried-through files by name), each row as the text of its standard
 * columns. Sort keys are each file's primary key from the reference.
 */
final class FeedTables {
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Comparator<String> IDS = nullsFirst(naturalOrder());

  private FeedTables() {}

  static List<TableOutput> of(Feed feed, CoordinateSystem crs) {
    List<TableOutput> out = new ArrayList<>();
    out.add(new RecordTable<>(GtfsFile.AGENCY, feed.agencies(), comparing(Agency::id, IDS),
        a -> new String[] {a.id(), a.name(), a.url(), a.timezone(), a.lang(), a.phone(), a.fareUrl(), a.email()},
        Agency::extras));
    out.add(new RecordTable<>(GtfsFile.STOPS, feed.stops(), comparing(Stop::id, IDS), s -> stop(s, crs),
        Stop::extras));
    out.add(new RecordTable<>(GtfsFile.ROUTES, feed.routes(), comparing(Route::id, IDS),
        r -> new String[] {r.id(), r.agencyId(), r.shortName(), r.longName(), r.desc(), Integer.toString(r.type()),
            r.url(), r.color(), r.textColor(), str(r.sortOrder()), str(r.continuousPickup()),
            str(r.continuousDropOff()), r.networkId()},
        Route::extras));
    out.add(new RecordTable<>(GtfsFile.TRIPS, feed.trips(), comparing(Trip::id, IDS),
        t -> new String[] {t.routeId(), t.serviceId(), t.id(), t.headsign(), t.shortName(), str(t.directionId()),
            t.blockId(), t.shapeId(), str(t.wheelchairAccessible()), str(t.bikesAllowed())},
        Trip::extras));
    out.add(new StopTimesTable(feed.stopTimes()));
    boolean noService = feed.calendars().isEmpty() && feed.calendarDates().isEmpty();
    if (!feed.calendars().isEmpty() || noService) {
      out.add(new RecordTable<>(GtfsFile.CALENDAR, feed.calendars(), comparing(ServiceCalendar::serviceId, IDS),
          FeedTables::calendar, ServiceCalendar::extras));
    }
    addIfAny(out, GtfsFile.CALENDAR_DATES, feed.calendarDates(),
        comparing(CalendarDate::serviceId, IDS).thenComparing(CalendarDate::date),
        d -> new String[] {d.serviceId(), date(d.date()), Integer.toString(d.exceptionType())},
        CalendarDate::extras);
    addIfAny(out, GtfsFile.FARE_ATTRIBUTES, feed.fareAttributes(), comparing(FareAttribute::fareId, IDS),
        f -> new String[] {f.fareId(), f.price() == null ? null : f.price().toPlainString(), f.currencyType(),
            Integer.toString(f.paymentMethod()), str(f.transfers()), f.agencyId(), str(f.transferDuration())},
        FareAttribute::extras);
    addIfAny(out, GtfsFile.FARE_RULES, feed.fareRules(),
        comparing(FareRule::fareId, IDS).thenComparing(FareRule::routeId, IDS)
            .thenComparing(FareRule::originId, IDS).thenComparing(FareRule::destinationId, IDS)
            .thenComparing(FareRule::containsId, IDS),
        f -> new String[] {f.fareId(), f.routeId(), f.originId(), f.destinationId(), f.containsId()},
        FareRule::extras);
    if (!feed.shapePoints().isEmpty()) {
      out.add(new ShapesTable(feed.shapePoints(), crs));
    }
    addIfAny(out, GtfsFile.FREQUENCIES, feed.frequencies(),
        comparing(Frequency::tripId, IDS).thenComparingInt(Frequency::startTime),
        f -> new String[] {f.tripId(), GtfsTime.format(f.startTime()), GtfsTime.format(f.endTime()),
            Integer.toString(f.headwaySecs()), str(f.exactTimes())},
        Frequency::extras);
    addIfAny(out, GtfsFile.TRANSFERS, feed.transfers(),
        comparing(Transfer::fromStopId, IDS).thenComparing(Transfer::toStopId, IDS)
            .thenComparing(Transfer::fromRouteId, IDS).thenComparing(Transfer::toRouteId, IDS)
            .thenComparing(Transfer::fromTripId, IDS).thenComparing(Transfer::toTripId, IDS),
        t -> new String[] {t.fromStopId(), t.toStopId(), t.fromRouteId(), t.toRouteId(), t.fromTripId(),
            t.toTripId(), Integer.toString(t.transferType()), str(t.minTransferTime())},
        Transfer::extras);
    addIfAny(out, GtfsFile.NETWORKS, feed.networks(), comparing(Network::id, IDS),
        n -> new String[] {n.id(), n.name()}, Network::extras);
    addIfAny(out, GtfsFile.ROUTE_NETWORKS, feed.routeNetworks(),
        comparing(RouteNetwork::networkId, IDS).thenComparing(RouteNetwork::routeId, IDS),
        n -> new String[] {n.networkId(), n.routeId()}, RouteNetwork::extras);
    if (feed.feedInfo() != null) {
      out.add(new RecordTable<>(GtfsFile.FEED_INFO, List.of(feed.feedInfo()), (a, b) -> 0, FeedTables::feedInfo,
          FeedInfo::extras));
    }
    addIfAny(out, GtfsFile.TRANSLATIONS, feed.translations(),
        comparing(Translation::tableName, IDS).thenComparing(Translation::fieldName, IDS)
            .thenComparing(Translation::language, IDS).thenComparing(Translation::recordId, IDS)
            .thenComparing(Translation::recordSubId, IDS).thenComparing(Translation::fieldValue, IDS),
        t -> new String[] {t.tableName(), t.fieldName(), t.language(), t.translation(), t.recordId(),
            t.recordSubId(), t.fieldValue()},
        Translation::extras);

    Set<String> names = new HashSet<>();
    out.forEach(t -> names.add(t.fileName()));
    List<RawTable> others = new ArrayList<>(feed.otherFiles());
    others.sort(comparing(RawTable::fileName));
    for (RawTable raw : others) {
      if (!isPlainFileName(raw.fileName())) {
        throw new IllegalArgumentException("cannot write a file named '" + raw.fileName() + "'");
      }
      if (GtfsFile.byFileName(raw.fileName()) != null || !names.add(raw.fileName())) {
        throw new IllegalArgumentException(raw.fileName() + " is both modelled and carried as a raw table");
      }
      out.add(new RawTableOutput(raw));
    }
    return out;
  }

  private static <T> void addIfAny(List<TableOutput> out, GtfsFile spec, List<T> rows, Comparator<? super T> order,
                                   Function<T, String[]> standard,
                                   Function<T, java.util.Map<String, String>> extras) {
    if (!rows.isEmpty()) {
      out.add(new RecordTable<>(spec, rows, order, standard, extras));
    }
  }

  /** A .txt name that stays inside the output folder: no separators, no leading dot, no control characters. */
  static boolean isPlainFileName(String name) {
    if (!name.endsWith(".txt") || name.startsWith(".") || name.length() > 255) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static String[] stop(Stop s, CoordinateSystem crs) {
    double[] p = crs.fromWgs84(s.lat(), s.lon());
    return new String[] {s.id(), s.code(), s.name(), s.desc(), Numbers.coordinate(p[0]), Numbers.coordinate(p[1]),
        s.zoneId(), s.url(), str(s.locationType()), s.parentStation(), s.timezone(), str(s.wheelchairBoarding()),
        s.levelId(), s.platformCode()};
  }

  private static String[] calendar(ServiceCalendar c) {
    String[] v = new String[10];
    v[0] = c.serviceId();
    for (int d = 0; d < 7; d++) {
      v[1 + d] = (c.days() & (1 << d)) != 0 ? "1" : "0";
    }
    v[8] = date(c.startDate());
    v[9] = date(c.endDate());
    return v;
  }

  private static String[] feedInfo(FeedInfo f) {
    return new String[] {f.publisherName(), f.publisherUrl(), f.lang(), f.defaultLang(), date(f.startDate()),
        date(f.endDate()), f.version(), f.contactEmail(), f.contactUrl()};
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.format(YYYYMMDD);
  }

  private static String str(Integer v) {
    return v == null ? null : v.toString();
  }
}
