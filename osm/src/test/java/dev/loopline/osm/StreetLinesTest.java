package dev.loopline.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.testing.TestNetworks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The streets a basemap is drawn from: every edge once, inside the graph's bounds, classed, in a stable order. */
class StreetLinesTest {
  @Test
  void everyEdgeComesOnceWithItsGeometryAndClass() {
    StreetNetwork n = TestNetworks.beatty();
    StreetNetworkInfo info = n.info();
    List<StreetLine> lines = new ArrayList<>();
    n.forEachStreet(lines::add);
    assertEquals(info.edges(), lines.size(), "one line per graph edge");
    Set<String> classes = new TreeSet<>();
    for (StreetLine l : lines) {
      assertTrue(l.points().size() >= 2);
      for (LatLon p : l.points()) {
        assertTrue(p.lat() >= info.minLat() - 1e-6 && p.lat() <= info.maxLat() + 1e-6
            && p.lon() >= info.minLon() - 1e-6 && p.lon() <= info.maxLon() + 1e-6, p + " outside the graph");
      }
      classes.add(l.roadClass());
    }
    assertTrue(classes.contains("residential") && classes.contains("trunk"), classes.toString());
    assertTrue(classes.stream().allMatch(c -> c.equals(c.toLowerCase(java.util.Locale.ROOT))), classes.toString());
    List<StreetLine> again = new ArrayList<>();
    n.forEachStreet(again::add);
    assertEquals(lines, again, "the same streets in the same order on every call");
  }
}
