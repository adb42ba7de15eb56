package dev.loopline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** District feeds for upload tests: the sample's files, zipped again as a test needs them (also hostile zips). */
public final class TestFeeds {
  private TestFeeds() {}

  /** The sample's district feed as its files, by name, in the zip's order. */
  public static Map<String, byte[]> sampleFeed(String id) throws IOException {
    Path zip = SampleNetwork.sources().feeds().getParent().resolve("gtfs").resolve(id + ".zip");
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : Collections.list(z.entries())) {
        files.put(e.getName(), z.getInputStream(e).readAllBytes());
      }
    }
    return files;
  }

  /** The files as a zip at this compression level (another level: other bytes, the same feed). */
  public static byte[] zip(Map<String, byte[]> files, int level) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(level);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        z.putNextEntry(new ZipEntry(f.getKey()));
        z.write(f.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
