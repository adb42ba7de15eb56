package dev.loopline.gtfs.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile archives for tests: a valid small feed whose {@code stop_times.txt} is one plausible row repeated until it
 * inflates to the size asked for (a gigabyte fits in about a megabyte), as a zip bomb delivered as a feed would.
 */
public final class ZipBombs {
  private ZipBombs() {}

  /** Writes the bomb; {@code inflatedBytes} is the size of stop_times.txt once inflated. */
  public static Path stopTimes(Path zip, long inflatedBytes) throws IOException {
    Map<String, String> files = TestFeeds.minimal();
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(file)) {
      z.setLevel(Deflater.BEST_COMPRESSION);
      for (Map.Entry<String, String> e : files.entrySet()) {
        if (e.getKey().equals("stop_times.txt")) {
          continue;
        }
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry("stop_times.txt"));
      byte[] header = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n".getBytes(StandardCharsets.UTF_8);
      z.write(header);
      byte[] row = "T1,07:00:00,07:00:00,S1,1\n".getBytes(StandardCharsets.UTF_8);
      byte[] block = new byte[row.length * 40_000];
      for (int i = 0; i < 40_000; i++) {
        System.arraycopy(row, 0, block, i * row.length, row.length);
      }
      for (long written = header.length; written < inflatedBytes; written += block.length) {
        z.write(block, 0, (int) Math.min(block.length, inflatedBytes - written));
      }
      z.closeEntry();
    }
    return zip;
  }
}
