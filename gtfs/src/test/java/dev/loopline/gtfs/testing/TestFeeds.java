package dev.loopline.gtfs.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small feeds written by tests, file by file, so that each test shows exactly the input it is about. Start from
 * {@link #minimal()} (a valid two-stop, one-trip feed in the Science City) and replace or remove files.
 */
public final class TestFeeds {
  private TestFeeds() {}

  /** A valid feed: one agency, two stops, one route, one trip, two stop times, one calendar. File name to text. */
  public static Map<String, String> minimal() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\n"
        + "BB,北碚公交,https://example.cn,Asia/Shanghai\n");
    files.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\n"
        + "S1,大学城,29.6040,106.3000\n"
        + "S2,西永,29.5900,106.2190\n");
    files.put("routes.txt", "route_id,agency_id,route_short_name,route_long_name,route_type\n"
        + "R1,BB,101,大学城-西永,3\n");
    files.put("trips.txt", "route_id,service_id,trip_id\n"
        + "R1,WK,T1\n");
    files.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\n"
        + "T1,07:20:00,07:20:00,S2,2\n");
    files.put("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,"
        + "end_date\n"
        + "WK,1,1,1,1,1,0,0,20260101,20261231\n");
    return files;
  }

  /** Writes the files (UTF-8) into {@code dir}, creating it. */
  public static Path folder(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Zips the files (UTF-8) as {@code zip}; entry names are used as given, folders and all. */
  public static Path zip(Path zip, Map<String, String> files) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return zipBytes(zip, bytes);
  }

  /** Zips raw bytes per entry, for encodings and byte-order marks. */
  public static Path zipBytes(Path zip, Map<String, byte[]> files) {
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
