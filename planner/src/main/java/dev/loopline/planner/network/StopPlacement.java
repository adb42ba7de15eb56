package dev.loopline.planner.network;

import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.StreetNetworkInfo;
import dev.loopline.osm.StreetNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks at build time that the feed's stops lie on the streets of the OSM extract, and says why when they do not:
 * a feed that does not overlap the extract at all is refused (every trip plan would fail); a feed whose stops sit a
 * GCJ-02 or BD-09 offset away from the streets (they fit once converted) gets a WARNING suggesting {@code crs=gcj02}
 * — the usual mistake with Chinese sources, whose coordinates are a few hundred metres off OpenStreetMap.
 *
 * <p>Stops are judged per source feed (the namespace before the first {@code :} of a merged feed's stop ids), since
 * one district's feed can be in GCJ-02 while the others are not. A feed's stops are judged on a deterministic sample
 * of at most {@value #SAMPLE} stops, by their median distance to the nearest walkable street.
 */
final class StopPlacement {
  static final int SAMPLE = 300;
  /**
   * A median distance above this is worth a second look: stops stand at the kerb, a few metres from the centre line
   * of their street. In a dense city an offset of a few hundred metres still lands near some street (the sample's
   * Jiangjin feed in GCJ-02: median 33 m as read, 10 m converted; the right datum converted wrongly: 44 m), so the
   * test is the comparison, not a distance alone.
   */
  static final double FAR_METERS = 20;
  /** The median a datum must bring the stops within to be the explanation: kerbside. */
  static final double KERB_METERS = 30;
  /** A median distance above this is worth a warning even when no datum explains it. */
  static final double VERY_FAR_METERS = 150;

  private StopPlacement() {}

  /**
   * The warnings for these stops (empty when they fit the streets).
   *
   * @param stops  the routable stops, in WGS-84 as read
   * @param snaps  their snaps, as the build computed them
   * @throws NetworkException when no stop at all is on the streets of the extract
   */
  static List<String> check(List<Stop> stops, StopSnaps snaps, StreetNetwork streets, String osmName) {
    List<String> warnings = new ArrayList<>();
    if (!stops.isEmpty() && snaps.onStreets() == 0) {
      throw new NetworkException("none of the feed's " + stops.size() + " stops is within "
          + (int) snaps.snap(stops.get(0).id()).limitMeters() + " m of a walkable street of " + osmName
          + ": the stops (" + extent(stops) + ") and the extract (" + extent(streets.info())
          + ") do not overlap; give the OSM extract of the feed's region");
    }
    for (Map.Entry<String, List<Stop>> feed : byFeed(stops).entrySet()) {
      List<Stop> sample = sample(feed.getValue());
      double asRead = median(sample, snaps, null, streets);
      if (asRead > FAR_METERS) {
        String who = feed.getKey().isEmpty() ? "the feed's stops" : "the stops of feed '" + feed.getKey() + "'";
        String warning = datumWarning(who, feed.getKey(), sample, asRead, snaps, streets);
        if (warning == null && asRead > VERY_FAR_METERS) {
          long off = feed.getValue().stream().filter(s -> !snaps.snap(s.id()).ok()).count();
          warning = String.format(Locale.ROOT, "%s lie a median %.0f m from the streets%s: is the OSM extract "
              + "complete, and are the coordinates right?", who, asRead,
              off == 0 ? "" : " (" + off + " of " + feed.getValue().size() + " are too far to be walked to)");
        }
        if (warning != null) {
          warnings.add(warning);
        }
      }
    }
    return warnings;
  }

  /** A warning when the stops fit the streets once read in GCJ-02 or BD-09, else null. */
  private static String datumWarning(String who, String feedId, List<Stop> sample, double asRead, StopSnaps snaps,
                                     StreetNetwork streets) {
    for (CoordinateSystem crs : List.of(CoordinateSystem.GCJ02, CoordinateSystem.BD09)) {
      double converted = median(sample, snaps, crs, streets);
      if (converted <= KERB_METERS && converted < asRead / 2) {
        return String.format(Locale.ROOT, "%s lie a median %.0f m from the streets, but %.0f m once read as %s: "
            + "the feed is probably in %s (as Chinese map services publish); merge it with crs=%s (e.g. --feed "
            + "%s=FEED.zip,crs=%s)", who, asRead, converted, crs.name(), crs.name(), crs.id(),
            feedId.isEmpty() ? "ID" : feedId, crs.id());
      }
    }
    return null;
  }

  private static Map<String, List<Stop>> byFeed(List<Stop> stops) {
    Map<String, List<Stop>> m = new TreeMap<>();
    for (Stop s : stops) {
      int colon = s.id().indexOf(':');
      m.computeIfAbsent(colon < 0 ? "" : s.id().substring(0, colon), k -> new ArrayList<>()).add(s);
    }
    return m;
  }

  private static List<Stop> sample(List<Stop> stops) {
    if (stops.size() <= SAMPLE) {
      return stops;
    }
    List<Stop> out = new ArrayList<>();
    for (int i = 0; i < SAMPLE; i++) {
      out.add(stops.get((int) ((long) i * stops.size() / SAMPLE)));
    }
    return out;
  }

  /** The median distance to a street, with the coordinates as read or as converted from {@code crs}. */
  private static double median(List<Stop> stops, StopSnaps snaps, CoordinateSystem crs, StreetNetwork streets) {
    double[] d = new double[stops.size()];
    for (int i = 0; i < d.length; i++) {
      Stop s = stops.get(i);
      if (crs == null) {
        d[i] = snaps.snap(s.id()).distanceMeters();
      } else {
        double[] p = crs.toWgs84(s.lat(), s.lon());
        Snap snap = streets.snap(new LatLon(p[0], p[1]), StreetMode.WALK);
        d[i] = snap.distanceMeters();
      }
    }
    Arrays.sort(d);
    return d.length == 0 ? 0 : d[d.length / 2];
  }

  private static String extent(List<Stop> stops) {
    double minLat = stops.stream().mapToDouble(Stop::lat).min().orElse(0);
    double maxLat = stops.stream().mapToDouble(Stop::lat).max().orElse(0);
    double minLon = stops.stream().mapToDouble(Stop::lon).min().orElse(0);
    double maxLon = stops.stream().mapToDouble(Stop::lon).max().orElse(0);
    return String.format(Locale.ROOT, "lat %.3f to %.3f, lon %.3f to %.3f", minLat, maxLat, minLon, maxLon);
  }

  private static String extent(StreetNetworkInfo i) {
    return String.format(Locale.ROOT, "lat %.3f to %.3f, lon %.3f to %.3f", i.minLat(), i.maxLat(), i.minLon(),
        i.maxLon());
  }
}
