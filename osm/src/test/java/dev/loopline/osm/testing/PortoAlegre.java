package dev.loopline.osm.testing;

import dev.loopline.gtfs.testing.Fixtures;

import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetNetworkInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Porto Alegre fixture data for street tests: points of interest and EPTC stops inside the OSM extract. */
public final class PortoAlegre {
  private PortoAlegre() {}

  /** The named points of poa_points_of_interest.csv. */
  public static Map<String, LatLon> pointsOfInterest() {
    try {
      List<String> lines = Files.readAllLines(Fixtures.path("porto-alegre/poa_points_of_interest.csv"),
          StandardCharsets.UTF_8);
      Map<String, LatLon> out = new LinkedHashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",");
        out.put(f[0], new LatLon(Double.parseDouble(f[1]), Double.parseDouble(f[2])));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static GtfsZip eptc() {
    return new GtfsZip(Fixtures.path("porto-alegre/poa_eptc.zip"));
  }

  /** True when the point lies inside the graph's bounding box with a margin (in degrees) to spare. */
  public static boolean inside(StreetNetworkInfo info, LatLon p, double margin) {
    return p.lat() > info.minLat() + margin && p.lat() < info.maxLat() - margin
        && p.lon() > info.minLon() + margin && p.lon() < info.maxLon() - margin;
  }
}
