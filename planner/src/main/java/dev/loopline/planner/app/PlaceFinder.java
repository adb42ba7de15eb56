package dev.loopline.planner.app;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.osm.LatLon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Turns the text a rider types for a trip's end into a {@link Place}, the way a journey planner's search box does:
 * coordinates are taken as they are; otherwise the text names stops, tried from the most to the least precise, and
 * the first kind that matches decides. Immutable and thread-safe.
 */
final class PlaceFinder {
  /** How far from their middle the stops of one name may lie and still be taken for one station. */
  static final int STATION_METERS = 1000;

  private final List<StopMatch> stops;
  private final List<String> keys;

  /** @param stops the boardable stops with coordinates, in the order candidates are listed */
  PlaceFinder(List<StopMatch> stops) {
    this(stops, stops.stream().map(StopMatch::searchKey).toList());
  }

  /** @param keys each stop's {@link StopMatch#searchKey()}, when the caller has them already */
  PlaceFinder(List<StopMatch> stops, List<String> keys) {
    this.stops = List.copyOf(stops);
    this.keys = List.copyOf(keys);
  }

  /**
   * The place {@code text} stands for: {@code LAT,LON}; or a stop's id; or a stop code; or a stop's full name,
   * Chinese or English (case and spacing aside); or the one stop whose name, id or code contains the text. Several
   * stops of one id, code or name are one station when they all lie within {@value #STATION_METERS} m of their
   * middle (a metro station and the bus stops beside it, the two sides of a street): the trip is then planned from
   * (to) that middle and walks to whichever of them serves it best. Anything else is an error that lists the
   * candidates, so the rider can give an id.
   *
   * @param field the parameter named in errors ({@code from}, {@code to})
   * @throws InvalidRequestException for a blank text, a malformed point, no matching stop, or several
   */
  Place place(String text, String field) {
    if (text == null || text.isBlank()) {
      throw InvalidRequestException.of(field, "required: LAT,LON (e.g. 29.56,106.45) or a stop's name, id or code");
    }
    String t = text.strip();
    if (looksLikeCoordinates(t)) {
      return new Place(Quantities.point(t, field), List.of());
    }
    String q = normal(t);
    List<Predicate<StopMatch>> kinds = List.of(
        s -> q.equals(normal(s.id())),
        s -> q.equals(normal(s.code())),
        s -> q.equals(normal(s.name())) || q.equals(normal(s.nameEn())));
    for (Predicate<StopMatch> kind : kinds) {
      List<StopMatch> found = stops.stream().filter(kind).toList();
      if (!found.isEmpty()) {
        return station(found, t, field);
      }
    }
    List<StopMatch> some = new ArrayList<>();
    for (int i = 0; i < stops.size(); i++) {
      if (keys.get(i).contains(q)) {
        some.add(stops.get(i));
      }
    }
    if (some.isEmpty()) {
      throw InvalidRequestException.of(field, "no stop's name, id or code is or contains '" + t + "'; give LAT,LON "
          + "(e.g. 29.56,106.45) or a stop's name, id or code (find one with 'loopline stops --name TEXT')");
    }
    if (some.size() == 1) {
      return station(some, t, field);
    }
    throw InvalidRequestException.of(field, "'" + t + "' is part of the names of " + some.size() + " stops ("
        + listed(some) + "); give one's full name or id, or LAT,LON");
  }

  /**
   * Numbers and nothing else (digits with a point, sign, comma, semicolon or space): meant as a point, so a
   * mistyped one ({@code 36.9}, {@code 29.5;106.4}) gets the coordinate error rather than "no such stop". A stop
   * code of digits alone is still a code.
   */
  private static boolean looksLikeCoordinates(String t) {
    return t.chars().allMatch(c -> "0123456789.,;+- ".indexOf(c) >= 0)
        && t.chars().anyMatch(c -> ".,;+- ".indexOf(c) >= 0);
  }

  private static Place station(List<StopMatch> found, String text, String field) {
    if (found.size() == 1) {
      return new Place(new LatLon(found.get(0).lat(), found.get(0).lon()), found);
    }
    double lat = found.stream().mapToDouble(StopMatch::lat).average().orElseThrow();
    double lon = found.stream().mapToDouble(StopMatch::lon).average().orElseThrow();
    if (found.stream().anyMatch(s -> Geo.distanceMeters(lat, lon, s.lat(), s.lon()) > STATION_METERS)) {
      throw InvalidRequestException.of(field, "'" + text + "' names " + found.size() + " stops more than "
          + STATION_METERS + " m from their middle (" + listed(found) + "); give one's id, or LAT,LON");
    }
    return new Place(new LatLon(lat, lon), found);
  }

  /** Up to five stops as {@code name (id)}, and how many more. */
  private static String listed(List<StopMatch> found) {
    List<String> shown = found.stream().limit(5).map(s -> s.name() + " (" + s.id() + ")").toList();
    return String.join(", ", shown) + (found.size() > 5 ? " and " + (found.size() - 5) + " more" : "");
  }

  /** Lower case, spaces at the ends dropped and runs of spaces made one; "" for none. */
  private static String normal(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
