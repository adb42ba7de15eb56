package dev.loopline.osm.testing;

import dev.loopline.gtfs.io.CsvFile;
import dev.loopline.osm.LatLon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A tiny GTFS table reader for osm tests: real stops, trips and shapes to check the street network against, each
 * table as maps of column to value (lines split by the shared {@link CsvFile}), nothing more.
 */
public final class GtfsZip {
  private final Path zip;

  public GtfsZip(Path zip) {
    this.zip = zip;
  }

  /** All rows of a table, each a column-name to value map (unquoted, trimmed). */
  public List<Map<String, String>> table(String name) {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry e = z.getEntry(name);
      if (e == null) {
        throw new IllegalArgumentException(zip + " has no " + name);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(z.getInputStream(e), StandardCharsets.UTF_8))) {
        String header = r.readLine();
        if (header.startsWith("\uFEFF")) {
          header = header.substring(1);
        }
        List<String> cols = CsvFile.split(header).stream().map(String::trim).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
          if (line.isBlank()) {
            continue;
          }
          List<String> v = CsvFile.split(line);
          Map<String, String> row = new HashMap<>();
          for (int i = 0; i < cols.size() && i < v.size(); i++) {
            row.put(cols.get(i), v.get(i).trim());
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Stop positions by stop_id, in file order. */
  public Map<String, LatLon> stops() {
    Map<String, LatLon> out = new LinkedHashMap<>();
    for (Map<String, String> r : table("stops.txt")) {
      out.put(r.get("stop_id"), new LatLon(Double.parseDouble(r.get("stop_lat")), Double.parseDouble(r.get("stop_lon"))));
    }
    return out;
  }

  /** The stop ids of each trip in stop_sequence order. */
  public Map<String, List<String>> stopSequences() {
    Map<String, List<String[]>> byTrip = new LinkedHashMap<>();
    for (Map<String, String> r : table("stop_times.txt")) {
      byTrip.computeIfAbsent(r.get("trip_id"), k -> new ArrayList<>())
          .add(new String[] {r.get("stop_sequence"), r.get("stop_id")});
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    byTrip.forEach((trip, rows) -> {
      rows.sort(Comparator.comparingInt(a -> Integer.parseInt(a[0])));
      out.put(trip, rows.stream().map(a -> a[1]).toList());
    });
    return out;
  }

  /** Shape points by shape_id in sequence order. */
  public Map<String, List<LatLon>> shapes() {
    Map<String, List<double[]>> byShape = new LinkedHashMap<>();
    for (Map<String, String> r : table("shapes.txt")) {
      byShape.computeIfAbsent(r.get("shape_id"), k -> new ArrayList<>()).add(new double[] {
          Double.parseDouble(r.get("shape_pt_sequence")), Double.parseDouble(r.get("shape_pt_lat")),
          Double.parseDouble(r.get("shape_pt_lon"))});
    }
    Map<String, List<LatLon>> out = new LinkedHashMap<>();
    byShape.forEach((id, pts) -> {
      pts.sort(Comparator.comparingDouble(a -> a[0]));
      out.put(id, pts.stream().map(a -> new LatLon(a[1], a[2])).toList());
    });
    return out;
  }
}
