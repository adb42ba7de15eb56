package dev.loopline.web.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The zips behind the feed store's records (uploaded feed versions, unified feeds of merges), one file per content:
 * {@code <sha256>.zip}. A file arrives under a temporary name and is renamed into place once whole, so a record
 * never points at half a file; what a killed upload left behind is removed at the next start.
 */
public final class FeedFiles {
  private static final String INCOMING = ".incoming-";
  /** Older incoming files than this belong to no upload still running. */
  private static final Duration STALE = Duration.ofMinutes(10);

  private final Path dir;

  public FeedFiles(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.dir);
      removeStaleIncoming();
    } catch (IOException e) {
      throw new UncheckedIOException("the feed store's folder " + this.dir + " cannot be used: " + e.getMessage(), e);
    }
  }

  /** A file being received: its temporary place, content hash and size. */
  public record Incoming(Path file, String sha256, long size) {}

  public Path dir() {
    return dir;
  }

  /** Copies a stream to a temporary file here, hashing it on the way. */
  public Incoming receive(InputStream in) throws IOException {
    Path temp = dir.resolve(INCOMING + UUID.randomUUID() + ".tmp");
    MessageDigest sha = sha256();
    long size;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
      size = in.transferTo(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return new Incoming(temp, HexFormat.of().formatHex(sha.digest()), size);
  }

  /** Takes a received file under its content's name (a content already kept stays as it was). */
  public Path keep(Incoming f) throws IOException {
    Path target = path(f.sha256());
    if (Files.exists(target)) {
      Files.deleteIfExists(f.file());
      return target;
    }
    try {
      Files.move(f.file(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.deleteIfExists(f.file());
      if (!Files.exists(target)) {
        throw e;
      }
    }
    return target;
  }

  /** Drops a received file that was refused. */
  public void discard(Incoming f) {
    try {
      Files.deleteIfExists(f.file());
    } catch (IOException e) {
      // removed at the next start at the latest
    }
  }

  /** Where the file of this content is (or would be). */
  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return dir.resolve(sha256 + ".zip");
  }

  /** The SHA-256 of a file, or of a folder's files (names and contents, in name order). */
  public static String sha256(Path fileOrFolder) throws IOException {
    MessageDigest sha = sha256();
    if (Files.isDirectory(fileOrFolder)) {
      try (var files = Files.walk(fileOrFolder)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          sha.update(fileOrFolder.relativize(f).toString().replace('\\', '/').getBytes(
              java.nio.charset.StandardCharsets.UTF_8));
          sha.update((byte) 0);
          digest(f, sha);
        }
      }
    } else {
      digest(fileOrFolder, sha);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void digest(Path file, MessageDigest sha) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
      }
    }
  }

  private void removeStaleIncoming() throws IOException {
    Instant before = Instant.now().minus(STALE);
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, INCOMING + "*")) {
      for (Path f : s) {
        if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
