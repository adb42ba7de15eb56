package dev.loopline.planner.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loopline.gtfs.io.IoErrors;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.loopline.gtfs.io.AtomicFiles;
import dev.loopline.planner.transit.Interpolation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code manifest.json} of a network directory: what it was built from (each input with its SHA-256), with which
 * options and software versions, and a short summary. It decides whether a rebuild is needed: the same input
 * hashes and options mean the network is up to date. It carries no time stamp, so building the same inputs twice
 * gives the same file.
 *
 * @param format   the directory layout version; {@link Network#load} refuses others
 * @param versions software versions (loopline, raptor, graphhopper)
 * @param inputs   the inputs by role ("gtfs", "osm", "districts", "population")
 * @param options  build options
 * @param summary  facts about the result
 */
public record Manifest(int format, Map<String, String> versions, List<Input> inputs, Options options,
                       Summary summary) {
  /** Version of the network directory layout. */
  public static final int FORMAT = 2;
  public static final String FILE = "manifest.json";

  /**
   * One input file.
   *
   * @param role   "gtfs", "osm", "districts" or "population"
   * @param source the path given at build time (for the record; not compared)
   * @param file   the copy inside the network directory
   * @param sha256 hex SHA-256 of the content (of every file, by name, for a folder)
   * @param bytes  size in bytes
   */
  public record Input(String role, String source, String file, String sha256, long bytes) {}

  /**
   * @param transferMaxMeters walking transfers between stops up to this distance
   * @param walkSpeedMps      walking speed
   * @param maxSnapMeters     how far a stop or point may be from a street and count as on it
   * @param linkRadiusMeters  how far a stop or point may be from a street and still be linked to it by a
   *                          straight-line walk
   * @param interpolation     how empty stop times are filled ({@code distance} or {@code stops}, see
   *                          {@link Interpolation}); null in older manifests, read as {@code distance}
   */
  public record Options(double transferMaxMeters, double walkSpeedMps, double maxSnapMeters,
                        double linkRadiusMeters, String interpolation) {
    /** The interpolation rule, {@link Interpolation#DISTANCE} when the manifest names none. */
    public Interpolation interpolationRule() {
      Interpolation i = Interpolation.parse(interpolation);
      return i == null ? Interpolation.DISTANCE : i;
    }
  }

  /**
   * @param stops            routable stops in the feed
   * @param stopsOnStreets   of which can be walked to (snapped to a walkable street or linked to one)
   * @param stopsLinked      of those, the stops linked by a straight-line walk (no walkable way within the
   *                         snapping limit, one within the link radius)
   * @param transfers        one-way walking transfers between stops
   * @param firstServiceDate first date with service (ISO), or null
   * @param lastServiceDate  last date with service (ISO), or null
   * @param streetCacheKey   the street graph's cache key (snapped stops are only valid for this graph)
   * @param gtfsNotices      problems the GTFS reader reported
   * @param warnings         what the build found doubtful about the inputs (stops far from the streets, a datum
   *                         that looks wrong), one sentence each; empty when nothing
   */
  public record Summary(int stops, int stopsOnStreets, int stopsLinked, int transfers, String firstServiceDate,
                        String lastServiceDate, String streetCacheKey, int gtfsNotices, List<String> warnings) {
    public Summary {
      warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
  }

  public Manifest {
    versions = Map.copyOf(versions);
    inputs = List.copyOf(inputs);
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  public Optional<Input> input(String role) {
    return inputs.stream().filter(i -> i.role().equals(role)).findFirst();
  }

  /** True when a build from these inputs and options would produce this network again. */
  public boolean sameBuildAs(Manifest other) {
    if (other == null || format != other.format || !Objects.equals(options, other.options)
        || inputs.size() != other.inputs.size()) {
      return false;
    }
    for (Input i : inputs) {
      Optional<Input> o = other.input(i.role());
      if (o.isEmpty() || !o.get().sha256().equals(i.sha256())) {
        return false;
      }
    }
    return Objects.equals(versions.get("loopline"), other.versions.get("loopline"));
  }

  public static Manifest read(Path file) {
    try {
      Manifest m = JSON.readValue(file.toFile(), Manifest.class);
      if (m.format() != FORMAT) {
        throw new NetworkException(file + ": network format " + m.format() + " is not supported (expected "
            + FORMAT + "); rebuild it with 'loopline build'");
      }
      return m;
    } catch (IOException e) {
      throw new NetworkException(file + ": cannot read network manifest: " + (e instanceof JsonProcessingException j
          && j.getLocation() != null ? "not valid (line " + j.getLocation().getLineNr() + ")" : IoErrors.describe(e))
          + "; rebuild the network", e);
    }
  }

  /** Writes the manifest (temp file + rename). */
  public void write(Path file) throws IOException {
    AtomicFiles.replaceFile(file, tmp -> JSON.writeValue(tmp.toFile(), this));
  }

  /** Versions of Loopline and of the routing libraries on the class path. */
  static Map<String, String> currentVersions() {
    Map<String, String> v = new LinkedHashMap<>();
    String own = Manifest.class.getPackage().getImplementationVersion();
    v.put("loopline", own == null ? "dev" : own);
    v.put("raptor", pomVersion("org.opentripplanner", "raptor"));
    v.put("graphhopper", pomVersion("com.graphhopper", "graphhopper-core"));
    return v;
  }

  private static String pomVersion(String group, String artifact) {
    String res = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = Manifest.class.getResourceAsStream(res)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
