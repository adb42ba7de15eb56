package dev.loopline.planner.network;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.io.OutputMarker;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.graphhopper.StreetNetworks;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetInputException;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.district.Districts;
import dev.loopline.osm.population.PopulationGrid;
import dev.loopline.planner.transit.ServiceDays;
import dev.loopline.planner.transit.StopTransfers;
import dev.loopline.planner.transit.TransitLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A built network: the unified feed, the street graph, the stops' places on it and the walking transfers between
 * them, as stored in a network directory by {@code loopline build}. Everything the trip planner, the accessibility
 * evaluation and the web service need, loaded once in seconds; {@link #transitLayer(LocalDate)} then gives the
 * routable timetable of any date (built on first use, cached).
 *
 * <p>Thread-safe. Close it to release the street graph.
 */
public final class Network implements AutoCloseable {
  /** How many dates' transit layers are kept in memory. */
  private static final int LAYER_CACHE = 4;

  private final Path dir;
  private final Manifest manifest;
  private final Feed feed;
  private final FeedIndex index;
  private final ServiceDays serviceDays;
  private final StreetNetwork streets;
  private final StopTransfers transfers;
  private final StopSnaps stopSnaps;
  private final Districts districts;
  private final PopulationGrid population;
  private final Map<LocalDate, TransitLayer> layers = new LinkedHashMap<>(8, 0.75f, true);

  private Network(Path dir, Manifest manifest, Feed feed, StreetNetwork streets, StopTransfers transfers,
                  StopSnaps stopSnaps, Districts districts, PopulationGrid population) {
    this.dir = dir;
    this.manifest = manifest;
    this.feed = feed;
    this.index = new FeedIndex(feed);
    this.serviceDays = ServiceDays.of(feed);
    this.streets = streets;
    this.transfers = transfers;
    this.stopSnaps = stopSnaps;
    this.districts = districts;
    this.population = population;
  }

  /** A network folder's kind in its output marker (see {@link dev.loopline.gtfs.io.OutputGuard}). */
  public static final dev.loopline.gtfs.io.OutputKind KIND = NetworkBuilder.KIND;

  /**
   * Opens a network directory written by {@link #build}.
   *
   * @throws NetworkException when the directory is not a network or a file in it cannot be read
   */
  public static Network load(Path dir) {
    Path manifestFile = dir.resolve(Manifest.FILE);
    if (!Files.isDirectory(dir)) {
      throw new NetworkException("network directory not found: " + dir + " (build one with 'loopline build')");
    }
    if (!Files.isRegularFile(manifestFile)) {
      throw new NetworkException(dir + " is not a Loopline network: no " + Manifest.FILE
          + " (build one with 'loopline build')");
    }
    List<String> damage = damage(dir, false);
    if (!damage.isEmpty()) {
      throw new NetworkException("network is damaged: " + dir + ": " + describe(damage) + "; rebuild it with "
          + "'loopline build ... --out " + dir + "'");
    }
    Manifest manifest = Manifest.read(manifestFile);
    Manifest.Input gtfs = manifest.input("gtfs")
        .orElseThrow(() -> new NetworkException(manifestFile + ": no gtfs input"));
    Manifest.Input osm = manifest.input("osm")
        .orElseThrow(() -> new NetworkException(manifestFile + ": no osm input"));
    Feed feed;
    try {
      feed = GtfsReader.read(dir.resolve(gtfs.file())).feed();
    } catch (GtfsException e) {
      throw new NetworkException(dir.resolve(gtfs.file()) + ": " + e.getMessage(), e);
    }
    StreetConfig config = StreetConfig.of(dir.resolve(osm.file()),
            dir.resolve(NetworkBuilder.STREETS).resolve(NetworkBuilder.STREET_CACHE))
        .withWalkSpeed(manifest.options().walkSpeedMps())
        .withMaxSnapDistance(manifest.options().maxSnapMeters())
        .withLinkRadius(manifest.options().linkRadiusMeters());
    StreetNetwork streets = StreetNetworks.open(config, ImportProgress.none());
    try {
      StopTransfers transfers = TransferFile.read(dir.resolve(NetworkBuilder.TRANSFERS));
      StopSnaps snaps;
      if (streets.info().cacheKey().equals(manifest.summary().streetCacheKey())) {
        snaps = StopSnaps.read(dir.resolve(StopSnaps.FILE), manifest.options().maxSnapMeters(),
            manifest.options().linkRadiusMeters());
      } else {
        snaps = StopSnaps.compute(TransitLayer.routableStops(feed), streets);
      }
      Districts districts = manifest.input("districts").map(i -> loadDistricts(dir.resolve(i.file()))).orElse(null);
      PopulationGrid population = manifest.input("population")
          .map(i -> loadPopulation(dir.resolve(i.file()), districts)).orElse(null);
      return new Network(dir, manifest, feed, streets, transfers, snaps, districts, population);
    } catch (RuntimeException e) {
      streets.close();
      throw e;
    }
  }

  static Districts loadDistricts(Path file) {
    try {
      return Districts.load(file);
    } catch (StreetInputException e) {
      throw new NetworkException(e.getMessage(), e);
    }
  }

  static PopulationGrid loadPopulation(Path file, Districts districts) {
    try {
      String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      return name.endsWith(".geojson") || name.endsWith(".json") ? PopulationGrid.loadGeoJson(file, districts)
          : PopulationGrid.loadCsv(file, districts);
    } catch (StreetInputException e) {
      throw new NetworkException(e.getMessage(), e);
    }
  }

  /**
   * Builds a network directory from the inputs, or does nothing but load it when it is already up to date (same
   * input hashes and options, see {@link #upToDate}).
   */
  public static Network build(NetworkInputs inputs, Path dir, ProgressListener progress) {
    if (upToDate(inputs, dir)) {
      return load(dir);
    }
    return NetworkBuilder.build(inputs, dir, progress, false);
  }

  /**
   * Builds the network directory even when it is up to date (replacing it atomically), and even over another kind
   * of Loopline output (never over files Loopline did not write).
   */
  public static Network rebuild(NetworkInputs inputs, Path dir, ProgressListener progress) {
    return NetworkBuilder.build(inputs, dir, progress, true);
  }

  /**
   * True when {@code dir} holds a whole network built from exactly these inputs and options: the manifest matches
   * and every file has the SHA-256 its marker records (see {@link #freshness}).
   */
  public static boolean upToDate(NetworkInputs inputs, Path dir) {
    return freshness(inputs, dir) == Freshness.UP_TO_DATE;
  }

  /** How a network folder stands against the inputs it should be built from. */
  public enum Freshness {
    /** No network there (nothing, or not a network folder). */
    ABSENT,
    /** Built from other inputs or options, or by another version. */
    OUTDATED,
    /** Built from these inputs, but a file in it is missing or changed. */
    DAMAGED,
    /** Built from these inputs and whole. */
    UP_TO_DATE
  }

  /**
   * Compares {@code dir} with what {@code inputs} would build; hashes the inputs and, when they match, every file of
   * the network (the full check {@link #load} does not afford on every start).
   */
  public static Freshness freshness(NetworkInputs inputs, Path dir) {
    Path file = dir.resolve(Manifest.FILE);
    if (!Files.isRegularFile(file)) {
      return Freshness.ABSENT;
    }
    Manifest existing;
    try {
      existing = Manifest.read(file);
    } catch (NetworkException e) {
      return Freshness.DAMAGED;
    }
    Manifest wanted = new Manifest(Manifest.FORMAT, Manifest.currentVersions(), NetworkBuilder.describe(inputs),
        NetworkBuilder.options(inputs), existing.summary());
    if (!wanted.sameBuildAs(existing)) {
      return Freshness.OUTDATED;
    }
    return damage(dir, true).isEmpty() ? Freshness.UP_TO_DATE : Freshness.DAMAGED;
  }

  /**
   * What is wrong with the files of the network folder {@code dir}, one phrase each; empty when it is whole. The
   * cheap check (sizes, and hashes of files modified since the build) runs on every {@link #load}; {@code fullHash}
   * hashes every file.
   */
  public static List<String> damage(Path dir, boolean fullHash) {
    try {
      Optional<OutputMarker> marker = OutputMarker.read(dir);
      if (marker.isEmpty()) {
        return List.of("it has no " + OutputMarker.FILE + " record of its files (built by an earlier Loopline?)");
      }
      return marker.get().damage(dir, fullHash);
    } catch (IOException e) {
      return List.of("its " + OutputMarker.FILE + " cannot be read (" + e.getMessage() + ")");
    }
  }

  /** The first problems of a damage list as one phrase. */
  public static String describe(List<String> damage) {
    String first = String.join(", ", damage.subList(0, Math.min(2, damage.size())));
    return damage.size() > 2 ? first + " and " + (damage.size() - 2) + " more" : first;
  }

  public Path dir() {
    return dir;
  }

  public Feed feed() {
    return feed;
  }

  /**
   * The feed's time zone (its first agency's {@code agency_timezone}; GTFS requires every agency of a feed to share
   * it): the clock its stop times and every trip request are in. The machine's zone when the feed names none that
   * is valid.
   */
  public java.time.ZoneId timeZone() {
    for (var agency : feed.agencies()) {
      try {
        if (agency.timezone() != null && !agency.timezone().isBlank()) {
          return java.time.ZoneId.of(agency.timezone().trim());
        }
      } catch (java.time.DateTimeException e) {
        // not a zone: try the next agency, else the machine's
      }
    }
    return java.time.ZoneId.systemDefault();
  }

  public FeedIndex index() {
    return index;
  }

  public ServiceDays serviceDays() {
    return serviceDays;
  }

  public StreetNetwork streets() {
    return streets;
  }

  public StopTransfers transfers() {
    return transfers;
  }

  public Manifest manifest() {
    return manifest;
  }

  /** Where each routable stop sits on the walking network. */
  public StopSnaps stopSnaps() {
    return stopSnaps;
  }

  /** The walking snap of a stop, or null when the stop is not routable. */
  public Snap stopSnap(String stopId) {
    return stopSnaps.snap(stopId);
  }

  /** The districts, when the network was built with a districts file. */
  public Optional<Districts> districts() {
    return Optional.ofNullable(districts);
  }

  /** The population grid, when the network was built with one (cells assigned to districts when known). */
  public Optional<PopulationGrid> population() {
    return Optional.ofNullable(population);
  }

  /** The copy of the districts file in the network directory, when the network was built with one. */
  public Optional<Path> districtsFile() {
    return manifest.input("districts").map(i -> dir.resolve(i.file()));
  }

  /** The copy of the population file in the network directory, when the network was built with one. */
  public Optional<Path> populationFile() {
    return manifest.input("population").map(i -> dir.resolve(i.file()));
  }

  /**
   * The routable timetable of a service date, built on first use and cached (a few dates at a time).
   * A date without any service gives a layer whose {@link TransitLayer#hasService()} is false.
   */
  public TransitLayer transitLayer(LocalDate serviceDate) {
    synchronized (layers) {
      TransitLayer layer = layers.get(serviceDate);
      if (layer != null) {
        return layer;
      }
    }
    TransitLayer built = TransitLayer.build(feed, index, serviceDays, serviceDate, transfers,
        manifest.options().interpolationRule());
    synchronized (layers) {
      TransitLayer raced = layers.putIfAbsent(serviceDate, built);
      if (layers.size() > LAYER_CACHE) {
        LocalDate eldest = layers.keySet().iterator().next();
        layers.remove(eldest);
      }
      return raced != null ? raced : built;
    }
  }

  @Override
  public void close() {
    streets.close();
  }

  @Override
  public String toString() {
    return "Network{" + dir + ", " + manifest.summary() + "}";
  }
}
