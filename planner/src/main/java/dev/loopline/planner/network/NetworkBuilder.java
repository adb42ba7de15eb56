package dev.loopline.planner.network;

import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.io.IoErrors;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.gtfs.io.OutputKind;
import dev.loopline.gtfs.io.OutputRefusedException;
import dev.loopline.gtfs.read.GtfsRead;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.validate.FeedValidator;
import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.graphhopper.StreetNetworks;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.planner.transit.ServiceDays;
import dev.loopline.planner.transit.StopTransfers;
import dev.loopline.planner.transit.TransitLayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a network directory. Everything is written into a fresh sibling folder which replaces the target only
 * when complete, so an interrupted or failed build leaves the previous network (or nothing) in place.
 *
 * <p>Layout: {@code manifest.json}, {@code gtfs.zip} (or {@code gtfs/} for a folder feed), {@code streets/}
 * (the OSM extract and GraphHopper's graph cache), {@code stops.csv} ({@link StopSnaps}), {@code transfers.bin}
 * ({@link TransferFile}), and {@code districts.geojson} / {@code population.csv} when given.
 */
final class NetworkBuilder {
  static final String STREETS = "streets";
  static final String STREET_CACHE = "cache";
  static final String TRANSFERS = "transfers.bin";
  /**
   * The network folder's kind, in its marker; an unmarked folder with a Loopline manifest is an earlier network. Its
   * files are copies and caches derived from inputs kept elsewhere, so a changed one is damage a rebuild repairs.
   */
  static final OutputKind KIND = new OutputKind("network", "a Loopline network", NetworkBuilder::isOldNetwork,
      true);

  private NetworkBuilder() {}

  /** The manifest inputs part for these inputs (hashes the files). */
  static List<Manifest.Input> describe(NetworkInputs in) {
    List<Manifest.Input> list = new ArrayList<>();
    list.add(input("gtfs", in.gtfs(), Files.isDirectory(in.gtfs()) ? "gtfs" : "gtfs.zip"));
    list.add(input("osm", in.osm(), STREETS + "/" + in.osm().getFileName()));
    if (in.districts() != null) {
      list.add(input("districts", in.districts(), "districts.geojson"));
    }
    if (in.population() != null) {
      String name = in.population().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      list.add(input("population", in.population(),
          name.endsWith(".geojson") || name.endsWith(".json") ? "population.geojson" : "population.csv"));
    }
    return list;
  }

  static Manifest.Options options(NetworkInputs in) {
    return new Manifest.Options(in.transferMaxMeters(), in.walkSpeedMps(), StreetConfig.DEFAULT_MAX_SNAP_DISTANCE_METERS,
        StreetConfig.DEFAULT_LINK_RADIUS_METERS, in.interpolation().id());
  }

  private static Manifest.Input input(String role, Path path, String file) {
    if (!Files.exists(path)) {
      throw new NetworkException(role + " input not found: " + path);
    }
    if (!Files.isReadable(path)) {
      throw new NetworkException(role + " input is not readable: " + path);
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      long bytes = 0;
      for (Path f : files(path)) {
        if (Files.isDirectory(path)) {
          md.update(path.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
          md.update((byte) 0);
        }
        try (InputStream s = Files.newInputStream(f)) {
          byte[] buf = new byte[1 << 16];
          for (int n; (n = s.read(buf)) > 0; ) {
            md.update(buf, 0, n);
            bytes += n;
          }
        }
      }
      return new Manifest.Input(role, path.toString(), file, HexFormat.of().formatHex(md.digest()), bytes);
    } catch (IOException e) {
      throw new NetworkException("cannot read " + role + " input " + path + ": " + IoErrors.describe(e), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file itself, or every regular file below a folder in name order. */
  private static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> s = Files.walk(path)) {
      return s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> path.relativize(p).toString())).toList();
    }
  }

  /**
   * Builds the network into {@code dir} as {@link OutputGuard} allows: a new or empty folder, or an earlier network
   * holding only its own files ({@code force}: or another Loopline output); never a folder holding an input.
   */
  static Network build(NetworkInputs in, Path dir, ProgressListener progress, boolean force) {
    NamedPath out = new NamedPath("--out", dir);
    try {
      OutputGuard.checkPaths(namedInputs(in), List.of(out));
      OutputGuard.checkFolder(out, KIND, force);
    } catch (OutputRefusedException e) {
      throw new NetworkException(e.getMessage(), e);
    }
    List<Manifest.Input> inputs = describe(in);
    Manifest.Options options = options(in);
    Path target = dir.toAbsolutePath().normalize();
    try {
      OutputGuard.replaceFolder(out, KIND, force, tmp -> write(in, inputs, options, tmp, progress));
    } catch (OutputRefusedException e) {
      throw new NetworkException(e.getMessage(), e);
    } catch (IOException e) {
      throw new NetworkException("cannot write network to " + target + ": " + IoErrors.describe(e), e);
    }
    return Network.load(target);
  }

  /** The inputs with the options that name them on the command line. */
  static List<NamedPath> namedInputs(NetworkInputs in) {
    List<NamedPath> list = new ArrayList<>();
    list.add(new NamedPath("--gtfs", in.gtfs()));
    list.add(new NamedPath("--osm", in.osm()));
    if (in.districts() != null) {
      list.add(new NamedPath("--districts", in.districts()));
    }
    if (in.population() != null) {
      list.add(new NamedPath("--population", in.population()));
    }
    return list;
  }

  /** Copies the inputs into {@code tmp} and writes the derived files and the manifest there. */
  private static void write(NetworkInputs in, List<Manifest.Input> inputs, Manifest.Options options, Path tmp,
                            ProgressListener progress) throws IOException {
    progress.update("copy inputs", 0, inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      Manifest.Input input = inputs.get(i);
      copy(Path.of(input.source()), tmp.resolve(input.file()));
      progress.update("copy inputs", i + 1, inputs.size());
    }
    // Inputs are read from the user's own files (byte-identical to the copies just made) so that every error
    // names the file the user gave, not a copy inside the temporary network folder.
    var districts = in.districts() == null ? null : Network.loadDistricts(in.districts());
    if (in.population() != null) {
      Network.loadPopulation(in.population(), districts);
    }
    progress.update("read gtfs", 0, 1);
    GtfsRead read = GtfsReader.read(in.gtfs());
    progress.update("read gtfs", 1, 1);
    Manifest.Summary summary;
    StreetConfig config = StreetConfig.of(in.osm(), tmp.resolve(STREETS).resolve(STREET_CACHE))
        .withWalkSpeed(in.walkSpeedMps());
    ImportProgress streetProgress = (stage, done, total) -> progress.update("streets: " + stage.name().toLowerCase(
        java.util.Locale.ROOT), done, total);
    try (StreetNetwork streets = StreetNetworks.open(config, streetProgress)) {
      var stops = TransitLayer.routableStops(read.feed());
      progress.update("snap stops", 0, stops.size());
      StopSnaps snaps = StopSnaps.compute(stops, streets);
      snaps.write(tmp.resolve(StopSnaps.FILE));
      List<String> warnings = new ArrayList<>(districts == null ? List.of() : districts.warnings());
      warnings.addAll(StopPlacement.check(stops, snaps, streets, in.osm().toString()));
      feedErrors(read, in.gtfs().toString()).ifPresent(warnings::add);
      progress.update("snap stops", stops.size(), stops.size());
      progress.update("transfers", 0, stops.size());
      StopTransfers transfers = StopTransfers.compute(read.feed(), streets, in.transferMaxMeters());
      TransferFile.write(transfers, tmp.resolve(TRANSFERS));
      progress.update("transfers", stops.size(), stops.size());
      ServiceDays days = ServiceDays.of(read.feed());
      summary = new Manifest.Summary(stops.size(), snaps.onStreets(), snaps.linked(), transfers.size(),
          days.firstDate().map(Object::toString).orElse(null), days.lastDate().map(Object::toString).orElse(null),
          streets.info().cacheKey(), read.notices().size(), warnings);
    }
    new Manifest(Manifest.FORMAT, Manifest.currentVersions(), inputs, options, summary)
        .write(tmp.resolve(Manifest.FILE));
  }

  /**
   * A feed with errors builds (trips can be planned on it), but every feed exported from the network would carry
   * them to MobilityData's validator: said once at build, with the first error and the ways out.
   */
  static java.util.Optional<String> feedErrors(GtfsRead read, String gtfs) {
    List<Notice> errors = FeedValidator.validate(read).stream().filter(n -> n.severity() == Severity.ERROR).toList();
    if (errors.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(gtfs + ": the feed has " + (errors.size() == 1 ? "1 error" : errors.size()
        + " errors") + " MobilityData's validator would reject (first: " + errors.get(0).format() + "); 'loopline"
        + " validate' lists them; merge it with --repair before building, or export with --repair");
  }

  /** A folder from before markers whose manifest.json is a network manifest. */
  private static boolean isOldNetwork(Path dir) {
    Path file = dir.resolve(Manifest.FILE);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      Manifest.read(file);
      return true;
    } catch (NetworkException e) {
      return false;
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    if (!Files.isDirectory(from)) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
      return;
    }
    for (Path f : files(from)) {
      Path t = to.resolve(from.relativize(f).toString());
      Files.createDirectories(t.getParent());
      Files.copy(f, t, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }
}
