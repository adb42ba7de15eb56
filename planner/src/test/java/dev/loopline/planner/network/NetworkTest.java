package dev.loopline.planner.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.transit.StopTransfers;
import dev.loopline.planner.transit.StopTransfer;
import dev.loopline.planner.transit.TransitLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkTest {
  @TempDir
  Path tmp;

  @Test
  void buildWritesEverythingAndLoadReadsItBack() throws IOException {
    Path feed = copyFolder(Fixtures.path("beatty/sample-feed"), tmp.resolve("feed"));
    Path osm = Fixtures.path("beatty/beatty.osm");
    Path dir = tmp.resolve("net");
    NetworkInputs inputs = NetworkInputs.of(feed, osm);
    assertFalse(Network.upToDate(inputs, dir));
    try (Network built = Network.build(inputs, dir, ProgressListener.none())) {
      for (String f : List.of("manifest.json", "gtfs/stops.txt", "streets/beatty.osm", "stops.csv",
          "transfers.bin")) {
        assertTrue(Files.exists(dir.resolve(f)), f);
      }
      Manifest m = built.manifest();
      assertEquals(64, m.input("gtfs").orElseThrow().sha256().length());
      assertEquals(1000.0, m.options().transferMaxMeters());
      assertEquals(11, m.summary().stops() + 1, "Beatty has 10 boardable stops (and a boarding area)");
      assertTrue(m.summary().stopsOnStreets() > 0);
      assertEquals("2.7.0", m.versions().get("raptor"));
      // Nothing left behind by the atomic build.
      try (var s = Files.list(tmp)) {
        assertEquals(List.of("feed", "net"), s.map(p -> p.getFileName().toString()).sorted().toList());
      }
    }
    assertTrue(Network.upToDate(inputs, dir));
    long before = Files.getLastModifiedTime(dir.resolve("transfers.bin")).toMillis();
    try (Network again = Network.build(inputs, dir, ProgressListener.none())) {
      assertEquals(before, Files.getLastModifiedTime(dir.resolve("transfers.bin")).toMillis(),
          "an up-to-date network is loaded, not rebuilt");
      TransitLayer layer = again.transitLayer(LocalDate.of(2008, 6, 2));
      assertSame(layer, again.transitLayer(LocalDate.of(2008, 6, 2)), "layers are cached");
      assertTrue(layer.hasService());
      assertNotNull(again.stopSnap("STAGECOACH"));
    }
    // A changed input makes it stale; a different transfer distance too.
    Files.writeString(feed.resolve("agency.txt"), Files.readString(feed.resolve("agency.txt")) + "\n");
    assertFalse(Network.upToDate(inputs, dir));
    assertFalse(Network.upToDate(NetworkInputs.of(feed, osm).withTransferMaxMeters(500), dir));
  }

  @Test
  void transfersFollowTheStreetsAndSurviveTheRoundTrip() {
    Network net = TestNetworkDirs.portoAlegre();
    var transfers = net.transfers();
    assertTrue(transfers.size() > 10_000, "Porto Alegre's dense stops give many walks: " + transfers.size());
    var loaded = TransferFile.read(net.dir().resolve(NetworkBuilder.TRANSFERS));
    assertEquals(transfers, loaded);
    // Street walks are never shorter than the straight line between the stops.
    var stops = TransitLayer.routableStops(net.feed());
    int checked = 0;
    for (int s = 0; s < transfers.stopCount(); s += 37) {
      var a = stops.get(s);
      for (StopTransfer t : transfers.from(s)) {
        var b = stops.get(t.toStop());
        double crow = dev.loopline.gtfs.geo.Geo.distanceMeters(a.lat(), a.lon(), b.lat(), b.lon());
        assertTrue(t.meters() >= crow - 25, a.id() + "->" + b.id() + " " + t.meters() + " m < " + crow + " m");
        assertTrue(t.meters() <= 1000);
        checked++;
      }
    }
    assertTrue(checked > 100);
  }

  /** A scenario's new stop gets walks to and from its neighbours; the existing walks stay as they were. */
  @Test
  void extraStopsOfAScenarioGetStreetWalks() {
    Network net = TestNetworkDirs.portoAlegre();
    Stop market = net.index().stop(TransitLayer.routableStops(net.feed()).stream()
        .filter(s -> s.name() != null && s.name().contains("MERCADO")).findFirst().orElseThrow().id());
    Stop fresh = market.withId("proposal:new-1");
    fresh = new Stop(fresh.id(), null, "New stop", null, market.lat() + 0.002, market.lon(), null, null, null, null,
        null, null, null, null, java.util.Map.of());
    FeedBuilder b = net.feed().toBuilder();
    b.stops.add(fresh);
    Feed scenario = b.build();
    StopTransfers before = net.transfers();
    StopTransfers after = before.withExtraStops(scenario, net.streets());
    assertEquals(before.stopCount() + 1, after.stopCount());
    int n = after.indexOf("proposal:new-1");
    List<StopTransfer> out = after.from(n);
    assertTrue(out.size() > 3, "the new stop is downtown, with stops around: " + out.size());
    for (StopTransfer t : out) {
      Stop to = net.index().stop(after.stopId(t.toStop()));
      double crow = dev.loopline.gtfs.geo.Geo.distanceMeters(fresh.lat(), fresh.lon(), to.lat(), to.lon());
      assertTrue(t.meters() + 25 >= crow && t.meters() <= before.maxMeters(), t + " vs " + crow);
    }
    int reachingNew = 0;
    for (int s = 0; s < before.stopCount(); s++) {
      List<StopTransfer> old = before.from(s);
      List<StopTransfer> now = after.from(s).stream().filter(t -> t.toStop() != n).toList();
      assertEquals(old, now, "existing walks unchanged");
      reachingNew += after.from(s).size() - old.size();
    }
    assertTrue(reachingNew > 3, "stops walk to the new one too: " + reachingNew);
    TransitLayer layer = TransitLayer.build(scenario, LocalDate.of(2019, 5, 6), after);
    assertTrue(layer.transfersTo(layer.stopIndex("proposal:new-1")).size() > 3);
  }

  @Test
  void refusesToReplaceAFolderThatIsNotANetwork() throws IOException {
    Path dir = tmp.resolve("precious");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("thesis.txt"), "do not delete");
    NetworkInputs inputs = NetworkInputs.of(Fixtures.path("beatty/sample-feed"), Fixtures.path("beatty/beatty.osm"));
    NetworkException e = assertThrows(NetworkException.class, () -> Network.build(inputs, dir, ProgressListener.none()));
    assertTrue(e.getMessage().contains("not empty and was not written by Loopline"), e.getMessage());
    assertTrue(Files.exists(dir.resolve("thesis.txt")));
    e = assertThrows(NetworkException.class, () -> Network.rebuild(inputs, dir, ProgressListener.none()));
    assertTrue(Files.exists(dir.resolve("thesis.txt")), "not even with --force");
  }

  @Test
  void loadNamesWhatIsMissing() {
    NetworkException e = assertThrows(NetworkException.class, () -> Network.load(tmp.resolve("nowhere")));
    assertTrue(e.getMessage().startsWith("network directory not found"), e.getMessage());
    NetworkException e2 = assertThrows(NetworkException.class, () -> Network.load(tmp));
    assertTrue(e2.getMessage().contains("no manifest.json"), e2.getMessage());
  }

  private static Path copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var s = Files.list(from)) {
      for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
        Files.copy(p, to.resolve(p.getFileName().toString()));
      }
    }
    return to;
  }
}
