package dev.loopline.planner.score;

import dev.loopline.gtfs.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The baseline's accessibility kept on disk between runs, one file per network and settings, so that scoring
 * another proposal on the same network searches only the origins the proposal can change. At full grid resolution
 * the baseline is the expensive part (every populated cell searched); a proposal is cheap next to it.
 *
 * <p>The key hashes everything the baseline's figures depend on: the network (its manifest, which hashes every
 * input and the build options), the service date, the accessibility settings, the walking speed and transfer limit,
 * and {@link #METHOD}, bumped whenever the computation changes. A file that cannot be read whole is ignored and
 * recomputed; files are written atomically. The folder is outside the network directory, which {@code build} alone
 * writes: {@code LOOPLINE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/loopline}, else {@code ~/.cache/loopline}.
 */
public final class AccessibilityCache {
  /** Version of the accessibility computation and of this file format. */
  static final String METHOD = "accessibility-3 (vehicle arrivals only; full grid; reach by vehicle)";
  private static final int MAGIC = 0x4C4F4143; // "LOAC"

  private final Path dir;

  public AccessibilityCache(Path dir) {
    this.dir = dir;
  }

  /** The default folder (see the class comment). */
  public static Path defaultDir() {
    String own = System.getenv("LOOPLINE_CACHE_DIR");
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("loopline");
  }

  /** The cache key of a baseline: hex SHA-256 over the parts named in the class comment. */
  public static String key(String network, Object... settings) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(METHOD.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(network.getBytes(StandardCharsets.UTF_8));
      for (Object s : settings) {
        md.update((byte) 0);
        md.update(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Hex SHA-256 of a file's bytes (a network's manifest). */
  public static String fileHash(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Path file(String key) {
    return dir.resolve("accessibility").resolve(key + ".bin");
  }

  /** The stored baseline for a key, when there is a whole one for a grid of {@code cells} cells. */
  public Optional<Accessibility> load(String key, int cells) {
    Path f = file(key);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try (InputStream raw = Files.newInputStream(f);
         DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      Accessibility a = read(in);
      if (a.jobsReachable().length == 0 || a.jobsReachable()[0].length != cells || in.read() != -1) {
        return Optional.empty();
      }
      return Optional.of(a);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged or from another version: recomputed and replaced
    }
  }

  /** Stores a baseline; a failure to write is not an error of the evaluation (the next run recomputes). */
  public boolean store(String key, Accessibility a) {
    try {
      AtomicFiles.replaceFile(file(key), temp -> {
        try (OutputStream raw = Files.newOutputStream(temp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
          write(out, a);
        }
      });
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void write(DataOutputStream out, Accessibility a) throws IOException {
    out.writeInt(MAGIC);
    out.writeUTF(METHOD);
    out.writeInt(a.cutoffs().size());
    for (int c : a.cutoffs()) {
      out.writeInt(c);
    }
    int n = a.jobsReachable()[0].length;
    out.writeInt(n);
    for (double[] row : a.jobsReachable()) {
      for (double v : row) {
        out.writeDouble(v);
      }
    }
    out.writeInt(a.areas().size());
    for (AreaAccessibility area : a.areas()) {
      out.writeUTF(area.area());
      out.writeDouble(area.population());
      for (int c : a.cutoffs()) {
        out.writeDouble(area.meanJobs().get(c));
      }
    }
    TravelTimeMatrix m = a.matrix();
    out.writeInt(m.districts().size());
    for (int i = 0; i < m.districts().size(); i++) {
      out.writeUTF(m.districts().get(i));
      out.writeUTF(m.centreCells().get(i));
      for (int v : m.minutes()[i]) {
        out.writeInt(v);
      }
    }
    out.writeInt(a.origins());
    out.writeInt(a.searchedOrigins());
    out.writeLong(a.searchNanos());
    StopReach reach = a.reach();
    out.writeBoolean(reach != null);
    if (reach != null) {
      out.writeInt(reach.stopIds().size());
      for (String id : reach.stopIds()) {
        out.writeUTF(id);
      }
      for (BitSet b : reach.reached()) {
        if (b == null) {
          out.writeInt(-1);
        } else {
          long[] words = b.toLongArray();
          out.writeInt(words.length);
          for (long w : words) {
            out.writeLong(w);
          }
        }
      }
    }
  }

  private static Accessibility read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || !in.readUTF().equals(METHOD)) {
      throw new IOException("not a baseline of this version");
    }
    int k = in.readInt();
    List<Integer> cutoffs = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      cutoffs.add(in.readInt());
    }
    int n = in.readInt();
    double[][] jobs = new double[k][n];
    for (double[] row : jobs) {
      for (int c = 0; c < n; c++) {
        row[c] = in.readDouble();
      }
    }
    int areaCount = in.readInt();
    List<AreaAccessibility> areas = new ArrayList<>();
    for (int i = 0; i < areaCount; i++) {
      String name = in.readUTF();
      double pop = in.readDouble();
      Map<Integer, Double> mean = new TreeMap<>();
      for (int c : cutoffs) {
        mean.put(c, in.readDouble());
      }
      areas.add(new AreaAccessibility(name, pop, mean));
    }
    int d = in.readInt();
    List<String> districts = new ArrayList<>();
    List<String> centres = new ArrayList<>();
    int[][] minutes = new int[d][d];
    for (int i = 0; i < d; i++) {
      districts.add(in.readUTF());
      centres.add(in.readUTF());
      for (int j = 0; j < d; j++) {
        minutes[i][j] = in.readInt();
      }
    }
    int origins = in.readInt();
    int searched = in.readInt();
    long nanos = in.readLong();
    StopReach reach = null;
    if (in.readBoolean()) {
      int s = in.readInt();
      List<String> ids = new ArrayList<>(s);
      for (int i = 0; i < s; i++) {
        ids.add(in.readUTF());
      }
      BitSet[] reached = new BitSet[n];
      for (int c = 0; c < n; c++) {
        int w = in.readInt();
        if (w >= 0) {
          long[] words = new long[w];
          for (int i = 0; i < w; i++) {
            words[i] = in.readLong();
          }
          reached[c] = BitSet.valueOf(words);
        }
      }
      reach = new StopReach(ids, reached);
    }
    return new Accessibility(cutoffs, jobs, areas, new TravelTimeMatrix(districts, centres, minutes), origins,
        searched, nanos, reach);
  }
}
