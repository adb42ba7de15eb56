package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.osm.StreetInputException;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.district.District;
import dev.loopline.osm.district.Districts;
import dev.loopline.osm.population.Cell;
import dev.loopline.osm.population.PopulationGrid;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TransitSearchSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Wires a built {@link Network} into a {@link ScoringContext}: its unified feed, bus routing and snapping on its
 * street graph, its districts and population grid (both required: a network built without them cannot be scored),
 * walk catchments on its streets, and Raptor on its transit layer (the scenario's layer adds walking transfers for
 * the new stops only).
 */
public final class NetworkScoring {
  private NetworkScoring() {}

  /**
   * A typical weekday: the Tuesday on which the most services run (the earliest of equals), so that districts whose
   * timetables start or end at different dates are all in service; the first service date when no Tuesday has any.
   */
  public static LocalDate defaultDate(Network net) {
    LocalDate first = net.serviceDays().firstDate().orElse(null);
    LocalDate last = net.serviceDays().lastDate().orElse(null);
    if (first == null) {
      throw new NetworkException(net.dir() + ": the network's feed has no service dates");
    }
    LocalDate best = null;
    int most = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.TUESDAY) {
        int n = net.serviceDays().activeOn(d).size();
        if (n > most) {
          most = n;
          best = d;
        }
      }
    }
    return best != null ? best : first;
  }

  public static ScoringContext context(Network net, LocalDate date) {
    Path districtsFile = net.districtsFile().orElseThrow(() -> new NetworkException(net.dir()
        + ": the network was built without districts; rebuild it with 'loopline build --districts FILE'"));
    Path populationFile = net.populationFile().orElseThrow(() -> new NetworkException(net.dir()
        + ": the network was built without a population grid; rebuild it with 'loopline build --population FILE'"));
    Districts districts;
    PopulationGrid grid;
    try {
      districts = Districts.load(districtsFile);
      grid = populationFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
          ? PopulationGrid.loadCsv(populationFile, districts) : PopulationGrid.loadGeoJson(populationFile, districts);
    } catch (StreetInputException e) {
      throw new NetworkException(e.getMessage(), e);
    }
    List<GridCell> cells = new ArrayList<>();
    double belt = CoverageSettings.DEFAULTS.borderBeltMeters();
    for (Cell c : grid.cells()) {
      cells.add(new GridCell(c.id(), c.lat(), c.lon(), c.population(), c.jobs(), c.districtId(), c.areaM2(),
          districts.inBorderBelt(c.lat(), c.lon(), belt)));
    }
    CellIndex index = new CellIndex(cells);
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Geometry> areas = new LinkedHashMap<>();
    for (District d : districts.all()) {
      names.put(d.id(), d.nameEn() == null || d.nameEn().equals(d.name()) ? d.name() : d.name() + " " + d.nameEn());
      areas.put(d.id(), d.area());
    }
    boolean synthetic = isSynthetic(districtsFile);
    String source = synthetic ? "Synthetic sample" : dataSource(net.feed(), net.dir());
    TransitSearchSpace.Factory transit = feed -> {
      TransitLayer layer = feed == net.feed() ? net.transitLayer(date)
          : TransitLayer.build(feed, date, net.transfers().withExtraStops(feed, net.streets()));
      return RaptorTransitArrivals.space(layer, TransitSearchSettings.DEFAULTS);
    };
    return new ScoringContext(net.feed(), date, net.streets()::busRoute,
        p -> net.streets().snap(p, StreetMode.BUS), index, new StreetWalkCatchments(net.streets(), index),
        (lat, lon) -> districts.locate(lat, lon).map(District::id).orElse(null),
        districts::lengthsAlong,
        names, areas, transit, net.transfers().maxMeters(), source, !synthetic);
  }

  /** The sample marks its districts file as synthetic; real district files do not. */
  static boolean isSynthetic(Path districtsFile) {
    try {
      String text = Files.readString(districtsFile);
      return text.contains("\"synthetic\" : true") || text.contains("\"synthetic\": true")
          || text.contains("\"synthetic\":true");
    } catch (IOException e) {
      return false;
    }
  }

  private static String dataSource(Feed feed, Path dir) {
    if (feed.feedInfo() != null && feed.feedInfo().publisherName() != null) {
      return "GTFS published by " + feed.feedInfo().publisherName();
    }
    return "network " + dir.getFileName();
  }
}
