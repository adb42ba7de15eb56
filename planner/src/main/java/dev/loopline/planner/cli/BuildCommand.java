package dev.loopline.planner.cli;

import dev.loopline.osm.StreetConfig;
import dev.loopline.planner.app.BuildRequest;
import dev.loopline.planner.app.Quantities;
import dev.loopline.planner.app.BuildResult;
import dev.loopline.planner.app.BuildService;
import dev.loopline.planner.network.Manifest;
import dev.loopline.planner.network.Network;
import java.io.PrintWriter;
import java.nio.file.Path;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline build}: everything a query needs, built once into a network directory (see
 * {@link dev.loopline.planner.network.Network}); {@code plan}, {@code evaluate} and {@code serve} then load it in seconds. Does nothing but say
 * "network up to date" when the inputs' hashes and the options match the directory's manifest.
 */
@Command(name = "build",
    header = "Build a network directory (street graph, transfers, manifest) from a feed and an OSM extract.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Build a network directory: the street graph, the stops on it, walking transfers between",
        "stops, and copies of the inputs with their SHA-256 in manifest.json. Rebuilds only when an input or",
        "an option changed."})
public final class BuildCommand implements Callable<Integer> {

  @Option(names = "--gtfs", required = true, paramLabel = "FEED.zip",
      description = "the unified GTFS feed (zip or folder)")
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

  @Option(names = "--transfer-distance", paramLabel = "DIST",
      description = "walking transfers between stops up to this distance, e.g. 800m or 1km (default: ${DEFAULT-VALUE})")
  String transferDistance;

  @Option(names = "--walk-speed", paramLabel = "M/S",
      description = "walking speed in metres per second (default: ${DEFAULT-VALUE})")
  double walkSpeed;

  @Option(names = "--interpolate", paramLabel = "RULE",
      description = "fill the stop times a feed leaves empty by distance travelled, or evenly per stop as "
          + "OpenTripPlanner does (distance|stops; default: ${DEFAULT-VALUE})")
  String interpolate;

  @Option(names = "--force", description = "rebuild even when the network is up to date, also over another kind "
      + "of Loopline output (never over files Loopline did not write)")
  boolean force;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    BuildRequest request = BuildRequest.of(gtfs, osm, districts, population,
        Quantities.meters(transferDistance, "transferDistance"), walkSpeed, interpolate, this.out, force);
    BuildResult r;
    try (TerminalProgress bar = TerminalProgress.start()) {
      r = new BuildService().build(request, bar);
    }
    if (r.upToDate()) {
      out.println("network up to date: " + this.out);
      return 0;
    }
    if (!r.damage().isEmpty()) {
      out.println("network was damaged: " + this.out + ": " + Network.describe(r.damage()) + "; rebuilt it");
    }
    Manifest.Summary s = r.summary();
    out.printf(Locale.ROOT, "built %s in %.1f s%n", this.out, r.seconds());
    out.printf(Locale.ROOT, "  stops: %d (%d on walkable streets, %d of them linked by a straight-line walk of %.0f to "
        + "%.0f m)%n", s.stops(), s.stopsOnStreets(), s.stopsLinked(), StreetConfig.DEFAULT_MAX_SNAP_DISTANCE_METERS,
        StreetConfig.DEFAULT_LINK_RADIUS_METERS);
    out.printf(Locale.ROOT, "  walking transfers: %d (within %.0f m)%n", s.transfers(), r.transferMeters());
    out.printf(Locale.ROOT, "  service: %s to %s%n", s.firstServiceDate(), s.lastServiceDate());
    if (s.gtfsNotices() > 0) {
      out.printf(Locale.ROOT, "  GTFS reader notices: %d (run 'loopline validate' for details)%n", s.gtfsNotices());
    }
    r.districts().ifPresent(d -> out.printf(Locale.ROOT, "  districts: %d%n", d));
    r.populationCells().ifPresent(c -> out.printf(Locale.ROOT, "  population cells: %d (%.0f people)%n",
        c, r.population()));
    s.warnings().forEach(w -> out.println("  WARNING: " + w));
    if (s.stopsOnStreets() < s.stops()) {
      out.printf(Locale.ROOT, "  note: %d stops are more than %.0f m from any walkable way and cannot be walked to%n",
          s.stops() - s.stopsOnStreets(), StreetConfig.DEFAULT_LINK_RADIUS_METERS);
    }
    return 0;
  }
}
