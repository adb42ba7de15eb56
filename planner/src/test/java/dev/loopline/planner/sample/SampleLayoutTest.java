package dev.loopline.planner.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The map is shaped as intended: towns in the valleys, nothing crossing a ridge but the tunnels, the two passes and
 * the hiking trails, and the scale rule growing the network about N-fold.
 */
class SampleLayoutTest {

  @Test
  void townsLieOutsideTheRidges() {
    Layout l = SampleFixture.sample().layout();
    for (Town t : l.towns) {
      if (t.kind() != TownKind.VILLAGE) {
        assertTrue(l.ridgeClearance(t.centre().x(), t.centre().y()) > 500, t.id() + " is not on a ridge");
      }
    }
  }

  @Test
  void onlyTunnelsPassesAndTrailsCrossARidge() {
    GeneratedSample g = SampleFixture.sample();
    Streets s = g.streets();
    Set<String> allowed = new HashSet<>();
    g.layout().crossings.stream().filter(RidgeCrossing::pass).forEach(c -> allowed.add(c.zh()));
    g.layout().trails.forEach(t -> allowed.add(t.zh()));
    int tunnelCrossings = 0;
    for (OsmWay w : s.ways()) {
      boolean crosses = false;
      for (int i = 1; i < w.nodes().length && !crosses; i++) {
        for (Ridge r : g.layout().ridges) {
          List<Xy> c = r.crest();
          for (int k = 1; k < c.size(); k++) {
            crosses |= intersects(s.xy(w.nodes()[i - 1]), s.xy(w.nodes()[i]), c.get(k - 1), c.get(k));
          }
        }
      }
      if (!crosses) {
        continue;
      }
      boolean tunnel = "yes".equals(w.tags().get("tunnel"));
      tunnelCrossings += tunnel ? 1 : 0;
      assertTrue(tunnel || allowed.contains(w.tags().get("name")),
          "way " + w.tags() + " crosses a ridge without a tunnel");
    }
    assertTrue(tunnelCrossings >= 10, "tunnels: " + tunnelCrossings);
  }

  private static boolean intersects(Xy a, Xy b, Xy c, Xy d) {
    double d1 = cross(c, d, a);
    double d2 = cross(c, d, b);
    double d3 = cross(a, b, c);
    double d4 = cross(a, b, d);
    return d1 * d2 < 0 && d3 * d4 < 0;
  }

  private static double cross(Xy o, Xy p, Xy q) {
    return (p.x() - o.x()) * (q.y() - o.y()) - (p.y() - o.y()) * (q.x() - o.x());
  }

  @Test
  void everyDistrictRunsLinesAndTheCoreIsBusiest() {
    GeneratedSample g = SampleFixture.sample();
    int[] lines = new int[DistrictSpec.ALL.size()];
    g.network().lines().forEach(l -> lines[l.owner()]++);
    for (int d = 0; d < lines.length; d++) {
      assertTrue(lines[d] >= 10, DistrictSpec.ALL.get(d).id() + " lines: " + lines[d]);
    }
    assertEquals(0, indexOfMax(lines), "the core runs most lines");
  }

  private static int indexOfMax(int[] a) {
    int best = 0;
    for (int i = 1; i < a.length; i++) {
      if (a[i] > a[best]) {
        best = i;
      }
    }
    return best;
  }

  @Test
  void scaleTwoIsAboutTwiceAsBig() {
    GeneratedSample one = SampleFixture.sample();
    GeneratedSample two = SampleGenerator.generate(new SampleOptions(SampleOptions.DEFAULT_SEED, 2), stage -> { });
    double stops = (double) two.network().sites().size() / one.network().sites().size();
    double lines = (double) two.network().lines().size() / one.network().lines().size();
    double people = (double) two.population().totals().residents() / one.population().totals().residents();
    double ways = (double) two.streets().ways().size() / one.streets().ways().size();
    for (double r : new double[] {stops, lines, people, ways}) {
      assertTrue(r > 1.5 && r < 2.7, "scale 2 about doubles: stops " + stops + ", lines " + lines + ", residents "
          + people + ", ways " + ways);
    }
    assertEquals(2 * one.layout().halfWidth * one.layout().halfHeight * 2,
        2 * two.layout().halfWidth * two.layout().halfHeight, 1, "area doubles");
  }
}
