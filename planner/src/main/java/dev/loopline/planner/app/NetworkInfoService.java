package dev.loopline.planner.app;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.osm.StreetLine;
import dev.loopline.osm.district.District;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.score.NetworkScoring;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Questions about an open network that need no search: its summary and stop search by name (Chinese or English),
 * id or code. Built once per network (it indexes the stops' names); thread-safe.
 */
public final class NetworkInfoService {
  /** The most stops one search returns. */
  public static final int MAX_LIMIT = 100;

  private final Network network;
  private final List<StopMatch> stops;
  private final List<String> keys;
  private final FeedNames names;
  private final PlaceFinder places;

  public NetworkInfoService(Network network) {
    this.network = network;
    Feed feed = network.feed();
    this.names = FeedNames.of(feed);
    List<StopMatch> all = new ArrayList<>();
    for (Stop s : feed.stops()) {
      if (s.isBoardable() && s.hasCoordinates()) {
        String en = names.stopEnglish(s.id(), s.name());
        String district = network.districts().flatMap(d -> d.locate(s.lat(), s.lon())).map(District::id)
            .orElse(null);
        all.add(new StopMatch(s.id(), s.code(), s.name(), en, s.lat(), s.lon(), district));
      }
    }
    all.sort(Comparator.comparing(StopMatch::name, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(StopMatch::id));
    this.stops = List.copyOf(all);
    this.keys = stops.stream().map(StopMatch::searchKey).toList();
    this.places = new PlaceFinder(stops, keys);
  }

  /**
   * Every street of the network's street graph, each once, as drawn on a basemap (read from the graph on each call:
   * the caller keeps what it draws).
   */
  public List<StreetLine> streets() {
    List<StreetLine> lines = new ArrayList<>();
    network.streets().forEachStreet(lines::add);
    return lines;
  }

  /** Every boardable stop with coordinates, by name then id. */
  public List<StopMatch> stops() {
    return stops;
  }

  /** The network's summary. */
  /** The feed's names in English (translations.txt), indexed once for this network. */
  public FeedNames names() {
    return names;
  }

  public NetworkSummary summary() {
    Feed feed = network.feed();
    double minLat = Double.POSITIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (StopMatch s : stops) {
      minLat = Math.min(minLat, s.lat());
      maxLat = Math.max(maxLat, s.lat());
      minLon = Math.min(minLon, s.lon());
      maxLon = Math.max(maxLon, s.lon());
    }
    double[] bbox = stops.isEmpty() ? new double[0] : new double[] {minLon, minLat, maxLon, maxLat};
    String name = feed.feedInfo() != null && feed.feedInfo().publisherName() != null
        ? feed.feedInfo().publisherName() : network.dir().getFileName().toString();
    boolean synthetic = saysSynthetic(name) || feed.agencies().stream().anyMatch(a -> saysSynthetic(a.name()))
        || feed.translations().stream().anyMatch(t -> "agency".equals(t.tableName())
            && saysSynthetic(t.translation()));
    String zone = feed.agencies().stream().map(Agency::timezone).filter(z -> z != null && !z.isBlank())
        .findFirst().orElse(null);
    List<NetworkSummary.District> districts = network.districts().map(d -> d.all().stream()
        .map(x -> new NetworkSummary.District(x.id(), x.name(), x.nameEn())).toList()).orElse(List.of());
    var counts = new NetworkSummary.Counts(feed.agencies().size(), stops.size(), feed.routes().size(),
        feed.trips().size(), network.manifest().summary().transfers());
    return new NetworkSummary(name, names.publisherEnglish(name), synthetic, bbox, zone,
        network.serviceDays().firstDate().orElse(null), network.serviceDays().lastDate().orElse(null),
        NetworkScoring.defaultDate(network), districts, counts);
  }

  /**
   * Stops whose name (Chinese or English), id or code contains {@code query} (case-insensitive): exact id or code
   * first, then names that start with it, then the rest, each group by name.
   *
   * @throws InvalidRequestException for a blank query ({@code q}) or a limit outside 1..{@value #MAX_LIMIT}
   */
  public List<StopMatch> searchStops(String query, int limit) {
    if (query == null || query.isBlank()) {
      throw InvalidRequestException.of("q", "give part of a stop name (Chinese or English), an id or a code");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidRequestException.of("limit", "must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    String q = lower(query.strip());
    List<StopMatch> exact = new ArrayList<>();
    List<StopMatch> prefix = new ArrayList<>();
    List<StopMatch> inside = new ArrayList<>();
    for (int i = 0; i < stops.size(); i++) {
      StopMatch s = stops.get(i);
      if (q.equals(lower(s.id())) || q.equals(lower(s.code()))) {
        exact.add(s);
      } else if (lower(s.name()).startsWith(q) || lower(s.nameEn()).startsWith(q)) {
        prefix.add(s);
      } else if (keys.get(i).contains(q)) {
        inside.add(s);
      }
    }
    List<StopMatch> out = new ArrayList<>(exact);
    out.addAll(prefix);
    out.addAll(inside);
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  /**
   * The place a rider names for a trip's end ({@code plan --from/--to}, {@code /api/plan}): a point or stops
   * ({@link PlaceFinder#place}).
   *
   * @param field the parameter named in errors ({@code from}, {@code to})
   * @throws InvalidRequestException for a blank text, a malformed point, no matching stop, or several
   */
  public Place place(String text, String field) {
    return places.place(text, field);
  }

  /**
   * The sample names every operator "... (synthetic sample)" / "...（合成样本）" and the merge keeps the names, so the
   * flag survives merging; a real feed never says so.
   */
  private static boolean saysSynthetic(String name) {
    return lower(name).contains("synthetic") || (name != null && name.contains("合成样本"));
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
