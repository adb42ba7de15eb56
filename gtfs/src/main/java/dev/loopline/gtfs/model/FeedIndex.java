package dev.loopline.gtfs.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Look-ups by id over a {@link Feed}, built once. Later duplicates do not replace the first entity. */
public final class FeedIndex {
  private final Feed feed;
  private final Map<String, Agency> agencies;
  private final Map<String, Stop> stops;
  private final Map<String, Route> routes;
  private final Map<String, Trip> trips;
  private final Map<String, List<ShapePoint>> shapes;

  public FeedIndex(Feed feed) {
    this.feed = feed;
    this.agencies = byId(feed.agencies(), a -> a.id() == null ? "" : a.id());
    this.stops = byId(feed.stops(), Stop::id);
    this.routes = byId(feed.routes(), Route::id);
    this.trips = byId(feed.trips(), Trip::id);
    Map<String, List<ShapePoint>> s = new LinkedHashMap<>();
    for (ShapePoint p : feed.shapePoints()) {
      s.computeIfAbsent(p.shapeId(), k -> new java.util.ArrayList<>()).add(p);
    }
    s.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(ShapePoint::sequence)));
    this.shapes = Collections.unmodifiableMap(s);
  }

  private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
    Map<String, T> map = new HashMap<>(list.size() * 2);
    for (T t : list) {
      map.putIfAbsent(id.apply(t), t);
    }
    return Collections.unmodifiableMap(map);
  }

  public Feed feed() {
    return feed;
  }

  /** The agency with this id; for a single-agency feed whose routes omit agency_id, pass {@code null}. */
  public Agency agency(String id) {
    if (id == null && feed.agencies().size() == 1) {
      return feed.agencies().get(0);
    }
    return agencies.get(id == null ? "" : id);
  }

  public Stop stop(String id) {
    return stops.get(id);
  }

  public Route route(String id) {
    return routes.get(id);
  }

  public Trip trip(String id) {
    return trips.get(id);
  }

  /** Points of a shape sorted by sequence, or an empty list. */
  public List<ShapePoint> shape(String shapeId) {
    return shapes.getOrDefault(shapeId, List.of());
  }

  public Map<String, List<ShapePoint>> shapes() {
    return shapes;
  }
}
