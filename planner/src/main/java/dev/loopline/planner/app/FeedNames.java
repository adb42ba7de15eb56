package dev.loopline.planner.app;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.Translation;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.planner.gis.EnglishNames;
import dev.loopline.planner.routing.Itinerary;
import dev.loopline.planner.routing.Leg;
import dev.loopline.planner.routing.PlanResult;
import dev.loopline.planner.routing.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names in the resident's language: a feed's own names (Chinese in the sample) or their English translations from
 * {@code translations.txt}, where the feed gives them (a name without a translation stays as the feed has it).
 * Both forms of a translation are read: by record ({@code record_id}) and by value ({@code field_value}).
 * Thread-safe once built.
 */
public final class FeedNames implements EnglishNames {
  /** The languages a resident can ask for. */
  public enum Language {
    /** The feed's own names (the sample's are Chinese). */
    ZH,
    /** English, from {@code translations.txt}. */
    EN;

    /** {@code zh} or {@code en} (case-insensitive); null for anything else. */
    public static Language parse(String text) {
      for (Language l : values()) {
        if (l.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
          return l;
        }
      }
      return null;
    }
  }

  /** English by "table.field" then by the original value; stops also by id (key "stops.id"). */
  private final Map<String, Map<String, String>> english = new HashMap<>();

  private FeedNames(Feed feed) {
    Map<String, Stop> stops = new HashMap<>();
    feed.stops().forEach(s -> stops.putIfAbsent(s.id(), s));
    Map<String, Route> routes = new HashMap<>();
    feed.routes().forEach(r -> routes.putIfAbsent(r.id(), r));
    Map<String, Agency> agencies = new HashMap<>();
    feed.agencies().forEach(a -> agencies.putIfAbsent(a.id(), a));
    Map<String, Trip> trips = new HashMap<>();
    feed.trips().forEach(t -> trips.putIfAbsent(t.id(), t));
    Map<String, String> networks = new HashMap<>();
    feed.networks().forEach(n -> networks.putIfAbsent(n.id(), n.name()));
    // feed_info has one row, so its translations name no record and no value.
    String publisher = feed.feedInfo() == null ? null : feed.feedInfo().publisherName();
    for (Translation t : feed.translations()) {
      if (t.language() == null || !t.language().toLowerCase(Locale.ROOT).startsWith("en") || t.translation() == null
          || t.tableName() == null || t.fieldName() == null) {
        continue;
      }
      String key = t.tableName() + "." + t.fieldName();
      String original = t.fieldValue();
      if (key.equals("feed_info.feed_publisher_name")) {
        original = publisher;
      } else if (t.recordId() != null) {
        original = switch (key) {
          case "stops.stop_name" -> {
            put("stops.id", t.recordId(), t.translation());
            Stop s = stops.get(t.recordId());
            yield s == null ? null : s.name();
          }
          case "routes.route_long_name" -> routes.containsKey(t.recordId()) ? routes.get(t.recordId()).longName() : null;
          case "routes.route_short_name" -> routes.containsKey(t.recordId()) ? routes.get(t.recordId()).shortName()
              : null;
          case "agency.agency_name" -> agencies.containsKey(t.recordId()) ? agencies.get(t.recordId()).name() : null;
          case "trips.trip_headsign" -> trips.containsKey(t.recordId()) ? trips.get(t.recordId()).headsign() : null;
          case "networks.network_name" -> networks.get(t.recordId());
          default -> null;
        };
      }
      if (original != null) {
        english.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(original, t.translation());
      }
    }
  }

  private void put(String key, String original, String translation) {
    english.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(original, translation);
  }

  public static FeedNames of(Feed feed) {
    return new FeedNames(feed);
  }

  /** The English name of a stop (by id, else by its name), or null when the feed has none. */
  public String stopEnglish(String stopId, String name) {
    String en = stopId == null ? null : lookup("stops.id", stopId);
    return en != null ? en : lookup("stops.stop_name", name);
  }

  /**
   * The English of the feed's publisher name: its own translation, else that of a GTFS network of the same name (the
   * merge publishes its brand as both); null when none.
   */
  public String publisherEnglish(String name) {
    String en = lookup("feed_info.feed_publisher_name", name);
    return en != null ? en : lookup("networks.network_name", name);
  }

  @Override
  public String stop(Stop stop) {
    return stopEnglish(stop.id(), stop.name());
  }

  @Override
  public String routeLongName(Route route) {
    return lookup("routes.route_long_name", route.longName());
  }

  @Override
  public String agency(Agency agency) {
    return lookup("agency.agency_name", agency.name());
  }

  /** The result with every name in {@code language} where the feed translates it. */
  public PlanResult translate(PlanResult r, Language language) {
    if (language != Language.EN || english.isEmpty()) {
      return r;
    }
    List<Itinerary> out = new ArrayList<>();
    for (Itinerary it : r.itineraries()) {
      List<Leg> legs = new ArrayList<>();
      for (Leg l : it.legs()) {
        legs.add(new Leg(l.mode(), place(l.from()), place(l.to()), l.meters(),
            or(lookup("routes.route_short_name", l.routeShortName()), l.routeShortName()),
            or(lookup("routes.route_long_name", l.routeLongName()), l.routeLongName()),
            or(lookup("agency.agency_name", l.operator()), l.operator()),
            or(headsignEnglish(l.headsign()), l.headsign()),
            l.tripId(), l.intermediateStops().stream().map(this::place).toList(), l.geometry(), l.estimatedTimes(),
            l.offStreet()));
      }
      out.add(new Itinerary(legs, it.transfers(), it.walkMeters(), it.fare(), it.districts(), it.generalizedCost()));
    }
    return new PlanResult(r.status(), r.message(), out, r.request(), r.timeZone());
  }

  /** A headsign's translation, or, as headsigns usually name the last stop, that stop's English name. */
  private String headsignEnglish(String headsign) {
    String en = lookup("trips.trip_headsign", headsign);
    if (en == null) {
      en = lookup("stop_times.stop_headsign", headsign);
    }
    return en != null ? en : lookup("stops.stop_name", headsign);
  }

  private Place place(Place p) {
    if (!p.isStop()) {
      return p;
    }
    String en = stopEnglish(p.stopId(), p.name());
    return en == null ? p : new Place(en, p.stopId(), p.lat(), p.lon(), p.time());
  }

  private String lookup(String key, String original) {
    Map<String, String> m = english.get(key);
    return m == null || original == null ? null : m.get(original);
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }
}
