package dev.loopline.osm.graphhopper;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.BBox;
import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.ImportStage;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetInputException;
import dev.loopline.osm.StreetNetworkInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The import-and-cache job of the street network: an OSM extract becomes a GraphHopper graph with Loopline's walk
 * and bus profiles, imported once into the {@link GraphCache} (keyed by the file's content and the profile settings)
 * and loaded from there afterwards. Every way the input can be unusable ends in a {@link StreetInputException}
 * naming the file.
 */
final class GraphImport {
  private static final String NO_STREETS = "the extract contains no streets (empty, or the wrong area?)";

  /** An imported or loaded graph, open, with the facts about it. */
  record Imported(GraphHopper hopper, StreetNetworkInfo info) {}

  private GraphImport() {}

  /** See {@link StreetNetworks#open}. */
  static Imported open(StreetConfig config, ImportProgress progress) {
    Objects.requireNonNull(progress, "progress");
    Path osm = config.osmFile();
    checkReadable(osm);
    List<Profile> profiles = StreetProfiles.profiles(config.walkSpeedMps(), config.cacheDir());
    String signature = StreetProfiles.signature(profiles);
    GraphCache cache = new GraphCache(config.cacheDir());
    String key = GraphCache.key(osm, signature, progress);

    boolean imported = false;
    GraphHopper hopper = null;
    if (!cache.has(key)) {
      hopper = importInto(cache, key, osm, profiles, signature, progress);
      imported = true;
    }
    if (hopper == null) {
      hopper = load(cache.entry(key), profiles, progress);
    }
    if (hopper == null && !imported) {
      // The entry is unreadable (truncated, or written by an incompatible build): rebuild it once.
      cache.evict(key);
      hopper = importInto(cache, key, osm, profiles, signature, progress);
      imported = true;
      if (hopper == null) {
        hopper = load(cache.entry(key), profiles, progress);
      }
    }
    if (hopper == null) {
      throw new StreetInputException(cache.entry(key), "the street graph just imported cannot be loaded back");
    }
    BaseGraph g = hopper.getBaseGraph();
    BBox b = g.getBounds();
    StreetNetworkInfo info = new StreetNetworkInfo(cache.entry(key), key, imported, g.getNodes(), g.getEdges(),
        b.minLat, b.minLon, b.maxLat, b.maxLon);
    progress.update(ImportStage.READY, 1, 1);
    return new Imported(hopper, info);
  }

  private static void checkReadable(Path osm) {
    if (!Files.exists(osm)) {
      throw new StreetInputException(osm, "OSM file not found");
    }
    if (!Files.isRegularFile(osm)) {
      throw new StreetInputException(osm, "is not a file (expected an OSM .pbf or .osm extract)");
    }
    if (!Files.isReadable(osm)) {
      throw new StreetInputException(osm, "OSM file is not readable");
    }
    try {
      if (Files.size(osm) == 0) {
        throw new StreetInputException(osm, "OSM file is empty");
      }
    } catch (IOException e) {
      throw new StreetInputException(osm, "cannot read OSM file: " + e.getMessage(), e);
    }
  }

  static GraphHopper newHopper(Path folder, List<Profile> profiles, Path osmOrNull) {
    GraphHopper gh = new GraphHopper();
    gh.setGraphHopperLocation(folder.toString());
    if (osmOrNull != null) {
      gh.setOSMFile(osmOrNull.toString());
    }
    gh.setEncodedValuesString(StreetProfiles.ENCODED_VALUES);
    gh.setProfiles(profiles);
    return gh;
  }

  /**
   * Imports into a private temp folder, checks the result, and publishes it into the cache. Returns the imported
   * graph still open (it lives in memory, so renaming its folder underneath it is harmless and spares loading it
   * back), or null when another process published the same entry first and that one should be loaded instead.
   */
  private static GraphHopper importInto(GraphCache cache, String key, Path osm, List<Profile> profiles,
      String signature, ImportProgress progress) {
    Path tmp;
    try {
      tmp = cache.newTempFolder(key);
    } catch (IOException e) {
      throw new StreetInputException(cache.entry(key).getParent(), "cannot create the street graph cache: " + e, e);
    }
    GraphHopper gh = newHopper(tmp, profiles, osm);
    boolean published = false;
    try {
      progress.update(ImportStage.IMPORTING, 0, -1);
      try {
        gh.importOrLoad();
      } catch (RuntimeException e) {
        if (String.valueOf(e.getMessage()).contains("must not be empty")) {
          // GraphHopper's words for an extract whose ways are all non-roads (or that has no ways at all)
          throw new StreetInputException(osm, NO_STREETS, e);
        }
        throw new StreetInputException(osm, xmlLine(e), null,
            "cannot import OSM data (corrupt or not an OSM file?): " + rootMessage(e), e);
      }
      checkHasWalkableStreets(gh, osm);
      progress.update(ImportStage.IMPORTING, 1, 1);
      progress.update(ImportStage.SAVING, 0, 1);
      try {
        published = cache.publish(tmp, key, osm, signature);
      } catch (IOException e) {
        throw new StreetInputException(tmp.getParent(), "cannot write the street graph cache: " + e, e);
      }
      progress.update(ImportStage.SAVING, 1, 1);
      return published ? gh : null;
    } finally {
      if (!published) {
        gh.close();
        GraphCache.deleteRecursively(tmp);
      }
    }
  }

  private static void checkHasWalkableStreets(GraphHopper gh, Path osm) {
    BaseGraph g = gh.getBaseGraph();
    if (g.getEdges() == 0) {
      throw new StreetInputException(osm, NO_STREETS);
    }
    Weighting walk = gh.createWeighting(gh.getProfile(StreetProfiles.WALK), new PMap());
    BooleanEncodedValue sub = gh.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(StreetProfiles.WALK));
    AllEdgesIterator it = g.getAllEdges();
    while (it.next()) {
      if (!it.get(sub) && (Double.isFinite(walk.calcEdgeWeight(it, false))
          || Double.isFinite(walk.calcEdgeWeight(it, true)))) {
        return;
      }
    }
    throw new StreetInputException(osm, "the extract contains " + g.getEdges()
        + " road segments but no connected walkable streets");
  }

  /** The innermost message on one line; a bare end-of-file becomes words. */
  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof java.io.EOFException && (t.getMessage() == null || t.getMessage().isBlank())) {
      return "the file ends unexpectedly (truncated download?)";
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    if (t instanceof javax.xml.stream.XMLStreamException) {
      m = m.replaceAll("\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]", "");
    }
    return m.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /** The line an XML parser failed at, or 0 (PBF has no lines). */
  private static int xmlLine(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof javax.xml.stream.XMLStreamException x && x.getLocation() != null) {
        return Math.max(0, x.getLocation().getLineNumber());
      }
    }
    return 0;
  }

  /** Loads a finished cache entry read-only, or returns null when it cannot be loaded. */
  private static GraphHopper load(Path entry, List<Profile> profiles, ImportProgress progress) {
    progress.update(ImportStage.LOADING, 0, 1);
    GraphHopper gh = newHopper(entry, profiles, null);
    gh.setAllowWrites(false);
    try {
      if (gh.load()) {
        progress.update(ImportStage.LOADING, 1, 1);
        return gh;
      }
    } catch (RuntimeException e) {
      // fall through: treated as a damaged entry by the caller
    }
    gh.close();
    return null;
  }
}
