package dev.loopline.planner.sample;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.district.District;
import dev.loopline.osm.district.Districts;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.NetworkProposalReader;
import dev.loopline.planner.proposal.ProposalReader;
import dev.loopline.planner.proposal.ProposalStop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sample proposals parse with the proposal reader and do what the issue asks: start and end at stations of
 * two different rail lines (7 and 15 for at least two), cross a district border, and put new stops beside the
 * generated streets inside a border gap.
 */
class SampleProposalsTest {

  @Test
  void proposalsCloseLoopsThroughBorderGaps() throws IOException {
    Path dir = SampleFixture.dir().resolve("proposals");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertTrue(files.size() >= 3, "at least three proposals: " + files);
    Districts districts = Districts.load(SampleFixture.dir().resolve("districts.geojson"));
    GeneratedSample g = SampleFixture.sample();
    int sevenFifteen = 0;
    for (Path f : files) {
      if (NetworkProposalReader.read(f).singleNewLine().isEmpty()) {
        continue; // a change to existing lines: see below
      }
      Proposal p = ProposalReader.read(f);
      assertTrue(DistrictSpec.ALL.stream().anyMatch(d -> d.id().equals(p.operator())), p.id() + " operator");
      ProposalStop first = p.stops().get(0);
      ProposalStop last = p.stops().get(p.stops().size() - 1);
      String a = ((ProposalStop.Existing) first).stopId();
      String b = ((ProposalStop.Existing) last).stopId();
      assertTrue(a.startsWith("rail:L") && b.startsWith("rail:L"), p.id() + " runs station to station");
      String lineA = a.substring(6, a.indexOf('-'));
      String lineB = b.substring(6, b.indexOf('-'));
      assertNotEquals(lineA, lineB, p.id() + " joins two different lines");
      if (Set.of(lineA, lineB).equals(Set.of("7", "15"))) {
        sevenFifteen++;
      }
      Set<String> crossed = new HashSet<>();
      int inGap = 0;
      for (ProposalStop s : p.stops()) {
        double lat;
        double lon;
        if (s instanceof ProposalStop.New n) {
          lat = n.lat();
          lon = n.lon();
          double x = Projection.x(lon);
          double y = Projection.y(lat);
          double road = g.streets().edges().stream().filter(StreetEdge::busUsable)
              .mapToDouble(e -> Segments.distance(x, y, g.streets().x(e.a()), g.streets().y(e.a()),
                  g.streets().x(e.b()), g.streets().y(e.b()))).min().orElseThrow();
          assertTrue(road < 20, p.id() + " new stop " + n.name() + " is " + road + " m from a street");
          for (BorderGap gap : g.layout().gaps) {
            if (gap.centre().distanceTo(new Xy(x, y)) < gap.noStopRadius()) {
              inGap++;
            }
          }
        } else {
          String id = ((ProposalStop.Existing) s).stopId();
          Xy pos = position(g, id);
          lat = Projection.lat(pos);
          lon = Projection.lon(pos);
        }
        districts.locate(lat, lon).map(District::id).ifPresent(crossed::add);
      }
      assertTrue(crossed.size() >= 2, p.id() + " crosses a district border: " + crossed);
      assertTrue(inGap >= 2, p.id() + " serves a border gap with new stops: " + inGap);
    }
    assertTrue(sevenFifteen >= 2, "proposals closing loops with lines 7 and 15: " + sevenFifteen);
  }

  /** Where a namespaced stop of the sample is, from the generator's own records. */
  private static Xy position(GeneratedSample g, String id) {
    String feed = id.substring(0, id.indexOf(':'));
    String stop = id.substring(id.indexOf(':') + 1);
    if (feed.equals("rail")) {
      return g.layout().station(stop).position();
    }
    int d = DistrictSpec.byId(feed).index();
    for (var e : g.publishedIds().get(d).entrySet()) {
      if (e.getValue().equals(stop)) {
        StopSite site = g.network().sites().get(e.getKey());
        return site.position();
      }
    }
    throw new AssertionError("no stop " + id);
  }

  @Test
  void theSampleChangesExistingLinesInEveryWayTheDemoShows() throws IOException {
    Path dir = SampleFixture.dir().resolve("proposals");
    java.util.Map<String, java.util.List<String>> kinds = new java.util.TreeMap<>();
    java.util.Set<String> routes = new HashSet<>();
    GeneratedSample g = SampleFixture.sample();
    for (var e : g.feeds().entrySet()) {
      e.getValue().routes().forEach(r -> routes.add(e.getKey() + ":" + r.id()));
    }
    java.util.Set<String> changed = new HashSet<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        dev.loopline.planner.proposal.NetworkProposal p = NetworkProposalReader.read(f);
        for (dev.loopline.planner.proposal.Change c : p.changes()) {
          kinds.computeIfAbsent(c.kind(), k -> new java.util.ArrayList<>()).add(p.id());
          for (String r : c.routeIds()) {
            assertTrue(routes.contains(r), p.id() + " names route " + r + ", which no district feed has");
            assertTrue(changed.add(r), r + " is changed by two proposals, so they cannot form one package");
          }
        }
      }
    }
    for (String kind : List.of("headway", "withdraw", "merge", "reroute")) {
      assertTrue(kinds.containsKey(kind), "no sample proposal of kind " + kind + ": " + kinds);
    }
  }
}
