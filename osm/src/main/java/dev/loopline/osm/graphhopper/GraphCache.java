package dev.loopline.osm.graphhopper;

import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.ImportStage;
import dev.loopline.osm.StreetInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The on-disk cache of imported graphs. Each entry is a folder {@code street-<key>} whose key hashes the OSM file's
 * bytes and the profile signature, so a changed extract or a changed walking speed is a miss and never a stale hit.
 * An entry only appears by an atomic rename of a finished import, so a crashed or failed import leaves nothing that
 * could be loaded; two processes importing the same file at once both succeed, and the second rename simply loses.
 */
final class GraphCache {
  private static final String ENTRY_PREFIX = "street-";
  private static final String TEMP_PREFIX = ".tmp-street-";
  private static final String MANIFEST = "loopline-cache.properties";
  /** Bumped whenever Loopline changes how it builds a graph in a way the signature does not show. */
  private static final String FORMAT = "loopline-street-cache-1";
  private static final Duration STALE_TEMP_AGE = Duration.ofHours(12);

  private final Path dir;

  GraphCache(Path dir) {
    this.dir = dir;
  }

  /** The full hex key for an OSM file and a profile signature; hashes the whole file, reporting bytes. */
  static String key(Path osmFile, String profileSignature, ImportProgress progress) {
    MessageDigest content = sha256();
    try (InputStream in = Files.newInputStream(osmFile)) {
      long total = Files.size(osmFile);
      long done = 0;
      byte[] buf = new byte[1 << 16];
      progress.update(ImportStage.HASHING, 0, total);
      for (int n; (n = in.read(buf)) > 0; ) {
        content.update(buf, 0, n);
        done += n;
        progress.update(ImportStage.HASHING, done, total);
      }
    } catch (IOException e) {
      throw new StreetInputException(osmFile, "cannot read OSM file: " + e.getMessage(), e);
    }
    MessageDigest all = sha256();
    all.update((FORMAT + '\n' + profileSignature + "osm-sha256=" + HexFormat.of().formatHex(content.digest()))
        .getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(all.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** The folder a finished graph for this key lives in (it may not exist). */
  Path entry(String key) {
    return dir.resolve(ENTRY_PREFIX + key.substring(0, 24));
  }

  /** True when a finished entry for this key exists and its manifest carries the full key. */
  boolean has(String key) {
    Path manifest = entry(key).resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      return false;
    }
    return key.equals(p.getProperty("key"));
  }

  /** A fresh, private folder to import into; removes temp folders that crashed imports left long ago. */
  Path newTempFolder(String key) throws IOException {
    Files.createDirectories(dir);
    removeStaleTemps();
    Path tmp = dir.resolve(TEMP_PREFIX + key.substring(0, 24) + "-" + UUID.randomUUID());
    Files.createDirectory(tmp);
    return tmp;
  }

  /**
   * Writes the manifest into a finished temp folder and renames it to the entry. Returns false when another process
   * published the same entry first (then the temp folder is deleted and that entry is used).
   */
  boolean publish(Path tmp, String key, Path osmFile, String profileSignature) throws IOException {
    Properties p = new Properties();
    p.setProperty("key", key);
    p.setProperty("format", FORMAT);
    p.setProperty("osm.file", osmFile.toAbsolutePath().toString());
    p.setProperty("osm.bytes", Long.toString(Files.size(osmFile)));
    p.setProperty("profiles", profileSignature);
    try (var out = Files.newBufferedWriter(tmp.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      p.store(out, "Loopline street graph cache entry; delete the folder to force a re-import");
    }
    Path target = entry(key);
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      deleteRecursively(tmp);
      return false;
    } catch (AtomicMoveNotSupportedException e) {
      deleteRecursively(tmp);
      throw new IOException("the cache folder " + dir + " does not support atomic renames", e);
    }
  }

  /** Removes an entry that could not be loaded (truncated by a full disk, edited by hand). */
  void evict(String key) {
    deleteRecursively(entry(key));
  }

  private void removeStaleTemps() {
    Instant cutoff = Instant.now().minus(STALE_TEMP_AGE);
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).forEach(p -> {
        try {
          if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
            deleteRecursively(p);
          }
        } catch (IOException | UncheckedIOException ignored) {
          // another process may be removing it too; harmless
        }
      });
    } catch (IOException ignored) {
      // listing failed: nothing to clean, the import itself will report real problems
    }
  }

  static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
