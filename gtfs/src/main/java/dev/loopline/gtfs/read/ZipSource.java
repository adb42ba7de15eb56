package dev.loopline.gtfs.read;

import dev.loopline.gtfs.GtfsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A feed in a zip archive. Entries are read from the central directory; names that could escape a folder when
 * extracted ({@code ../}, absolute paths, drive letters) reject the whole archive, even though Loopline never
 * extracts, because such an archive is hostile or broken. Sizes are counted while inflating: the archive's declared
 * sizes are not trusted, so a zip bomb stops at the first limit it crosses.
 */
final class ZipSource extends FeedSource {
  /** Below this many inflated bytes an entry's compression ratio is not judged: tiny files compress oddly. */
  private static final long RATIO_GRACE_BYTES = 1 << 20;

  private final String source;
  private final ZipFile zip;
  private final long archiveBytes;
  private final ZipLimits limits;
  private final Map<String, ZipEntry> entries;
  private final List<String> ignored;
  private long totalRead;

  private ZipSource(String source, ZipFile zip, long archiveBytes, ZipLimits limits, Map<String, ZipEntry> entries,
                    List<String> ignored) {
    this.source = source;
    this.zip = zip;
    this.archiveBytes = archiveBytes;
    this.limits = limits;
    this.entries = entries;
    this.ignored = ignored;
  }

  static ZipSource open(Path path, ZipLimits limits) throws IOException {
    String source = path.toString();
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile());
    } catch (ZipException e) {
      throw new GtfsException(source + ": not a valid zip file (" + e.getMessage() + ")", e);
    }
    try {
      if (zip.size() > limits.maxEntries()) {
        throw new GtfsException(source + ": zip lists " + zip.size() + " entries, more than the limit of "
            + limits.maxEntries() + " (a zip bomb?)");
      }
      Map<String, List<String>> txtByFolder = sortedMap();
      Map<String, ZipEntry> byPath = new TreeMap<>();
      List<String> other = new ArrayList<>();
      int count = 0;
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        if (++count > limits.maxEntries()) {
          throw new GtfsException(source + ": zip has more than " + limits.maxEntries() + " entries (a zip bomb?)");
        }
        String name = e.getName();
        checkSafe(source, name);
        if (e.isDirectory() || isJunk(name)) {
          continue;
        }
        int slash = name.lastIndexOf('/');
        String folder = name.substring(0, slash + 1);
        String file = name.substring(slash + 1);
        if (file.endsWith(".txt")) {
          txtByFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(file);
          byPath.put(name, e);
        } else {
          other.add(name);
        }
      }
      if (count == 0) {
        throw new GtfsException(source + ": the zip is empty; expected GTFS .txt files");
      }
      if (txtByFolder.isEmpty()) {
        throw new GtfsException(source + ": not a GTFS feed: the zip holds no .txt files (found "
            + String.join(", ", other.subList(0, Math.min(5, other.size()))) + (other.size() > 5 ? ", ..." : "")
            + ")");
      }
      String root = chooseRoot(source, txtByFolder);
      Map<String, ZipEntry> entries = new TreeMap<>();
      for (Map.Entry<String, ZipEntry> e : byPath.entrySet()) {
        if (e.getKey().startsWith(root) && e.getKey().indexOf('/', root.length()) < 0) {
          entries.put(e.getKey().substring(root.length()), e.getValue());
        } else {
          other.add(e.getKey());
        }
      }
      other.sort(null);
      return new ZipSource(source, zip, Files.size(path), limits, entries, other);
    } catch (RuntimeException | IOException e) {
      zip.close();
      throw e;
    }
  }

  /** Rejects names that would leave the extraction folder. */
  private static void checkSafe(String source, String name) {
    String n = name.replace('\\', '/');
    boolean unsafe = n.startsWith("/") || n.indexOf('\0') >= 0 || (n.length() > 1 && n.charAt(1) == ':');
    for (String part : n.split("/")) {
      unsafe |= part.equals("..");
    }
    if (unsafe) {
      throw new GtfsException(source + ": unsafe path in zip: '" + name
          + "' (absolute or climbing out with '..'); refusing the archive");
    }
  }

  @Override
  List<String> fileNames() {
    return List.copyOf(entries.keySet());
  }

  @Override
  List<String> ignored() {
    return ignored;
  }

  @Override
  byte[] read(String name) throws IOException {
    ZipEntry e = entries.get(name);
    if (e == null) {
      throw new GtfsException(source + ": " + name + " is not in the zip");
    }
    long compressed = e.getCompressedSize() > 0 ? Math.min(e.getCompressedSize(), archiveBytes) : archiveBytes;
    long declared = e.getSize();
    int initial = (int) Math.max(8192, Math.min(declared > 0 ? declared + 1 : 8192,
        Math.min(limits.maxEntryBytes() + 1, 64 << 20)));
    byte[] buf = new byte[initial];
    int n = 0;
    try (InputStream in = zip.getInputStream(e)) {
      while (true) {
        if (n == buf.length) {
          long grown = Math.min((long) buf.length * 2, Math.min(limits.maxEntryBytes() + 1, ZipLimits.ARRAY_LIMIT));
          if (grown <= buf.length) {
            throw tooBig(name, n);
          }
          buf = Arrays.copyOf(buf, (int) grown);
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
        if (n > limits.maxEntryBytes()) {
          throw tooBig(name, n);
        }
        if (totalRead + n > limits.maxTotalBytes()) {
          throw new GtfsException(source + ": the files inflate to more than " + limits.maxTotalBytes()
              + " bytes in all, the limit (a zip bomb?)");
        }
        if (n > RATIO_GRACE_BYTES && n > limits.maxCompressionRatio() * compressed) {
          throw new GtfsException(source + ": " + name + " inflates more than " + (long) limits.maxCompressionRatio()
              + " times its compressed size (" + compressed + " bytes), the limit (a zip bomb?)");
        }
      }
    } catch (ZipException ex) {
      throw new GtfsException(source + ": " + name + " is corrupt in the zip (" + ex.getMessage() + ")", ex);
    }
    totalRead += n;
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }

  private GtfsException tooBig(String name, long n) {
    return new GtfsException(source + ": " + name + " inflates to more than " + limits.maxEntryBytes()
        + " bytes, the limit per file (a zip bomb?)");
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
