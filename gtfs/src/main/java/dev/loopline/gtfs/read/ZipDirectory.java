package dev.loopline.gtfs.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each entry's compressed bytes lie in a zip archive, read from the central directory. The JDK's
 * {@link java.util.zip.ZipFile} inflates an entry without telling how many compressed bytes it has consumed, which a
 * reader needs to judge the compression ratio while inflating (and so stop a zip bomb after a megabyte, not after
 * hundreds); this gives the offsets to inflate an entry by hand. Only what that needs is parsed (ZIP64 included);
 * anything unexpected answers empty and the caller falls back to the JDK's stream.
 */
final class ZipDirectory {
  /**
   * One entry's data.
   *
   * @param dataOffset     where the compressed bytes start (after the local header)
   * @param compressedSize the number of compressed bytes
   * @param method         0 stored, 8 deflated
   * @param crc            the CRC-32 of the inflated bytes
   */
  record Slot(long dataOffset, long compressedSize, int method, long crc) {}

  private static final int EOCD = 0x06054b50;
  private static final int EOCD64_LOCATOR = 0x07064b50;
  private static final int EOCD64 = 0x06064b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;
  private static final long FFFFFFFF = 0xFFFFFFFFL;

  private ZipDirectory() {}

  /** The entries by name, or empty when the archive's layout is not one this understands. */
  static Optional<Map<String, Slot>> read(FileChannel ch) {
    try {
      return Optional.ofNullable(parse(ch));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Slot> parse(FileChannel ch) throws IOException {
    long size = ch.size();
    int tail = (int) Math.min(size, 22 + 0xFFFF);
    ByteBuffer end = read(ch, size - tail, tail);
    int eocd = -1;
    for (int i = tail - 22; i >= 0; i--) {
      if (end.getInt(i) == EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      return null;
    }
    long entries = end.getShort(eocd + 10) & 0xFFFF;
    long cdSize = end.getInt(eocd + 12) & FFFFFFFF;
    long cdOffset = end.getInt(eocd + 16) & FFFFFFFF;
    if (entries == 0xFFFF || cdSize == FFFFFFFF || cdOffset == FFFFFFFF) {
      long locator = size - tail + eocd - 20;
      ByteBuffer loc = read(ch, locator, 20);
      if (loc.getInt(0) != EOCD64_LOCATOR) {
        return null;
      }
      ByteBuffer e64 = read(ch, loc.getLong(8), 56);
      if (e64.getInt(0) != EOCD64) {
        return null;
      }
      entries = e64.getLong(32);
      cdSize = e64.getLong(40);
      cdOffset = e64.getLong(48);
    }
    if (cdSize > Integer.MAX_VALUE || cdOffset + cdSize > size) {
      return null;
    }
    ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
    Map<String, Slot> out = new HashMap<>();
    int p = 0;
    for (long n = 0; n < entries; n++) {
      if (cd.getInt(p) != CENTRAL) {
        return null;
      }
      int method = cd.getShort(p + 10) & 0xFFFF;
      long crc = cd.getInt(p + 16) & FFFFFFFF;
      long compressed = cd.getInt(p + 20) & FFFFFFFF;
      long uncompressed = cd.getInt(p + 24) & FFFFFFFF;
      int nameLen = cd.getShort(p + 28) & 0xFFFF;
      int extraLen = cd.getShort(p + 30) & 0xFFFF;
      int commentLen = cd.getShort(p + 32) & 0xFFFF;
      long local = cd.getInt(p + 42) & FFFFFFFF;
      byte[] nameBytes = new byte[nameLen];
      cd.get(p + 46, nameBytes);
      // ZIP64: the extra field holds the 8-byte values whose 4-byte fields are all ones, in this order.
      int x = p + 46 + nameLen;
      int xEnd = x + extraLen;
      while (x + 4 <= xEnd) {
        int id = cd.getShort(x) & 0xFFFF;
        int len = cd.getShort(x + 2) & 0xFFFF;
        if (id == 0x0001) {
          int q = x + 4;
          if (uncompressed == FFFFFFFF) {
            q += 8;
          }
          if (compressed == FFFFFFFF) {
            compressed = cd.getLong(q);
            q += 8;
          }
          if (local == FFFFFFFF) {
            local = cd.getLong(q);
          }
        }
        x += 4 + len;
      }
      ByteBuffer lh = read(ch, local, 30);
      if (lh.getInt(0) != LOCAL) {
        return null;
      }
      long data = local + 30 + (lh.getShort(26) & 0xFFFF) + (lh.getShort(28) & 0xFFFF);
      if (data + compressed > size) {
        return null;
      }
      out.put(new String(nameBytes, StandardCharsets.UTF_8), new Slot(data, compressed, method, crc));
      p += 46 + nameLen + extraLen + commentLen;
    }
    return out;
  }

  private static ByteBuffer read(FileChannel ch, long at, int len) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new IOException("unexpected end of archive");
      }
    }
    return b.flip();
  }
}
