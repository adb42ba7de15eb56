package dev.loopline.planner.network;

import dev.loopline.gtfs.io.CsvFile;
import dev.loopline.gtfs.io.IoErrors;
import dev.loopline.gtfs.io.AtomicFiles;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.osm.EdgeAnchor;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.SnapFailure;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.StreetNetwork;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Where each stop sits on the walking network ({@code stops.csv} in the network directory). Walk trees price
 * access and egress by looking these snaps up in constant time, so every stop is snapped once at build time.
 * The file keeps the graph position, which is only valid for the graph it was computed on; the manifest records
 * that graph's cache key and {@link Network#load} re-snaps when it differs.
 *
 * <p>Columns: {@code stop_id,lat,lon,snapped_lat,snapped_lon,distance_m,failure,edge,base_node,adj_node,offset_m,
 * edge_m}; {@code failure} is empty for a stop on the network.
 */
public final class StopSnaps {
  static final String FILE = "stops.csv";
  private static final String HEADER =
      "stop_id,lat,lon,snapped_lat,snapped_lon,distance_m,failure,edge,base_node,adj_node,offset_m,edge_m";

  private final List<String> ids;
  private final List<Snap> snaps;
  private final Map<String, Snap> byId;

  private StopSnaps(List<String> ids, List<Snap> snaps) {
    this.ids = List.copyOf(ids);
    this.snaps = Collections.unmodifiableList(new ArrayList<>(snaps));
    this.byId = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byId.put(ids.get(i), snaps.get(i));
    }
  }

  /** Snaps every stop (in parallel; the network is thread-safe for queries). */
  static StopSnaps compute(List<Stop> stops, StreetNetwork streets) {
    List<Snap> snaps = IntStream.range(0, stops.size()).parallel()
        .mapToObj(i -> streets.snap(new LatLon(stops.get(i).lat(), stops.get(i).lon()), StreetMode.WALK))
        .toList();
    return new StopSnaps(stops.stream().map(Stop::id).toList(), snaps);
  }

  /** The snap of a stop id, or null for a stop that is not routable. */
  public Snap snap(String stopId) {
    return byId.get(stopId);
  }

  public List<String> stopIds() {
    return ids;
  }

  /** Number of stops that are on the walking network (linked ones included). */
  public int onStreets() {
    return (int) snaps.stream().filter(Snap::ok).count();
  }

  /** Number of stops linked to the walking network by a straight line (farther than the snapping limit). */
  public int linked() {
    return (int) snaps.stream().filter(Snap::linked).count();
  }

  void write(Path file) throws IOException {
    AtomicFiles.replaceFile(file, this::writeTo);
  }

  private void writeTo(Path tmp) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (int i = 0; i < ids.size(); i++) {
        Snap s = snaps.get(i);
        EdgeAnchor a = s.anchor();
        w.write(csv(ids.get(i)));
        w.write(String.format(Locale.ROOT, ",%.7f,%.7f", s.point().lat(), s.point().lon()));
        if (s.snapped() != null) {
          w.write(String.format(Locale.ROOT, ",%.7f,%.7f", s.snapped().lat(), s.snapped().lon()));
        } else {
          w.write(",,");
        }
        w.write(Double.isInfinite(s.distanceMeters()) ? "," : String.format(Locale.ROOT, ",%.3f", s.distanceMeters()));
        w.write("," + (s.failure() == null ? "" : s.failure().name()));
        if (a != null) {
          w.write(String.format(Locale.ROOT, ",%d,%d,%d,%.3f,%.3f", a.edge(), a.baseNode(), a.adjNode(),
              a.offsetMeters(), a.edgeMeters()));
        } else {
          w.write(",,,,,");
        }
        w.write('\n');
      }
    }
  }

  /**
   * Reads the file written by {@link #write}. Exact float round-trips are not needed: the anchor's integers are
   * what the walk tree uses, the rest is for display.
   */
  static StopSnaps read(Path file, double limitMeters, double linkMeters) {
    List<String> ids = new ArrayList<>();
    List<Snap> snaps = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (!HEADER.equals(header)) {
        throw new NetworkException(file + ": unexpected header; rebuild the network");
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        List<String> f = CsvFile.split(line);
        if (f.size() != 12) {
          throw new NetworkException(file + ":" + n + ": expected 12 fields, found " + f.size());
        }
        LatLon point = new LatLon(Double.parseDouble(f.get(1)), Double.parseDouble(f.get(2)));
        LatLon snapped = f.get(3).isEmpty() ? null
            : new LatLon(Double.parseDouble(f.get(3)), Double.parseDouble(f.get(4)));
        double dist = f.get(5).isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(f.get(5));
        SnapFailure failure = f.get(6).isEmpty() ? null : SnapFailure.valueOf(f.get(6));
        EdgeAnchor anchor = f.get(7).isEmpty() ? null : new EdgeAnchor(Integer.parseInt(f.get(7)),
            Integer.parseInt(f.get(8)), Integer.parseInt(f.get(9)), Double.parseDouble(f.get(10)),
            Double.parseDouble(f.get(11)));
        ids.add(f.get(0));
        snaps.add(new Snap(point, StreetMode.WALK, snapped, dist, failure, limitMeters, linkMeters, anchor));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new NetworkException(file + ": cannot read snapped stops (" + IoErrors.describe(e) + "); rebuild the network",
          e);
    }
    return new StopSnaps(ids, snaps);
  }

  private static String csv(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
