package dev.loopline.planner.cli;

import dev.loopline.osm.StreetInputException;
import dev.loopline.planner.network.BuildProgress;
import dev.loopline.planner.network.Manifest;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.network.NetworkInputs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline build}: everything a query needs, built once into a network directory (see
 * {@link Network}); {@code plan}, {@code evaluate} and {@code serve} then load it in seconds. Does nothing but say
 * "network up to date" when the inputs' hashes and the options match the directory's manifest.
 */
@Command(name = "build",
    header = "Build a network directory (street graph, transfers, manifest) from a feed and an OSM extract.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Build a network directory: the street graph, the stops on it, walking transfers between",
        "stops, and copies of the inputs with their SHA-256 in manifest.json. Rebuilds only when an input or",
        "an option changed."})
public final class BuildCommand implements Callable<Integer> {

  @Option(names = "--gtfs", required = true, paramLabel = "FEED.zip", description = "the unified GTFS feed (zip or folder)")
  Path gtfs;

  @Option(names = "--osm", required = true, paramLabel = "REGION.pbf",
      description = "the OpenStreetMap extract (.osm.pbf, .pbf or .osm)")
  Path osm;

  @Option(names = "--districts", paramLabel = "D.geojson", description = "district polygons (GeoJSON)")
  Path districts;

  @Option(names = "--population", paramLabel = "P.csv", description = "population grid (CSV or GeoJSON)")
  Path population;

  @Option(names = "--out", required = true, paramLabel = "NETWORK_DIR", description = "the network directory to write")
  Path out;

  @Option(names = "--transfer-distance", paramLabel = "DIST", defaultValue = "1000m",
      description = "walking transfers between stops up to this distance, e.g. 800m or 1km (default: ${DEFAULT-VALUE})")
  String transferDistance;

  @Option(names = "--walk-speed", paramLabel = "M/S", defaultValue = "1.3",
      description = "walking speed in metres per second (default: ${DEFAULT-VALUE})")
  double walkSpeed;

  @Option(names = "--force", description = "rebuild even when the network is up to date, also over another kind "
      + "of Loopline output (never over files Loopline did not write)")
  boolean force;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    NetworkInputs inputs;
    try {
      inputs = new NetworkInputs(gtfs, osm, districts, population, Quantities.meters(transferDistance, "--transfer-distance"),
          walkSpeed);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    long t0 = System.nanoTime();
    try {
      if (!force && Network.upToDate(inputs, this.out)) {
        out.println("network up to date: " + this.out);
        return 0;
      }
      try (StageProgress bar = new StageProgress(); Network net = force
          ? Network.rebuild(inputs, this.out, bar) : Network.build(inputs, this.out, bar)) {
        Manifest.Summary s = net.manifest().summary();
        out.printf(Locale.ROOT, "built %s in %.1f s%n", this.out, (System.nanoTime() - t0) / 1e9);
        out.printf(Locale.ROOT, "  stops: %d (%d on walkable streets)%n", s.stops(), s.stopsOnStreets());
        out.printf(Locale.ROOT, "  walking transfers: %d (within %.0f m)%n", s.transfers(), inputs.transferMaxMeters());
        out.printf(Locale.ROOT, "  service: %s to %s%n", s.firstServiceDate(), s.lastServiceDate());
        if (s.gtfsNotices() > 0) {
          out.printf(Locale.ROOT, "  GTFS reader notices: %d (run 'loopline validate' for details)%n", s.gtfsNotices());
        }
        net.districts().ifPresent(d -> out.printf(Locale.ROOT, "  districts: %d%n", d.all().size()));
        net.population().ifPresent(p -> out.printf(Locale.ROOT, "  population cells: %d (%.0f people)%n",
            p.cells().size(), p.totalPopulation()));
        if (s.stopsOnStreets() < s.stops()) {
          out.printf(Locale.ROOT, "  note: %d stops are not on the street network and cannot be walked to%n",
              s.stops() - s.stopsOnStreets());
        }
      }
      return 0;
    } catch (NetworkException | StreetInputException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  /** One progress bar per build stage (drawn only on a terminal). */
  static final class StageProgress implements BuildProgress, AutoCloseable {
    private String stage;
    private Progress bar;
    private long done;

    @Override
    public void update(String s, long d, long total) {
      if (!s.equals(stage)) {
        close();
        stage = s;
        bar = Progress.start(s, total < 0 ? 1 : total);
        done = 0;
      }
      if (d > done) {
        bar.step(d - done);
        done = d;
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
