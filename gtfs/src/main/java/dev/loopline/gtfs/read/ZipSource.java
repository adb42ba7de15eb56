package dev.loopline.gtfs.read;

import dev.loopline.gtfs.io.IoErrors;
import dev.loopline.gtfs.GtfsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A feed in a zip archive. Entries are read from the central directory; names that could escape a folder when
 * extracted ({@code ../}, absolute paths, drive letters) reject the whole archive, even though Loopline never
 * extracts, because such an archive is hostile or broken. Sizes are counted while inflating: the archive's declared
 * sizes are not trusted, so a zip bomb stops at the first limit it crosses. The compression ratio is judged as the
 * bytes come out (inflated so far against compressed bytes consumed so far, via {@link ZipDirectory}), so a bomb is
 * refused after about a megabyte whatever its size, and every growth of the buffer is first checked against the free
 * heap ({@link HeapBudget}): memory stays bounded by the heap, not by what the archive claims.
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
  private final Path path;
  private Map<String, ZipDirectory.Slot> slots;
  private long totalRead;

  private ZipSource(String source, Path path, ZipFile zip, long archiveBytes, ZipLimits limits,
                    Map<String, ZipEntry> entries, List<String> ignored) {
    this.source = source;
    this.path = path;
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
      throw new GtfsException(source + ": " + IoErrors.describe(e), e);
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
          if (byPath.containsKey(name)) {
            throw new GtfsException(source + ": the zip holds two entries named " + name + "; which one is the feed's "
                + "cannot be told, so the archive is refused (re-zip the feed)");
          }
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
      return new ZipSource(source, path, zip, Files.size(path), limits, entries, other);
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
    ZipDirectory.Slot slot = slots().get(e.getName());
    long compressed = slot != null ? slot.compressedSize() : e.getCompressedSize();
    Buffer out = new Buffer(name, e.getSize(), compressed);
    if (slot != null && (slot.method() == ZipEntry.DEFLATED || slot.method() == ZipEntry.STORED)) {
      inflate(name, slot, out);
    } else {
      stream(name, e, out);
    }
    totalRead += out.n;
    return out.bytes();
  }

  private Map<String, ZipDirectory.Slot> slots() throws IOException {
    if (slots == null) {
      try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
        slots = ZipDirectory.read(ch).orElse(Map.of());
      }
    }
    return slots;
  }

  /** Inflates an entry by hand, judging the ratio against the compressed bytes consumed so far. */
  private void inflate(String name, ZipDirectory.Slot slot, Buffer out) throws IOException {
    boolean stored = slot.method() == ZipEntry.STORED;
    Inflater inflater = stored ? null : new Inflater(true);
    CRC32 crc = new CRC32();
    byte[] one = new byte[1];
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    long consumed = 0;
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      while (stored ? consumed < slot.compressedSize() : !inflater.finished()) {
        if (stored || inflater.needsInput()) {
          if (consumed == slot.compressedSize()) {
            throw corrupt(name, "it ends before its data does");
          }
          in.clear().limit((int) Math.min(in.capacity(), slot.compressedSize() - consumed));
          int r = ch.read(in, slot.dataOffset() + consumed);
          if (r <= 0) {
            throw corrupt(name, "the archive ends inside it");
          }
          consumed += r;
          if (stored) {
            out.room(r);
            System.arraycopy(in.array(), 0, out.buf, out.n, r);
            crc.update(in.array(), 0, r);
            out.n += r;
            check(name, out.n, consumed);
            continue;
          }
          inflater.setInput(in.array(), 0, r);
        }
        // At most 1 MiB per call, so the limits are checked before much more than they allow is produced. A full
        // buffer (sized to the declared size) is probed with one byte, so that a truthful entry is never copied.
        int w;
        if (out.n < out.buf.length) {
          w = inflater.inflate(out.buf, out.n, Math.min(out.buf.length - out.n, 1 << 20));
          crc.update(out.buf, out.n, w);
          out.n += w;
        } else {
          w = inflater.inflate(one, 0, 1);
          if (w == 1) {
            out.room(1);
            out.buf[out.n++] = one[0];
            crc.update(one[0]);
          }
        }
        if (w == 0 && (inflater.needsDictionary() || (!inflater.needsInput() && !inflater.finished()))) {
          throw corrupt(name, "its compressed data is invalid");
        }
        check(name, out.n, inflater.getBytesRead());
      }
    } catch (DataFormatException ex) {
      throw corrupt(name, "its compressed data is invalid: " + IoErrors.describe(ex));
    } finally {
      if (inflater != null) {
        inflater.end();
      }
    }
    if (crc.getValue() != slot.crc()) {
      throw corrupt(name, "its checksum does not match (damaged download?)");
    }
  }

  /** The JDK's stream, for entries {@link ZipDirectory} could not place; the ratio is judged on the whole entry. */
  private void stream(String name, ZipEntry e, Buffer out) throws IOException {
    long compressed = e.getCompressedSize() > 0 ? Math.min(e.getCompressedSize(), archiveBytes) : archiveBytes;
    try (InputStream in = zip.getInputStream(e)) {
      while (true) {
        out.room(1);
        int r = in.read(out.buf, out.n, Math.min(out.buf.length - out.n, 1 << 20));
        if (r < 0) {
          break;
        }
        out.n += r;
        check(name, out.n, compressed);
      }
    } catch (ZipException ex) {
      throw corrupt(name, IoErrors.describe(ex));
    }
  }

  /** The limits, checked after every chunk: entry size, total size, ratio once past the grace size. */
  private void check(String name, long n, long compressedSoFar) {
    if (n > limits.maxEntryBytes()) {
      throw tooBig(name, n);
    }
    if (totalRead + n > limits.maxTotalBytes()) {
      throw new GtfsException(source + ": the files inflate to more than " + limits.maxTotalBytes()
          + " bytes in all, the limit (a zip bomb?)");
    }
    if (n > RATIO_GRACE_BYTES && n > limits.maxCompressionRatio() * Math.max(compressedSoFar, 1)) {
      throw new GtfsException(source + ": " + name + " inflates more than " + (long) limits.maxCompressionRatio()
          + " times its compressed size, the limit (a zip bomb?)");
    }
  }

  private GtfsException corrupt(String name, String why) {
    return new GtfsException(source + ": " + name + " is corrupt in the zip (" + why + ")");
  }

  /** A growing byte array whose every growth is checked against the limits and the free heap. */
  private final class Buffer {
    private final String name;
    private final String what;
    byte[] buf;
    int n;

    Buffer(String name, long declared, long compressed) {
      this.name = name;
      this.what = source + ": " + name;
      // The declared size is a hint only (a bomb may lie): it sizes the array only when within the limits (size and
      // ratio); otherwise the array starts at the ratio's grace size and grows as bytes actually arrive.
      boolean plausible = declared >= 0 && declared <= limits.maxEntryBytes() && declared <= ZipLimits.ARRAY_LIMIT
          && (declared <= RATIO_GRACE_BYTES || declared <= limits.maxCompressionRatio() * Math.max(compressed, 1));
      long initial = plausible ? declared : Math.min(RATIO_GRACE_BYTES, limits.maxEntryBytes() + 1);
      HeapBudget.ensure(initial, what);
      buf = new byte[(int) initial];
    }

    /** Makes room for at least {@code k} more bytes. */
    void room(int k) {
      if (buf.length - n >= k) {
        return;
      }
      long grown = Math.min(Math.max(Math.max((long) buf.length * 2, (long) n + k), 8192),
          Math.min(limits.maxEntryBytes() + 1, ZipLimits.ARRAY_LIMIT));
      if (grown < (long) n + k) {
        throw tooBig(name, n + (long) k);
      }
      HeapBudget.ensure(grown, what);
      buf = Arrays.copyOf(buf, (int) grown);
    }

    byte[] bytes() {
      if (n == buf.length) {
        return buf;
      }
      HeapBudget.ensure(n, what);
      return Arrays.copyOf(buf, n);
    }
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
