package dev.loopline.gtfs.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record a command leaves in a folder it wrote ({@value #FILE}): the folder's {@linkplain OutputKind kind} and
 * every file written, with its size and SHA-256. It answers two questions later runs ask:
 * <ul>
 *   <li>is this folder Loopline's own to replace? Only while it holds exactly the files listed, unchanged; a file
 *       added or edited since is the user's, and the folder is then never replaced ({@link #foreignFiles});</li>
 *   <li>is this folder still whole? A listed file missing, resized or modified after the marker was written means
 *       it was damaged ({@link #damage}).</li>
 * </ul>
 * The marker is plain text (one {@code sha256 bytes path} line per file, sorted by path) so that it is
 * deterministic and a person can read it. It is written last, so every file it lists is older than it.
 *
 * @param kind  the {@link OutputKind#name()} of the folder
 * @param files the files written, sorted by path ({@code /}-separated, relative to the folder)
 */
public record OutputMarker(String kind, List<Entry> files) {
  /** The marker's file name inside the folder it describes. */
  public static final String FILE = ".loopline-output";

  /** One file of the folder. */
  public record Entry(String path, long size, String sha256) {}

  public OutputMarker {
    files = List.copyOf(files);
  }

  /** Describes every file now below {@code dir} (except a marker), hashing each. */
  public static OutputMarker describe(String kind, Path dir) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, Path> f : listFiles(dir).entrySet()) {
      Path file = f.getValue();
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(file + " is not a regular file");
      }
      entries.add(new Entry(f.getKey(), Files.size(file), sha256(file)));
    }
    return new OutputMarker(kind, entries);
  }

  /** Writes this marker into {@code dir} (plainly: the caller writes the folder atomically as a whole). */
  public void writeTo(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# Written by Loopline: the files of this folder (sha256, bytes, path). Loopline replaces the folder\n")
        .append("# only while it holds exactly these files, unchanged; anything else in it is treated as yours.\n")
        .append("kind: ").append(kind).append('\n');
    for (Entry e : files) {
      sb.append(e.sha256()).append(' ').append(e.size()).append(' ').append(e.path()).append('\n');
    }
    Files.writeString(dir.resolve(FILE), sb, StandardCharsets.UTF_8);
  }

  /**
   * The marker of {@code dir}, or empty when it has none.
   *
   * @throws IOException when a marker is there but cannot be read or is not one Loopline wrote
   */
  public static Optional<OutputMarker> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    String kind = null;
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("kind: ") && kind == null) {
          kind = line.substring(6).trim();
          continue;
        }
        String[] parts = line.split(" ", 3);
        if (kind == null || parts.length != 3 || !parts[0].matches("[0-9a-f]{64}") || !parts[1].matches("[0-9]{1,18}")) {
          throw new IOException(file + ":" + lineNo + ": not a line Loopline writes");
        }
        entries.add(new Entry(parts[2], Long.parseLong(parts[1]), parts[0]));
      }
    }
    if (kind == null) {
      throw new IOException(file + ": no 'kind:' line");
    }
    return Optional.of(new OutputMarker(kind, entries));
  }

  /**
   * Files below {@code dir} that are not Loopline's: present but not listed, or listed but changed since (other
   * size or content). Empty folders are ignored. Relative paths, sorted.
   */
  public List<String> foreignFiles(Path dir) throws IOException {
    return foreignFiles(dir, true);
  }

  /**
   * Like {@link #foreignFiles(Path)}; with {@code changedAreForeign} false only unlisted files count (a listed file
   * that changed is then taken for damage, see {@link OutputKind#derived()}).
   */
  public List<String> foreignFiles(Path dir, boolean changedAreForeign) throws IOException {
    Map<String, Entry> listed = byPath();
    List<String> foreign = new ArrayList<>();
    for (Map.Entry<String, Path> f : listFiles(dir).entrySet()) {
      Entry e = listed.get(f.getKey());
      Path file = f.getValue();
      if (e == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || (changedAreForeign
          && (Files.size(file) != e.size() || !sha256(file).equals(e.sha256())))) {
        foreign.add(f.getKey());
      }
    }
    return foreign;
  }

  /**
   * What is wrong with the listed files of {@code dir}, one phrase each ({@code "gtfs.zip was changed"}); empty
   * when the folder is whole. The cheap check ({@code fullHash} false) compares sizes, and hashes only the files
   * modified after the marker was written; the full check compares every file's SHA-256.
   * Files present but not listed are not damage (see {@link #foreignFiles}).
   */
  public List<String> damage(Path dir, boolean fullHash) throws IOException {
    List<String> problems = new ArrayList<>();
    FileTime written = Files.getLastModifiedTime(dir.resolve(FILE));
    for (Entry e : files) {
      Path file = dir.resolve(e.path());
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException ex) {
        problems.add(e.path() + " is missing");
        continue;
      }
      if (!a.isRegularFile()) {
        problems.add(e.path() + " is not a file");
      } else if (a.size() != e.size()) {
        problems.add(e.path() + " has " + a.size() + " bytes, not " + e.size());
      } else if ((fullHash || a.lastModifiedTime().compareTo(written) > 0) && !sha256(file).equals(e.sha256())) {
        // A file newer than the marker is hashed even in the cheap check: it was written again (or the folder was
        // copied without keeping times, which changes no content).
        problems.add(e.path() + " was changed (its content differs from what was written)");
      }
    }
    return problems;
  }

  private Map<String, Entry> byPath() {
    Map<String, Entry> m = new LinkedHashMap<>();
    for (Entry e : files) {
      m.put(e.path(), e);
    }
    return m;
  }

  /** Every non-folder below {@code dir} except the marker, by relative {@code /}-separated path, sorted. */
  private static Map<String, Path> listFiles(Path dir) throws IOException {
    Map<String, Path> out = new java.util.TreeMap<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String rel = dir.relativize(file).toString().replace('\\', '/');
        if (!rel.equals(FILE)) {
          out.put(rel, file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return out;
  }

  /** The SHA-256 of a file's content, in lower-case hex. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
